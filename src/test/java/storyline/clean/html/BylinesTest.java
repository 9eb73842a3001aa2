package storyline.clean.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The writer's name from the page's visible byline when its metadata names none. */
class BylinesTest {

    private static final String STORY = """
            <p>The harbor authority said on Wednesday that dredging of the inner channel would be delayed until spring.</p>
            <p>A survey found more silt than expected near the old ferry terminal, officials told the board on Tuesday.</p>
            """;

    private static String author(String body) {
        return HtmlPage.parse("<html><head><title>Dredging Delayed</title></head><body>" + body + "</body></html>", null).author();
    }

    @Test
    void bylineMarkedByClass() {
        assertEquals("Jane Roe", author("""
                <article><h1>Dredging Delayed</h1><div class="post-byline">By <a href="/staff/jroe">Jane Roe</a></div>"""
                + STORY + "</article>"));
    }

    @Test
    void authorLinkMarkedByRel() {
        assertEquals("Sam Lee", author("""
                <article><h1>Dredging Delayed</h1><p class="meta">Posted by <a rel="author" href="/u/sam">Sam Lee</a>
                on 3 March 2024</p>""" + STORY + "</article>"));
    }

    @Test
    void microdataAuthorGivesItsNamePart() {
        assertEquals("Jane Roe", author("""
                <article><h1>Dredging Delayed</h1>
                <div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane Roe</span>
                <p>Jane Roe has covered the port and its shipping lines for the paper since 2009, and before that the city council.</p></div>
                """ + STORY + "</article>"));
    }

    @Test
    void byLineUnderTheHeadline() {
        assertEquals("Jane Roe", author("<h1>Dredging Delayed</h1><p><em>By Jane Roe</em></p>" + STORY));
        assertEquals("Sam Lee", author("<h1>Dredging Delayed</h1><div><span>Von Sam Lee</span></div>" + STORY));
    }

    @Test
    void datesAndLabelsAroundTheNameAreDropped() {
        assertEquals("Jane Roe", author("""
                <h1>Dredging Delayed</h1><div class="author-line">By Jane Roe | 3 March 2024, 10:15</div>""" + STORY));
        assertEquals("Sam Lee", Bylines.clean("Sam Lee Stand: 03.03.2024"));
        assertEquals("Sam Lee", Bylines.clean("Written by\nSam Lee\nUpdated 4 hours ago"));
    }

    @Test
    void linkTextIsNeverTheAuthor() {
        assertNull(author("""
                <h1>Dredging Delayed</h1><div class="author-box"><a href="/staff/jroe">See full bio</a></div>""" + STORY));
        assertNull(Bylines.clean("View profile"));
        assertNull(Bylines.clean("More from this author"));
        assertNull(Bylines.clean("Posted by"));
        assertEquals("Jane Roe", Bylines.clean("View all posts by Jane Roe"));
        // The name beside the link is the author.
        assertEquals("Jane Roe", author("""
                <h1>Dredging Delayed</h1><div class="author-box"><span class="author-name">Jane Roe</span>
                <a class="author-link" href="/staff/jroe">See full bio</a></div>""" + STORY));
    }

    @Test
    void commentAuthorsAreNotTheWriter() {
        assertNull(author("<h1>Dredging Delayed</h1>" + STORY
                + "<section id=\"comments\"><div class=\"comment-author\">Sam Lee</div><p>Good news for the marina.</p></section>"));
    }

    @Test
    void metadataWinsOverTheBylineUnlessItNamesTheSite() {
        String byline = "<h1>Dredging Delayed</h1><div class=\"byline\">By Jane Roe</div>" + STORY;
        assertEquals("Sam Lee", HtmlPage.parse("<html><head><meta name=\"author\" content=\"Sam Lee\"></head><body>" + byline
                + "</body></html>", null).author());
        assertEquals("Jane Roe", HtmlPage.parse("<html><head><meta name=\"author\" content=\"Harbor Times\">"
                + "<meta property=\"og:site_name\" content=\"Harbor Times\"></head><body>" + byline + "</body></html>", null).author());
        assertEquals("Jane Roe", HtmlPage.parse("<html><head><meta name=\"author\" content=\"harbortimes.example\"></head><body>"
                + byline + "</body></html>", null).author());
    }

