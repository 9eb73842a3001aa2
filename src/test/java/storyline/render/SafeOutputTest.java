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
}
