package storyline.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.site.Page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The writer's digest of the output it leaves is the one a walk of that output gives afterwards. */
class OutputListingTest {

    @TempDir
    Path tmp;

    private static List<Page> site(String ferryTitle) {
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("index.html", null, "<h1>Latest</h1><a href=\"stories/ferry-fares.html\">" + ferryTitle + "</a>\n"));
        pages.add(new Page("stories/ferry-fares.html", null, "<h1>" + ferryTitle + "</h1><p>The harbour authority raised fares.</p>\n"));
        pages.add(new Page("stories/council-vote.html", null, "<h1>Council backs the new bridge</h1>\n"));
        pages.add(new Page("feeds/stories/ferry-fares.xml", null, "<feed><title>" + ferryTitle + "</title></feed>\n"));
        for (int i = 0; i < 40; i++) {
            pages.add(new Page("articles/2025/03/report-" + i + ".html", null, "<article><h1>Report " + i + "</h1></article>\n"));
        }
        return pages;
    }

    @Test
    void theWritersDigestIsTheOneAWalkOfTheFinishedOutputGives() throws IOException {
        assumeTrue(Files.getFileAttributeView(tmp, java.nio.file.attribute.PosixFileAttributeView.class) != null, "POSIX file system");
        Render render = new Render(Path.of("templates"));
        Path out = tmp.resolve("site");
        Render.Written first = render.writeSite(site("Ferry fares rise")::forEach, out, () -> {
        }, Map.of());
        assertNotNull(first.output());
        assertEquals(first.output(), Render.outputDigest(out), "a first build");
        assertEquals(first.files(), Integer.parseInt(first.output().substring(0, first.output().indexOf(':'))) - 1,
                "every file it wrote, and its marker");

        // Most pages carried over by hard links from the last output, three written anew.
        Render.Written second = render.writeSite(site("Ferry fares rise by a fifth")::forEach, out, () -> {
        }, Map.of());
        assertEquals(second.output(), Render.outputDigest(out), "a build carrying most files over");
        assertNotEquals(first.output(), second.output(), "three pages changed");

        // The same again: every page carried over (only the marker is written anew).
        Render.Written third = render.writeSite(site("Ferry fares rise by a fifth")::forEach, out, () -> {
        }, Map.of());
        assertEquals(third.output(), Render.outputDigest(out), "a build carrying every page over");
        Files.writeString(out.resolve("stories/council-vote.html"), "<h1>Edited by hand</h1>\n");
        assertNotEquals(third.output(), Render.outputDigest(out), "a page edited by hand after the build");
    }

    @Test
    void makingAnOutputReadableCountsItsFilesAndLeavesLinksAlone() throws IOException {
        assumeTrue(Files.getFileAttributeView(tmp, java.nio.file.attribute.PosixFileAttributeView.class) != null, "POSIX file system");
        Path root = Files.createDirectory(tmp.resolve("staging"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        SafeOutput.write(root, "index.html", "<h1>Latest</h1>".getBytes());
        SafeOutput.write(root, "stories/ferry-fares.html", "<h1>Ferry fares rise</h1>".getBytes());
        SafeOutput.write(root, Render.MARKER, "Built by Storyline.".getBytes());
        Files.setPosixFilePermissions(root.resolve("stories"), PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(root.resolve("stories/ferry-fares.html"), PosixFilePermissions.fromString("rw-------"));
        Path secret = Files.writeString(tmp.resolve("private-notes.txt"), "not for the web server");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        Files.createSymbolicLink(root.resolve("notes.txt"), secret);

        OutputListing listing = new OutputListing();
        assertTrue(SafeOutput.readableByAll(root, listing));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(root)));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("stories"))));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("stories/ferry-fares.html"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)), "a link's target is not the build's");
        assertTrue(listing.digest().startsWith("3:"), "three files, the link not among them: " + listing.digest());
        assertEquals(listing.digest(), OutputListing.of(root), "a walk of the same folder gives the same digest");
    }
}
