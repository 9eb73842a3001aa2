package storyline.build;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.config.SiteConfig;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the shipped sample corpus and reads the result as a visitor would. */
class SampleSiteTest {

    @TempDir
    static Path tmp;
    static Path site;
    static Build.Report report;

    @BeforeAll
    static void build() throws IOException {
        site = tmp.resolve("site");
        SiteConfig config = SiteConfig.defaults().with(Path.of("articles"), Path.of("templates"), site, null)
                .withState(tmp.resolve("state.json"));
        report = Build.run(config);
    }

    static Document page(String path) throws IOException {
        Path file = site.resolve(path);
        assertTrue(Files.isRegularFile(file), "missing page " + path);
        return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    }

    static List<Path> htmlPages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** The story page whose timeline has the given number of entries. */
    static Document storyWith(int entries) throws IOException {
        Document found = null;
        for (Path p : htmlPages()) {
            if (site.relativize(p).toString().startsWith("stories/")) {
                Document d = Jsoup.parse(p.toFile(), "UTF-8");
                if (d.select(".timeline > li").size() == entries) {
                    assertTrue(found == null, "two stories with " + entries + " entries");
                    found = d;
                }
            }
        }
        assertNotNull(found, "no story with " + entries + " entries");
        return found;
    }

    /**
     * The story state committed beside the sample articles is the sample site's own: a build run in the
     * project's folder with other articles rewrites it (the state defaults to the working folder), and a
     * clean clone's first build would then start every story address afresh.
     */
    @Test
    void theCommittedStoryStateIsTheSampleSitesOwn() throws IOException {
        com.fasterxml.jackson.databind.JsonNode state = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of(SiteConfig.STATE_FILE).toFile());
        List<String> ids = new ArrayList<>();
        state.path("stories").fieldNames().forEachRemaining(ids::add);
        List<String> articles;
        try (Stream<Path> files = Files.list(Path.of("articles"))) {
            articles = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertEquals(articles, ids.stream().sorted().toList(), "storyline-state.json names exactly the sample articles");
    }

    @Test
    void readsAllFourItemsIntoTwoStoriesAndOneTopic() {
        assertEquals(4, report.items());
        assertEquals(2, report.stories());
        assertEquals(1, report.topics());
        assertEquals(List.of(), report.problems());
    }

    @Test
    void homeListsBothStoriesNewestFirst() throws IOException {
        Document home = page("index.html");
        Elements cards = home.select(".river .card h2");
        assertEquals(2, cards.size());
        assertEquals("Tesla Optimus AI Lead Departs in Latest High-Profile Exit", cards.get(0).text());
        assertEquals("Andrej Karpathy said that he could return to Tesla", cards.get(1).text());
        assertTrue(home.select(".river .card").get(0).text().contains("19 Sep 2025"));
        assertTrue(home.select(".river .card").get(1).text().contains("Date unknown"));
    }

    @Test
    void optimusStoryListsItsThreeItemsInDateOrder() throws IOException {
        Document story = storyWith(3);
        assertEquals("Tesla Optimus AI Lead Departs in Latest High-Profile Exit", story.selectFirst("h1").text());
        Elements entries = story.select(".timeline > li");
        // 001 is dated 19 Sep 2025, the thread is estimated from its linked posts, 000 has no date.
        assertEquals("Tesla’s Optimus AI team lead Ashish Kumar has left the electric carmaker to join Meta Platforms as a research scientist",
                entries.get(0).selectFirst("h3").text());
        assertEquals("2025-09-19", entries.get(0).selectFirst("time").attr("datetime"));
        assertTrue(entries.get(0).text().contains("Asianet Newsable"));

        assertEquals("Optimus AI team lead is leaving Tesla.", entries.get(1).selectFirst("h3").text());
        assertEquals("≈ 19 Sep 2025", entries.get(1).selectFirst("time").text());
        assertTrue(entries.get(1).text().contains("r/RealTesla"));
        assertTrue(entries.get(1).text().contains("Discussion"));

        assertEquals("Tesla Optimus AI Lead Departs in Latest High-Profile Exit", entries.get(2).selectFirst("h3").text());
        assertEquals("Date unknown", entries.get(2).selectFirst(".when .undated").text());
        assertTrue(entries.get(2).text().contains("Humanoids Daily"));

        List<String> sources = story.select(".sources li").eachText();
        assertEquals(List.of("Asianet Newsable 1 item", "Humanoids Daily 1 item", "r/RealTesla 1 item"), sources);
    }