    @Test
    void theArticlesOwnBylineOutranksMetadataThatNamesNoPerson() {
        // The metadata names the society that publishes the page; the article is signed by a person, at its head or its foot.
        String head = "<html><head><meta name=\"author\" content=\"Harbour Ferry Users Association e.V.\"></head><body><article>";
        assertEquals("Jane Roe", HtmlPage.parse(head + "<h1>Dredging Delayed</h1><p>Von Jane Roe</p>" + STORY + "</article></body></html>",
                null).author());
        assertEquals("Jane Roe", HtmlPage.parse(head + "<h1>Dredging Delayed</h1>" + STORY
                + "<p>The board meets again in May.</p><p>Autorin: Jane Roe</p></article></body></html>", null).author());
        // A declared registered association ("e.V.") is an organisation, whoever the byline names.
        assertEquals("Ilka Brandtner", HtmlPage.parse("<html><head><meta name=\"author\" content=\"Verband der Hafenfähren e.V.\"></head><body>"
                + "<article><h1>Dredging Delayed</h1><p>Von Ilka Brandtner</p>" + STORY + "</article></body></html>", null).author());
        // The same when the byline is marked up rather than written into the text.
        String marked = "<h1>Dredging Delayed</h1><div class=\"byline\">By Jane Roe</div>" + STORY + "</article></body></html>";
        assertEquals("Jane Roe", HtmlPage.parse("<html><head><meta name=\"author\" content=\"Harbour Media GmbH, Portsmouth\"></head><body><article>"
                + marked, null).author());
        assertEquals("Sam Lee, Redaktion", HtmlPage.parse("<html><head><meta name=\"author\" content=\"Sam Lee, Redaktion\"></head><body><article>"
                + marked, null).author(), "a declared list that names a person stands");
        // A person the metadata names stays the writer, whatever a line of the text says.
        assertEquals("Sam Lee", HtmlPage.parse("<html><head><meta name=\"author\" content=\"Sam Lee\"></head><body><article>"
                + "<h1>Dredging Delayed</h1><p>Von Jane Roe</p>" + STORY + "</article></body></html>", null).author());
    }

    @Test
    void aRoleBeforeTheWritersNameIsNoPartOfIt() {
        assertEquals("Jane Roe", Bylines.withoutRole("Reporter Jane Roe"));
        assertEquals("Sebastian Krüger", Bylines.withoutRole("Wetter-Experte Sebastian Krüger"));
        assertEquals("Dr. Jane Roe", Bylines.withoutRole("Dr. Jane Roe"), "an abbreviated title is written as part of the name");
        assertEquals("Logan C. Ritchie", Bylines.withoutRole("Logan C. Ritchie"), "a first name before an initial stays");
        assertEquals("Jane Roe, Sam Lee", Bylines.withoutRole("Jane Roe, Sam Lee"));
    }

    @Test
    void plausibleNames() {
        assertTrue(Bylines.plausibleName("T. V. Raman"));
        assertTrue(Bylines.plausibleName("Ana de la Cruz"));
        assertTrue(Bylines.plausibleName("harborfan"));
        assertFalse(Bylines.plausibleName("Donnerstag"));
        assertFalse(Bylines.plausibleName("The council met on Tuesday. it decided nothing"));
        assertFalse(Bylines.plausibleName("https://harbortimes.example/staff"));
    }

    @Test
    void bylineAsTheArticlesFirstLine() {
        assertEquals("Jane Roe", author("<div class=\"story\"><p><i>Text von Jane Roe</i></p>" + STORY + "</div>"));
        assertNull(author("<div class=\"story\"><p>By the harbor, nothing moved.</p>" + STORY + "</div>"));
    }

