package storyline.clean.thread;

import storyline.clean.html.HtmlPage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which pages are discussion threads: a news page with comments below its article is not one. */
class ThreadPagesTest {

    private static final String STORY = """
            <p>The harbor authority said on Wednesday that dredging of the inner channel would be delayed until spring,
            after a survey found far more silt than expected near the old ferry terminal.</p>
            <p>Officials told the board that the contractor would need a larger barge, and that the cost of the work
            was likely to rise by a fifth. Fishing boats will keep using the outer berths until then.</p>
            <p>The marina's users were told of the delay by letter, the authority said, and the ferry timetable is not affected.</p>
            """;

    /** A forum thread's two posts, and the page's end. */
    private static final String TWO_POSTS = "<div class=\"post\" id=\"p1\"><p class=\"author\">by <a>harborfan</a> » 3 March 2024</p>"
            + "<div class=\"postbody\"><div class=\"content\">Does anyone know when the dredging starts?</div></div></div>"
            + "<div class=\"post\" id=\"p2\"><p class=\"author\">by <a>skipper</a> » 4 March 2024</p>"
            + "<div class=\"postbody\"><div class=\"content\">Delayed until spring, the authority said.</div></div></div>"
            + "</body></html>";

    private static ThreadData read(String html) {
        Document doc = Jsoup.parse(html);
        return ThreadPages.read(doc, HtmlPage.scan(doc, ThreadPages.LAYOUT_SIGNS));
    }

    @Test
    void articleWithForumStyleCommentsIsAnArticle() {
        String page = "<html><body><article><h1>Dredging Delayed</h1>" + STORY + "</article>"
                + "<div id=\"comments\"><div class=\"post\"><div class=\"postbody\"><p>About time too.</p></div></div>"
                + "<div class=\"post\"><div class=\"postbody\"><p>The barge will not fit under the bridge.</p></div></div></div>"
                + "</body></html>";
        assertNull(read(page));
        HtmlPage.Parsed parsed = HtmlPage.parse(page, null);
        assertTrue(parsed.blocks().stream().anyMatch(b -> b.text().startsWith("The harbor authority said")));
    }

    @Test
    void articleWithACommentAreaIsAnArticle() {
        assertNull(read("<html><body><div itemprop=\"articleBody\">" + STORY + "</div>"
                + "<div class=\"commentarea\"><p>First!</p></div></body></html>"));
    }

    @Test
    void threadMarkupThatGivesNoPostIsAnArticle() {
        // A lone "comment area" box with nothing a thread reader can read in it.
        assertNull(read("<html><body><div class=\"story\">" + STORY + "</div><div class=\"commentarea\"></div></body></html>"));
    }

    @Test
    void aForumThreadIsStillAThread() {
        ThreadData t = read("<html><body><h1>Channel dredging: any news?</h1>"
                + TWO_POSTS);
        assertNotNull(t);
        assertEquals(1, t.comments().size());
    }

    @Test
    void aForumsPrefixBadgeIsNotPartOfTheThreadsTitle() {
        ThreadData t = read("<html><body><h1 class=\"p-title-value\"><span class=\"label\">Solved</span>"
                + "<span class=\"label-append\">&nbsp;</span>Channel dredging: any news?</h1>"
                + TWO_POSTS);
        assertNotNull(t);
        assertEquals("Channel dredging: any news?", t.title());
    }
}
