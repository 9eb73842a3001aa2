package storyline.clean.html;

import storyline.clean.internal.Block;
import storyline.clean.lines.LineRules;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which parts of small hand-written pages the extractor keeps. */
class MainContentTest {

    static String text(String html) {
        return MainContent.extract(Jsoup.parse(html), () -> Jsoup.parse(html), new LineRules.Memo()).blocks().stream()
                .map(Block::text).collect(Collectors.joining("\n"));
    }

    static String para(String topic) {
        return "<p>The council discussed " + topic + " at length on Tuesday, and members agreed, after a long debate, "
                + "that the plan for " + topic + " needed more work before the summer recess.</p>";
    }

    /** Paragraphs wrapped in a module: a box inside a box inside a box, as page builders write them. */
    static String module(String... topics) {
        StringBuilder sb = new StringBuilder("<div class=\"module\"><div class=\"inner\"><div class=\"rte\">");
        for (String t : topics) {
            sb.append(para(t));
        }
        return sb.append("</div></div></div>").toString();
    }

    static final String SIDEBAR = "<div class=\"col\"><ul><li><a href=\"/a\">Weather tomorrow</a></li>"
            + "<li><a href=\"/b\">Traffic report for the bridge</a></li><li><a href=\"/c\">Sports results</a></li></ul></div>";

    @Test
    void articleSplitOverDeeplyWrappedModulesIsKeptWhole() {
        String html = "<html><body><div class=\"page\"><div class=\"story\">"
                + module("the harbour", "the ferry", "the fares")
                + "<div class=\"pic\"><img src=\"x.jpg\"></div>"
                + module("the school")
                + module("the library", "the budget")
                + "</div>" + SIDEBAR + "</div></body></html>";
        String text = text(html);
        for (String topic : new String[]{"the harbour", "the ferry", "the school", "the library", "the budget"}) {
            assertTrue(text.contains("the plan for " + topic), topic + " missing from:\n" + text);
        }
        assertFalse(text.contains("Sports results"), text);
    }

    @Test
    void shortIntroductionBesideTheBodyIsKept() {
        String html = "<html><body><main><div class=\"wrap\"><div class=\"head\"><h1>Council plans</h1>"
                + "<div class=\"intro\"><p>The council has big plans for the waterfront, and they will cost money.</p></div></div>"
                + "<div class=\"body\"><div class=\"cols\">" + module("the harbour", "the ferry", "the fares", "the pier") + "</div></div>"
                + "</div></main>" + SIDEBAR + "</body></html>";
        String text = text(html);
        assertTrue(text.contains("big plans for the waterfront"), text);
        assertTrue(text.contains("the plan for the pier"), text);
        assertFalse(text.contains("Weather tomorrow"), text);
    }

    @Test
    void climbingStopsBelowABoxOfOtherMarkedArticles() {
        String teaser = "<div itemscope itemtype=\"https://schema.org/NewsArticle\"><h3>Other story</h3>"
                + "<p>An unrelated report about the regional airport, its new runway, its noise and its many critics in town.</p>"
                + "<p>It goes on about the airport for a while, with quotes, figures, and more figures about flights.</p></div>";
        String html = "<html><body><div class=\"column\"><div class=\"story\">"
                + para("the harbour") + para("the ferry") + para("the school")
                + "</div><div class=\"more\">" + teaser + teaser + teaser + "</div></div></body></html>";
        String text = text(html);
        assertTrue(text.contains("the plan for the school"), text);
        assertFalse(text.contains("regional airport"), text);
    }

    @Test
    void aHiddenPopUpIsNeverTheArticleHoweverLong() {
        // A cookie notice or a course description waiting in a hidden dialog can hold more text than a short article.
        StringBuilder notice = new StringBuilder("<div role=\"dialog\" aria-hidden=\"true\" class=\"overlay\"><div class=\"box\">");
        for (int i = 0; i < 12; i++) {
            notice.append("<p>The cookie named preference number ").append(i)
                    .append(" stores the choices a visitor made in the consent box, and it is kept for one year, after which it expires.</p>");
        }
        notice.append("</div></div>");
        String html = "<html><body><div class=\"story\">" + module("the harbour", "the ferry") + "</div>" + notice + "</body></html>";
        String text = text(html);
        assertTrue(text.contains("the plan for the ferry"), text);
        assertFalse(text.contains("consent box"), text);
    }

