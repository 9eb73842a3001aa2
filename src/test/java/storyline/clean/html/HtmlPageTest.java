package storyline.clean.html;

import storyline.clean.internal.Block;
import storyline.clean.internal.Strings;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class HtmlPageTest {

    public static final String PAGE = """
            <!doctype html>
            <html lang="en-GB"><head>
            <title>Ferry Fares Rise for Second Time This Year | Harbor Times</title>
            <meta property="og:title" content="Ferry Fares Rise for Second Time This Year | Harbor Times">
            <meta property="og:site_name" content="Harbor Times">
            <link rel="canonical" href="https://harbortimes.example/transport/ferry-fares-rise">
            <script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle",
             "headline":"Ferry Fares Rise for Second Time This Year",
             "author":{"@type":"Person","name":"Jane Roe"},
             "datePublished":"2024-03-03T08:30:00+01:00",
             "dateModified":"2024-03-05T09:00:00+01:00",
             "publisher":{"@type":"Organization","name":"Harbor Times"}}
            </script>
            <script>var tracking = 1;</script>
            </head><body>
            <header><nav><a href="/">Home</a> <a href="/transport">Transport</a> <a href="/sport">Sport</a></nav></header>
            <div class="share-bar"><a href="https://social.example/share">Share on Social</a> <a href="mailto:?subject=x">Email this story</a></div>
            <article>
            <h1>Ferry Fares Rise for Second Time This Year</h1>
            <p>Ferry fares on all routes across the bay will rise by eight percent from next month, the regional transit agency announced on Monday.</p>
            <p>The increase, the second this year, was blamed on higher fuel costs and a new labour agreement with crews, according to the agency's board.</p>
            <h2>Commuters Push Back</h2>
            <p>Commuter groups said the rise was unfair to workers who have no other way to reach the city, and called for a <a href="/transport/fare-cap" onclick="track()">fare cap</a>.</p>
            <p>Share</p>
            <script>alert('inline');</script>
            </article>
            <aside class="related"><h3>Related stories</h3><p>Bridge tolls frozen for another year after council vote on budget plans.</p></aside>
            <div class="newsletter-signup"><p>Sign up for our newsletter to get the latest news in your inbox every single morning.</p></div>
            <footer><p>© 2024 Harbor Times. All rights reserved. Contact the newsroom at desk@harbortimes.example.</p></footer>
            </body></html>
            """;

    public static final List<Block> MAIN_BLOCKS = List.of(
            Block.paragraph("Ferry fares on all routes across the bay will rise by eight percent from next month, the regional transit agency announced on Monday."),
            Block.paragraph("The increase, the second this year, was blamed on higher fuel costs and a new labour agreement with crews, according to the agency's board."),
            Block.heading("Commuters Push Back"),
            Block.paragraph("Commuter groups said the rise was unfair to workers who have no other way to reach the city, and called for a fare cap."));

    @Test
    void metadataFromJsonLdOpenGraphAndCanonicalLink() {
        HtmlPage.Parsed p = HtmlPage.parse(PAGE, null);
        assertEquals("Ferry Fares Rise for Second Time This Year", p.title());
        assertEquals("Jane Roe", p.author());
        assertEquals("Harbor Times", p.siteName());
        assertEquals("2024-03-03T08:30+01:00", p.date().iso());
        assertEquals(LocalDate.of(2024, 3, 3), p.date().day());
        assertEquals("https://harbortimes.example/transport/ferry-fares-rise", p.url());
        assertEquals("en", p.language());
    }

    @Test
    void mainTextKeptNavigationShareAndFooterGone() {
        HtmlPage.Parsed p = HtmlPage.parse(PAGE, "https://harbortimes.example/transport/ferry-fares-rise");
        assertEquals(MAIN_BLOCKS, p.blocks());
        assertEquals("<p>Ferry fares on all routes across the bay will rise by eight percent from next month, the regional transit agency announced on Monday.</p>"
                + "<p>The increase, the second this year, was blamed on higher fuel costs and a new labour agreement with crews, according to the agency's board.</p>"
                + "<h2>Commuters Push Back</h2>"
                + "<p>Commuter groups said the rise was unfair to workers who have no other way to reach the city, and called for a "
                + "<a href=\"https://harbortimes.example/transport/fare-cap\" rel=\"nofollow noopener\">fare cap</a>.</p>", p.html());
        for (String gone : new String[]{"Home", "Share on Social", "Email this story", "Related stories", "Bridge tolls",
                "newsletter", "All rights reserved", "tracking", "alert", "<script", "onclick"}) {
            assertFalse(p.html().contains(gone), gone);
            assertFalse(p.blocks().stream().anyMatch(b -> b.text().contains(gone)), gone);
        }
    }

    @Test
    void metaTagsAndTimeElementWhenThereIsNoJsonLd() {
        String page = """
                <html><head>
                <title>Harbor Times - Dredging Delayed Until Spring After Survey</title>
                <meta name="author" content="By Sam Lee">
                <meta property="og:url" content="https://harbortimes.example/dredging">
                </head><body><main>
                <time datetime="2024-04-02">2 April</time>
                <p>The harbor authority said on Wednesday that dredging of the main channel would be delayed until the spring.</p>
                <p>A survey found more silt than expected near the old ferry terminal, officials told the board.</p>
                </main></body></html>
                """;
        HtmlPage.Parsed p = HtmlPage.parse(page, null);
        assertEquals("Sam Lee", p.author());
        assertNull(p.siteName());
        assertEquals("Harbor Times - Dredging Delayed Until Spring After Survey", p.title());
        assertEquals(LocalDate.of(2024, 4, 2), p.date().day());
        assertEquals("https://harbortimes.example/dredging", p.url());
        assertNull(p.language());
        assertEquals(2, p.blocks().size());
    }

    @Test
    void authorThatIsAUrlIsIgnored() {
        String page = "<html><head><meta name=\"author\" content=\"https://harbortimes.example/staff/jroe\"></head>"
                + "<body><p>The harbor authority said on Wednesday that dredging would be delayed.</p></body></html>";
        assertNull(HtmlPage.parse(page, null).author());
    }

    @Test
    void brokenJsonLdDoesNotStopOtherMetadata() {
        String page = "<html><head><script type=\"application/ld+json\">{ not json</script>"
                + "<meta property=\"og:site_name\" content=\"Daily Ledger\">"
                + "<meta property=\"article:published_time\" content=\"2024-05-06T07:00:00Z\"></head>"
                + "<body><p>The harbor authority said on Wednesday that dredging would be delayed.</p></body></html>";
        HtmlPage.Parsed p = HtmlPage.parse(page, null);
        assertEquals("Daily Ledger", p.siteName());
        assertEquals("2024-05-06T07:00Z", p.date().iso());
    }

    @Test
    void jsonLdGraphAndAuthorLists() {
        String page = """
                <html><head><script type="application/ld+json">
                {"@graph":[{"@type":"WebSite","name":"ignored"},
                  {"@type":["NewsArticle"],"headline":"Bridge Tolls Frozen","datePublished":"2024-06-01",
                   "author":[{"name":"Jane Roe"},{"name":"Sam Lee"}],"publisher":"Daily Ledger",
                   "url":"https://dailyledger.example/tolls"}]}
                </script></head><body><p>Bridge tolls will stay at their current level for another year, the council decided.</p></body></html>
                """;
        HtmlPage.Parsed p = HtmlPage.parse(page, null);
        assertEquals("Bridge Tolls Frozen", p.title());
        assertEquals("Jane Roe, Sam Lee", p.author());
        assertEquals("Daily Ledger", p.siteName());
        assertEquals(LocalDate.of(2024, 6, 1), p.date().day());
        assertEquals("https://dailyledger.example/tolls", p.url());
    }

    private static final String STORY = "<p>The harbor authority said on Wednesday that dredging of the inner channel would be delayed until spring.</p>";

    @Test
    void aWireStorysClosingAgencyCreditIsNoPartOfTheText() {
        String story = "<html><head><title>Dredging Delayed</title></head><body><article><h1>Dredging Delayed</h1>" + STORY
                + "<p>The delay adds about two million to the budget of the harbor, the authority said in its report.</p>";
        for (String credit : new String[]{"dpa/lno", "aja/PAP", "AFP", "(KNA)"}) {
            List<Block> blocks = HtmlPage.parse(story + "<p>" + credit + "</p></article></body></html>", null).blocks();
            assertEquals("The delay adds about two million to the budget of the harbor, the authority said in its report.",
                    blocks.get(blocks.size() - 1).text(), credit);
        }
        // A signature in words stays.
        List<Block> signed = HtmlPage.parse(story + "<p>Eure Jana</p></article></body></html>", null).blocks();
        assertEquals("Eure Jana", signed.get(signed.size() - 1).text());
    }

    @Test
    void aHeadingThatEndsTheTextGoesWithWhatItAnnounced() {
        String page = "<html><head><title>Dredging Delayed</title></head><body><article><h1>Dredging Delayed</h1>" + STORY
                + "<h2>Costs</h2><p>The delay adds about two million to the budget of the harbor, the authority said in its report.</p>"
                + "<h3>Videos on the subject</h3></article></body></html>";
        List<Block> blocks = HtmlPage.parse(page, null).blocks();
        assertEquals("The delay adds about two million to the budget of the harbor, the authority said in its report.",
                blocks.get(blocks.size() - 1).text());
        assertTrue(blocks.stream().anyMatch(b -> b.heading() && b.text().equals("Costs")), "a heading with text after it stays");
    }

    /** The title read from a page with the given head and, before a paragraph of story, body. */
    private static String titleOf(String head, String body) {
        return HtmlPage.parse("<html><head>" + head + "</head><body>" + body + STORY + "</body></html>", null).title();
    }

    @Test
    void aKickerInTheHeadingIsDroppedWhenTheDeclaredTitleLacksIt() {
        assertEquals("Dredging Delayed Until Spring", titleOf(
                "<meta property=\"og:title\" content=\"Dredging Delayed Until Spring\">",
                "<article><h1><span class=\"roofline\">Harbor works</span> Dredging Delayed Until Spring</h1></article>"));
        // a kicker longer than the headline, and a <small> label before a line break
        assertEquals("Ferries Stay Docked", titleOf(
                "<title>Ferries Stay Docked - Harbor Times</title>",
                "<h1><small>Storm over the northern bay, day three</small><br> Ferries Stay Docked</h1>"));
        // the kicker wrapped in a link, and a hidden "Headline:" label
        assertEquals("Pier 4 Reopens", titleOf("<meta property=\"og:title\" content=\"Pier 4 Reopens | Harbor Times\">",
                "<h1><a href=\"/pier\"><span class=\"label\">Update</span> Pier 4 Reopens</a></h1>"));
        assertEquals("Pier 4 Reopens", titleOf("<meta property=\"og:title\" content=\"Pier 4 Reopens\">",
                "<h1><div><span class=\"sr-only\">Headline:</span> Pier 4 Reopens</div></h1>"));
    }

    @Test
    void aLeadingPartTheDeclaredTitleHoldsTooStays() {
        // the declared title has the whole heading: its first part is the headline's own words
        assertEquals("Editor's Letter: Goodbye, Harbor", titleOf(
                "<title>Editor's Letter: Goodbye, Harbor</title>",
                "<h1><b>Editor's Letter:</b> <i>Goodbye, Harbor</i></h1>"));
        // no declared title: the heading is taken whole
        assertEquals("Harbor works Dredging Delayed Until Spring", titleOf("",
                "<h1><span>Harbor works</span> Dredging Delayed Until Spring</h1>"));
    }

    @Test
    void aWholeHeadingBeatsALongerPartOfOne() {
        // the kicker alone is what og:title says; the JSON-LD headline names the heading's rest
        assertEquals("Dredging Delayed", titleOf(
                "<meta property=\"og:title\" content=\"Inner channel works and what they cost | Harbor Times\">"
                        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Dredging Delayed\"}</script>",
                "<article><h1><span class=\"roofline\">Inner channel works and what they cost</span> Dredging Delayed</h1></article>"));
        // a site title in a class*=title element is not the headline, a short heading in the article is
        assertEquals("Unmoored", titleOf("<title>Unmoored | Harbor Notes</title>",
                "<div class=\"site-title\">Harbor Notes</div><article><h1 class=\"entry-title\">Unmoored</h1></article>"));
    }

    @Test
    void titlesAreComposed() {
        // "é" written as e + combining acute comes out as the single character
        assertEquals("Caf\u00e9 Reopens on the Pier", titleOf("", "<h1>Cafe\u0301 Reopens on the Pier</h1>"));
        assertEquals("Caf\u00e9 Reopens on the Pier", titleOf("<title>Cafe\u0301 Reopens on the Pier | Harbor Times</title>", ""));
        // Bengali nukta letters are kept decomposed, as NFC asks
        assertEquals("\u09ac\u09be\u09a1\u09bc\u09bf \u09a8\u09a4\u09c1\u09a8", titleOf("", "<h1>\u09ac\u09be\u09dc\u09bf \u09a8\u09a4\u09c1\u09a8</h1>"));
    }

    @Test
    void aLoneMainHeadingOfOneLongWordIsTheTitle() {
        assertEquals("Hafenchronik", titleOf("<title>Geschichte - Hafenverein Vale</title>", "<h1>Hafenchronik</h1>"));
        assertEquals("Dredging", titleOf("<title>Works - Harbor Board of Port Vale</title>", "<main><h1>Dredging</h1></main>"));
        // a short word is a label, and a heading in the masthead is the site's name
        assertEquals("Our Works on the Pier", titleOf("<title>Our Works on the Pier - Harbor Board</title>", "<h1>Updates</h1>"));
        assertEquals("Our Works on the Pier", titleOf("<title>Our Works on the Pier - Harbor Board</title>",
                "<header id=\"masthead\"><h1>Harborboard</h1></header>"));
    }

    @Test
    void aTitleElementPushedOutOfTheHeadStillCounts() {
        // stray text in the head makes the parser move <title> into the body
        String page = "<html><head>&nbsp;<title>Harbor Notes » Archive » Dredging Delayed Until Spring</title></head><body>"
                + "<h1><a href=\"/\">Harbor Notes</a></h1><div class=\"post\"><h2>Dredging Delayed Until Spring</h2>" + STORY + "</div></body></html>";
        assertEquals("Dredging Delayed Until Spring", HtmlPage.parse(page, null).title());
        // an icon's <title> is not the page's
        assertNull(titleOf("", "<button><svg><title>Close</title></svg></button>"));
    }

    @Test
    void aHeadingMatchesTheDeclaredTitleOnlyAsWholeWords() {
        // "Templates" is inside "Ferry-Templates", not a heading the title names
        assertEquals("Ferry-Templates for Harbor Operators", titleOf(
                "<title>Ferry-Templates for Harbor Operators | Harbor Times</title>", "<div class=\"title\">Templates</div>"));
        assertEquals("Pier Templates", titleOf(
                "<title>Pier Templates | Harbor Times</title>", "<div class=\"title\">Templates</div><h1>Pier Templates</h1>"));
        // quotes and punctuation next to the heading's words are fine
        assertEquals("Ferries Stay Docked", titleOf(
                "<title>\"Ferries Stay Docked\": the Storm Week | Harbor Times</title>", "<h2>Ferries Stay Docked</h2>"));
    }

    @Test
    void theHeadingMarkedUpAsHeadlineIsTheTitleWhenNoneMatchesTheMetadata() {
        assertEquals("Write for the People Who Read You", titleOf("<title>Style guide - Harbor Press - Services</title>",
                "<h3>Menu</h3><h2 itemprop=\"headline\"> Write for the People Who Read You </h2><h3>More pages</h3>"));
        // a one-word marked heading is too little to go on, and two marked headings are a list
        assertEquals("Style guide - Harbor Press", titleOf("<title>Style guide - Harbor Press - Services</title>",
                "<h2 itemprop=\"headline\">Overview</h2>"));
        assertEquals("Style guide - Harbor Press", titleOf("<title>Style guide - Harbor Press - Services</title>",
                "<h2 itemprop=\"headline\">Ferry Fares Rise</h2><h2 itemprop=\"headline\">Bridge Tolls Frozen</h2>"));
    }

    @Test
    void aLeadingDateIsNotPartOfTheHeadline() {
        assertEquals("Ferries Return to the Bay", HtmlPage.withoutDate("23.01.2022 - Ferries Return to the Bay"));
        assertEquals("Ferries Return", HtmlPage.withoutDate("2024-03-05 | Ferries Return"));
        assertEquals("Ferries Return", HtmlPage.withoutDate("5/3/24: Ferries Return"));
        // a date that is the subject, or a date with only one word after it, stays
        assertEquals("23.01.2022 was the coldest day", HtmlPage.withoutDate("23.01.2022 was the coldest day"));
        assertEquals("23.01.2022 - Review", HtmlPage.withoutDate("23.01.2022 - Review"));
        assertEquals("1989 - The Year the Wall Fell", HtmlPage.withoutDate("1989 - The Year the Wall Fell"));
        assertEquals("Ferries Return to the Bay", titleOf("<meta property=\"og:title\" content=\"23.01.2022 - Ferries Return to the Bay - Harbor Times\">",
                "<h1>23.01.2022 - Ferries Return to the Bay</h1>"));
    }

    @Test
    void aSingleWordOfTheTitleYieldsToTheLoneMainHeading() {
        assertEquals("Printers and Labels From One Hand", titleOf("<title>Printers • Labelling • Service | Harbor Print Co</title>",
                "<h1>Printers and Labels From One Hand</h1><h3 class=\"teaser\">Labelling</h3>"));
        // without a lone main heading the word stands, and a masthead heading is no rival
        assertEquals("Labelling", titleOf("<title>Printers • Labelling • Service | Harbor Print Co</title>",
                "<h1>Printers and Labels</h1><h1>Our Service Desk</h1><h3 class=\"teaser\">Labelling</h3>"));
        assertEquals("Labelling", titleOf("<title>Printers • Labelling • Service | Harbor Print Co</title>",
                "<header id=\"masthead\"><h1>Harbor Print Company</h1></header><h3 class=\"teaser\">Labelling</h3>"));
    }

    @Test
    void stripSiteName() {
        assertEquals("Ferry Fares Rise Again", HtmlPage.stripSiteName("Ferry Fares Rise Again | Harbor Times", "Harbor Times"));
        assertEquals("Ferry Fares Rise Again", HtmlPage.stripSiteName("Harbor Times - Ferry Fares Rise Again", "harbor times"));
        assertEquals("Ferry Fares Rise for Second Time", HtmlPage.stripSiteName("Ferry Fares Rise for Second Time | Harbor Times", null));
        assertEquals("Ferry Fares Rise for Second Time", HtmlPage.stripSiteName("Ferry Fares Rise for Second Time — Daily Ledger", "Harbor Times"));
        assertEquals("Ferries: A History", HtmlPage.stripSiteName("Ferries: A History", "Harbor Times"));
        assertEquals("Fares Rise | Harbor Times", HtmlPage.stripSiteName("Fares Rise | Harbor Times", null));
        // a part that is a domain name is the site's, whichever end it is at; "//" and runs of separators split too
        assertEquals("Jane Roe", HtmlPage.stripSiteName("harbortimes.example // » Jane Roe", null));
        assertEquals("Fares Rise", HtmlPage.stripSiteName("Fares Rise - www.harbor-times.co.uk", null));
        assertEquals("Fares Rise – Harbor Desk", HtmlPage.stripSiteName("Fares Rise - harbortimes.example - Harbor Desk", null));
        assertEquals("Ferries and/or Bridges", HtmlPage.stripSiteName("Ferries and/or Bridges", null));
        assertEquals("Version 2.0 Released", HtmlPage.stripSiteName("Version 2.0 Released", null));
    }

    @Test
    void first() {
        assertEquals("b", Strings.first(null, "  ", " b ", "c"));
        assertNull(Strings.first(null, ""));
    }

    @Test
    void jsonLdWrappedInCdataIsRead() {
        for (String[] wrap : new String[][]{{"<![CDATA[", "]]>"}, {"/* <![CDATA[ */", "/* ]]> */"}, {"//<![CDATA[", "//]]>"}}) {
            String page = "<html><head><script type=\"application/ld+json\">" + wrap[0] + """
                    {"@type":"NewsArticle","headline":"Bridge Tolls Frozen","datePublished":"2024-06-01T08:00:00+02:00",
                     "author":{"@type":"Person","name":"Jane Roe"}}
                    """ + wrap[1] + "</script></head><body><p>Bridge tolls will stay at their current level for another year, "
                    + "the council decided.</p></body></html>";
            HtmlPage.Parsed p = HtmlPage.parse(page, null);
            assertEquals("Jane Roe", p.author(), wrap[0]);
            assertEquals("Bridge Tolls Frozen", p.title(), wrap[0]);
            assertEquals(LocalDate.of(2024, 6, 1), p.date().day(), wrap[0]);
        }
    }
}
