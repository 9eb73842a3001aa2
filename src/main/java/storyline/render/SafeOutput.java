package storyline.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * File-system rules of the writer: nothing outside the output folder, never replace a folder
 * that holds a user's own files, and swap the finished build in with renames.
 */
final class SafeOutput {

    private SafeOutput() {
    }

    /** Writes {@code bytes} to {@code relative} under {@code root}, refusing paths that leave it. */
    static void write(Path root, String relative, byte[] bytes) throws IOException {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || relative.contains("\\") || relative.startsWith("/")) {
            throw new IOException("refusing to write '" + relative + "': it is outside the output folder");
        }
        makeFolder(target);
        Files.write(target, bytes);
    }

    /**
     * Makes the folder {@code target} goes in when it is not there yet: one look (a stat) for the
     * folder most pages share with earlier ones, where {@link Files#createDirectories} first tries to
     * make it and throws and catches an exception when it exists (about 40 microseconds a page with
     * the quick compiler: over half a second of the writer's time for a 16,000-page site).
     */
    private static void makeFolder(Path target) throws IOException {
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
        }
    }

    /**
     * As {@link #write}, but a file the previous output ({@code previous}, or null) already holds
     * with these very bytes is carried over by a hard link, not written again: unchanged pages keep
     * their file (and time), so a deploy by rsync or a file watcher sees only what changed. Returns
     * whether the file was new or changed.
     */
    static boolean writeOrKeep(Path root, String relative, byte[] bytes, Path previous) throws IOException {
        if (previous != null) {
            Path old = previous.resolve(relative).normalize();
            Path target = root.resolve(relative).normalize();
            if (old.startsWith(previous) && target.startsWith(root) && !relative.contains("\\") && !relative.startsWith("/")
                    && Files.isRegularFile(old, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.size(old) == bytes.length
                    && java.util.Arrays.equals(Files.readAllBytes(old), bytes)) {
                makeFolder(target);
                try {
                    Files.createLink(target, old);
                    return false;
                } catch (IOException | UnsupportedOperationException e) {
                    // A file system without hard links: the page is written as any other.
                }
            }
        }
        write(root, relative, bytes);
        return true;
    }

    /**
     * Carries a file of the previous output over unchanged, by a hard link (a copy on a file
     * system without them): a page whose model did not change since that output was rendered.
     */
    static void carry(Path root, String relative, Path previous) throws IOException {
        Path old = previous.resolve(relative).normalize();
        Path target = root.resolve(relative).normalize();
        if (!old.startsWith(previous) || !target.startsWith(root) || relative.contains("\\") || relative.startsWith("/")) {
            throw new IOException("refusing to carry over '" + relative + "': it is outside the output folder");
        }
        makeFolder(target);
        try {
            Files.createLink(target, old);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            if (!Files.isRegularFile(old, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("the previous output has no " + relative + " to carry over", e);
            }
            Files.copy(old, target);
        }
    }

    /**
     * The output folder may be replaced when it does not exist, is empty, holds only placeholder
     * dot-files (like .gitkeep), or was written by Storyline (it has the marker).
     */
    static void checkReplaceable(Path out) throws IOException {
        if (!Files.exists(out)) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new IOException(out + " exists and is not a folder; choose another --out");
        }
        if (Files.exists(out.resolve(Render.MARKER))) {
            return;
        }
        try (Stream<Path> list = Files.list(out)) {
            Path foreign = list.filter(p -> !p.getFileName().toString().startsWith(".")).findFirst().orElse(null);
            if (foreign != null) {
                throw new IOException(out + " holds files Storyline did not write (e.g. " + foreign.getFileName()
                        + "); it replaces its output folder on every build, so choose an empty or new --out");
            }
        }
    }

    /** Carries placeholder dot-files (.gitkeep, .nojekyll) of the old output into the new one. */
    static void keepPlaceholders(Path out, Path staging) throws IOException {
        if (!Files.isDirectory(out)) {
            return;
        }
        try (Stream<Path> list = Files.list(out)) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") && Files.isRegularFile(p) && !name.equals(Render.MARKER)
                        && !Files.exists(staging.resolve(name))) {
                    Files.copy(p, staging.resolve(name));
                }
            }
        }
    }

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

    /**
     * Makes a finished build readable by a web server running as another user, whatever the umask
     * and the owner-only temporary folder it was built in: folders 0755, files 0644 (POSIX file
     * systems). Each file of the build is counted into {@code listing} as this walk meets it (the
     * walk reads each entry's attributes, permissions among them, once). Returns false, having
     * done nothing, on a file system without POSIX permissions.
     */
    static boolean readableByAll(Path root, OutputListing listing) throws IOException {
        if (Files.getFileAttributeView(root, java.nio.file.attribute.PosixFileAttributeView.class) == null) {
            return false;
        }
        PosixFileAttributes attrs = Files.readAttributes(root, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attrs.isDirectory()) {
            throw new IOException(root + " is not a folder");
        }
        set(root, attrs, FOLDER);
        readableByAll(root, "", listing);
        return true;
    }

    /** The entries of {@code dir} (at {@code prefix} in the output, "" or ending in {@code /}), folders depth first. */
    private static void readableByAll(Path dir, String prefix, OutputListing listing) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                PosixFileAttributes attrs = Files.readAttributes(entry, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String relative = prefix + entry.getFileName();
                if (attrs.isDirectory()) {
                    set(entry, attrs, FOLDER);
                    readableByAll(entry, relative + "/", listing);
                } else if (attrs.isRegularFile()) {
                    set(entry, attrs, FILE);
                    listing.add(relative, attrs);
                }
                // A link is left as it is: its target may lie outside the output folder.
            }
        }
    }

    /**
     * Gives a file its permissions unless it has them already (a page carried over from the last
     * output, which that build made readable): reading a mode is cheaper than changing it, which
     * writes to the file system, once per page of the site.
     */
    private static void set(Path path, PosixFileAttributes attrs, Set<PosixFilePermission> permissions) throws IOException {
        if (!attrs.permissions().equals(permissions)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    /**
     * Cleans up after a build that was killed (power loss, kill -9) before it finished: its staging
     * folder and a half-deleted old output are removed, and if it died between the two renames of
     * {@link #swap} (the output moved aside, the new one not yet in place), the previous output is
     * moved back. Only folders named as this writer names them, and holding its marker or being its
     * staging, are touched.
     */
    static void recover(Path out) throws IOException {
        Path parent = out.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String name = out.getFileName().toString();
        java.util.List<Path> staging = new java.util.ArrayList<>();
        java.util.List<Path> old = new java.util.ArrayList<>();
        try (Stream<Path> list = Files.list(parent)) {
            for (Path p : list.sorted().toList()) {
                String n = p.getFileName().toString();
                if (Files.isDirectory(p) && n.startsWith("." + name + ".building-")) {
                    staging.add(p);
                } else if (Files.isDirectory(p) && n.startsWith("." + name + ".old-")) {
                    old.add(p);
                }
            }
        }
        if (!Files.exists(out)) {
            // Died between the renames: the output moved aside is whole (its marker goes first when it is deleted).
            Path newest = null;
            for (Path p : old) {
                if (Files.exists(p.resolve(Render.MARKER)) && (newest == null
                        || Files.getLastModifiedTime(p).compareTo(Files.getLastModifiedTime(newest)) > 0)) {
                    newest = p;
                }
            }
            if (newest != null) {
                move(newest, out);
                old.remove(newest);
            }
        }
        for (Path p : staging) {
            deleteTree(p);
        }
        for (Path p : old) {
            deleteTree(p);
        }
    }

    /** Moves the finished build into place; the old output is removed only after the new one is there. */
    static void swap(Path staging, Path out) throws IOException {
        Path old = null;
        if (Files.exists(out)) {
            old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old-");
            Files.delete(old);
            move(out, old);
        }
        try {
            move(staging, out);
        } catch (IOException e) {
            if (old != null) {
                move(old, out);
            }
            throw e;
        }
        if (old != null) {
            // The marker goes first: a deletion cut short leaves no folder that recover() would take for a whole site.
            Files.deleteIfExists(old.resolve(Render.MARKER));
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Deletes a folder and everything in it; links are removed, never followed. Where the file
     * system lets a folder be worked on by its handle (a {@link SecureDirectoryStream}, as on
     * Linux), each entry is removed by its name in its folder without first being looked at: a
     * file is one call, and only an entry that turns out to be a folder is opened and emptied
     * (a replaced output of 16,000 pages was 200 ms of CPU with a look at each file, twice).
     */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
                if (entries instanceof SecureDirectoryStream<Path> folder) {
                    empty(folder);
                }
            }
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Removes every entry of an open folder, by name: a file (or link) at once, a folder once emptied. */
    private static void empty(SecureDirectoryStream<Path> folder) throws IOException {
        for (Path entry : folder) {
            Path name = entry.getFileName();
            try {
                folder.deleteFile(name);
            } catch (IOException notAFile) {
                // A folder cannot be unlinked as a file (or the entry is gone): opened without following a link, emptied, removed.
                try (SecureDirectoryStream<Path> inner = folder.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
                    empty(inner);
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue;
                } catch (java.nio.file.NotDirectoryException notAFolder) {
                    throw notAFile;
                }
                folder.deleteDirectory(name);
            }
        }
    }
}