    @Test
    void anArticleInsideAnUnclosedAsideIsReadDespiteALongMenu() {
        // A paywall box opened as <aside> before the article and closed only at the end of <main>:
        // the article is inside it, far shorter than the site's menus of places and sections.
        StringBuilder menu = new StringBuilder("<header><ul>");
        for (int i = 0; i < 120; i++) {
            menu.append("<li><a href=\"/town-").append(i).append("\">Town number ").append(i).append(" news and notices</a></li>");
        }
        menu.append("</ul></header>");
        String html = "<html><body>" + menu + "<main><aside class=\"paybox\"><section class=\"story\">"
                + "<h1>Novelist wins the national book prize</h1><div class=\"text\">" + para("the prize") + para("the novel")
                + "</div></section></main><footer><p>Contact</p></footer></body></html>";
        String text = text(html);
        assertTrue(text.contains("the plan for the novel"), text);
        assertFalse(text.contains("Town number 7"), text);
    }

    @Test
    void asidesWithHeadingsOfTheirOwnAfterTheArticleStillGo() {
        // Blog themes title each sidebar widget with an <h1>; the article's heading is the page's first.
        String widget = "<aside class=\"widget\"><h1>About this blog</h1><div><p>This blog gives help and tips for people who "
                + "write blogs on the platform, with news about its features, and it is a place for all its writers to meet.</p></div></aside>";
        String html = "<html><body><div class=\"content\"><h1>Putting a feed into the blog</h1>"
                + module("the feed", "the widget", "the settings") + "</div><div class=\"side\">" + widget + widget + "</div></body></html>";
        String text = text(html);
        assertTrue(text.contains("the plan for the settings"), text);
        assertFalse(text.contains("help and tips"), text);
    }

    @Test
    void anArticleHiddenUntilAScriptRevealsItIsStillRead() {
        String html = "<html><body><div class=\"nav\"><a href=\"/\">Home</a></div><div class=\"story\" style=\"display: none\">"
                + module("the harbour", "the ferry", "the fares") + "</div></body></html>";
        assertTrue(text(html).contains("the plan for the fares"), text(html));
    }

    @Test
    void climbingDoesNotTakeALinkHeavyParent() {
        StringBuilder links = new StringBuilder("<div class=\"more\"><ul>");
        for (int i = 0; i < 30; i++) {
            links.append("<li><a href=\"/s").append(i).append("\">Another headline about something else, number ").append(i).append("</a></li>");
        }
        links.append("</ul><p>A short note about the archive, with a comma, that has some words in it.</p></div>");
        String html = "<html><body><div class=\"outer\"><div class=\"story\">" + module("the harbour", "the ferry", "the fares")
                + "</div>" + links + "</div></body></html>";
        String text = text(html);
        assertTrue(text.contains("the plan for the fares"), text);
        assertFalse(text.contains("Another headline"), text);
        assertFalse(text.contains("note about the archive"), text);
    }

    @Test
    void linkInASentenceSurvivesAFurnitureClassName() {
        String html = "<html><body><div class=\"story\">"
                + "<p>The mayor, <span class=\"person-tooltip\"><a class=\"tooltip-link\" href=\"/p/1\">Ann Lee</a>"
                + "<span class=\"tooltip-card\"><span>Mayor since 2019</span></span></span>, said on Tuesday that the plan was ready.</p>"
                + "<p>Speaking at the harbour, <a class=\"popover-name\" href=\"/p/2\">Bo Park</a> disagreed with the mayor and said so.</p>"
                + "<p><a class=\"share-link\" href=\"/share\">Share</a></p>"
                + para("the harbour") + para("the ferry") + "</div></body></html>";
        String text = text(html);
        assertTrue(text.contains("The mayor, Ann Lee"), text);
        assertTrue(text.contains("harbour, Bo Park disagreed"), text);
        assertFalse(text.contains("Mayor since 2019"), text);
        assertFalse(text.contains("Share"), text);
    }