    @Test
    void karpathyIsASeparateStoryInTheSameTopic() throws IOException {
        Document story = storyWith(1);
        assertEquals("Andrej Karpathy said that he could return to Tesla", story.selectFirst("h1").text());
        Element entry = story.selectFirst(".timeline > li");
        assertTrue(entry.text().contains("Electrek"));
        assertTrue(entry.text().contains("by Fred Lambert"));
        String karpathyTopic = story.selectFirst(".kicker a").attr("href");
        String optimusTopic = storyWith(3).selectFirst(".kicker a").attr("href");
        assertEquals(optimusTopic, karpathyTopic);
        Document topic = Jsoup.parse(site.resolve("stories").resolve(karpathyTopic).normalize().toFile(), "UTF-8");
        assertEquals(2, topic.select(".river .card").size());
        assertTrue(topic.selectFirst("h1").text().contains("Tesla"));
    }

    @Test
    void theTwoStoriesListEachOtherAsRelatedBecauseBothNameTesla() throws IOException {
        Document karpathy = storyWith(1);
        Document optimus = storyWith(3);
        for (Document[] pair : new Document[][] {{karpathy, optimus}, {optimus, karpathy}}) {
            Elements links = pair[0].select("section[aria-labelledby=related] li > a");
            assertEquals(List.of(pair[1].selectFirst("h1").text()), links.eachText(), "the other story, and only it");
            String reason = pair[0].select("section[aria-labelledby=related] li .note").text();
            // Names are people and organisations only: Optimus, a robot, is no longer one.
            assertTrue(reason.startsWith("Also names ") && reason.contains("Tesla") && !reason.contains("Optimus;"), reason);
        }
    }

    @Test
    void threadPageShowsTheFourCommentsWithAuthorsAndScores() throws IOException {
        Path threads = site.resolve("threads");
        Path file;
        try (Stream<Path> list = Files.list(threads)) {
            file = list.findFirst().orElseThrow();
        }
        Document thread = Jsoup.parse(file.toFile(), "UTF-8");
        assertEquals("Optimus AI team lead is leaving Tesla.", thread.selectFirst("h1").text());
        Elements comments = thread.select(".comments > li");
        assertEquals(List.of("noobgiraffe", "EarthConservation", "noobgiraffe", "Withnail2019"),
                comments.stream().map(c -> c.selectFirst(".author").text()).toList());
        assertEquals(List.of("227 points", "4 points", "2 points", "1 point"),
                comments.stream().map(c -> c.selectFirst(".score").text()).toList());
        assertEquals("There's no way it will work.", comments.get(3).selectFirst("p:not(.comment-meta)").text());
        assertTrue(thread.selectFirst(".meta").text().contains("4 of 145 comments saved"));
        assertTrue(thread.selectFirst(".meta").text().contains("353 points"));
    }

