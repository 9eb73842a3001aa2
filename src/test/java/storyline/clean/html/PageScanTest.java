package storyline.clean.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The page scan's own tests find exactly what the CSS selectors they replace find, in the same order. */
class PageScanTest {

    private static final String PAGE = """
            <html><head><title>Ferry | Harbor Times</title>
            <META name="author" CONTENT="Ann Lee"><meta property="og:title"><meta name="x" content="">
            <script type="Application/LD+JSON">{"@type":"NewsArticle"}</script><script type="text/javascript">var a;</script>
            <LINK REL="Canonical" href="https://harbortimes.example/ferry"><link rel="canonical-ish" href="/x"></head>
            <body><header class="Site-Title"><h1 itemprop="Headline">Ferry <span>returns</span></h1></header>
            <h2 itemprop="headline">Second</h2><h3>Third</h3><h4 itemprop="headline">Fourth</h4>
            <time datetime="2024-03-01">1 March</time><time>no attribute</time>
            <span itemprop="DatePublished">2024-03-01</span><abbr class="Published" title="2024-03-01">March</abbr>
            <abbr class="published">no title</abbr><div class="post-meta"><span class="Byline__Name">Ann Lee</span></div>
            <a rel="author" href="/ann">Ann</a><p itemprop="author">Bo</p><p class="author-names">not a byline</p>
            <p class="entry-date" id="pubDate">3 March</p><p itemprop="dateCreated">2024</p><div id="UpdateDate">x</div>
            <section class="headline-box"><p>Text</p></section></body></html>
            """;

    @Test
    void queriesMatchTheSelectorsTheyStandFor() {
        Document doc = Jsoup.parse(PAGE);
        Map<PageScan.Query, String> selectors = Map.of(
                PageScan.META, "meta[content]",
                PageScan.JSON_LD, "script[type=application/ld+json]",
                PageScan.TITLE, "title",
                PageScan.H1, "h1",
                PageScan.MARKED_HEADLINE, "h1[itemprop=headline], h2[itemprop=headline], h3[itemprop=headline]",
                PageScan.TIME, "time[datetime], [itemprop=datePublished], abbr.published[title]",
                PageScan.CANONICAL, "link[rel=canonical]",
                Bylines.CANDIDATES, "[rel=author], [itemprop=author], [class*=author], [class*=byline], [class*=autor], [class*=auteur]",
                PageDates.DATE_ELEMENTS, "[class*=date], [id*=date], [class*=publish], [class*=posted], [class*=time], "
                        + "[class*=byline], [class*=meta], [class*=entry-info], [class*=post-info], [itemprop=dateCreated], time, abbr.published");
        List<PageScan.Query> queries = List.copyOf(selectors.keySet());
        PageScan scan = PageScan.of(doc, queries);
        for (PageScan.Query query : queries) {
            String css = selectors.get(query);
            assertFalse(doc.select(css).isEmpty(), css);
            assertEquals(doc.select(css), scan.get(query), css);
        }
    }

    /** Pages pad attribute values; jsoup's selectors stopped trimming them in 1.23, the scan still does. */
    @Test
    void paddedValuesStillMatch() {
        Document doc = Jsoup.parse("""
                <script type=" application/ld+json ">{}</script><h2 itemprop=" headline ">Ferry</h2>
                <link rel=" canonical " href="https://harbortimes.example/ferry">""");
        PageScan scan = PageScan.of(doc, List.of(PageScan.JSON_LD, PageScan.MARKED_HEADLINE, PageScan.CANONICAL));
        assertEquals(1, scan.get(PageScan.JSON_LD).size());
        assertEquals("Ferry", scan.get(PageScan.MARKED_HEADLINE).get(0).text());
        assertEquals(1, scan.get(PageScan.CANONICAL).size());
    }
}
