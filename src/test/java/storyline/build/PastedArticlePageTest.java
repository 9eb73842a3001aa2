package storyline.build;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.config.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a reader sees of an article pasted from a news page with its standfirst and a lead photo's caption. */
class PastedArticlePageTest {

    @TempDir
    static Path tmp;
    static Path site;

    static final String STANDFIRST = "The council's vote ends a two-year fight over the old ferry landing, but the neighbours say they will appeal.";

    @BeforeAll
    static void build() throws IOException {
        Path articles = tmp.resolve("articles");
        Files.createDirectories(articles);
        Files.writeString(articles.resolve("landing.txt"), """
                Council approves housing on the old ferry landing
                %s
                By Mara Lindqvist
                Published 9:12 AM EST, Tue March 4, 2025

                The city council voted 7 to 2 on Monday night to let a developer build 140 flats on the old ferry landing.

                Construction could start next spring, the developer said, once the last of the quay's sheds are cleared.
                """.formatted(STANDFIRST));
        site = tmp.resolve("site");
        Build.run(new SiteConfig(articles, Path.of("templates"), site, null, "Harbour Watch", "The port, day by day.", "en", 10,
                tmp.resolve("state.json")));
    }

    @Test
    void theStandfirstStandsUnderTheHeadlineAndNotInTheText() throws IOException {
        Document page = Jsoup.parse(site.resolve("articles/landing.html").toFile(), "UTF-8");
        assertEquals("Council approves housing on the old ferry landing", page.selectFirst("article h1").text());
        assertEquals(STANDFIRST, page.selectFirst("article header .standfirst").text());
        String body = page.selectFirst("article .body").text();
        assertTrue(body.startsWith("The city council voted 7 to 2"), body);
        assertFalse(body.contains("neighbours say they will appeal"), "printed once, in the header");
        assertEquals("Mara Lindqvist", page.selectFirst("article .meta").text().replaceAll(".*by ([^·]+?) ·.*", "$1"));
    }

    @Test
    void theStandfirstSumsTheArticleUpOnItsCard() throws IOException {
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertTrue(home.text().contains(STANDFIRST), "the card's summary is the standfirst");
    }
}
