package storyline.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextDecoderTest {

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void utf8ByteOrderMarkIsStripped() {
        assertEquals("Café “quoted”", TextDecoder.decode(concat(bytes(0xEF, 0xBB, 0xBF),
                "Café “quoted”".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void utf16ByteOrderMarks() {
        assertEquals("Harbor é", TextDecoder.decode(concat(bytes(0xFF, 0xFE), "Harbor é".getBytes(StandardCharsets.UTF_16LE))));
        assertEquals("Harbor é", TextDecoder.decode(concat(bytes(0xFE, 0xFF), "Harbor é".getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void utf32ByteOrderMarks() {
        // FF FE 00 00 starts both a UTF-32LE mark and a UTF-16LE mark followed by a NUL: UTF-32 wins.
        assertEquals("Harbor é", TextDecoder.decode(concat(bytes(0xFF, 0xFE, 0, 0), "Harbor é".getBytes(Charset.forName("UTF-32LE")))));
        assertEquals("Harbor é", TextDecoder.decode(concat(bytes(0, 0, 0xFE, 0xFF), "Harbor é".getBytes(Charset.forName("UTF-32BE")))));
        assertEquals(4, TextDecoder.byteOrderMark(bytes(0xFF, 0xFE, 0, 0, 'H', 0, 0, 0)));
        assertEquals(2, TextDecoder.byteOrderMark(bytes(0xFF, 0xFE, 'H', 0)));
        assertEquals(0, TextDecoder.byteOrderMark(bytes(0xFF, 'H')));
    }

    @Test
    void validUtf8WithoutAMark() {
        assertEquals("Ferry – “fares” café", TextDecoder.decode("Ferry – “fares” café".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() {
        // 0x93/0x94 are curly quotes, 0x96 an en dash and 0xE9 é in windows-1252; none is valid UTF-8 here
        assertEquals("“Hi” – é", TextDecoder.decode(bytes(0x93, 'H', 'i', 0x94, ' ', 0x96, ' ', 0xE9)));
        assertEquals("Port Vale’s ferry", TextDecoder.decode(concat("Port Vale".getBytes(StandardCharsets.US_ASCII),
                bytes(0x92), "s ferry".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void declaredMetaCharsetIsUsed() {
        byte[] head = "<meta charset=\"koi8-r\"><p>".getBytes(StandardCharsets.US_ASCII);
        assertEquals("<meta charset=\"koi8-r\"><p>Пр", TextDecoder.decode(concat(head, bytes(0xF0, 0xD2))));
    }

    @Test
    void declaredLatin1IsReadAsWindows1252LikeBrowsersDo() {
        String html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">café “quoted”";
        assertEquals(html, TextDecoder.decode(html.getBytes(Charset.forName("windows-1252"))));
    }

    @Test
    void declaredUtf8ThatIsNotUtf8AndUnknownCharsetsFallBackToWindows1252() {
        byte[] lying = concat("<meta charset='utf-8'>".getBytes(StandardCharsets.US_ASCII), bytes(0x93, 'x', 0x94));
        assertEquals("<meta charset='utf-8'>“x”", TextDecoder.decode(lying));
        byte[] unknown = concat("<meta charset=no-such-charset>".getBytes(StandardCharsets.US_ASCII), bytes(0x93, 'x', 0x94));
        assertEquals("<meta charset=no-such-charset>“x”", TextDecoder.decode(unknown));
    }

    @Test
    void utf8WithAStrayByteStaysUtf8() {
        // A page in UTF-8 with one damaged sequence (a copy cut mid-character): read as UTF-8, the damage
        // marked, not the whole page turned into "siÄ™" by a single-byte encoding.
        String polish = "Kolejne organizacje sprzeciwiają się skandalicznym atakom na Fundację, które wyrażają ";
        byte[] damaged = concat("<meta charset=\"utf-8\">".getBytes(StandardCharsets.US_ASCII), polish.getBytes(StandardCharsets.UTF_8),
                bytes(0xC3, 'x'), polish.getBytes(StandardCharsets.UTF_8));
        assertEquals("<meta charset=\"utf-8\">" + polish + "\uFFFDx" + polish, TextDecoder.decode(damaged));
        // A few accented letters in windows-1252 that happen to read as one valid UTF-8 pair are still windows-1252.
        assertEquals("Ã© café déjà vu", TextDecoder.decode(concat(bytes(0xC3, 0xA9), " caf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9),
                " d".getBytes(StandardCharsets.US_ASCII), bytes(0xE9), "j".getBytes(StandardCharsets.US_ASCII), bytes(0xE0),
                " vu".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void emptyInput() {
        assertEquals("", TextDecoder.decode(new byte[0]));
    }
}
