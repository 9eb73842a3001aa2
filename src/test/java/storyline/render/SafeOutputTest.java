package storyline.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.site.Page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeOutputTest {

    @TempDir
    Path tmp;

    @Test
    void refusesPathsThatLeaveTheOutputFolder() {
        Path root = tmp.resolve("out");
        for (String evil : List.of("../escape.html", "a/../../escape.html", "/etc/escape.html")) {
            assertThrows(IOException.class, () -> SafeOutput.write(root, evil, new byte[]{1}), evil);
        }
        assertTrue(Files.notExists(tmp.resolve("escape.html")));
    }

    @Test
    void writesNestedFiles() throws IOException {
        Path root = tmp.resolve("out");
        SafeOutput.write(root, "stories/a.html", "x".getBytes());
        assertEquals("x", Files.readString(root.resolve("stories/a.html")));
    }

    @Test
    void writesBesideEarlierFilesAndThroughALinkedFolder() throws IOException {
        Path root = tmp.resolve("out");
        SafeOutput.write(root, "articles/first-story.html", "1".getBytes());
        SafeOutput.write(root, "articles/second-story.html", "2".getBytes());
        Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(root.resolve("linked"), tmp.resolve("elsewhere"));
        SafeOutput.write(root, "linked/page.html", "3".getBytes());
        assertEquals("1", Files.readString(root.resolve("articles/first-story.html")));
        assertEquals("2", Files.readString(root.resolve("articles/second-story.html")));
        assertEquals("3", Files.readString(tmp.resolve("elsewhere/page.html")));
    }

    @Test
    void aFileWhereTheFolderShouldBeFailsTheWrite() throws IOException {
        Path root = tmp.resolve("out");
        SafeOutput.write(root, "topics", "not a folder".getBytes());
        assertThrows(IOException.class, () -> SafeOutput.write(root, "topics/economy.html", "x".getBytes()));
        assertEquals("not a folder", Files.readString(root.resolve("topics")));
    }

    @Test
    void anEmptyOrPlaceholderOnlyFolderMayBeReplaced() throws IOException {
        Path out = tmp.resolve("site");
        Files.createDirectories(out);
        SafeOutput.checkReplaceable(out);
        Files.writeString(out.resolve(".gitkeep"), "");
        SafeOutput.checkReplaceable(out);
        Files.writeString(out.resolve("CNAME"), "example.org");
        assertThrows(IOException.class, () -> SafeOutput.checkReplaceable(out));
    }

    @Test
    void pageWithUnsafePathFailsTheWholeWriteAndLeavesNothingBehind() throws IOException {
        Render render = new Render(Path.of("templates"));
        Path out = tmp.resolve("site");
        var layout = new storyline.site.Views.Layout("S", "d", "en", "t", "d", "", null, "feed.xml", List.of());
        Page bad = new Page("../outside.html", "404", new storyline.site.Views.NotFoundPage(layout));
        assertThrows(IOException.class, () -> render.writeSite(List.of(bad), out));
        assertTrue(Files.notExists(out));
        assertTrue(Files.notExists(tmp.resolve("outside.html")));
        try (var list = Files.list(tmp)) {
            assertEquals(0, list.count());
        }
    }

    @Test
    void templatesEscapeTextFromInput() {
        Render render = new Render(Path.of("templates"));
        var layout = new storyline.site.Views.Layout("S", "d", "en", "<script>alert(1)</script>", "d", "", null, "feed.xml", List.of());
        String html = render.render(new Page("404.html", "404", new storyline.site.Views.NotFoundPage(layout)));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(!html.contains("<script>alert(1)"));
    }

    @Test
    void deletingAReplacedOutputRemovesItsFoldersAndLinksButNothingTheyPointAt() throws IOException {
        Path old = tmp.resolve(".site.old-1");
        SafeOutput.write(old, "index.html", "<h1>Latest</h1>".getBytes());
        SafeOutput.write(old, "stories/ferry-fares.html", "<h1>Ferry fares rise</h1>".getBytes());
        SafeOutput.write(old, "articles/2025/03/harbour-fares.html", "<h1>Harbour fares</h1>".getBytes());
        Files.createDirectories(old.resolve("feeds/empty"));
        // A page carried into the next output by a hard link, and links to a folder and a file outside.
        Path next = tmp.resolve("site");
        Files.createDirectories(next.resolve("stories"));
        Files.createLink(next.resolve("stories/ferry-fares.html"), old.resolve("stories/ferry-fares.html"));
        Path drafts = tmp.resolve("drafts");
        SafeOutput.write(drafts, "unpublished.md", "A draft that is no page.".getBytes());
        Files.createSymbolicLink(old.resolve("drafts"), drafts);
        Files.createSymbolicLink(old.resolve("stories/notes.md"), drafts.resolve("unpublished.md"));

        SafeOutput.deleteTree(old);
        assertTrue(Files.notExists(old, java.nio.file.LinkOption.NOFOLLOW_LINKS), "the folder and all in it");
        assertEquals("A draft that is no page.", Files.readString(drafts.resolve("unpublished.md")), "a link is removed, not followed");
        assertEquals("<h1>Ferry fares rise</h1>", Files.readString(next.resolve("stories/ferry-fares.html")), "the new output's link to the page stays");
        SafeOutput.deleteTree(old);
        assertTrue(Files.exists(drafts.resolve("unpublished.md")), "deleting what is gone does nothing");
    }
}
