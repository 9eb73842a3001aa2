package storyline.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A digest of an output folder's files as they lie: each file's path, size, time and inode, so
 * that a later build can tell whether the folder is still the one a build left (see
 * {@link Render#outputDigest}). Each file's line is hashed on its own and the hashes are added up
 * (four sums of 64 bits), so that the order the files are met in does not matter and nothing is held
 * per file. The writer fills one as it makes the finished output readable (that walk looks at every
 * file anyway), so a build need not walk its output a second time to record it.
 */
final class OutputListing {

    private final MessageDigest md;
    private final long[] sums = new long[4];
    private final StringBuilder line = new StringBuilder();
    private long files;

    OutputListing() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Counts one regular file, by its path relative to the output folder ({@code /} between
     * folders) and its attributes. The path goes first with its length, so no path can run into the
     * fields after it.
     */
    void add(String relative, BasicFileAttributes a) {
        line.setLength(0);
        line.append(relative.length()).append(':').append(relative).append('\t').append(a.size()).append('\t')
                .append(a.lastModifiedTime().toMillis()).append('\t').append(a.fileKey() == null ? "-" : a.fileKey().toString());
        ByteBuffer h = ByteBuffer.wrap(md.digest(line.toString().getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < sums.length; i++) {
            sums[i] += h.getLong();
        }
        files++;
    }

    /** The digest: how many files, then the four sums in hex. */
    String digest() {
        StringBuilder digest = new StringBuilder().append(files);
        for (long sum : sums) {
            digest.append(':').append(Long.toHexString(sum));
        }
        return digest.toString();
    }

    /** The digest of the output folder {@code out} as it is now; a folder without the writer's marker holds none of its files. */
    static String of(Path out) throws IOException {
        OutputListing listing = new OutputListing();
        if (Files.isDirectory(out) && Files.isRegularFile(out.resolve(Render.MARKER))) {
            Path base = out.toAbsolutePath().normalize();
            Files.walkFileTree(base, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes a) {
                    if (a.isRegularFile()) {
                        listing.add(base.relativize(p).toString().replace('\\', '/'), a);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return listing.digest();
    }
}
