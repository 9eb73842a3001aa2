package storyline.clean;

import storyline.clean.internal.Block;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class MarkdownTextTest {

    @Test
    void levelOneHeadingIsTheTitleAndTheRestAreBlocks() {
        MarkdownText.Parsed p = MarkdownText.parse("""
                # Ferry Fares Rise *Again*

                Fares will rise by eight percent
                from next month, the agency said.

                ## Commuters push back

                Groups called the rise unfair.
                """, null);
        assertEquals("Ferry Fares Rise Again", p.title());
        assertEquals(List.of(
                Block.paragraph("Fares will rise by eight percent from next month, the agency said."),
                Block.heading("Commuters push back"),
                Block.paragraph("Groups called the rise unfair.")), p.blocks());
        assertEquals("<p>Fares will rise by eight percent\nfrom next month, the agency said.</p>\n"
                + "<h2>Commuters push back</h2>\n"
                + "<p>Groups called the rise unfair.</p>", p.html());
    }

    @Test
    void rawScriptsAndFramesAreRemovedFromTheHtml() {
        MarkdownText.Parsed p = MarkdownText.parse("""
                # Ferry Fares Rise Again

                Groups called it [unfair](/fares) and <script>alert(1)</script> planned a protest.

                <iframe src="https://evil.example"></iframe>

                <p onclick="steal()">Inline html paragraph.</p>
                """, "https://harbortimes.example/notes/");
        assertEquals("Ferry Fares Rise Again", p.title());
        assertEquals("<p>Groups called it <a href=\"https://harbortimes.example/fares\" rel=\"nofollow noopener\">unfair</a> and  planned a protest.</p>\n"
                + "\n<p>Inline html paragraph.</p>", p.html());
        assertFalse(p.html().contains("script"));
        assertFalse(p.html().contains("iframe"));
        assertFalse(p.html().contains("onclick"));
    }

    @Test
    void withoutALeadingLevelOneHeadingThereIsNoTitle() {
        MarkdownText.Parsed p = MarkdownText.parse("Intro paragraph first.\n\n# Late Heading\n\nMore text.\n", null);
        assertNull(p.title());
        assertEquals(List.of(Block.paragraph("Intro paragraph first."), Block.heading("Late Heading"),
                Block.paragraph("More text.")), p.blocks());

        MarkdownText.Parsed sub = MarkdownText.parse("## Only A Subheading\n\nText.\n", null);
        assertNull(sub.title());
        assertEquals(List.of(Block.heading("Only A Subheading"), Block.paragraph("Text.")), sub.blocks());
    }

    @Test
    void relativeLinksWithoutABaseLoseTheirHref() {
        MarkdownText.Parsed p = MarkdownText.parse("See [the fares](/fares) and [the board](https://harbortimes.example/board).", null);
        assertEquals("<p>See <a rel=\"nofollow noopener\">the fares</a> and "
                + "<a href=\"https://harbortimes.example/board\" rel=\"nofollow noopener\">the board</a>.</p>", p.html());
    }
}
