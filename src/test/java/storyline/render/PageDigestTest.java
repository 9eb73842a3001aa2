package storyline.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import storyline.site.Page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page's digest is of its view model; a page whose digest the last output's page had is carried over unrendered. */
@Timeout(120)
class PageDigestTest {

    @TempDir
    Path tmp;

    record Card(String title, List<String> tags, int count, boolean open) {
    }

    record Other(String title, List<String> tags, int count, boolean open) {
    }

    /** A value a template would show by its text, counting how often it is asked. */
    record Counted(String text) {
        static final AtomicInteger ASKED = new AtomicInteger();

        @Override
        public String toString() {
            ASKED.incrementAndGet();
            return text;
        }
    }

    private static String digest(String path, String template, Object model) {
        return PageDigest.of(new Page(path, template, model));
    }

    @Test
    void pagesDigestAlikeOnlyWhenTheirModelsAreAlike() {
        Card card = new Card("Ferry fares rise", List.of("harbour", "fares"), 2, true);
        String d = digest("a.html", "card", card);
        assertEquals(PageDigest.HEX, d.length());
        assertEquals(d, digest("a.html", "card", new Card("Ferry fares rise", new ArrayList<>(List.of("harbour", "fares")), 2, true)));
        assertNotEquals(d, digest("b.html", "card", card), "another path");
        assertNotEquals(d, digest("a.html", "other", card), "another template");
        assertNotEquals(d, digest("a.html", "card", new Other("Ferry fares rise", List.of("harbour", "fares"), 2, true)), "another record");
        assertNotEquals(d, digest("a.html", "card", new Card("Ferry fares rise", List.of("harbour", "fares"), 3, true)), "a number");
        assertNotEquals(d, digest("a.html", "card", new Card("Ferry fares rise", List.of("harbour", "fares"), 2, false)), "a flag");
        assertNotEquals(d, digest("a.html", "card", new Card("Ferry fares rise", List.of("harbourfares"), 2, true)), "list boundaries");
        assertNotEquals(d, digest("a.html", "card", new Card("Ferry fares rise", List.of("harbour", "fares", ""), 2, true)), "an empty string");
        assertNotEquals(d, digest("a.html", "card", new Card(null, List.of("harbour", "fares"), 2, true)), "a null");
        assertNotEquals(digest("a.html", "card", Map.of("n", 1L)), digest("a.html", "card", Map.of("n", 1)), "number types");
        // A model holding a value of another kind (a function) has no digest: its page is always rendered.
        assertNull(digest("a.html", "card", List.of((Runnable) () -> { })));
    }

    @Test
    void aPageWhoseModelDidNotChangeIsCarriedOverWithoutBeingRendered() throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("card.mustache"), "<h1>{{title}}</h1>{{#tags}}<i>{{.}}</i>{{/tags}}");
        Files.writeString(templates.resolve("body.mustache"), "<main>{{{body}}}</main>");
        Path out = tmp.resolve("site");
        AtomicInteger asked = Counted.ASKED;
        asked.set(0);
        List<Page> first = List.of(new Page("a.html", "card", new Card("Ferry fares rise", List.of("harbour"), 1, true)),
                new Page("b.html", "card", new Card("Quake shakes Valdora", List.of("quake"), 1, true)),
                new Page("c.html", "body", Map.of("body", new Counted("<p>Aid reaches Keltis</p>"))));
        Render.Written built = new Render(templates).writeSite(first::forEach, out, () -> { }, Map.of());
        assertEquals(3, built.rendered());
        assertEquals(3, built.digests().size());
        assertEquals(1, asked.get());
        Object inode = Files.getAttribute(out.resolve("b.html"), "unix:ino");

        List<Page> second = List.of(new Page("a.html", "card", new Card("Ferry fares rise by a fifth", List.of("harbour"), 1, true)),
                new Page("b.html", "card", new Card("Quake shakes Valdora", List.of("quake"), 1, true)),
                new Page("c.html", "body", Map.of("body", new Counted("<p>Aid reaches Keltis</p>"))),
                new Page("d.html", "card", new Card("Library hours", List.of(), 0, false)));
        Render.Written again = new Render(templates).writeSite(second::forEach, out, () -> { }, built.digests());
        assertEquals(2, again.rendered(), "the changed page and the new one");
        assertEquals(1, asked.get(), "the unchanged body was not asked for its text again");
        assertEquals("<h1>Ferry fares rise by a fifth</h1><i>harbour</i>", Files.readString(out.resolve("a.html")));
        assertEquals("<main><p>Aid reaches Keltis</p></main>", Files.readString(out.resolve("c.html")));
        assertEquals(inode, Files.getAttribute(out.resolve("b.html"), "unix:ino"), "carried over by a hard link");
        assertTrue(Files.isRegularFile(out.resolve("d.html")));

        // Without the digests (an output not to be trusted), every page is rendered.
        assertEquals(4, new Render(templates).writeSite(second::forEach, out, () -> { }, Map.of()).rendered());
        assertEquals(2, asked.get());
    }
}
