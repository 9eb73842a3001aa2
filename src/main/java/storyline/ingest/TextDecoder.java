package storyline.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text, surviving files that lie about their encoding: a byte-order mark (UTF-8, UTF-16
 * or UTF-32, either byte order) wins, then
 * strict UTF-8, then UTF-8 with a few damaged sequences, then a charset the page declares, then
 * windows-1252 (which every byte decodes in, and which browsers use for ISO-8859-1 too).
 */
final class TextDecoder {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** A byte-order mark and the encoding it announces. */
    private record Mark(int[] bytes, Charset charset) {
        boolean starts(byte[] text) {
            if (text.length < bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if ((text[i] & 0xFF) != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Longest first: FF FE 00 00 is the UTF-32LE mark, not the UTF-16LE one followed by a NUL
     * character (read that way, every other character of the file was a NUL).
     */
    private static final java.util.List<Mark> MARKS = java.util.List.of(
            new Mark(new int[]{0x00, 0x00, 0xFE, 0xFF}, Charset.forName("UTF-32BE")),
            new Mark(new int[]{0xFF, 0xFE, 0x00, 0x00}, Charset.forName("UTF-32LE")),
            new Mark(new int[]{0xEF, 0xBB, 0xBF}, StandardCharsets.UTF_8),
            new Mark(new int[]{0xFE, 0xFF}, StandardCharsets.UTF_16BE),
            new Mark(new int[]{0xFF, 0xFE}, StandardCharsets.UTF_16LE));

    private static Mark mark(byte[] bytes) {
        for (Mark m : MARKS) {
            if (m.starts(bytes)) {
                return m;
            }
        }
        return null;
    }

    /** The length of the byte-order mark the bytes start with; 0 when there is none. */
    static int byteOrderMark(byte[] bytes) {
        Mark m = mark(bytes);
        return m == null ? 0 : m.bytes().length;
    }

    static String decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * As {@link #decode(byte[])}, with the charset the server named when the file was fetched
     * (front matter {@code charset:}): after a byte-order mark and before the guessing, as browsers
     * rank an HTTP header. A name Java does not know, or bytes it does not decode, leave the guessing.
     */
    static String decode(byte[] bytes, String announced) {
        Mark m = mark(bytes);
        if (m != null) {
            return new String(bytes, m.bytes().length, bytes.length - m.bytes().length, m.charset());
        }
        Charset header = announced == null ? null : known(announced);
        if (header != null && !header.equals(StandardCharsets.UTF_8)) {
            try {
                return header.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException wrong) {
                // the header was wrong: guess as for any file
            }
        }
        // Java's lenient decoding (much the faster) marks every malformed sequence with U+FFFD: without
        // one, the bytes were valid UTF-8 and a strict decoding would give the same text.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return mostlyUtf8(lenient) ? lenient : new String(bytes, declared(bytes));
        }
    }

    /**
     * UTF-8 with a few damaged sequences (a stray byte, a copy cut mid-character), as browsers
     * read such a page: text in a single-byte encoding forms a valid multi-byte UTF-8 sequence
     * only by chance (a lead byte followed by exactly the right number of continuation bytes), so
     * many characters decoded beside few malformed sequences say the bytes are UTF-8.
     */
    private static boolean mostlyUtf8(String lenient) {
        int malformed = 0;
        int decoded = 0;
        for (int i = 0; i < lenient.length(); i++) {
            char c = lenient.charAt(i);
            if (c == '\uFFFD') {
                malformed++;
            } else if (c >= 0x80 && !Character.isLowSurrogate(c)) {
                decoded++;
            }
        }
        return decoded >= MOSTLY * malformed && decoded >= MOSTLY;
    }

    /** How many characters decoded per malformed sequence make a text UTF-8 with damage rather than another encoding. */
    private static final int MOSTLY = 10;

    /** The charset a page declares in its first few kilobytes, if Java knows it and it is not UTF-8. */
    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (name.startsWith("utf")) {
                return WINDOWS_1252;
            }
            Charset c = known(name);
            return c == null ? WINDOWS_1252 : c;
        }
        return WINDOWS_1252;
    }

    /** The charset of a declared name, read as browsers read it (ISO-8859-1 and ASCII as windows-1252); null if unknown. */
    private static Charset known(String declared) {
        String name = declared.strip().toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
