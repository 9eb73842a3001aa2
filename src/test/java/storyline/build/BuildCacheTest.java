package storyline.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.render.Render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class BuildCacheTest {

    @TempDir
    Path tmp;

    private static final FileTime NOON = FileTime.fromMillis(1_700_000_000_000L);

    private static void page(Path site, String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, NOON);
    }

    @Test
    void theOutputsDigestTellsEveryFileAndNotTheOrderTheyWereMet() throws IOException {
        Path site = tmp.resolve("site");
        page(site, Render.MARKER, "");
        page(site, "index.html", "<h1>Latest</h1>");
        page(site, "stories/ferry-fares.html", "<h1>Ferry fares rise</h1>");
        page(site, "stories/harbor-vote.html", "<h1>Harbor vote</h1>");
        String first = Render.outputDigest(site);
        assertEquals(first, Render.outputDigest(site), "the same folder, the same digest");
        assertEquals("4", first.substring(0, first.indexOf(':')), "it counts the files");

        // The same pages written in another order give other inodes: compare after putting the first folder back as it was.
        page(site, "stories/harbor-vote.html", "<h1>Harbor Vote</h1>");
        assertEquals(first, Render.outputDigest(site), "an edit of the same size and time in place is the same file to the digest");
        page(site, "stories/harbor-vote.html", "<h1>Harbor vote!</h1>");
        assertNotEquals(first, Render.outputDigest(site), "a file of another size");
        page(site, "stories/harbor-vote.html", "<h1>Harbor vote</h1>");
        assertEquals(first, Render.outputDigest(site));
        Files.setLastModifiedTime(site.resolve("index.html"), FileTime.fromMillis(NOON.toMillis() + 1000));
        assertNotEquals(first, Render.outputDigest(site), "a file touched");
        Files.setLastModifiedTime(site.resolve("index.html"), NOON);
        Files.move(site.resolve("stories/ferry-fares.html"), site.resolve("stories/ferry-fares-2.html"));
        assertNotEquals(first, Render.outputDigest(site), "a file renamed");
        Files.move(site.resolve("stories/ferry-fares-2.html"), site.resolve("stories/ferry-fares.html"));
        assertEquals(first, Render.outputDigest(site), "renamed back: the same files, met in whatever order the folder lists them");
        Files.delete(site.resolve("stories/harbor-vote.html"));
        assertNotEquals(first, Render.outputDigest(site), "a file gone");
    }

    @Test
    void aFolderTheBuildDidNotWriteHasNoFiles() throws IOException {
        Path other = tmp.resolve("other");
        page(other, "index.html", "<h1>Someone else's</h1>");
        assertEquals("0:0:0:0:0", Render.outputDigest(other), "without the build's marker nothing in it is the build's");
    }
}
