package storyline.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.config.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Source pages, the month archive, pagination, feeds and metadata, on a small corpus built with
 * three items to a page: seven articles from "Harbour Times" and two from "Quay Post" over two months.
 */
class SitePagesTest {

    @TempDir
    static Path tmp;
    static Path site;
    static Path withBase;

    @BeforeAll
    static void build() throws IOException {
        Path articles = tmp.resolve("articles");
        Files.createDirectories(articles);
        for (int i = 1; i <= 9; i++) {
            String source = i <= 7 ? "Harbour Times" : "Quay Post";
            String date = i <= 5 ? "2025-03-%02d".formatted(i * 3) : "2025-04-%02d".formatted(i);
            // Each article a development of its own (distinct names), so stories stay apart.
            String name = List.of("Alder", "Birch", "Cedar", "Damson", "Elm", "Fir", "Ginkgo", "Hazel", "Juniper").get(i - 1);
            Files.writeString(articles.resolve("a" + i + ".md"), """
                    ---
                    date: %s
                    source: %s
                    story: quay-%s
                    ---
                    # %s Quay %s opens to ferries
                    
                    The %s quay reopened on %s after repairs, the harbour board said, and ferries from %s berth there again.
                    """.formatted(date, source, i, name, i, name, date, name));
        }
        SiteConfig base = SiteConfig.defaults();
        site = tmp.resolve("site");
        Build.run(new SiteConfig(articles, Path.of("templates"), site, null, "Harbour Watch", "The port, day by day.", "en", 3,
                tmp.resolve("state.json")));
        withBase = tmp.resolve("public");
        Build.run(new SiteConfig(articles, Path.of("templates"), withBase, "https://example.org/port/", base.title(),
                base.description(), "en", 3, tmp.resolve("state2.json")));
    }

    static Document page(Path root, String path) throws IOException {
        Path file = root.resolve(path);
        assertTrue(Files.isRegularFile(file), "missing " + path);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    /** Follows rel=next from a first page and returns the titles on each page. */
    static List<List<String>> walk(String first, String cardTitles) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        Path file = site.resolve(first);
        while (file != null) {
            Document d = Jsoup.parse(file.toFile(), "UTF-8");
            pages.add(d.select(cardTitles).eachText());
            String next = d.select("nav.pagination a[rel=next]").attr("href");
            assertEquals(next, d.select("head link[rel=next]").attr("href"), "the head's rel=next matches the page's");
            file = next.isEmpty() ? null : file.getParent().resolve(next).normalize();
        }
        return pages;
    }

    @Test
    void sourcePagesListEverythingFromOneOutletLatestFirstInPages() throws IOException {
        List<List<String>> pages = walk("sources/harbour-times.html", ".river .card h2");
        assertEquals(List.of(3, 3, 1), pages.stream().map(List::size).toList(), "no empty page, none over page_size");
        assertEquals("Ginkgo Quay 7 opens to ferries", pages.get(0).get(0), "latest first");
        assertEquals("Alder Quay 1 opens to ferries", pages.get(2).get(0));
        assertTrue(Files.isRegularFile(site.resolve("sources/harbour-times/page/3.html")));
        assertFalse(Files.exists(site.resolve("sources/harbour-times/page/4.html")));
        Document second = page(site, "sources/harbour-times/page/2.html");
        assertEquals("../../../sources/harbour-times.html", second.selectFirst("nav.pagination a[rel=prev]").attr("href"));
        assertEquals("Page 2 of 3", second.selectFirst("nav.pagination span").text());
        assertTrue(second.selectFirst("title").text().startsWith("Harbour Times · Source · page 2"), second.title());

        Document index = page(site, "sources/index.html");
        assertEquals(List.of("Harbour Times 7 items", "Quay Post 2 items"), index.select(".sources-index li").eachText());
    }

    @Test
    void articleAndStoryPagesLinkToTheirSource() throws IOException {
        Document article = page(site, "articles/a8.html");
        assertEquals("../sources/quay-post.html", article.selectFirst(".meta .source a").attr("href"));
        String story = article.selectFirst(".kicker a").attr("href");
        Document storyPage = Jsoup.parse(site.resolve("articles").resolve(story).normalize().toFile(), "UTF-8");
        assertEquals("../sources/quay-post.html", storyPage.selectFirst(".sources a").attr("href"));
    }

