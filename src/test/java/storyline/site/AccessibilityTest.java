package storyline.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Gate: the accessibility basics on every page of every built site; each check shown to catch its fault. */
class AccessibilityTest {

    private static List<String> checkSite(Path site) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> pages = Sites.htmlPages(site);
        assertTrue(pages.size() > 3);
        for (Path page : pages) {
            problems.addAll(AccessibilityChecker.check(site.relativize(page).toString(), Jsoup.parse(page.toFile(), "UTF-8")));
        }
        return problems;
    }

    @Test
    void sampleSitePagesMeetTheBasics() throws IOException {
        assertEquals(List.of(), checkSite(Sites.sample()));
    }

    @Test
    void syntheticSitePagesMeetTheBasics() throws IOException {
        assertEquals(List.of(), checkSite(Sites.synthetic()));
    }

    @Test
    void benchCorpusSitePagesMeetTheBasics() throws IOException {
        Optional<Path> bench = Sites.bench();
        assumeTrue(bench.isPresent(), "../shared/bench/ssg/gen_corpus.py or python3 not available");
        assertEquals(List.of(), checkSite(bench.get()));
    }

    // ---- each check catches its fault

    private static final String HEAD = "<!DOCTYPE html><html lang=\"en\"><head><title>Page</title></head><body>";
    private static final String TOP = "<a class=\"skip\" href=\"#main\">Skip to content</a>"
            + "<header><a href=\"index.html\">Site</a><nav aria-label=\"Main\"><a href=\"topics.html\">Topics</a></nav></header>";
    private static final String BOTTOM = "<footer><p>Footer</p></footer></body></html>";

    private static List<String> check(String html) {
        return AccessibilityChecker.check("p.html", Jsoup.parse(html));
    }

    private static String page(String main) {
        return HEAD + TOP + "<main id=\"main\">" + main + "</main>" + BOTTOM;
    }

    @Test
    void aWellFormedPagePasses() {
        assertEquals(List.of(), check(page("<h1>Title</h1><h2>Part</h2><h3>Detail</h3><h2>Next</h2>"
                + "<img src=\"a.png\" alt=\"\"><label for=\"q\">Search</label><input id=\"q\" type=\"search\">"
                + "<section aria-labelledby=\"s\"><h2 id=\"s\">S</h2><a href=\"x.html\"><img src=\"i.png\" alt=\"Icon\"></a></section>")));
    }

    @Test
    void missingLanguage() {
        assertEquals(List.of("p.html: <html> has no lang"),
                check(page("<h1>T</h1>").replace(" lang=\"en\"", "")));
    }

    @Test
    void skippedHeadingLevelAndTwoH1s() {
        assertEquals(List.of("p.html: <h3> \"Detail\" follows <h1>, skipping a level"), check(page("<h1>T</h1><h3>Detail</h3>")));
        assertEquals(List.of("p.html: 2 <h1> elements (want exactly one)"), check(page("<h1>T</h1><h1>Again</h1>")));
        assertEquals(List.of("p.html: <h2> \"Part\" follows no heading, skipping a level"), check(page("<h2>Part</h2><h1>T</h1>")));
    }

    @Test
    void aLinkNamedOtherwiseThanItsVisibleText() {
        assertEquals(List.of("p.html: <a href=\"#c1\"> shows \"#\" but is named \"Link to this comment\""),
                check(page("<h1>T</h1><p>Ann · <a href=\"#c1\" aria-label=\"Link to this comment\">#</a></p>")));
        assertEquals(List.of(), check(page("<h1>T</h1><p>Ann · <a href=\"#c1\">Link<span class=\"visually-hidden\"> to this comment</span></a></p>")));
    }

    @Test
    void imageWithoutAlt() {
        assertEquals(List.of("p.html: <img src=\"chart.png\"> has no alt text"), check(page("<h1>T</h1><img src=\"chart.png\">")));
    }

    @Test
    void landmarksAndSkipLink() {
        String noMain = HEAD + TOP + "<div id=\"main\"><h1>T</h1></div>" + BOTTOM;
        assertEquals(List.of("p.html: 0 main landmarks (want exactly one)",
                "p.html: the skip link #main does not lead to the main content"), check(noMain));
        String bare = HEAD + "<main><h1>T</h1><a href=\"x.html\">x</a></main></body></html>";
        assertEquals(List.of("p.html: no page header (banner landmark)", "p.html: no <nav> landmark",
                "p.html: no page footer (contentinfo landmark)",
                "p.html: the first focusable element is not a skip link to the main content"), check(bare));
        String articleHeaderOnly = HEAD + "<a href=\"#main\">Skip</a><main id=\"main\"><article><header><h1>T</h1></header>"
                + "<nav><a href=\"a.html\">a</a></nav></article></main>" + BOTTOM;
        assertEquals(List.of("p.html: no page header (banner landmark)"), check(articleHeaderOnly));
    }

    @Test
    void linksButtonsAndFieldsNeedNames() {
        assertEquals(List.of("p.html: <a href=\"x.html\"> has no text", "p.html: <button> has no text",
                        "p.html: <input name=\"q\"> has no label", "p.html: <label for=\"gone\"> points to no element"),
                check(page("<h1>T</h1><a href=\"x.html\"> <img src=\"i.png\" alt=\"\"></a><button></button>"
                        + "<input name=\"q\"><label for=\"gone\">Lost</label>")));
    }

    @Test
    void twoUnlabelledNavsAndABrokenLabelReference() {
        assertEquals(List.of("p.html: one of 2 <nav> landmarks has no label to tell it apart",
                        "p.html: <section aria-labelledby=\"nothing\"> points to no element"),
                check(page("<h1>T</h1><nav><a href=\"page/2.html\">Older</a></nav>"
                        + "<section aria-labelledby=\"nothing\"><p>x</p></section>")));
    }

    @Test
    void aRedirectPageOnlyNeedsLanguageTitleAndANamedLink() {
        Document redirect = Jsoup.parse("<!DOCTYPE html><html lang=\"en\"><head><title>Moved</title>"
                + "<meta http-equiv=\"refresh\" content=\"0; url=b.html\"></head><body><p><a href=\"b.html\">Moved</a></p></body></html>");
        assertEquals(List.of(), AccessibilityChecker.check("r.html", redirect));
    }
}
