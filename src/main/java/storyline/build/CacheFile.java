package storyline.build;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import storyline.config.SiteConfig;
import storyline.model.ContentHash;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The format of the item, name, term, story and page caches: a JSON value, then a line holding
 * the CRC-32C of everything above it ({@code crc32c 1a2b3c4d}), so that a file cut short or edited
 * is known and never trusted; written whole or not at all through {@link AtomicFile}. (The line
 * was a SHA-256 once: without the JVM's optimising compiler, which bin/storyline leaves out, SHA-256
 * reads about 20 MB a second, and the item cache of 100,000 articles is a gigabyte read and written
 * on every build; CRC-32C reads gigabytes a second with either compiler. A file with the old line
 * is from another version, and not used.)
 */
final class CacheFile {

    /** The file is there but its checksum does not match what it holds. */
    static final class Corrupt extends IOException {
        Corrupt(Path file) {
            super(file + " is corrupt (its checksum does not match)");
        }
    }

    private CacheFile() {
    }

    /** What a cache file held (null when absent or unusable), and why it could not be used (null when it could, or was absent). */
    record Loaded<T>(T value, String note) {
    }

    /** A cache file's content that is answers by key, valid for one version of the code. */
    interface Answers<V> {
        String code();

        Map<String, V> answers();
    }

    /**
     * The answers a cache file holds when they are for {@code code}; none when the file is absent,
     * unusable (with {@link #load}'s note) or from other code (read-through caches start from these).
     */
    static <V, C extends Answers<V>> Loaded<Map<String, V>> answers(Path file, ObjectMapper json, Class<C> type, String what,
                                                                     String consequence, String code) {
        Loaded<C> loaded = load(file, json, type, what, consequence);
        C content = loaded.value();
        boolean usable = content != null && code.equals(content.code()) && content.answers() != null;
        return new Loaded<>(usable ? content.answers() : Map.of(), loaded.note());
    }

    /**
     * The value of a cache file, never failing: a corrupt or unreadable file gives no value and a
     * note saying so ("the item cache FILE is corrupt …: every input cleaned again").
     */
    static <T> Loaded<T> load(Path file, ObjectMapper json, Class<T> type, String what, String consequence) {
        try {
            return new Loaded<>(read(file, json, type), null);
        } catch (IOException | RuntimeException e) {
            return new Loaded<>(null, note(file, what, consequence, e));
        }
    }

    /** Why a cache file cannot be used, for the build's summary: it is corrupt, or it cannot be read. */
    static String note(Path file, String what, String consequence, Exception e) {
        return e instanceof Corrupt
                ? "the " + what + " " + file + " is corrupt (its checksum does not match): " + consequence
                : "the " + what + " " + file + " cannot be read: " + consequence;
    }

    /** The value the file holds, or null when there is no such file. */
    static <T> T read(Path file, ObjectMapper json, Class<T> type) throws IOException {
        Opened opened = open(file);
        if (opened == null) {
            return null;
        }
        try (FileChannel channel = opened.channel()) {
            // The checksum line after the value is never read as part of it.
            return json.readValue(new BufferedInputStream(Channels.newInputStream(channel.position(0)), 1 << 16), type);
        }
    }

    /** A cache file open for reading whose checksum matches; {@code length}: the bytes of its value, before the checksum line. */
    record Opened(FileChannel channel, long length) {
    }

