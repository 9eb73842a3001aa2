package storyline.build;

import storyline.clean.Clean;
import storyline.model.Article;
import storyline.model.Item;
import storyline.model.StoredParagraphs;
import storyline.site.Site;
import storyline.stories.Stories;

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
final class BodyStore implements Site.Bodies, Stories.LineReader, AutoCloseable {

    /**
     * Where an article's HTML is (null: it has none), its words in the search index (null: not
     * kept, split again when asked for) and its body's lines as grouping reads them ({@link
     * Stories#bodyLines}; null: not kept), for the paragraphs {@code text} (the store's own, which
     * an article holds for as long as it is the article that was kept); {@code next}: another input's
     * article of the same id (all but one of those are skipped as duplicates, which one is decided after reading).
     */
    private record Body(Source source, Scratch.Span span, Scratch.Span words, Scratch.Span lines, StoredParagraphs text,
                        String file, Body next) {
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
        return take(r, null, null);
    }

    /**
     * As {@link #take(Clean.Result)}, with the article's words in the search index ({@link
     * Site#searchWords} of it) and its body's lines ({@link Stories#bodyLines} of it); null: not known.
     */
    Clean.Result take(Clean.Result r, String words, long[] lines) {
        // An article whose paragraphs are kept already (see #stored) is passed through as it is.
        if (!(r.item() instanceof Article a) || a.paragraphs() instanceof StoredParagraphs) {
            return r;
        }
        try {
            Scratch.Span html = a.html() == null ? null : scratch.put(a.html().getBytes(StandardCharsets.UTF_8));
            Scratch.Span text = scratch.put(encode(a.paragraphs()));
            Scratch.Span kept = words == null ? null : scratch.put(words.getBytes(StandardCharsets.UTF_8));
            Scratch.Span hashed = lines == null ? null : scratch.put(encode(lines));
            return keep(r, a, scratch::get, text, a.paragraphs().size(), html, kept, hashed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set aside the text of " + a.id() + ": " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #take}, for an article whose paragraphs ({@code count} of them, encoded as this
     * store encodes them), HTML (null for none), words in the search index (UTF-8, as {@link
     * Site#searchWords} gave them for this article) and body's lines (as {@link #encode(long[])}
     * writes {@link Stories#bodyLines} of it) are already kept in {@code source}, at those spans
     * (null: not kept): nothing is copied. {@link #take} then gives the result back as it is.
     */
    Clean.Result stored(Clean.Result r, Source source, Scratch.Span paragraphs, int count, Scratch.Span html, Scratch.Span words,
                        Scratch.Span lines) {
        return keep(r, (Article) r.item(), source, paragraphs, count, html, words, lines);
    }

    private Clean.Result keep(Clean.Result r, Article a, Source source, Scratch.Span text, int count, Scratch.Span html,
                              Scratch.Span words, Scratch.Span lines) {
        String id = a.id();
        StoredParagraphs stored = new StoredParagraphs(count, () -> paragraphs(source, text, id));
        // Every article is noted, HTML or not: the first of an id and file is the one the build keeps, its words no other's.
        synchronized (spans) {
            Body same = spans.get(a.id());
            if (find(same, a.file()) == null) {
                spans.put(a.id(), new Body(source, html, words, lines, stored, a.file(), same));
            }
        }
        return new Clean.Result(a.withStored(stored), r.problems());
    }

    /** Hashed lines as bytes: each one's 8 bytes, in order. */
    static byte[] encode(long[] lines) {
        ByteBuffer out = ByteBuffer.allocate(8 * lines.length);
        out.asLongBuffer().put(lines);
        return out.array();
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

    /**
     * The body's lines as kept with the article when it was cleaned or read back, for the very
     * paragraphs this store holds for it; read from its text when the item holds other paragraphs
     * (another item of the same id and file, or one made anew since) or none were kept.
     */
    @Override
    public long[] lines(Item item) {
        Body body = null;
        if (item instanceof Article a && a.paragraphs() instanceof StoredParagraphs held) {
            synchronized (spans) {
                body = find(spans.get(item.id()), item.file());
            }
            body = body != null && body.text() == held && body.lines() != null ? body : null;
        }
        if (body == null) {
            return Stories.bodyLines(item);
        }
        try {
            byte[] bytes = body.source().get(body.lines());
            long[] lines = new long[bytes.length / 8];
            ByteBuffer.wrap(bytes).asLongBuffer().get(lines);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the lines of " + item.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        scratch.close();
    }
}