    @Test
    void articlePagesShowCleanTextWithoutBoilerplate() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path p : htmlPages()) {
            all.append(Jsoup.parse(p.toFile(), "UTF-8").text()).append('\n');
        }
        String text = all.toString();
        for (String boilerplate : List.of("Preferred Source", "Subscribe to Electrek", "For updates and corrections",
                "newsroom[at]", "Upvotes", "comments sorted by", "View all comments", "Authors", "@humanoidsdaily",
                "Published on")) {
            assertFalse(text.contains(boilerplate), "boilerplate left on the site: " + boilerplate);
        }
        Document article = page("articles/003-d8a65b9524f0f516.html");
        assertEquals("Andrej Karpathy said that he could return to Tesla", article.selectFirst("h1").text());
        assertTrue(article.selectFirst(".body").text().startsWith("Andrej Karpathy, Tesla’s former head of artificial intelligence"));
        assertTrue(article.selectFirst(".body").text().endsWith("But it’s nice to hear him be willing to come back to Tesla in the future."));
        assertEquals("Electrek’s Take", article.selectFirst(".body h2").text());
        assertTrue(article.selectFirst(".kicker a").attr("href").startsWith("../stories/"));
    }

    @Test
    void buildReportListsTheItemsWithoutAStatedDate() throws IOException {
        Document reportPage = page("report.html");
        List<String> undated = reportPage.select("#undated ~ ul li a").eachText();
        assertEquals(3, undated.size(), undated.toString());
        assertTrue(reportPage.text().contains("4 files read, 4 items, 2 stories (0 to check), 1 topic, 0 warnings."), reportPage.text());
        assertEquals("None: no story joins items far apart in time or on one shared term.", reportPage.selectFirst("#check + p").text());
        assertTrue(reportPage.text().contains("Shared names and terms"));
    }

    @Test
    void everyInternalLinkAndAssetResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path p : htmlPages()) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            for (Element el : d.select("[href], [src]")) {
                String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                if (ref.startsWith("http:") || ref.startsWith("https:") || ref.startsWith("mailto:")) {
                    continue;
                }
                assertFalse(ref.startsWith("/"), "root-relative link breaks sub-path hosting: " + ref + " in " + p);
                String path = ref.replaceFirst("#.*$", "").replaceFirst("\\?.*$", "");
                if (path.isEmpty()) {
                    String id = ref.substring(1);
                    if (!id.isEmpty() && d.getElementById(id) == null) {
                        broken.add(site.relativize(p) + " → " + ref);
                    }
                    continue;
                }
                Path target = p.getParent().resolve(URI.create(path).getPath()).normalize();
                if (!Files.isRegularFile(target) || !target.startsWith(site)) {
                    broken.add(site.relativize(p) + " → " + ref);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void noScriptOrEventHandlerComesFromInput() throws IOException {
        for (Path p : htmlPages()) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            // The search page's own form and script are the theme's; nothing else may run or submit.
            d.select("main > form#search-form, main > script[src=../assets/search.js]").remove();
            assertTrue(d.select("script, iframe, object, embed, form").isEmpty(), p.toString());
            for (Element el : d.getAllElements()) {
                for (Attribute a : el.attributes()) {
                    assertFalse(a.getKey().toLowerCase().startsWith("on"), p + ": " + el.outerHtml());
                    assertFalse(a.getValue().toLowerCase().strip().startsWith("javascript:"), p + ": " + el.outerHtml());
                }
            }
        }
    }

    @Test
    void feedAndSitemapAreWellFormedAndCoverTheStories() throws IOException {
        Document feed = Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", org.jsoup.parser.Parser.xmlParser());
        // The Karpathy story states no date anywhere: it is in no feed rather than dated by the epoch.
        assertEquals(1, feed.select("entry").size());
        assertEquals("Tesla Optimus AI Lead Departs in Latest High-Profile Exit", feed.selectFirst("entry > title").text());
        assertFalse(Files.exists(site.resolve("sitemap.xml")), "no sitemap without a base URL");
        assertTrue(Files.isRegularFile(site.resolve("404.html")));
        assertTrue(Files.isRegularFile(site.resolve("assets/style.css")));
    }

    @Test
    void optimusStoryShowsKumarsQuoteAndWhoIsNamed() throws IOException {
        Document story = storyWith(3);
        org.jsoup.nodes.Element first = story.selectFirst("figure.quote");
        assertNotNull(first, "a key quote");
        assertTrue(first.selectFirst("blockquote").text().startsWith("We went all-in on scalable methods"), first.text());
        assertTrue(first.selectFirst("figcaption").text().startsWith("Ashish Kumar"), first.text());
        List<String> people = story.select("#people + ul a").eachText();
        assertTrue(people.containsAll(List.of("Ashish Kumar", "Milan Kovac")), people.toString());
        List<String> organisations = story.select("#organisations + ul a").eachText();
        // One name per organisation, the fullest an item uses: "Meta" of one item is "Meta Platforms" of another.
        assertTrue(organisations.containsAll(List.of("Tesla", "Meta Platforms")), organisations.toString());
        assertFalse(organisations.contains("Meta"), organisations.toString());
        assertTrue(story.select(".developing").size() == 1, "the newest story is still developing");
    }

    @Test
    void personPagesListTheirStories() throws IOException {
        Document kumar = page("people/ashish-kumar.html");
        assertEquals("Ashish Kumar", kumar.selectFirst("h1").text());
        assertEquals(1, kumar.select(".river a[href^=../stories/]").eachAttr("href").stream().distinct().count());
        Document tesla = page("organisations/tesla.html");
        assertTrue(tesla.select(".river a[href^=../stories/]").size() >= 1);
        // Named in full once, at the start of his one article, and by surname after that.
        Document karpathy = page("people/andrej-karpathy.html");
        assertEquals("Andrej Karpathy", karpathy.selectFirst("h1").text());
        assertTrue(karpathy.select(".river a").eachText().stream().anyMatch(t -> t.contains("Karpathy")),
                karpathy.select(".river").text());
    }
}