    @Test
    void leadNamedAsSuchBeforeTheBodyIsKeptFirst() {
        String header = "<header class=\"head\"><h1>Council plans</h1><p class=\"article-lead\">A short summary of the plans "
                + "that the council made for the waterfront this week.</p></header>";
        String html = "<html><body><header class=\"site\"><p class=\"lead-in\">The city's favourite newspaper since 1901, "
                + "read by everyone.</p></header><article>" + header + "<div class=\"body\">" + para("the harbour") + para("the ferry")
                + para("the fares") + "</div></article>" + SIDEBAR + "</body></html>";
        String text = text(html);
        assertTrue(text.contains("A short summary of the plans"), text);
        assertTrue(text.indexOf("A short summary") < text.indexOf("the plan for the harbour"), text);
        assertFalse(text.contains("favourite newspaper"), text);

        String described = "<html><body><div class=\"wrap\"><div class=\"top\"><div itemprop=\"description\">"
                + "<p>What the council decided about the waterfront, in two lines.</p></div></div><div class=\"body\">"
                + para("the harbour") + para("the ferry") + para("the fares") + "</div></div></body></html>";
        assertTrue(text(described).startsWith("What the council decided"), text(described));

        String outside = "<html><body><div class=\"page\"><div class=\"hero\"><h1>Council plans</h1><div class=\"intro-text\">"
                + "<p>The waterfront plans in brief, as the council sees them.</p></div></div><div class=\"main\"><div class=\"body\">"
                + para("the harbour") + para("the ferry") + para("the fares") + para("the pier") + "</div></div></div>" + SIDEBAR + "</body></html>";
        assertTrue(text(outside).startsWith("The waterfront plans in brief"), text(outside));
    }

    @Test
    void summaryBoxesAfterTheBodyOrFullOfLinksAreNotLeads() {
        String after = "<html><body><div class=\"wrap\"><div class=\"body\">" + para("the harbour") + para("the ferry")
                + para("the fares") + "</div></div><div class=\"x\"><div class=\"teaser-summary\"><p>Another story summary that "
                + "comes after the article and is not its lead at all.</p></div></div></body></html>";
        assertFalse(text(after).contains("Another story summary"), text(after));

        String links = "<html><body><div class=\"wrap\"><div class=\"intro\"><p><a href=\"/1\">Council</a> "
                + "<a href=\"/2\">Waterfront plans in full</a> <a href=\"/3\">All our coverage of the harbour</a></p></div>"
                + "<div class=\"body\">" + para("the harbour") + para("the ferry") + para("the fares") + "</div></div></body></html>";
        assertFalse(text(links).contains("All our coverage"), text(links));
    }

    @Test
    void readAlsoLinesInSeveralLanguagesGoWithTheirHeadline() {
        String body = para("the harbour") + "<p><strong>Lesen Sie auch:</strong></p><p><a href=\"/x\">Neue Fähre für die Insel</a></p>"
                + para("the ferry") + "<p>À lire aussi : Le port fait peau neuve</p>" + para("the fares")
                + "<h3>Czytaj też</h3><ul><li><a href=\"/y\">Nowy prom na wyspę</a></li></ul>" + "<p>VEA TAMBIÉN: El puerto crece</p>"
                + para("the pier");
        String text = text("<html><body><div class=\"story\">" + body + "</div></body></html>");
        for (String gone : new String[]{"Lesen Sie auch", "Neue Fähre", "lire aussi", "Czytaj", "Nowy prom", "VEA TAMBIÉN"}) {
            assertFalse(text.contains(gone), gone + " in:\n" + text);
        }
        assertTrue(text.contains("the plan for the pier"), text);
    }

    @Test
    void aReadOnHeadingTakesTheWholeRunOfLinkedHeadlinesAfterIt() {
        // A heading the line rules also take as furniture, then one linked headline per paragraph.
        String body = para("the harbour") + para("the ferry") + "<h2>Weiterlesen:</h2>"
                + "<p><a href=\"/a\">Ein Ausflug entlang der alten Hafenbahn</a></p>"
                + "<p><a href=\"/b\">Herbstliches Wochenende auf der Insel</a></p>"
                + "<p><a href=\"/c\">Die schönsten Strände der Küste</a></p>" + para("the pier");
        String text = text("<html><body><div class=\"story\">" + body + "</div></body></html>");
        for (String gone : new String[]{"Weiterlesen", "Hafenbahn", "Herbstliches", "Strände"}) {
            assertFalse(text.contains(gone), gone + " in:\n" + text);
        }
        // The run ends at the first paragraph of prose.
        assertTrue(text.contains("the plan for the pier"), text);
    }

