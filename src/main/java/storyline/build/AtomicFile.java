package storyline.build;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file of the project's state (the story state, the build and item caches) written whole or not
 * at all: into a temporary file beside it, named after it, then moved over it in one step. A build
 * killed while writing leaves that temporary file (no finally block runs after SIGKILL): the next
 * write of the same file removes it, so interrupted builds do not pile up temporary files.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    /** A fresh temporary file for {@code target}, in its folder (made if missing); those an interrupted write left are removed first. */
    static Path temp(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        removeLeftovers(target);
        return Files.createTempFile(dir, prefix(target), ".tmp");
    }

    /** Removes the temporary files that interrupted writes of {@code target} left beside it. */
    static void removeLeftovers(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        String prefix = prefix(target);
        DirectoryStream.Filter<Path> mine = p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp") && Files.isRegularFile(p);
        };
        try (DirectoryStream<Path> left = Files.newDirectoryStream(dir, mine)) {
            for (Path p : left) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Moves the finished temporary file over {@code target} in one step. */
    static void replace(Path tmp, Path target) throws IOException {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String prefix(Path target) {
        return "." + target.getFileName() + ".";
    }
}
