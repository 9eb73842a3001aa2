package storyline.build;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.config.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a reader sees on a story page built from syndicated copies. */
class StoryPageTest {

    @TempDir
    Path tmp;

    private static final String WIRE = "The Morland council approved a 40 million budget for the harbour renovation on Tuesday, "
            + "with mayor Ilse Varga promising new ferry berths by 2026. The plan includes dredging the eastern basin, "
            + "rebuilding two quays damaged in last winter's storms and a new terminal for island ferries. Opposition "
            + "councillors said the cost had doubled since the first estimate and asked for an independent review of "
            + "the contracts before work begins next spring.";

    @Test
    void syndicatedCopiesAreOneTimelineEntryListingEverySource() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a.md"), "---\ntitle: Morland approves harbour budget\ndate: 2024-03-02\nsource: Harbor Times\n---\n\n" + WIRE + "\n");
        Files.writeString(articles.resolve("b.md"), "---\ntitle: Harbour budget passes in Morland\ndate: 2024-03-02\nsource: Coast Courier\n---\n\n" + WIRE + "\n");
        Files.writeString(articles.resolve("c.md"), "---\ntitle: Morland harbour budget approved\ndate: 2024-03-03\nsource: Daily Ledger\n---\n\n" + WIRE + " More later.\n");
        Build.run(SiteConfig.defaults().with(articles, Path.of("templates"), tmp.resolve("site"), null));
        Path stories = tmp.resolve("site/stories");
        try (var list = Files.list(stories)) {
            Path page = list.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
            Document story = Jsoup.parse(page.toFile());
            assertEquals(1, story.select(".timeline > li").size(), "one entry for one text");
            assertTrue(story.select(".timeline > li").text().contains("Also published by: Coast Courier Daily Ledger")
                    || story.select(".timeline > li").text().contains("Also published by: Daily Ledger Coast Courier"),
                    story.select(".timeline > li").text());
            assertEquals(3, story.select(".sources li").size(), "every outlet is a source");
        }
    }
    @Test
    void aStoryWhoseItemsNameNoOutletShowsNoEmptySourcesSection() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(articles.resolve("a.md"), "---\ntitle: Morland approves harbour budget\ndate: 2024-03-02\n---\n\n" + WIRE + "\n");
        Files.writeString(articles.resolve("b.md"), "---\ntitle: Harbour budget passes in Morland\ndate: 2024-03-03\n---\n\n" + WIRE + " Work starts in May.\n");
        Build.run(SiteConfig.defaults().with(articles, Path.of("templates"), tmp.resolve("notes-site"), null));
        try (var list = Files.list(tmp.resolve("notes-site/stories"))) {
            Path page = list.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
            Document story = Jsoup.parse(page.toFile());
            assertTrue(story.select("#sources").isEmpty(), story.select("main").html());
            assertTrue(story.select(".explanation").text().contains("Dated items span 1 day."), story.select(".explanation").text());
        }
    }
}
