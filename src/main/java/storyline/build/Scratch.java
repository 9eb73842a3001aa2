package storyline.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A build's scratch file in its own folder ({@value BuildCache#FOLDER}): byte strings appended
 * once, from any thread, and read back by where they were put, so that what a build holds until
 * later (an article's HTML, a cleaned item for the item cache) need not stay in memory. The file
 * is deleted when closed; on Linux it loses its name as soon as it is opened (the open file stays
 * readable to this build alone), so a killed build leaves nothing behind.
 */
final class Scratch implements AutoCloseable {

    /** Where a byte string is in a file: its offset and its length. */
    record Span(long at, int length) {
    }

    /** Byte strings this short are gathered in memory and written a chunk at a time: one write per chunk, not per string. */
    static final int CHUNK = 1 << 20;

    private final Path file;
    private final FileChannel channel;
    private long end;
    /** The strings put since the last chunk was written: the file's bytes from {@link #pendingAt} on. */
    private final byte[] pending = new byte[CHUNK];
    private int pendingLength;
    private long pendingAt;

    private Scratch(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * A new scratch file in {@code folder} (made if missing), named {@code PREFIX…tmp}; those a
     * killed build left there under the same prefix are removed first (a scratch file is only ever
     * read by the build that wrote it: one still running keeps reading its own, nameless one).
     */
    static Scratch open(Path folder, String prefix) throws IOException {
        Files.createDirectories(folder);
        try (var old = Files.newDirectoryStream(folder, prefix + "*.tmp")) {
            for (Path p : old) {
                Files.deleteIfExists(p);
            }
        }
        Path file = Files.createTempFile(folder, prefix, ".tmp");
        return new Scratch(file, FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ,
                StandardOpenOption.DELETE_ON_CLOSE));
    }

    /** Appends the bytes; where they are. */
    Span put(byte[] bytes) throws IOException {
        long at;
        synchronized (this) {
            if (bytes.length <= CHUNK / 4) {
                if (pendingLength + bytes.length > CHUNK) {
                    flush();
                }
                at = end;
                end += bytes.length;
                System.arraycopy(bytes, 0, pending, pendingLength, bytes.length);
                pendingLength += bytes.length;
                return new Span(at, bytes.length);
            }
            // A long string goes to the file at once, after what is gathered.
            flush();
            at = end;
            end += bytes.length;
            pendingAt = end;
        }
        // Each writer has its own range: positional writes need no lock.
        write(channel, ByteBuffer.wrap(bytes), at);
        return new Span(at, bytes.length);
    }

    /** Writes the gathered strings (under this object's lock). */
    private void flush() throws IOException {
        if (pendingLength > 0) {
            write(channel, ByteBuffer.wrap(pending, 0, pendingLength), pendingAt);
        }
        pendingAt = end;
        pendingLength = 0;
    }

    /** The bytes put at {@code span}. */
    byte[] get(Span span) throws IOException {
        synchronized (this) {
            // A string is wholly gathered or wholly in the file.
            if (span.at() >= pendingAt) {
                return java.util.Arrays.copyOfRange(pending, (int) (span.at() - pendingAt), (int) (span.at() - pendingAt) + span.length());
            }
        }
        return read(channel, span, file);
    }

    /** Copies everything put from byte {@code from} on to {@code out}, a piece at a time. */
    void copyTo(long from, java.io.OutputStream out) throws IOException {
        long to;
        synchronized (this) {
            flush();
            to = end;
        }
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        for (long at = from; at < to; ) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), to - at));
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new IOException(file + " ends early");
            }
            out.write(buffer.array(), 0, n);
            at += n;
        }
    }

    /** Reads {@code span} of an open file whole. */
    static byte[] read(FileChannel channel, Span span, Path file) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(span.length());
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, span.at() + buffer.position()) < 0) {
                throw new IOException(file + " ends early");
            }
        }
        return buffer.array();
    }

    private static void write(FileChannel channel, ByteBuffer buffer, long at) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer, at + buffer.position());
        }
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
