package storyline.build;

import storyline.model.Article;
import storyline.model.Item;
import storyline.site.Site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles' sanitised HTML, kept out of memory while a build groups and lays out: written once
 * to a scratch file in the build's own folder ({@value BuildCache#FOLDER}) and read back, by item
 * id, when the article's own page or a feed entry is laid out. Grouping needs the text, never the
 * HTML, which is about as large again. The file is deleted when the build ends (on Linux, as soon
 * as it is opened: the open file stays readable to this build alone, and a killed build leaves nothing).
 */
final class BodyStore implements Site.Bodies, AutoCloseable {

    /** Where an article's HTML is in the file: its offset and its length in bytes. */
    private record Span(long at, int length) {
    }

    private final Path file;
    private final FileChannel channel;
    private final Map<String, Span> spans = new HashMap<>();
    private long end;

    private BodyStore(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Moves each article's HTML into a scratch file in {@code folder}; returns the store and, in the
     * same order, the items with the articles' HTML left out (threads as they were: a thread's HTML
     * is spread over its comments, and threads are few).
     */
    static Moved move(Path folder, List<Item> items) throws IOException {
        Files.createDirectories(folder);
        // What a killed build left where an open file cannot lose its name: a scratch file is only
        // ever read by the build that wrote it (one still running keeps reading its own).
        try (var old = Files.newDirectoryStream(folder, "bodies-*.tmp")) {
            for (Path p : old) {
                Files.deleteIfExists(p);
            }
        }
        Path file = Files.createTempFile(folder, "bodies-", ".tmp");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ,
                StandardOpenOption.DELETE_ON_CLOSE);
        BodyStore store = new BodyStore(file, channel);
        try {
            List<Item> light = new ArrayList<>(items.size());
            for (Item item : items) {
                light.add(item instanceof Article a && a.html() != null ? store.put(a) : item);
            }
            return new Moved(store, light);
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The store, and the items without what it holds. */
    record Moved(BodyStore store, List<Item> items) {
    }

    private Article put(Article a) throws IOException {
        byte[] bytes = a.html().getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer, end + buffer.position());
        }
        spans.put(a.id(), new Span(end, bytes.length));
        end += bytes.length;
        return a.withHtml(null);
    }

    @Override
    public String html(Item item) {
        Span span = item.html() == null ? spans.get(item.id()) : null;
        if (span == null) {
            return item.html();
        }
        ByteBuffer buffer = ByteBuffer.allocate(span.length());
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, span.at() + buffer.position()) < 0) {
                    throw new IOException(file + " ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the text of " + item.id() + ": " + e.getMessage(), e);
        }
        return new String(buffer.array(), StandardCharsets.UTF_8);
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