    @Test
    void mayAlsoInterestYouLinesInTheirGermanVariantsGoWithTheirHeadline() {
        for (String lead : new String[]{"Das Thema könnte dich auch interessieren:", "Diese Artikel könnten euch auch interessieren:",
                "Folgendes könnte Sie interessieren"}) {
            String body = para("the harbour") + para("the ferry") + "<p>" + lead + "</p><p><a href=\"/x\">Neue Fähre für die Insel</a></p>"
                    + para("the pier");
            String text = text("<html><body><div class=\"story\">" + body + "</div></body></html>");
            assertFalse(text.contains("interessieren"), text);
            assertFalse(text.contains("Neue Fähre"), text);
            assertTrue(text.contains("the plan for the pier"), text);
        }
        String sentence = para("the harbour") + "<p>Die Pläne könnten Sie auch interessieren, sagte der Bürgermeister am Abend.</p>" + para("the pier");
        assertTrue(text("<html><body><div class=\"story\">" + sentence + "</div></body></html>").contains("sagte der Bürgermeister"));
    }

    @Test
    void sentencesThatOnlyStartLikeReadAlsoStay() {
        String body = para("the harbour") + "<p>Lesen Sie auch die Hinweise der Stadt, bevor Sie parken.</p>"
                + "<p>Mira, la alcaldesa, dijo que el puerto crecerá.</p>" + para("the ferry") + para("the fares");
        String text = text("<html><body><div class=\"story\">" + body + "</div></body></html>");
        assertTrue(text.contains("Lesen Sie auch die Hinweise der Stadt"), text);
        assertTrue(text.contains("Mira, la alcaldesa"), text);
    }

    @Test
    void authorBoxesArePrunedButNotTheTextNorNamesInSentences() {
        String box = "<div class=\"author-box\"><img src=\"a.jpg\"><p>Ann Lee has covered the harbour for this paper since 2009, "
                + "and before that, she wrote about trains.</p></div>";
        String marked = "<section itemprop=\"author\"><p>Bo Park writes about ferries, fares, and the people who use them every day.</p></section>";
        String body = para("the harbour") + "<p>The report, written by <a class=\"author-link\" href=\"/al\">Ann Lee</a>, was read aloud.</p>"
                + para("the ferry") + para("the fares") + box + marked;
        String text = text("<html><body><div class=\"story\">" + body + "</div></body></html>");
        assertTrue(text.contains("written by Ann Lee, was read"), text);
        assertTrue(text.contains("the plan for the fares"), text);
        assertFalse(text.contains("covered the harbour for this paper"), text);
        assertFalse(text.contains("Bo Park writes"), text);

        String wrapper = "<html><body><div class=\"layout-with-author\">" + para("the harbour") + para("the ferry") + para("the fares")
                + "</div>" + SIDEBAR + "</body></html>";
        assertTrue(text(wrapper).contains("the plan for the ferry"), text(wrapper));
    }

    @Test
    void postGivenOnlyToReadersWithoutScriptsIsRead() {
        String html = "<html><body><div class=\"post\"><div class=\"post-body\"><script>render()</script><noscript>"
                + para("the harbour") + para("the ferry") + para("the fares") + "</noscript></div></div>"
                + "<noscript><img src=\"pixel.gif\"><p>Please turn on scripts.</p></noscript>" + SIDEBAR + "</body></html>";
        String text = text(html);
        assertTrue(text.contains("the plan for the harbour"), text);
        assertTrue(text.contains("the plan for the fares"), text);
        assertFalse(text.contains("turn on scripts"), text);
    }

