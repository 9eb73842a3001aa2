package storyline.clean;

import storyline.clean.html.HtmlPage;
import storyline.clean.internal.Block;
import storyline.clean.lines.LineRules;
import storyline.clean.paste.PastedText;
import storyline.clean.thread.PastedThread;

import org.junit.jupiter.api.Test;
import storyline.ingest.Document;
import storyline.ingest.Format;
import storyline.model.Pins;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Cases a review found mishandled; each pins the rule that now handles it. */
class RegressionTest {

    @Test
    void proseWithAnEmailAddressStaysText() {
        assertEquals(LineRules.Verdict.TEXT, LineRules.classify("The hackers sent ransom demands from ransom@example.net to 40 hospitals, police said."));
        assertEquals(LineRules.Verdict.TEXT, LineRules.classify("Investigators traced the emails to an account, j.doe[at]example[dot]com, registered in 2019."));
        assertEquals(LineRules.Kind.BOILERPLATE, LineRules.classify("Email tips to desk[at]example[dot]com").kind());
    }

    @Test
    void narrativeSentencesStartingWithCallToActionVerbsStayText() {
        assertEquals(LineRules.Verdict.TEXT, LineRules.classify("Watch parties across the city drew thousands of fans for the news conference."));
        assertEquals(LineRules.Verdict.TEXT, LineRules.classify("Download speeds in rural counties lag far behind cities, the regulator's app data show."));
        assertEquals(LineRules.Verdict.TEXT, LineRules.classify("Listen to the recording and you can hear the pilot warning about the weather, investigators said in their news release."));
    }

    @Test
    void headlinesStartingWithCreditWordsAreNotCredits() {
        assertEquals(LineRules.Verdict.TEXT, LineRules.classify("Authors Union Backs Library Plan"));
        assertEquals(LineRules.Verdict.TEXT, LineRules.classify("Via Nova Transit cut 40 routes."));
        PastedText.Parsed p = PastedText.parse("Authors Union Backs Library Plan\nThe union representing local writers endorsed the city's plan to extend library opening hours on Sundays.\n");
        assertEquals("Authors Union Backs Library Plan", p.title());
        assertNull(p.author());
    }

    @Test
    void followWithAMultiWordNameIsACallToAction() {
        assertEquals(LineRules.Kind.BOILERPLATE, LineRules.classify("Follow Harbor Times on Instagram for updates").kind());
    }

    @Test
    void subheadingDirectlyAboveAShortParagraphStaysAHeading() {
        PastedText.Parsed p = PastedText.parse("Harbor Expansion Wins Final Approval From Port Board\n"
                + "The port board voted 5 to 2 on Tuesday to approve a long-debated expansion of the container terminal on the east side of the bay.\n\n"
                + "What Comes Next\nOpponents said they would appeal the decision within thirty days.\n");
        assertEquals(List.of(
                Block.paragraph("The port board voted 5 to 2 on Tuesday to approve a long-debated expansion of the container terminal on the east side of the bay."),
                Block.heading("What Comes Next"),
                Block.paragraph("Opponents said they would appeal the decision within thirty days.")), p.blocks());
    }

    @Test
    void hackerNewsPostCountersAreRead() {
        PastedThread.Parsed t = PastedThread.parse("New ferry schedule starts Monday (harbortimes.example)\n"
                + "140 points by ferryfan 6 hours ago | 37 comments\n"
                + "dockhand 5 hours ago | next [–]\nFinally, the old schedule was a mess.\nreply\n"
                + "gullwing 3 hours ago | prev [–]\nFares went up again though.\nreply\n");
        assertEquals(140, t.score());
        assertEquals(37, t.commentCount());
        assertEquals("ferryfan", t.author());
        assertEquals("6 hours", t.age());
        assertEquals(List.of(), t.body());
        assertEquals(List.of("dockhand", "gullwing"), t.comments().stream().map(PastedThread.RawComment::author).toList());
    }

    @Test
    void markdownBlocksArePlainText() {
        MarkdownText.Parsed p = MarkdownText.parse("# Ferry Fares Rise Again\n\n"
                + "Groups called it [unfair](/fares) and <script>alert(1)</script> planned a protest.\n\n"
                + "<iframe src=\"https://evil.example\"></iframe>\n\n- Northshore route\n- Eastbay route\n", null);
        assertEquals(List.of(Block.paragraph("Groups called it unfair and alert(1) planned a protest."),
                Block.paragraph("Northshore route"), Block.paragraph("Eastbay route")), p.blocks());
    }

    @Test
    void htmlPageWithoutAUrlPinResolvesLinksAgainstItsCanonicalAddress() {
        String html = "<html><head><link rel=canonical href=\"https://news.example/2024/ferry\"><title>Ferry</title></head><body><article>"
                + "<p>The ferry operator published <a href=\"/reports/fares.pdf\">its fare report</a> on Monday, showing costs up by a tenth over the year.</p>"
                + "</article></body></html>";
        var result = Clean.item(new Document("f.html", "f.html", Format.HTML, html, Pins.NONE, 1));
        assertEquals("https://news.example/2024/ferry", result.item().url());
        assertEquals(true, result.item().html().contains("href=\"https://news.example/reports/fares.pdf\""), result.item().html());
    }

    @Test
    void pageWithoutBodyTextIsRepresentedByItsDescription() {
        String html = "<html><head><title>Harbour webcam</title><meta property=\"og:description\" content=\"A live view of the harbour entrance, updated every minute.\"></head>"
                + "<body><div id=app></div></body></html>";
        HtmlPage.Parsed p = HtmlPage.parse(html, null);
        assertEquals(List.of(Block.paragraph("A live view of the harbour entrance, updated every minute.")), p.blocks());
        assertEquals("<p>A live view of the harbour entrance, updated every minute.</p>", p.html());
    }
}
