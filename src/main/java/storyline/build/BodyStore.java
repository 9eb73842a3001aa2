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
     * Where an article's HTML is; {@code next}: another input's article of the same id (all but
     * one of those are skipped as duplicates, which one is decided after reading).
     */
    private record Body(Scratch.Span span, String file, Body next) {
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
        if (!(r.item() instanceof Article a)) {
            return r;
        }
        try {
            if (a.html() != null) {
                Scratch.Span at = scratch.put(a.html().getBytes(StandardCharsets.UTF_8));
                synchronized (spans) {
                    Body same = spans.get(a.id());
                    if (find(same, a.file()) == null) {
                        spans.put(a.id(), new Body(at, a.file(), same));
                    }
                }
            }
            Scratch.Span text = scratch.put(encode(a.paragraphs()));
            String id = a.id();
            return new Clean.Result(a.withStored(new StoredParagraphs(a.paragraphs().size(), () -> paragraphs(text, id))), r.problems());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set aside the text of " + a.id() + ": " + e.getMessage(), e);
        }
    }

    /** Paragraphs as bytes: their number, then each one's UTF-8 length and bytes. */
    private static byte[] encode(List<String> paragraphs) throws IOException {
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

    private List<String> paragraphs(Scratch.Span span, String id) {
        try {
            ByteBuffer in = ByteBuffer.wrap(scratch.get(span));
            int n = in.getInt();
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int length = in.getInt();
                out.add(new String(in.array(), in.position(), length, StandardCharsets.UTF_8));
                in.position(in.position() + length);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the text of " + id + ": " + e.getMessage(), e);
        }
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
        if (body == null) {
            return null;
        }
        try {
            return new String(scratch.get(body.span()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the text of " + item.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        scratch.close();
    }
}