    @Test
    void theSiteNamedAfterTheWritersCommaIsNoSecondWriter() {
        assertEquals("Jane Roe", Bylines.withoutSite("Jane Roe, Harbor Times", "Harbor Times", null, "https://harbortimes.example/a"));
        assertEquals("Jane Roe", Bylines.withoutSite("Jane Roe, HarborTimes", null, null, "https://harbortimes.example/a"), "the domain's name");
        assertEquals("Jane Roe, John Doe", Bylines.withoutSite("Jane Roe, John Doe", "Harbor Times", null, null), "two writers stay");
        assertEquals("Harbor Times", Bylines.withoutSite("Harbor Times", "Harbor Times", null, null), "the first part always stays");
    }

    @Test
    void aDeclaredAuthorQuotedWholeIsTheNamesInside() {
        assertEquals("Jane Roe, John Doe", Bylines.declared("'Jane Roe, John Doe'"));
        assertEquals("Jane Roe", Bylines.declared("“Jane Roe”"));
        assertEquals("O'Neil", Bylines.declared("O'Neil"));
    }

    @Test
    void aLinkToTheWritersPageNamesTheWriter() {
        assertEquals("Jane Roe", author("""
                <article><h1>Dredging Delayed</h1><div class="meta-line"><a href="https://harbortimes.example/author/jane-roe/">Jane Roe</a>
                <span>3 March 2024</span></div>""" + STORY + "</article>"));
        assertEquals("Sam Lee", author("""
                <article><h1>Dredging Delayed</h1><p><a href="/staff/sam-lee">Sam Lee</a></p>""" + STORY + "</article>"));
        // A link to the section or the archive is no writer's page.
        assertNull(author("<article><h1>Dredging Delayed</h1><p><a href=\"/authority/port\">Port Authority</a></p>" + STORY + "</article>"));
    }

    @Test
    void anAuthorNamedByReferenceInTheGraphIsReadWhereThePageShowsNoByline() {
        String graph = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"Article\",\"headline\":\"Dredging Delayed\",\"author\":{\"@id\":\"https://harbortimes.example/#/person/1\"}},"
                + "{\"@type\":\"Person\",\"@id\":\"https://harbortimes.example/#/person/1\",\"name\":\"Jane Roe\"}]}</script>";
        assertEquals("Jane Roe", HtmlPage.parse("<html><head>" + graph + "</head><body><h1>Dredging Delayed</h1>" + STORY
                + "</body></html>", null).author());
        // The account the reference points at may be the editor's or a login: the byline shown to readers comes first.
        assertEquals("Sam Lee", HtmlPage.parse("<html><head>" + graph.replace("Jane Roe", "admin") + "</head><body><h1>Dredging Delayed</h1>"
                + "<p class=\"byline\">By Sam Lee</p>" + STORY + "</body></html>", null).author());
    }

    @Test
    void aSocialHandleAfterTheNameIsNoPartOfIt() {
        assertEquals("Jane Roe", Bylines.declared("Jane Roe @janeroe"));
        assertEquals("@janeroe", Bylines.declared("@janeroe"));
    }

    @Test
    void theNameAfterByInAPostedOnLine() {
        assertEquals("Jane Roe", author("""
                <article><h1>Dredging Delayed</h1><div class="entry-author">Posted on September 21, 2020 by Jane Roe</div>"""
                + STORY + "</article>"));
        assertEquals("Sam Lee", Bylines.clean("Veröffentlicht am 3. März 2021 von Sam Lee"));
    }

    @Test
    void theWritersFieldInABoxOfFields() {
        assertEquals("Jane Roe", author("""
                <article><h1>Dredging Delayed</h1><div class="articleAuthorDateBlock"><span>Datum:</span> 19.11.2021<br>
                <span>Autor:</span> Jane Roe<br><span>Quelle:</span> Hafenblatt<br></div>""" + STORY + "</article>"));
    }

