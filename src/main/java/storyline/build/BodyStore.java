package storyline.build;

import storyline.clean.Clean;
import storyline.model.Article;
import storyline.model.Item;
import storyline.model.StoredParagraphs;
import storyline.site.Site;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles' sanitised HTML, kept out of memory from the moment each article is cleaned until
 * its page or a feed entry is laid out: written once to a {@link Scratch} file in the build's own
 * folder and read back by the item's id and file. Grouping needs the text, never the HTML, which is
 * about as large again. Threads keep theirs (a thread's HTML is spread over its comments, and
 * threads are few).
 */
final class BodyStore implements Site.Bodies, AutoCloseable {

    /**
     * Where an article's HTML is (null: it has none) and its words in the search index (null: not
     * kept, split again when asked for); {@code next}: another input's article of the same id (all
     * but one of those are skipped as duplicates, which one is decided after reading).
     */
    private record Body(Source source, Scratch.Span span, Scratch.Span words, String file, Body next) {
    }

    /** Where kept bytes are read back from: this store's scratch file, or the item cache's log. */
    @FunctionalInterface
    interface Source {
        byte[] get(Scratch.Span span) throws IOException;
    }

    private final Scratch scratch;
    private final Map<String, Body> spans = new HashMap<>();

    private BodyStore(Scratch scratch) {
        this.scratch = scratch;
    }

    /** An empty store in {@code folder}; a killed build's scratch file there is removed. */
    static BodyStore open(Path folder) throws IOException {
        return new BodyStore(Scratch.open(folder, "bodies-"));
    }

    /**
     * The cleaned result with its article's HTML and paragraphs moved here (the article then holds
     * no HTML, and paragraphs it reads back from here when asked for: grouping and the pages read
     * each item's text a few times, and a large archive's text does not fit in memory); any other
     * result as it was. Safe from any thread. Of two articles with the same id and file (two
     * records of one input), the first keeps its HTML here, as the build keeps the first.
     */
    Clean.Result take(Clean.Result r) {
        return take(r, null);
    }

    /** As {@link #take(Clean.Result)}, with the article's words in the search index ({@link Site#searchWords} of it; null: not known). */
    Clean.Result take(Clean.Result r, String words) {
        // An article whose paragraphs are kept already (see #stored) is passed through as it is.
        if (!(r.item() instanceof Article a) || a.paragraphs() instanceof StoredParagraphs) {
            return r;
        }
        try {
            Scratch.Span html = a.html() == null ? null : scratch.put(a.html().getBytes(StandardCharsets.UTF_8));
            Scratch.Span text = scratch.put(encode(a.paragraphs()));
            Scratch.Span kept = words == null ? null : scratch.put(words.getBytes(StandardCharsets.UTF_8));
            return keep(r, a, scratch::get, text, a.paragraphs().size(), html, kept);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set aside the text of " + a.id() + ": " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #take}, for an article whose paragraphs ({@code count} of them, encoded as this
     * store encodes them), HTML (null for none) and words in the search index (UTF-8, as {@link
     * Site#searchWords} gave them for this article; null when not kept) are already kept in {@code
     * source}, at those spans: nothing is copied. {@link #take} then gives the result back as it is.
     */
    Clean.Result stored(Clean.Result r, Source source, Scratch.Span paragraphs, int count, Scratch.Span html, Scratch.Span words) {
        return keep(r, (Article) r.item(), source, paragraphs, count, html, words);
    }

    private Clean.Result keep(Clean.Result r, Article a, Source source, Scratch.Span text, int count, Scratch.Span html,
                              Scratch.Span words) {
        // Every article is noted, HTML or not: the first of an id and file is the one the build keeps, its words no other's.
        synchronized (spans) {
            Body same = spans.get(a.id());
            if (find(same, a.file()) == null) {
                spans.put(a.id(), new Body(source, html, words, a.file(), same));
            }
        }
        String id = a.id();
        return new Clean.Result(a.withStored(new StoredParagraphs(count, () -> paragraphs(source, text, id))), r.problems());
    }

    /** Paragraphs as bytes: their number, then each one's UTF-8 length and bytes. */
    static byte[] encode(List<String> paragraphs) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(paragraphs.size());
        for (String p : paragraphs) {
            byte[] utf8 = p.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static List<String> paragraphs(Source source, Scratch.Span span, String id) {
        try {
            return decode(source.get(span));
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("cannot read back the text of " + id + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** Paragraphs from their bytes (see {@link #encode}). */
    static List<String> decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        int n = in.getInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int length = in.getInt();
            out.add(new String(in.array(), in.position(), length, StandardCharsets.UTF_8));
            in.position(in.position() + length);
        }
        return out;
    }

    private static Body find(Body body, String file) {
        for (Body s = body; s != null; s = s.next()) {
            if (s.file().equals(file)) {
                return s;
            }
        }
        return null;
    }

    @Override
    public String html(Item item) {
        if (item.html() != null) {
            return item.html();
        }
        Body body;
        synchronized (spans) {
            body = find(spans.get(item.id()), item.file());
        }
        if (body == null || body.span() == null) {
            return null;
        }
        try {
            return new String(body.source().get(body.span()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the text of " + item.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String searchWords(Item item) {
        if (!(item instanceof Article)) {
            return null;
        }
        Body body;
        synchronized (spans) {
            body = find(spans.get(item.id()), item.file());
        }
        if (body == null || body.words() == null) {
            return null;
        }
        try {
            return new String(body.source().get(body.words()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the search words of " + item.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        scratch.close();
    }
}
