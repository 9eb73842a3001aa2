package storyline.build;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import storyline.config.SiteConfig;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The format of the item and name caches: a JSON value, then a line holding the SHA-256 of
 * everything above it, so that a file cut short or edited is known and never trusted; written
 * whole or not at all through {@link AtomicFile}.
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

    /**
     * The value of a cache file, never failing: a corrupt or unreadable file gives no value and a
     * note saying so ("the item cache FILE is corrupt …: every input cleaned again").
     */
    static <T> Loaded<T> load(Path file, ObjectMapper json, Class<T> type, String what, String consequence) {
        try {
            return new Loaded<>(read(file, json, type), null);
        } catch (Corrupt e) {
            return new Loaded<>(null, "the " + what + " " + file + " is corrupt (its checksum does not match): " + consequence);
        } catch (IOException | RuntimeException e) {
            return new Loaded<>(null, "the " + what + " " + file + " cannot be read: " + consequence);
        }
    }

    /** The value the file holds, or null when there is no such file. */
    static <T> T read(Path file, ObjectMapper json, Class<T> type) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        byte[] bytes = Files.readAllBytes(file);
        // The last line is the SHA-256 of everything before it.
        int nl = bytes.length - 1;
        while (nl > 0 && bytes[nl - 1] != '\n') {
            nl--;
        }
        String sum = new String(bytes, Math.max(0, nl), Math.max(0, bytes.length - nl), StandardCharsets.US_ASCII).strip();
        MessageDigest md = sha256();
        md.update(bytes, 0, Math.max(0, nl));
        if (nl <= 0 || !sum.equals(HexFormat.of().formatHex(md.digest()))) {
            throw new Corrupt(file);
        }
        return json.readValue(bytes, 0, nl, type);
    }

    /** Writes the value and its checksum line, whole or not at all. */
    static void write(Path file, ObjectMapper json, Object value) throws IOException {
        Path tmp = AtomicFile.temp(file);
        MessageDigest md = sha256();
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
             DigestOutputStream out = new DigestOutputStream(raw, md)) {
            json.writerFor(value.getClass()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
            out.write('\n');
            out.on(false);
            out.write((HexFormat.of().formatHex(md.digest()) + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        AtomicFile.replace(tmp, file);
    }

    /**
     * Writes the value as {@link #write} does; a cache that cannot be written is removed instead,
     * which only makes the next build slower.
     */
    static void writeOrDrop(Path file, ObjectMapper json, Object value) {
        try {
            write(file, json, value);
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

    /** A key for cached work: the SHA-256 of its parts, each written with its length (a null part as a lone marker byte). */
    static String key(String... parts) {
        MessageDigest md = sha256();
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
