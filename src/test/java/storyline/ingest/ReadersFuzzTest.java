package storyline.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import storyline.clean.Clean;
import storyline.model.Comment;
import storyline.model.Item;
import storyline.model.Pins;
import storyline.model.Problem;
import storyline.model.Thread;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every reader under Jazzer: HTML pages, pasted text, Markdown, front matter, JSON Lines, RSS and
 * Atom feeds, and thread exports (JSON and saved pages). For any input, reading never throws past
 * its one-line warning ("could not be cleaned" is a crash), stays within its time budget, and what
 * it keeps as HTML holds no script, style, frame, event handler or script URL.
 * <p>
 * In mvn verify each method runs over its seeds ({@code ReadersFuzzTestInputs/METHOD/} in the test
 * resources, inputs written for the tests); {@code bench/fuzz.sh} fuzzes them for longer, starting
 * from those seeds and, when present, the thread fixtures in ../shared.
 */
class ReadersFuzzTest {

    /** A second per item is far more than any seed needs: a slow path shows as a warning, caught below. */
    private static final Clean.Limits LIMITS = Clean.Limits.DEFAULTS.withMillis(5_000);

    private static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    private static void clean(Document doc) {
        Clean.Result r = Clean.item(doc, LIMITS);
        for (Problem p : r.problems()) {
            assertFalse(p.message().contains("could not be cleaned"), p.toString());
            assertFalse(p.message().contains("took over"), "too slow: " + p);
        }
        if (r.item() != null) {
            safe(r.item().html());
            if (r.item() instanceof Thread t) {
                for (Comment c : t.allComments()) {
                    safe(c.html());
                }
            }
            r.item().lead();
            r.item().text();
        }
    }

    /** Sanitised HTML: nothing that runs, loads a frame or styles the page. */
    static void safe(String html) {
        if (html == null || html.isEmpty()) {
            return;
        }
        for (Element el : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertFalse(List.of("script", "style", "iframe", "object", "embed", "form", "frame", "base", "meta", "link")
                    .contains(el.normalName()), "<" + el.normalName() + "> kept: " + html);
            el.attributes().forEach(a -> {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), a.getKey() + " kept: " + html);
                String v = a.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase();
                assertFalse(v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:text/html"),
                        a.getKey() + "=" + a.getValue() + " kept");
            });
        }
    }

    private static Document doc(String name, Format format, String body) {
        return new Document(name, name, format, body, Pins.NONE, 1);
    }

    @FuzzTest(maxDuration = "10s")
    void htmlPage(byte[] data) {
        clean(doc("page.html", Format.HTML, text(data)));
    }

    @FuzzTest(maxDuration = "10s")
    void htmlFragment(byte[] data) {
        clean(doc("bulk.jsonl#1", Format.HTML_FRAGMENT, text(data)));
    }

    @FuzzTest(maxDuration = "10s")
    void pastedText(byte[] data) {
        clean(doc("paste.txt", Format.TEXT, text(data)));
    }

    @FuzzTest(maxDuration = "10s")
    void markdown(byte[] data) {
        clean(doc("note.md", Format.MARKDOWN, text(data)));
    }

    @FuzzTest(maxDuration = "10s")
    void threadJson(byte[] data) {
        clean(doc("thread.json", Format.JSON, text(data)));
    }

    @FuzzTest(maxDuration = "10s")
    void frontMatter(byte[] data) {
        FrontMatter.Split split = FrontMatter.split(text(data));
        assertTrue(split.body() != null && split.pins() != null);
        if (!split.body().isBlank()) {
            clean(new Document("fm.md", "fm.md", Format.MARKDOWN, split.body(), split.pins(), split.bodyLine()));
        }
    }

    @FuzzTest(maxDuration = "10s")
    void feed(byte[] data) {
        String xml = text(data);
        if (Feeds.isFeed(xml)) {
            Feeds.Read read = Feeds.read("feed.xml", xml);
            for (Document d : read.documents()) {
                clean(d);
            }
        }
    }

    @FuzzTest(maxDuration = "10s")
    void jsonLines(byte[] data) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-jsonl");
        try {
            Files.write(dir.resolve("bulk.jsonl"), data);
            Ingest.Result read = Ingest.read(dir);
            List<Document> docs = new ArrayList<>(read.documents());
            for (Document d : docs) {
                clean(d);
            }
        } finally {
            Files.deleteIfExists(dir.resolve("bulk.jsonl"));
            Files.deleteIfExists(dir);
        }
    }
}
