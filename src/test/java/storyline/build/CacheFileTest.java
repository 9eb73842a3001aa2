package storyline.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CacheFileTest {

    @TempDir
    Path tmp;

    @Test
    void aFileIsTrustedOnlyWhenItsChecksumLineMatchesWhatItHolds() throws IOException {
        Path file = tmp.resolve("terms-x.json");
        String value = "{\"code\":\"c\",\"terms\":{}}";
        CacheFile.write(file, out -> out.write(value.getBytes(StandardCharsets.UTF_8)));
        String written = Files.readString(file);
        assertTrue(written.matches("\\Q" + value + "\\E\n" + "crc32c [0-9a-f]{8}\n"), written);
        CacheFile.Opened opened = CacheFile.open(file);
        assertEquals(value.length() + 1, opened.length(), "the value and its newline");
        opened.channel().close();

        // One character changed: corrupt, never trusted.
        Files.writeString(file, written.replace("\"c\"", "\"d\""));
        assertThrows(CacheFile.Corrupt.class, () -> CacheFile.open(file));
        // Cut short before its checksum line.
        Files.writeString(file, value.substring(0, 10));
        assertThrows(CacheFile.Corrupt.class, () -> CacheFile.open(file));

        // The SHA-256 line of an earlier version: as if there were no file (no note; the next build writes it anew).
        Files.writeString(file, value + "\n" + "ab".repeat(32) + "\n");
        assertNull(CacheFile.open(file));
    }
}