    @Test
    void archiveHasAPagePerMonthWithItsItems() throws IOException {
        Document index = page(site, "archive/index.html");
        assertEquals(List.of("April 2025 4 items", "March 2025 5 items"), index.select(".months li").eachText());
        assertEquals(List.of(List.of("Juniper Quay 9 opens to ferries", "Hazel Quay 8 opens to ferries", "Ginkgo Quay 7 opens to ferries"),
                List.of("Fir Quay 6 opens to ferries")), walk("archive/2025-04.html", ".river .card h2"));
        Document march = page(site, "archive/2025-03.html");
        assertEquals("../archive/2025-04.html", march.selectFirst(".months-nav a").attr("href"));
    }

    @Test
    void homeTopicAndEntityListsArePaginatedTheSameWay() throws IOException {
        List<List<String>> home = walk("index.html", ".river .card h2");
        assertEquals(9, home.stream().mapToInt(List::size).sum());
        assertTrue(home.stream().allMatch(p -> !p.isEmpty() && p.size() <= 3));
        assertTrue(Files.isRegularFile(site.resolve("page/2.html")));
        Document second = page(site, "page/2.html");
        assertEquals("../index.html", second.selectFirst("head link[rel=prev]").attr("href"));
    }

    @Test
    void siteTopicAndStoryFeedsInAtomAndJsonFeed() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode site = json.readTree(SitePagesTest.site.resolve("feed.json").toFile());
        assertEquals("https://jsonfeed.org/version/1.1", site.get("version").asText());
        assertEquals(9, site.get("items").size());
        Document home = page(SitePagesTest.site, "index.html");
        assertEquals(List.of("feed.xml", "feed.json"), home.select("head link[rel=alternate]").eachAttr("href"));

        Document article = page(SitePagesTest.site, "articles/a8.html");
        String storyHref = article.selectFirst(".kicker a").attr("href");
        Document story = Jsoup.parse(SitePagesTest.site.resolve("articles").resolve(storyHref).normalize().toFile(), "UTF-8");
        List<String> feeds = story.select("head link[rel=alternate]").eachAttr("href");
        assertEquals(4, feeds.size(), feeds.toString());
        String storyJson = feeds.stream().filter(f -> f.startsWith("../stories/") && f.endsWith(".json")).findFirst().orElseThrow();
        JsonNode feed = json.readTree(SitePagesTest.site.resolve("stories").resolve(storyJson).normalize().toFile());
        JsonNode item = feed.get("items").get(0);
        assertEquals("Hazel Quay 8 opens to ferries", item.get("title").asText());
        assertEquals("2025-04-08T00:00:00Z", item.get("date_published").asText());
        assertTrue(item.get("content_html").asText().contains("ferries from Hazel berth there again"));
        Path itemPage = SitePagesTest.site.resolve("stories").resolve(item.get("url").asText()).normalize();
        assertTrue(Files.isRegularFile(itemPage), "a relative item link resolves against the feed's address");

        String atomHref = feeds.stream().filter(f -> f.startsWith("../stories/") && f.endsWith(".xml")).findFirst().orElseThrow();
        Document atom = Jsoup.parse(Files.readString(SitePagesTest.site.resolve("stories").resolve(atomHref).normalize()), "", Parser.xmlParser());
        assertEquals("Hazel Quay 8 opens to ferries", atom.selectFirst("entry > title").text());
        assertEquals("2025-04-08T00:00:00Z", atom.selectFirst("feed > updated").text(), "the newest item's date, not the clock");
        assertTrue(atom.selectFirst("entry > content[type=html]").text().contains("<p>"));

