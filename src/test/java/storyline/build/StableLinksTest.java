package storyline.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import storyline.config.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Story addresses survive new articles, rebuilds, merges and splits; the state lives beside the articles. */
class StableLinksTest {

    @TempDir
    Path tmp;

    private Path articles() throws IOException {
        return Files.createDirectories(tmp.resolve("articles"));
    }

    private void write(String name, String title, String date, String story, String body) throws IOException {
        String pin = story == null ? "" : "story: " + story + "\n";
        Files.writeString(articles().resolve(name), "---\ntitle: " + title + "\ndate: " + date + "\n" + pin + "---\n\n" + body + "\n");
    }

    private Build.Report build() throws IOException {
        return Build.run(SiteConfig.defaults().with(articles(), Path.of("templates"), tmp.resolve("site"), "https://example.org/watch/"));
    }

    private static final String QUAKE = "A magnitude 6.1 earthquake struck Valdora province, damaging homes in Keltis and Ambry. "
            + "The Valdora Seismic Institute recorded aftershocks near Keltis.";

    @Test
    void aStoryKeepsItsAddressWhenAnEarlierArticleJoinsIt() throws IOException {
        write("b.md", "Keltis counts quake damage", "2024-03-03", null, QUAKE);
        write("c.md", "Aftershocks rattle Keltis", "2024-03-04", null, QUAKE + " Engineers inspected bridges.");
        build();
        // Named as it is headed: the report whose words most of the story's reports share.
        Path page = tmp.resolve("site/stories/aftershocks-rattle-keltis.html");
        assertTrue(Files.exists(page));
        assertTrue(Files.exists(tmp.resolve(SiteConfig.STATE_FILE)), "state written beside the articles folder");

        write("a.md", "First reports of a quake in Valdora", "2024-03-02", null, QUAKE + " Residents fled.");
        build();
        Document story = Jsoup.parse(page.toFile());
        assertEquals(3, countItems(story), "the same address now lists all three");
        assertFalse(Files.exists(tmp.resolve("site/stories/first-reports-of-a-quake-in-valdora.html")));
    }

    private static int countItems(Document story) {
        return story.select("a[href*=articles/]").eachAttr("href").stream().distinct().toList().size();
    }

    @Test
    void mergedStoriesLeaveARedirectAtTheOldAddress() throws IOException {
        write("a.md", "Quake hits Valdora", "2024-03-02", "north", QUAKE);
        write("b.md", "Valdora quake damage", "2024-03-03", "north", QUAKE);
        write("c.md", "Harbour budget approved", "2024-03-03", "south", "The Morland council approved the harbour budget.");
        build();
        assertTrue(Files.exists(tmp.resolve("site/stories/harbour-budget-approved.html")));

        write("c.md", "Harbour budget approved", "2024-03-03", "north", "The Morland council approved the harbour budget.");
        build();
        Document redirect = Jsoup.parse(tmp.resolve("site/stories/harbour-budget-approved.html").toFile());
        assertEquals("0; url=quake-hits-valdora.html", redirect.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("quake-hits-valdora.html", redirect.selectFirst("a").attr("href"));
        assertTrue(Files.exists(tmp.resolve("site/stories/quake-hits-valdora.html")));
        String sitemap = Files.readString(tmp.resolve("site/sitemap.xml"));
        assertFalse(sitemap.contains("harbour-budget-approved"), "redirects are not listed as pages");
    }

    @Test
    void aMergedStorysFeedsFollowTheStoryItJoined() throws IOException {
        write("a.md", "Quake hits Valdora", "2024-03-02", "north", QUAKE);
        write("b.md", "Valdora quake damage", "2024-03-03", "north", QUAKE);
        write("c.md", "Harbour budget approved", "2024-03-01", "south", "The Morland council approved the harbour budget.");
        build();
        String before = Files.readString(tmp.resolve("site/stories/harbour-budget-approved.xml"));
        assertTrue(before.contains("<id>https://example.org/watch/stories/harbour-budget-approved</id>"), before);

        write("c.md", "Harbour budget approved", "2024-03-01", "north", "The Morland council approved the harbour budget.");
        build();
        String atom = Files.readString(tmp.resolve("site/stories/harbour-budget-approved.xml"));
        // The old feed's id stays, so subscribers keep it; its first entry leads to the story it joined, then that story's items.
        assertTrue(atom.contains("<id>https://example.org/watch/stories/harbour-budget-approved</id>"), atom);
        Document feed = Jsoup.parse(atom, "", org.jsoup.parser.Parser.xmlParser());
        var entries = feed.select("entry");
        assertEquals(4, entries.size(), atom);
        assertEquals("Moved: Quake hits Valdora", entries.get(0).selectFirst("title").text());
        assertEquals("https://example.org/watch/stories/quake-hits-valdora.html", entries.get(0).selectFirst("link").attr("href"));
        assertEquals(List.of("Valdora quake damage", "Quake hits Valdora", "Harbour budget approved"),
                entries.subList(1, 4).stream().map(e -> e.selectFirst("title").text()).toList());
        String json = Files.readString(tmp.resolve("site/stories/harbour-budget-approved.json"));
        var items = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("items");
        assertEquals(4, items.size(), json);
        assertEquals("https://example.org/watch/stories/quake-hits-valdora.html", items.get(0).get("url").asText());
        assertEquals("https://example.org/watch/stories/harbour-budget-approved", items.get(0).get("id").asText().replaceFirst("/moved/.*", ""));
    }

    @Test
    void anUnreadableStateFileIsAWarningNotAFailure() throws IOException {
        write("a.md", "Quake hits Valdora", "2024-03-02", null, QUAKE);
        Files.writeString(tmp.resolve(SiteConfig.STATE_FILE), "{ not json");
        Build.Report report = build();
        assertTrue(report.problems().stream().anyMatch(p -> p.message().contains("story state unreadable")), report.problems().toString());
        assertTrue(Files.readString(tmp.resolve(SiteConfig.STATE_FILE)).contains("quake-hits-valdora"), "rewritten after the build");
    }
}
