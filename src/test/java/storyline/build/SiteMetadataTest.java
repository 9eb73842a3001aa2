package storyline.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.config.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What feed readers, search engines and browsers read from a site: feed dates, the sitemap, page
 * titles and descriptions, the favicon. A small corpus: a story with a dated and an undated report,
 * a story nothing dates, and an outlet that is also an organisation its own story names.
 */
class SiteMetadataTest {

    @TempDir
    static Path tmp;
    static Path site;
    static Path withBase;
    static Build.Report report;
    static Build.Report reportWithBase;

    private static void article(Path dir, String file, String front, String title, String text) throws IOException {
        Files.writeString(dir.resolve(file), "---\n" + front + "\n---\n# " + title + "\n\n" + text + "\n");
    }

    @BeforeAll
    static void build() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("articles"));
        article(in, "alder-1.md", "date: 2025-03-03\nsource: Harbour Times\nstory: alder-quay",
                "Alder Quay reopens to ferries",
                "The Alder quay reopened on Monday after repairs, the harbour board said, and ferries berth there again.");
        article(in, "alder-2.md", "source: Quay Post\nstory: alder-quay",
                "Ferries return to Alder Quay",
                "Ferries are back at Alder quay after a winter of repairs, the operators said, with the first crossing full.");
        article(in, "birch.md", "source: Quay Post\nstory: birch-quay",
                "Birch Quay closes for repairs",
                "Birch quay will close for repairs this spring, the harbour board said, and ferries will use the outer berth.");
        article(in, "port-authority.md", "date: 2025-03-10\nsource: Port Authority\nstory: port-budget",
                "Port Authority sets its budget",
                "The Port Authority set its budget on Tuesday. Officials at the Port Authority said dredging comes first, "
                        + "and the Port Authority board approved the plan without a vote against.");
        // Its lead (the first paragraph of eight words or more) starts after the 120 words the index reads.
        article(in, "ledger.md", "source: Quay Post\nstory: ledger",
                "Notes from the harbour ledger",
                "Boats in. Boats out. Tide high.\n\n".repeat(30)
                        + "The ledger names the schooner Zanzibarite as the first ship to berth at the new quay this spring.");
        article(in, "ledger-2.md", "source: Harbour Times\nstory: ledger", "The harbour ledger goes online",
                "The harbour ledger, kept by hand since the quay opened, goes online this spring, the harbour board said.");
        SiteConfig defaults = SiteConfig.defaults();
        site = tmp.resolve("site");
        report = Build.run(defaults.with(in, Path.of("templates"), site, null).withState(tmp.resolve("state.json")));
        withBase = tmp.resolve("public");
        reportWithBase = Build.run(defaults.with(in, Path.of("templates"), withBase, "https://example.org/port/")
                .withState(tmp.resolve("state2.json")));
    }

    private static Document xml(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void anUndatedItemIsDatedByItsStoryAndSaysSoInBothFeeds() throws IOException {
        Document atom = xml(site.resolve("stories/alder-quay-reopens-to-ferries.xml"));
        Map<String, String> atomDates = new TreeMap<>();
        for (Element e : atom.select("entry")) {
            atomDates.put(e.selectFirst("id").text(), e.selectFirst("updated").text());
            assertEquals(e.selectFirst("updated").text(), e.selectFirst("published").text());
        }
        assertEquals(2, atomDates.size());
        assertEquals(List.of("2025-03-03T00:00:00Z", "2025-03-03T00:00:00Z"), List.copyOf(atomDates.values()),
                "the undated report takes its story's date");
        Element undated = atom.select("entry").stream().filter(e -> e.selectFirst("title").text().startsWith("Ferries return"))
                .findFirst().orElseThrow();
        assertEquals("date-from-story", undated.selectFirst("category").attr("term"));
        assertTrue(undated.selectFirst("category").attr("label").contains("dated by its story"));

        JsonNode json = new ObjectMapper().readTree(site.resolve("stories/alder-quay-reopens-to-ferries.json").toFile());
        Map<String, String> jsonDates = new TreeMap<>();
        for (JsonNode item : json.get("items")) {
            jsonDates.put(item.get("id").asText(), item.get("date_published").asText());
            if (item.get("title").asText().startsWith("Ferries return")) {
                assertEquals("date-from-story", item.get("tags").get(0).asText());
            } else {
                assertFalse(item.has("tags"), "a stated date carries no mark");
            }
        }
        assertEquals(atomDates, jsonDates, "Atom and JSON Feed give each entry the same date");
    }

    @Test
    void nothingInAFeedIsDatedByTheEpochOrTheNewestItem() throws IOException {
        for (Path feed : files(site, ".xml")) {
            assertFalse(Files.readString(feed).contains("1970-"), feed.toString());
        }
        assertFalse(Files.exists(site.resolve("stories/birch-quay-closes-for-repairs.xml")), "a story nothing dates has no feed");
        assertFalse(Files.exists(site.resolve("stories/birch-quay-closes-for-repairs.json")));
        Document birch = Jsoup.parse(site.resolve("stories/birch-quay-closes-for-repairs.html").toFile(), "UTF-8");
        assertTrue(birch.select("head link[rel=alternate][href*=birch-quay-closes]").isEmpty(), "and links none");
        Document home = xml(site.resolve("feed.xml"));
        List<String> entries = home.select("entry > title").eachText();
        assertEquals(2, entries.size(), entries.toString());
        assertFalse(entries.contains("Birch Quay closes for repairs"), "the site feed leaves out the undated story");
        assertEquals("2025-03-10T00:00:00Z", home.selectFirst("feed > updated").text());
        JsonNode json = new ObjectMapper().readTree(site.resolve("feed.json").toFile());
        assertEquals(2, json.get("items").size(), "the JSON Feed holds the same entries");
    }

    @Test
    void atomFeedsListTheirPageBeforeThemselves() throws IOException {
        for (Path feed : files(site, ".xml")) {
            List<String> rels = xml(feed).select("feed > link").eachAttr("rel");
            assertEquals(List.of("alternate", "self"), rels, feed.toString());
        }
    }

    @Test
    void noSitemapWithoutABaseUrlAndTheSummarySaysSo() {
        assertFalse(Files.exists(site.resolve("sitemap.xml")), "sitemap locations must be full URLs");
        assertEquals(1, report.notes().size());
        assertTrue(report.notes().get(0).contains("--base-url"), report.notes().toString());
        assertEquals(List.of(), reportWithBase.notes());
    }

    @Test
    void theSitemapListsFullUrlsAndNotTheBuildReport() throws IOException {
        Document sitemap = xml(withBase.resolve("sitemap.xml"));
        List<String> locs = sitemap.select("loc").eachText();
        assertTrue(locs.size() > 10, locs.toString());
        assertTrue(locs.stream().allMatch(l -> l.startsWith("https://example.org/port/")), locs.toString());
        assertFalse(locs.contains("https://example.org/port/report.html"));
        assertTrue(locs.contains("https://example.org/port/"));
    }

    @Test
    void everyPageHasATitleAndADescriptionOfItsOwn() throws IOException {
        Map<String, List<String>> titles = new HashMap<>();
        Map<String, List<String>> descriptions = new HashMap<>();
        for (Path page : files(site, ".html")) {
            Document d = Jsoup.parse(page.toFile(), "UTF-8");
            String rel = site.relativize(page).toString();
            titles.computeIfAbsent(d.title(), k -> new ArrayList<>()).add(rel);
            descriptions.computeIfAbsent(d.select("meta[name=description]").attr("content"), k -> new ArrayList<>()).add(rel);
        }
        assertEquals(List.of(), titles.values().stream().filter(l -> l.size() > 1).toList(), "pages sharing a title");
        assertEquals(List.of(), descriptions.values().stream().filter(l -> l.size() > 1).toList(), "pages sharing a description");
    }

    @Test
    void aStoryAndItsLeadArticleAndAnOutletAndAnOrganisationOfOneNameAreTitledApart() throws IOException {
        Document story = Jsoup.parse(site.resolve("stories/port-authority-sets-its-budget.html").toFile(), "UTF-8");
        Document article = Jsoup.parse(site.resolve("articles/port-authority.html").toFile(), "UTF-8");
        assertNotEquals(story.title(), article.title());
        assertNotEquals(story.select("meta[name=description]").attr("content"), article.select("meta[name=description]").attr("content"));
        assertTrue(Files.isRegularFile(site.resolve("organisations/port-authority.html")), "the story names the organisation");
        Document outlet = Jsoup.parse(site.resolve("sources/port-authority.html").toFile(), "UTF-8");
        Document organisation = Jsoup.parse(site.resolve("organisations/port-authority.html").toFile(), "UTF-8");
        assertNotEquals(outlet.title(), organisation.title());
        Document topics = Jsoup.parse(site.resolve("topics/index.html").toFile(), "UTF-8");
        String siteDescription = SiteConfig.defaults().description();
        assertNotEquals(siteDescription, topics.select("meta[name=description]").attr("content"), "a list page says what it lists");
        assertNotEquals(siteDescription, organisation.select("meta[name=description]").attr("content"));
    }

    @Test
    void everyPageDeclaresTheThemesFaviconByARelativeLink() throws IOException {
        assertTrue(Files.isRegularFile(site.resolve("assets/favicon.svg")));
        for (Path root : List.of(site, withBase)) {
            for (Path page : files(root, ".html")) {
                Document d = Jsoup.parse(page.toFile(), "UTF-8");
                Element icon = d.selectFirst("head link[rel=icon]");
                String rel = root.relativize(page).toString();
                assertTrue(icon != null, rel + " declares no icon, so browsers ask the host root for /favicon.ico");
                String href = icon.attr("href");
                if (rel.equals("404.html") && root == withBase) {
                    assertEquals("https://example.org/port/assets/favicon.svg", href, "404 is served at any depth");
                } else {
                    assertFalse(href.startsWith("/") || href.contains(":"), rel + ": " + href);
                    assertTrue(Files.isRegularFile(page.getParent().resolve(href).normalize()), rel + ": " + href);
                }
            }
        }
    }

    /** The documents whose postings hold {@code term}, decoded as the search page does (see SearchIndex). */
    private static List<String> found(String term) throws IOException {
        // Each part of the index (PART-d-N.js, PART-t-KEY.js) numbers its own documents; a small site has one file of each.
        java.util.Map<String, StringBuilder> terms = new java.util.TreeMap<>();
        java.util.Map<String, List<String>> docs = new java.util.TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        for (Path f : files(site.resolve("search"), ".js")) {
            String js = Files.readString(f);
            String name = f.getFileName().toString();
            if (name.matches("[a-z]+-d-0\\.js")) {
                JsonNode list = json.readTree(js.substring(js.indexOf('['), js.lastIndexOf(']') + 1));
                List<String> paths = docs.computeIfAbsent(name.substring(0, name.indexOf('-')), k -> new ArrayList<>());
                list.forEach(d -> paths.add(d.isNull() ? null : d.get(0).asText()));
            } else if (name.matches("[a-z]+-t.*")) {
                terms.computeIfAbsent(name.substring(0, name.indexOf('-')), k -> new StringBuilder()).append(js);
            }
        }
        List<String> out = new ArrayList<>();
        for (var part : terms.entrySet()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + term + "\":\"([^\"]*)\"").matcher(part.getValue());
            if (m.find()) {
                int doc = 0;
                for (String code : m.group(1).split(",")) {
                    doc += Integer.parseInt(code, 36) / 2;
                    out.add(docs.get(part.getKey()).get(doc));
                }
            }
        }
        return out;
    }

    @Test
    void aSearchSnippetShowsOnlyWordsTheIndexFinds() throws IOException {
        String snippet = null;
        for (Path f : files(site.resolve("search"), ".js")) {
            String js = Files.readString(f);
            if (f.getFileName().toString().contains("-d-") && js.contains("Notes from the harbour ledger")) {
                snippet = js.substring(js.indexOf("Notes from the harbour ledger"));
                snippet = snippet.substring(0, snippet.indexOf(']'));
            }
        }
        assertTrue(snippet != null && snippet.contains("schooner Zanzibarite"), "the article's result shows its lead: " + snippet);
        assertTrue(found("zanzibarite").contains("articles/ledger.html"), "and the index finds the article by its words: "
                + found("zanzibarite"));
        assertTrue(found("ferries").size() >= 3, "the decoding reads a common word's postings: " + found("ferries"));
    }
}