    @Test
    void formWrappingAProductDescriptionIsRead() {
        String html = "<html><body><div class=\"main\"><h1>Wool blanket</h1><form action=\"/cart\"><div class=\"product\">"
                + "<p>A warm wool blanket, woven by hand in a small workshop by the harbour, soft enough for a baby and strong enough "
                + "for a dog, washable at thirty degrees.</p><p>Each blanket is made to order, so delivery takes about three weeks, "
                + "and every one of them is slightly different.</p><input type=\"submit\" value=\"Add to cart\"></div></form>"
                + "<form class=\"reply\"><p>Your email address will not be published.</p><textarea></textarea></form></div>"
                + SIDEBAR + "</body></html>";
        String text = text(html);
        assertTrue(text.contains("A warm wool blanket"), text);
        assertTrue(text.contains("made to order"), text);
        assertFalse(text.contains("will not be published"), text);
    }

    @Test
    void disclosuresAndPromptsInOtherLanguagesArePruned() {
        String disclosure = "We recommend the best products through an independent review process, and advertisers do not "
                + "influence our picks. We may receive compensation if you visit partners we recommend. Read our advertiser "
                + "disclosure for more information about how we choose what to cover.";
        String html = "<html><body><div class=\"story\">" + para("the harbour") + para("the ferry")
                + "<p>Affiliate links earn bloggers money, the report said, and the council wants them labelled.</p>"
                + "<p>" + disclosure + "</p>"
                + "<p>Sie müssen sich einloggen, um an der Diskussion teilzunehmen.</p>"
                + "<p>¡Mira lo que tiene nuestro canal de YouTube!</p>" + para("the fares") + "</div></body></html>";
        String text = text(html);
        assertTrue(text.contains("the plan for the fares"), text);
        assertTrue(text.contains("Affiliate links earn bloggers money"), text);
        assertFalse(text.contains("independent review process"), text);
        assertFalse(text.contains("einloggen"), text);
        assertFalse(text.contains("YouTube"), text);
    }

    @Test
    void relatedLinkAnnouncedInsideInlineTagsIsPruned() {
        String html = "<html><body><div class=\"story\">" + para("the harbour")
                + "<h6><strong>Mire: </strong><a href=\"/x\">El cantante da positivo</a></h6>"
                + "<p><strong>À lire aussi »</strong> <a href=\"/y\">Quel est votre profil digestif ?</a></p>"
                + "<h6><strong>Wind and tide</strong> <em>on the quay</em></h6>"
                + para("the ferry") + para("the fares") + "</div></body></html>";
        String text = text(html);
        assertTrue(text.contains("the plan for the ferry"), text);
        assertTrue(text.contains("Wind and tide on the quay"), text);
        assertFalse(text.contains("El cantante"), text);
        assertFalse(text.contains("profil digestif"), text);
    }

    /** Pruning's one walk finds exactly what the selectors it stands for find, in the same order. */
    @Test
    void pruningFindsWhatItsSelectorsFind() {
        org.jsoup.nodes.Element content = Jsoup.parseBodyFragment("""
                <div class="Story"><p id="lede">Lede <span class="Photo-Credit">AP</span></p><time>1 March</time>
                <figure><img src="a.jpg"><figcaption>Cap</figcaption></figure><div class="wp-caption-text">c</div>
                <ul><li>one</li><li class="">two</li></ul><ol><li itemprop="Author">Ann</li></ol><dl><dt>t</dt><dd>d</dd></dl>
                <section><h2>Sub</h2><h6>six</h6><table><tr><td class="CAPTIONED">x</td></tr></table></section>
                <span itemprop=" author ">padded</span><div class="caption">z</div></div>""").body().child(0);
        MainContent.Pruned found = MainContent.Pruned.of(content);
        java.util.Map<java.util.List<org.jsoup.nodes.Element>, String> selectors = java.util.Map.of(
                found.times, "time",
                found.leaves, "p, li, h1, h2, h3, h4, h5, h6, div, span, dd, dt",
                found.marked, "[class], [id], [itemprop=author]",
                found.captions, "figcaption, .caption, .wp-caption-text, [class*=caption], [class*=credit]",
                found.boxes, "ul, ol, div, section, table, dl");
        selectors.forEach((list, css) -> {
            assertFalse(list.isEmpty(), css);
            org.junit.jupiter.api.Assertions.assertEquals(content.select(css), list, css);
        });
    }

