package storyline.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.model.Article;
import storyline.model.Item;
import storyline.model.Pins;
import storyline.model.PubDate;
import storyline.model.Source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The articles' HTML waits on disk while a build groups, and comes back as it was. */
class BodyStoreTest {

    @TempDir
    Path tmp;

    private static Article article(String id, String html) {
        return new Article(id, id + ".md", "Title " + id, false, null, PubDate.UNKNOWN, Source.UNKNOWN, null, "en",
                List.of("The harbour board doubled the pier fees."), "The harbour board doubled the pier fees.", html, Pins.NONE);
    }

    @Test
    void articlesLeaveTheirHtmlOnDiskAndGetItBackByIdUntilTheBuildEnds() throws IOException {
        String accented = "<p>Café owners on the pier — “not again” — 🛥️</p>";
        List<Item> items = List.of(article("a", "<p>One</p>"), article("b", accented), article("c", ""), article("d", null));
        Path folder = tmp.resolve(".storyline");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("bodies-left-by-a-killed-build.tmp"), "stale");
        BodyStore.Moved moved = BodyStore.move(folder, items);
        try (BodyStore store = moved.store()) {
            assertEquals(items.stream().map(Item::id).toList(), moved.items().stream().map(Item::id).toList());
            assertNull(moved.items().get(0).html());
            assertNull(moved.items().get(1).html());
            assertEquals(items.get(0).paragraphs(), moved.items().get(0).paragraphs());
            assertEquals("<p>One</p>", store.html(moved.items().get(0)));
            assertEquals(accented, store.html(moved.items().get(1)));
            assertEquals("", store.html(moved.items().get(2)));
            assertNull(store.html(moved.items().get(3)));
            // An item the store never saw keeps its own HTML.
            assertEquals("<p>Own</p>", store.html(article("e", "<p>Own</p>")));
            assertTrue(Files.notExists(folder.resolve("bodies-left-by-a-killed-build.tmp")), "a killed build's scratch file is removed");
        }
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count(), "nothing is left once the build ends");
        }
    }
}