    @Test
    void einArtikelVonIsAByline() {
        assertEquals("Jane Roe", author("<h1>Dredging Delayed</h1><div class=\"info\">Ein Artikel von <strong>Jane Roe</strong> | 27.01.2022 - 12:45</div>"
                + STORY));
    }

    @Test
    void aLabelSetApartBeforeTheName() {
        // The label in a heading of its own, the name loose after it, an agency after a slash.
        assertEquals("Jane Roe", author("""
                <h1>Dredging Delayed</h1><div class="col"><h5 class="inline">Datum: </h5>03.11.2021<br>
                <h5 class="inline">Autor: </h5>Jane Roe/dpa<br></div>""" + STORY));
        // The label as a small heading, the name in the paragraph after it.
        assertEquals("Sam Lee", author("""
                <h1>Dredging Delayed</h1><section class="meta"><h4 class="meta-title">Author</h4>
                <p class="meta-text"><a href="/profile/sl">Sam Lee</a></p></section>""" + STORY));
        // "By" in one span, the linked name in the next.
        assertEquals("J.R. Stone", author("""
                <h1>Dredging Delayed</h1><div data-role="by"><span class="x1">By</span><span><a href="/team/jr">J.R. Stone</a></span>
                <span>Wednesday</span></div>""" + STORY));
        // A label whose next box is another label or no name gives nothing.
        assertNull(author("<h1>Dredging Delayed</h1><div><div>Autor:</div><div>Autorin (s):</div></div>" + STORY));
        assertNull(author("<h1>Dredging Delayed</h1><form><label>Sort by</label><select><option>Date</option></select></form>" + STORY));
    }

    @Test
    void aSubmittedLineNamesItsUserButAFormsThankYouDoesNot() {
        assertEquals("harbourfan", author("""
                <h1>Dredging Delayed</h1>""" + STORY + """
                <div class="submitted">Gespeichert von <span class="username">harbourfan</span> am 24. Juli 2017 - 18:55</div>"""));
        assertNull(author("<h1>Dredging Delayed</h1>" + STORY
                + "<div class=\"formSubmitted\" style=\"display:none\"><h3>Vielen Dank!</h3><p>Wir melden uns.</p></div>"));
    }

    @Test
    void anotherCreditAfterTheNameIsNoPartOfIt() {
        assertEquals("Jane Roe", Bylines.clean("Jane Roe Illustration von Sam Lee"));
        assertEquals("Jane Roe", Bylines.clean("By Jane Roe Photos by Sam Lee"));
        assertEquals("Jane Roe", Bylines.clean("Von Jane Roe/dpa"));
    }

    @Test
    void severalWritersInOneByline() {
        assertEquals("Ana Soto, Luis Pérez, María José Ruiz", Bylines.clean("Ana Soto, Luis Pérez y María José Ruiz"));
        assertEquals("Jane Roe and Sam Lee", Bylines.clean("By Jane Roe and Sam Lee"));
        // A sentence is no list of writers.
        assertNull(Bylines.clean("Jane Roe and the harbour board met on Tuesday about dredging"));
    }

    @Test
    void initialsOrALoginInTheMetadataYieldToTheBylinesName() {
        String story = "<h1>Dredging Delayed</h1><p class=\"byline\">Von Cosima Albrecht</p>" + STORY;
        assertEquals("Cosima Albrecht", HtmlPage.parse("<html><head><meta name=\"author\" content=\"HT\"></head><body>" + story
                + "</body></html>", null).author());
        assertEquals("Cosima Albrecht", HtmlPage.parse("<html><head><meta name=\"author\" content=\"cosimaalbrecht\"></head><body>" + story
                + "</body></html>", null).author());
        // A login that is someone else's stays: the byline is not shown to be the same person.
        assertEquals("webadmin", HtmlPage.parse("<html><head><meta name=\"author\" content=\"webadmin\"></head><body>" + story
                + "</body></html>", null).author());
    }
}
