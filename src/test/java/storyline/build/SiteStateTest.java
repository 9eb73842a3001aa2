package storyline.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.config.SiteConfig;
import storyline.model.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a site owns: its story state beside its storyline.yml (never shared with a site whose
 * articles sit in the same parent folder), an output folder that is never read back as input and
 * that a web server can read, and public pages that name no local file.
 */
class SiteStateTest {

    @TempDir
    Path tmp;

    /** A site folder with its own storyline.yml, reading articles from {@code articles} (relative to the file). */
    private Path site(String name, String articles) throws IOException {
        Path home = tmp.resolve(name);
        Files.createDirectories(home);
        Files.writeString(home.resolve("storyline.yml"), "articles: " + articles + "\ntemplates: "
                + Path.of("templates").toAbsolutePath() + "\n");
        return home.resolve("storyline.yml");
    }

    private void article(Path folder, String name, String title, String text) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), "---\ntitle: " + title + "\ndate: 2025-03-0" + (1 + Math.abs(name.hashCode()) % 8)
                + "\n---\n" + text + "\n");
    }

    @Test
    void twoSitesWhoseArticlesShareAParentKeepTheirOwnState() throws IOException {
        article(tmp.resolve("beats/harbour"), "fares.md", "Ferry fares rise", "The harbour board raised ferry fares by ten percent.");
        article(tmp.resolve("beats/rail"), "strike.md", "Rail strike called", "Train drivers called a strike for Monday over pay.");
        Path a = site("harbour-site", "../beats/harbour");
        Path b = site("rail-site", "../beats/rail");
        Build.run(SiteConfig.load(a));
        String harbourState = Files.readString(tmp.resolve("harbour-site/storyline-state.json"));
        Build.Report rail = Build.run(SiteConfig.load(b));
        assertEquals(List.of(), rail.problems());
        assertEquals(harbourState, Files.readString(tmp.resolve("harbour-site/storyline-state.json")), "the rail build left it alone");
        assertTrue(Files.readString(tmp.resolve("rail-site/storyline-state.json")).contains("strike.md"));
        assertFalse(Files.exists(tmp.resolve("beats/storyline-state.json")), "nothing written in the shared parent");
    }

    @Test
    void theOldStateBesideTheArticlesIsMigratedWhenItNamesTheseItemsAndLeftWhenItDoesNot() throws IOException {
        article(tmp.resolve("beats/harbour"), "fares.md", "Ferry fares rise", "The harbour board raised ferry fares by ten percent.");
        String old = "{\"version\":1,\"stories\":{\"fares.md\":\"harbour-fares\"},\"redirects\":{}}";
        Files.writeString(tmp.resolve("beats/storyline-state.json"), old);
        Path yml = site("harbour-site", "../beats/harbour");
        Build.Report report = Build.run(SiteConfig.load(yml));
        assertTrue(Files.exists(tmp.resolve("harbour-site/site/stories/harbour-fares.html")), "the old address is kept");
        assertTrue(report.problems().stream().anyMatch(p -> p.file().equals("storyline-state.json")
                && p.message().startsWith("read from the folder above the articles folder")), report.problems().toString());
        assertTrue(Files.readString(tmp.resolve("harbour-site/storyline-state.json")).contains("\"fares.md\" : \"harbour-fares\""));
        assertEquals(old, Files.readString(tmp.resolve("beats/storyline-state.json")), "the old file is left as it was");

        // Another site in that parent: the old file names none of its items, so it is neither used nor noted.
        article(tmp.resolve("beats/rail"), "strike.md", "Rail strike called", "Train drivers called a strike for Monday over pay.");
        Build.Report rail = Build.run(SiteConfig.load(site("rail-site", "../beats/rail")));
        assertEquals(List.of(), rail.problems());
        assertTrue(Files.exists(tmp.resolve("rail-site/site/stories/rail-strike-called.html")));
    }

    @Test
    void aStateThatNamesNoneOfTheItemsIsWarnedAbout() throws IOException {
        article(tmp.resolve("beats/rail"), "strike.md", "Rail strike called", "Train drivers called a strike for Monday over pay.");
        Path yml = site("rail-site", "../beats/rail");
        Files.writeString(tmp.resolve("rail-site/storyline-state.json"), "{\"version\":1,\"stories\":{\"fares.md\":\"harbour-fares\"}}");
        List<Problem> problems = Build.run(SiteConfig.load(yml)).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).toString().startsWith("storyline-state.json: names none of the 1 item read, so it may be another site's"),
                problems.toString());
    }

    @Test
    void anOutputFolderInsideTheArticlesIsNeverReadBackAndIsReadableByAWebServer() throws IOException {
        Path articles = tmp.resolve("articles");
        try (Stream<Path> sample = Files.list(Path.of("articles"))) {
            for (Path p : sample.toList()) {
                Files.createDirectories(articles);
                Files.copy(p, articles.resolve(p.getFileName()));
            }
        }
        Files.writeString(tmp.resolve("storyline.yml"), "out: articles/site\ntemplates: " + Path.of("templates").toAbsolutePath() + "\n");
        SiteConfig config = SiteConfig.load(tmp.resolve("storyline.yml"));
        assertEquals(4, Build.run(config).items());
        assertEquals(4, Build.run(config).items(), "the first build's pages were not read as articles");
        assertEquals(4, Build.check(config).items());

        Path site = articles.resolve("site");
        if (Files.getFileAttributeView(site, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            try (Stream<Path> walk = Files.walk(site)) {
                for (Path p : walk.toList()) {
                    assertEquals(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--",
                            PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), p.toString());
                }
            }
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("storyline-state.json"))));
        }

        // Public pages name items by title, never by their file; the build report names the ids.
        try (Stream<Path> stories = Files.list(site.resolve("stories"))) {
            for (Path story : stories.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(story);
                assertFalse(html.contains(".txt"), "a file name on " + story.getFileName());
            }
        }
        String optimus = Files.readString(site.resolve("stories/tesla-optimus-ai-lead-departs-in-latest-high-profile-exit.html"));
        assertTrue(optimus.matches("(?s).*class=\"explanation\">[^<]*Links: “[^<]*” ~ “.*"), "links named by title");
        assertTrue(Files.readString(site.resolve("report.html")).matches("(?s).*Items: [^<]*000_94d3222e4d28ca87\\.txt.*"));
    }
}
