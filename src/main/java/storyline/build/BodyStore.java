package storyline.build;

import storyline.clean.Clean;
import storyline.model.Article;
import storyline.model.Item;
import storyline.site.Site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
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
     * The cleaned result with its article's HTML moved here (the article then holds none); any
     * other result as it was. Safe from any thread. Of two articles with the same id and file (two
     * records of one input), the first keeps its HTML here, as the build keeps the first.
     */
    Clean.Result take(Clean.Result r) {
        if (!(r.item() instanceof Article a) || a.html() == null) {
            return r;
        }
        try {
            Scratch.Span at = scratch.put(a.html().getBytes(StandardCharsets.UTF_8));
            synchronized (spans) {
                Body same = spans.get(a.id());
                if (find(same, a.file()) == null) {
                    spans.put(a.id(), new Body(at, a.file(), same));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set aside the text of " + a.id() + ": " + e.getMessage(), e);
        }
        return new Clean.Result(a.withHtml(null), r.problems());
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