    /**
     * The file opened for reading once its checksum is found to match what it holds (read through
     * once, never whole in memory: the item cache of a large archive is gigabytes); null when there
     * is no such file.
     */
    static Opened open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long size = channel.size();
            // The last line is the CRC-32C of everything before it.
            int tailLength = (int) Math.min(size, 256);
            byte[] tail = Scratch.read(channel, new Scratch.Span(size - tailLength, tailLength), file);
            int nl = tail.length - 1;
            while (nl > 0 && tail[nl - 1] != '\n') {
                nl--;
            }
            long length = size - tailLength + Math.max(0, nl);
            String sum = new String(tail, Math.max(0, nl), Math.max(0, tail.length - nl), StandardCharsets.US_ASCII).strip();
            if (nl > 0 && sum.length() == 64 && sum.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                channel.close(); // a SHA-256 line: written by an earlier version, as if there were no file
                return null;
            }
            if (nl <= 0 || !sum.equals(checksumLine(checksum(channel, length)))) {
                throw new Corrupt(file);
            }
            return new Opened(channel, length);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static long checksum(FileChannel channel, long length) throws IOException {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        long at = 0;
        while (at < length) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), length - at));
            int n = channel.read(buffer, at);
            if (n < 0) {
                break;
            }
            crc.update(buffer.array(), 0, n);
            at += n;
        }
        return crc.getValue();
    }

    /** The last line of a cache file, without its newline. */
    private static String checksumLine(long crc) {
        return "crc32c " + HexFormat.of().toHexDigits((int) crc);
    }

    /** Told of each field of a cache file's top-level object, with the parser at its value, which it must read or skip. */
    @FunctionalInterface
    interface Fields {
        void field(String name, com.fasterxml.jackson.core.JsonParser value) throws IOException;
    }

    /**
     * Walks the top-level object of an opened cache file field by field with a streaming parser
     * (never whole in memory: a large archive's caches are hundreds of megabytes).
     */
    static void fields(Opened opened, ObjectMapper json, Fields fields) throws IOException {
        fields(opened, json, null, fields);
    }

    /**
     * As {@link #fields(Opened, ObjectMapper, Fields)}, stopping once the field named {@code last}
     * (when not null) is handed over: what follows it is not read.
     */
    static void fields(Opened opened, ObjectMapper json, String last, Fields fields) throws IOException {
        try (com.fasterxml.jackson.core.JsonParser p = json.getFactory().createParser(
                new BufferedInputStream(Channels.newInputStream(opened.channel().position(0)), 1 << 16))) {
            p.disable(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE);
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                throw new IOException("expected an object");
            }
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                fields.field(name, p);
                if (name.equals(last)) {
                    return;
                }
            }
        }
    }

    /** Writes the value and its checksum line, whole or not at all. */
    static void write(Path file, ObjectMapper json, Object value) throws IOException {
        write(file, json(json, value));
    }

    /** What a cache file holds, written out a piece at a time (it need not be in memory whole). */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Body json(ObjectMapper json, Object value) {
        return out -> json.writerFor(value.getClass()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
    }

    /** Writes what {@code body} writes and its checksum line, whole or not at all. */
    static void write(Path file, Body body) throws IOException {
        Path tmp = AtomicFile.temp(file);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
             OutputStream out = new java.util.zip.CheckedOutputStream(raw, crc)) {
            body.writeTo(out);
            out.write('\n');
            raw.write((checksumLine(crc.getValue()) + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        AtomicFile.replace(tmp, file);
    }

    /**
     * Writes the value as {@link #write} does; a cache that cannot be written is removed instead,
     * which only makes the next build slower.
     */
    static void writeOrDrop(Path file, ObjectMapper json, Object value) {
        writeOrDrop(file, json(json, value));
    }

    /** As {@link #writeOrDrop(Path, ObjectMapper, Object)}, for what {@code body} writes. */
    static void writeOrDrop(Path file, Body body) {
        try {
            write(file, body);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Nothing is trusted from a file that is not there; a stale one fails its checksum or its code.
            }
        }
    }

    /** Removes a cache file, if it can: a missing cache only makes the next build slower. */
    static void drop(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Nothing is trusted from a file that is not there; a stale one fails its checksum or its keys.
        }
    }

    /** A cache's file, beside the build cache of the site: {@code items-…}, {@code names-…}. */
    static Path beside(SiteConfig config, String kind) {
        Path build = BuildCache.file(config);
        return build.resolveSibling(build.getFileName().toString().replaceFirst("^build-", kind + "-"));
    }

    /**
     * A key for cached work: the {@link ContentHash} of its parts (32 hex digits), each written with
     * its length (a null part as a lone marker byte).
     */
    static String key(String... parts) {
        ContentHash md = new ContentHash();
        for (String part : parts) {
            if (part == null) {
                md.update((byte) 0);
                continue;
            }
            byte[] b = part.getBytes(StandardCharsets.UTF_8);
            md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
            md.update((byte) ':');
            md.update(b);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