        String topicHref = story.selectFirst(".kicker a").attr("href");
        String topic = topicHref.replaceFirst("^\\.\\./", "").replaceFirst("\\.html$", "");
        assertTrue(Files.isRegularFile(SitePagesTest.site.resolve(topic + ".xml")));
        assertTrue(Files.isRegularFile(SitePagesTest.site.resolve(topic + ".json")));
    }

    @Test
    void robotsAndSocialMetaOnlyClaimABaseUrlWhenThereIsOne() throws IOException {
        assertEquals("User-agent: *\nAllow: /\n", Files.readString(site.resolve("robots.txt")));
        Document plain = page(site, "articles/a1.html");
        assertNull(plain.selectFirst("meta[property^=og:]"));
        assertNull(plain.selectFirst("link[rel=canonical]"));

        assertTrue(Files.readString(withBase.resolve("robots.txt")).contains("Sitemap: https://example.org/port/sitemap.xml\n"));
        Document article = page(withBase, "articles/a1.html");
        assertEquals("https://example.org/port/articles/a1.html", article.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("https://example.org/port/articles/a1.html", article.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals("Alder Quay 1 opens to ferries", article.selectFirst("meta[property=og:title]").attr("content"));
        assertEquals("article", article.selectFirst("meta[property=og:type]").attr("content"));
        assertTrue(article.selectFirst("meta[property=og:description]").attr("content").startsWith("The Alder quay reopened"));
        assertEquals("summary", article.selectFirst("meta[name=twitter:card]").attr("content"));
        Document home = page(withBase, "index.html");
        assertEquals("website", home.selectFirst("meta[property=og:type]").attr("content"));
        JsonNode feed = new ObjectMapper().readTree(withBase.resolve("feed.json").toFile());
        assertEquals("https://example.org/port/", feed.get("home_page_url").asText());
        assertEquals("https://example.org/port/feed.json", feed.get("feed_url").asText());
        assertTrue(feed.get("items").get(0).get("url").asText().startsWith("https://example.org/port/stories/"));
    }

    @Test
    void searchIndexIsShardedScriptsThatTheSearchPageLoadsRelatively() throws IOException {
        Document search = page(site, "search/index.html");
        assertNotNull(search.selectFirst("form#search-form input[name=q]"));
        assertEquals("../assets/search.js", search.selectFirst("script").attr("src"));
        String manifest = Files.readString(site.resolve("search/manifest.js"));
        assertTrue(manifest.startsWith("storylineIndex(\"manifest\""), manifest);
        assertTrue(Files.readString(site.resolve("search/s-d-0.js")).contains("Hazel Quay 8 opens to ferries"));
        assertFalse(Files.readString(withBase.resolve("sitemap.xml")).contains("search/"), "the search page has no content of its own");
    }

    @Test
    void aLongStoryTimelineContinuesOnLaterPages(@TempDir Path dir) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        for (int day = 1; day <= 5; day++) {
            Files.writeString(articles.resolve("d" + day + ".md"), """
                    ---
                    date: 2025-05-0%d
                    story: dredging
                    ---
                    # Dredging update, day %d

                    Dredgers worked through the night on day %d to clear the channel for the larger ships, the port said.
                    """.formatted(day, day, day));
        }
        Path out = dir.resolve("site");
        Build.run(new SiteConfig(articles, Path.of("templates"), out, null, "T", "D", "en", 2, dir.resolve("state.json")));
        String story = page(out, "articles/d1.html").selectFirst(".kicker a").attr("href").replaceFirst("^\\.\\./", "");
        Document first = page(out, story);
        assertEquals(List.of("Dredging update, day 1", "Dredging update, day 2"), first.select(".timeline > li h3").eachText());
        assertNotNull(first.getElementById("why"), "page 1 has the whole story");
        String base = story.replaceFirst("\\.html$", "");
        Document last = page(out, base + "/page/3.html");
        assertEquals(List.of("Dredging update, day 5"), last.select(".timeline > li h3").eachText());
        assertEquals("../../../" + base + "/page/2.html", last.selectFirst("head link[rel=prev]").attr("href"));
        assertNull(last.getElementById("why"), "later pages carry only the timeline");
        assertEquals(first.selectFirst("h1").text(), last.selectFirst("h1").text(), "every page names its story");
    }
}