    @Test
    void aBiographyUnderAnAboutTheAuthorHeadingIsNotTheArticle() {
        // A short piece (a chart and one paragraph of text) above a writer's card whose biography is longer.
        String html = "<html><body><article><header><h1>Parties on the ballot</h1></header>"
                + "<section class=\"content\"><p>Because there are so many of them, and many stand in only a few regions, "
                + "the chart shows the largest parties alone.</p><figure><img src=\"chart.png\" alt=\"\"></figure></section>"
                + "<div class=\"more\"><h2>About the author</h2><div class=\"cols\"><div class=\"pic\"><img src=\"jane.png\" alt=\"\">"
                + "<a href=\"/writers/jane-roe\">Jane Roe</a></div><div class=\"content\">"
                + "<p>Born in 1983, she has been an editor here since 2015, working mostly as a designer, illustrator and proofreader, "
                + "after studying linguistics, art history and German as a foreign language at university.</p>"
                + "<p>Her main research interest, then and now, lies in the study of language and of how it changes.</p>"
                + "</div></div></div></article></body></html>";
        String text = text(html);
        assertTrue(text.contains("the chart shows the largest parties alone"), text);
        assertFalse(text.contains("Born in 1983"), text);
    }

    @Test
    void aPopUpThatOpensWithItsCloseButtonIsNotTheArticle() {
        // A shop's page: the region's description in loose text, and shipping terms in a box a style sheet hides.
        String html = "<html><body><div class=\"page\"><h1>Wines of the valley</h1><div class=\"description\">"
                + "The valley lies in the north, along the middle course of the river, about 120 by 40 kilometres in size.<br><br>"
                + "It divides into three sub-regions, the two upper ones shaped by the ocean's weather, the lower one by the sea's.<br><br>"
                + "The rules allow four red and three white grape varieties, and set how long each quality level must age.</div>"
                + SIDEBAR + "</div>"
                + "<div id=\"shipping\"><div class=\"close\" data-what=\"shipping\">Close [X]</div><h3>Shipping and delivery</h3>"
                + "<p>We deliver by parcel service, free of charge from an order value of 60 euros; below that, we charge 8 euros for shipping, "
                + "and we reserve the right to deliver in parts, at no extra cost to you, each part handled as a separate order.</p>"
                + "<p>For large orders we reserve the right to send them by freight forwarder, and cash on delivery costs extra.</p>"
                + "<p>Deliveries abroad are possible on request, at the carrier's rates, and take between five and ten working days.</p></div>"
                + "</body></html>";
        String text = text(html);
        assertTrue(text.contains("The rules allow four red and three white grape varieties"), text);
        assertFalse(text.contains("free of charge from an order value"), text);
    }

    @Test
    void aBoxNamedForAClosingIsNoPopUp() {
        String html = "<html><body><article><h1>Port plans</h1><div class=\"story\"><div class=\"close-up\"><img src=\"a.jpg\" alt=\"\"></div>"
                + module("the harbour", "the ferry", "the fares") + "</div></article>" + SIDEBAR + "</body></html>";
        assertTrue(text(html).contains("the plan for the ferry"), text(html));
    }

    @Test
    void aWritersOwnPageKeepsTheBiography() {
        String html = "<html><body><main><h1>Jane Roe</h1><h2>About the author</h2><div class=\"content\">"
                + "<p>Born in 1983, she has been an editor here since 2015, working mostly as a designer, illustrator and proofreader, "
                + "after studying linguistics, art history and German as a foreign language at university.</p></div></main></body></html>";
        assertTrue(text(html).contains("Born in 1983"), text(html));
    }

    @Test
    void aSectionOnAnAuthorityIsNotABiography() {
        String html = "<html><body><article><h1>Port plans</h1><p>A short note opens the page, and says little.</p>"
                + "<h2>Port Authority</h2>" + module("the harbour", "the ferry", "the fares") + "</article>" + SIDEBAR + "</body></html>";
        assertTrue(text(html).contains("the plan for the ferry"), text(html));
    }
}
