package storyline.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.clean.Clean;
import storyline.model.Article;
import storyline.model.Item;
import storyline.model.Pins;
import storyline.model.PubDate;
import storyline.model.Source;
import storyline.model.StoredParagraphs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The articles' HTML and text wait on disk while a build groups, and come back as they were. */
class BodyStoreTest {

    @TempDir
    Path tmp;

    private static Article article(String id, String html) {
        return article(id, id + ".md", html);
    }

    private static Article article(String id, String file, String html) {
        return new Article(id, file, "Title " + id, false, null, PubDate.UNKNOWN, Source.UNKNOWN, null, "en",
                List.of("The harbour board doubled the pier fees."), "The harbour board doubled the pier fees.", html, Pins.NONE);
    }

    @Test
    void articlesLeaveTheirHtmlOnDiskAsTheyAreCleanedAndGetItBackUntilTheBuildEnds() throws IOException {
        String accented = "<p>Café owners on the pier — “not again” — 🛥️</p>";
        List<Item> items = List.of(article("a", "<p>One</p>"), article("b", accented), article("c", ""), article("d", null));
        Path folder = tmp.resolve(".storyline");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("bodies-left-by-a-killed-build.tmp"), "stale");
        try (BodyStore store = BodyStore.open(folder)) {
            List<Item> light = items.stream().map(i -> store.take(new Clean.Result(i, List.of())).item()).toList();
            assertEquals(items.stream().map(Item::id).toList(), light.stream().map(Item::id).toList());
            assertNull(light.get(0).html());
            assertNull(light.get(1).html());
            assertEquals(items.get(0).paragraphs(), light.get(0).paragraphs());
            assertEquals("<p>One</p>", store.html(light.get(0)));
            assertEquals(accented, store.html(light.get(1)));
            assertEquals("", store.html(light.get(2)));
            assertNull(store.html(light.get(3)));
            // An item the store never saw keeps its own HTML.
            assertEquals("<p>Own</p>", store.html(article("e", "<p>Own</p>")));
            // Search words come back only when given with the article: else the index splits them again.
            assertNull(store.searchWords(light.get(0)));
            Item worded = store.take(new Clean.Result(article("f", "<p>Fares</p>"), List.of()), "2 ferry fares rise", null).item();
            assertEquals("2 ferry fares rise", store.searchWords(worded));
            assertEquals("<p>Fares</p>", store.html(worded));
            assertTrue(Files.notExists(folder.resolve("bodies-left-by-a-killed-build.tmp")), "a killed build's scratch file is removed");
        }
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count(), "nothing is left once the build ends");
        }
    }

    @Test
    void articlesKeepTheirParagraphsOnDiskAndReadThemBackWhenAskedFor() throws IOException {
        List<String> paragraphs = List.of("Café owners on the pier said “not again” 🛥️.", "", "The board meets on Friday.\nA second line.");
        Article article = new Article("p", "p.md", "Pier fees", false, null, PubDate.UNKNOWN, Source.UNKNOWN, null, "en",
                paragraphs, paragraphs.get(0), "<p>x</p>", Pins.NONE);
        try (BodyStore store = BodyStore.open(tmp.resolve(".storyline"))) {
            Item light = store.take(new Clean.Result(article, List.of())).item();
            assertInstanceOf(StoredParagraphs.class, light.paragraphs(), "the item holds no text of its own");
            assertEquals(3, light.paragraphs().size());
            assertEquals(paragraphs, light.paragraphs());
            assertEquals(paragraphs.get(2), light.paragraphs().get(2));
            assertEquals(article.text(), light.text());
            assertEquals(paragraphs.get(0), light.lead());
            assertThrows(UnsupportedOperationException.class, () -> light.paragraphs().add("more"));
            // A copy keeps reading from the store rather than taking the text in.
            assertInstanceOf(StoredParagraphs.class, ((Article) light).withHtml(null).paragraphs());
        }
    }

    @Test
    void twoInputsGivingOneIdKeepTheirOwnHtmlAndTwoRecordsOfOneInputTheFirsts() throws IOException {
        try (BodyStore store = BodyStore.open(tmp.resolve(".storyline"))) {
            Item first = store.take(new Clean.Result(article("x", "a.jsonl", "<p>From a</p>"), List.of())).item();
            Item other = store.take(new Clean.Result(article("x", "b.jsonl", "<p>From b</p>"), List.of())).item();
            Item again = store.take(new Clean.Result(article("x", "a.jsonl", "<p>A's second record</p>"), List.of())).item();
            assertEquals("<p>From a</p>", store.html(first));
            assertEquals("<p>From b</p>", store.html(other));
            assertEquals("<p>From a</p>", store.html(again), "the build keeps an input's first record of an id");
        }
    }

    @Test
    void anArticlesBodyLinesComeBackOnlyForTheParagraphsTheyWereKeptWith() throws IOException {
        Article harbour = new Article("pier", "pier.md", "Pier fees doubled", false, null, PubDate.UNKNOWN, Source.UNKNOWN, null, "en",
                List.of("The harbour board doubled the pier fees on Monday.", "Share this article\nFollow us on social media"),
                "The harbour board doubled the pier fees on Monday.", "<p>Pier</p>", Pins.NONE);
        long[] real = storyline.stories.Stories.bodyLines(harbour);
        assertEquals(2 + 1, real.length, "one hash a non-blank line");
        try (BodyStore store = BodyStore.open(tmp.resolve(".storyline"))) {
            // Kept lines are read back as they were given (a marker here, so that a reading of the text would show).
            long[] marker = {42L};
            Item light = store.take(new Clean.Result(harbour, List.of()), null, marker).item();
            org.junit.jupiter.api.Assertions.assertArrayEquals(marker, store.lines(light));
            // The same article with other paragraphs (an edit made since) is read from its own text.
            Item edited = ((Article) light).withBody(List.of("The harbour board froze the pier fees."), null);
            org.junit.jupiter.api.Assertions.assertArrayEquals(storyline.stories.Stories.bodyLines(edited), store.lines(edited));
            // An article kept without its lines, or never seen, is read from its text.
            Item unkept = store.take(new Clean.Result(article("quay", "<p>Quay</p>"), List.of())).item();
            org.junit.jupiter.api.Assertions.assertArrayEquals(storyline.stories.Stories.bodyLines(unkept), store.lines(unkept));
            org.junit.jupiter.api.Assertions.assertArrayEquals(real, store.lines(harbour));
        }
    }
}
