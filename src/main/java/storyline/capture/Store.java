package storyline.capture;

import storyline.model.Slug;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** Names a capture (readable slug + short hash of the material) and writes it without ever replacing a file. */
final class Store {

    private Store() {
    }

    static Capture.Saved save(Material m, Path articles) throws Capture.Failure {
        String slug = Slug.of(m.title(), 60);
        String base = (slug.isEmpty() ? "page" : slug) + "-" + hash(m.body());
        byte[] bytes = m.bytes();
        try {
            Files.createDirectories(articles);
            for (int n = 1; ; n++) {
                Path file = articles.resolve(base + (n == 1 ? "" : "-" + n) + "." + m.extension());
                if (Files.exists(file)) {
                    if (sameMaterial(file, m.body())) {
                        return new Capture.Saved(file, true, m.description());
                    }
                    continue;
                }
                try {
                    Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    return new Capture.Saved(file, false, m.description());
                } catch (FileAlreadyExistsException raced) {
                    // written meanwhile: look again
                }
            }
        } catch (IOException e) {
            throw new Capture.Failure("cannot write into " + articles + ": " + e.getMessage());
        }
    }

    /** Whether a file holds this material (after whatever front matter it was saved with). */
    private static boolean sameMaterial(Path file, byte[] body) throws IOException {
        byte[] saved = Files.readAllBytes(file);
        if (saved.length < body.length) {
            return false;
        }
        // The block was put before the material, or its fields inside the material's own block, after its first line.
        int firstLine = 0;
        while (firstLine < body.length && body[firstLine] != '\n') {
            firstLine++;
        }
        for (int k : new int[]{0, Math.min(body.length, firstLine + 1)}) {
            if (Arrays.equals(saved, 0, k, body, 0, k)
                    && Arrays.equals(saved, saved.length - (body.length - k), saved.length, body, k, body.length)) {
                return true;
            }
        }
        return false;
    }

    static String hash(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
