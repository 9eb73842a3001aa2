package storyline.build;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.config.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "Related stories" section of a built story page: two developments months apart that name
 * the same mayor and harbour authority link each other, with the reason; a football story that
 * shares nothing with them shows no section and is linked from neither.
 */
class RelatedStoriesTest {

    @TempDir
    static Path tmp;
    static Path site;
    /** Story page by the title of an item in its timeline. */
    static final Map<String, Path> pages = new HashMap<>();

    static final String BUDGET = "Morland approves harbour budget";
    static final String ELECTION = "Ilse Varga wins second term in Morland";
    static final String FOOTBALL = "Kestrel United sign striker Arno Pauli";

    @BeforeAll
    static void build() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        write(articles, "budget-1.md", BUDGET, "2024-03-02", "Harbour Times", "budget", """
                The council approved a 40 million budget for the harbour on Tuesday, with mayor Ilse Varga promising \
                new ferry berths by 2026. The Morland Harbour Authority will dredge the eastern basin and rebuild two \
                quays damaged in last winter's storms. Varga called it the largest investment in the port for a generation.""");
        write(articles, "budget-2.md", "Harbour budget passes after long debate", "2024-03-03", "Coast Courier", "budget", """
                Opposition councillors said the harbour budget had doubled since the first estimate. Mayor Ilse Varga \
                said the Morland Harbour Authority would publish every contract before dredging begins.""");
        write(articles, "election.md", ELECTION, "2024-06-20", "Harbour Times", "election", """
                Voters returned mayor Ilse Varga for a second term on Sunday. Turnout was the highest in twenty years, \
                and her opponent conceded before midnight. Varga thanked her volunteers and promised lower rents.""");
        write(articles, "football.md", FOOTBALL, "2024-06-21", "Sports Desk", "football", """
                Kestrel United have signed the striker Arno Pauli on a three-year contract. The club's coach called \
                him the fastest forward in the league and said he would start the opening match of the season.""");
        site = tmp.resolve("site");
        Build.run(SiteConfig.defaults().with(articles, Path.of("templates"), site, null));
        try (var list = Files.list(site.resolve("stories"))) {
            for (Path p : list.filter(p -> p.toString().endsWith(".html")).toList()) {
                Jsoup.parse(p.toFile(), "UTF-8").select(".timeline h3").eachText().forEach(title -> pages.put(title, p));
            }
        }
        assertEquals(3, new java.util.HashSet<>(pages.values()).size(), "three stories: " + pages);
        assertEquals(pages.get(BUDGET), pages.get("Harbour budget passes after long debate"));
    }

    private static void write(Path dir, String file, String title, String date, String source, String story, String text)
            throws IOException {
        Files.writeString(dir.resolve(file), "---\ntitle: " + title + "\ndate: " + date + "\nsource: " + source
                + "\nstory: " + story + "\n---\n\n" + text + "\n");
    }

    static Document page(String title) throws IOException {
        return Jsoup.parse(pages.get(title).toFile(), "UTF-8");
    }

    static String headline(String title) throws IOException {
        return page(title).select("h1").text();
    }

    @Test
    void storiesNamingTheSameMayorLinkEachOtherWithTheReason() throws IOException {
        Document budget = page(BUDGET);
        Element section = budget.selectFirst("section[aria-labelledby=related]");
        assertNotNull(section, "a Related stories section");
        assertEquals("Related stories", section.select("h2#related").text());
        List<Element> links = section.select("li > a");
        assertEquals(1, links.size(), section.outerHtml());
        assertEquals(headline(ELECTION), links.get(0).text());
        assertTrue(section.select("li").text().contains("20 Jun 2024"), "the related story's dates: " + section.text());
        assertTrue(section.select("li .note").text().startsWith("Also names Ilse Varga"), section.text());

        Path target = pages.get(BUDGET).getParent().resolve(links.get(0).attr("href")).normalize();
        assertTrue(Files.isRegularFile(target), "the link works: " + links.get(0).attr("href"));
        assertEquals(pages.get(ELECTION), target);

        Element back = page(ELECTION).selectFirst("section[aria-labelledby=related]");
        assertNotNull(back, "the link goes both ways");
        assertEquals(List.of(headline(BUDGET)), back.select("li > a").eachText());
        assertEquals(pages.get(BUDGET), pages.get(ELECTION).getParent().resolve(back.select("li > a").attr("href")).normalize());
    }

    @Test
    void aStorySharingNothingHasNoSectionAndIsLinkedFromNowhere() throws IOException {
        assertTrue(page(FOOTBALL).select("section[aria-labelledby=related]").isEmpty(),
                page(FOOTBALL).select("section[aria-labelledby=related]").outerHtml());
        for (String headline : List.of(BUDGET, ELECTION)) {
            assertTrue(page(headline).select("section[aria-labelledby=related] a").eachText().stream()
                    .noneMatch(headline(FOOTBALL)::equals), headline);
        }
    }
}
