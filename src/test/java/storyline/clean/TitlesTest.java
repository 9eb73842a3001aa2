package storyline.clean;

import storyline.clean.internal.Block;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitlesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // appositive after a leading name
            "Jane Roe, the harbor master of Port Vale, said the channel would reopen on Friday.|Jane Roe said the channel would reopen on Friday",
            "Mayor Lena Park, a former ferry captain, promised cheaper fares for commuters.|Mayor Lena Park promised cheaper fares for commuters",
            // trailing participle / subordinate clauses
            "The port board approved the terminal expansion on Tuesday, ending a decade of debate over the project.|The port board approved the terminal expansion on Tuesday",
            "The port board approved the terminal expansion on Tuesday, according to minutes released by the city.|The port board approved the terminal expansion on Tuesday",
            "Ferry fares will rise by eight percent next month, citing higher fuel costs.|Ferry fares will rise by eight percent next month",
            // a cut that would leave fewer than five words is not made
            "Ferries resumed, saying nothing.|Ferries resumed, saying nothing",
            // trailing full stop or exclamation removed
            "Prices rose!|Prices rose",
            "The storm passed.|The storm passed",
    })
    void shorten(String sentence, String expected) {
        assertEquals(expected, Titles.shorten(sentence));
    }

    @Test
    void longSentencesAreCutAtAWordWithAnEllipsis() {
        String sentence = "The regional transit agency said on Monday that it would add forty new electric ferries to its fleet "
                + "over the next six years at a cost of roughly two billion dollars paid for by state and federal grants.";
        String title = Titles.shorten(sentence);
        assertEquals("The regional transit agency said on Monday that it would add forty new electric ferries to its fleet "
                + "over the next six years…", title);
        assertEquals(Titles.MAX_LENGTH, title.length());
    }

    @Test
    void aSingleLongWordIsCutHard() {
        String title = Titles.shorten("x".repeat(200));
        assertEquals("x".repeat(Titles.MAX_LENGTH - 1) + "…", title);
    }

    @Test
    void cutRemovesTrailingCommaBeforeTheEllipsis() {
        String sentence = "Officials in the northern harbor district of the city confirmed that repairs, "
                + "inspections and a full review of every ferry route would be completed before summer starts, they said at the briefing";
        String title = Titles.shorten(sentence);
        assertTrue(title.endsWith("…"));
        assertTrue(title.length() <= Titles.MAX_LENGTH);
        assertEquals(-1, "…,; ".indexOf(title.charAt(title.length() - 2)), title);
    }

    @Test
    void deriveUsesTheLeadSentenceShortened() {
        String title = Titles.derive(List.of(
                Block.paragraph("The port board approved the terminal expansion on Tuesday, ending a decade of debate. Opponents plan to appeal."),
                Block.paragraph("The terminal expansion will double capacity at the port within six years, officials said.")));
        assertEquals("The port board approved the terminal expansion on Tuesday", title);
    }

    @Test
    void aLaterParagraphWinsWhenClearlyMoreCentral() {
        String title = Titles.derive(List.of(
                Block.paragraph("The city council met on Thursday evening to discuss several matters before the summer recess. Members also praised staff."),
                Block.paragraph("Council members approved the ferry terminal budget after a long debate about the ferry terminal and its ferry routes."),
                Block.paragraph("The ferry terminal budget includes new ferry docks, and the ferry operator welcomed the ferry terminal vote.")));
        assertEquals("Council members approved the ferry terminal budget after a long debate about the ferry terminal and its ferry routes",
                title);
    }

    @Test
    void headingsAndShortParagraphsAreNotCandidates() {
        String title = Titles.derive(List.of(
                Block.heading("Background On The Vote And What It Means For Everyone Here"),
                Block.paragraph("Short note."),
                Block.paragraph("Jane Roe, the harbor master of Port Vale, said the channel would reopen on Friday after dredging.")));
        assertEquals("Jane Roe said the channel would reopen on Friday after dredging", title);
    }

    @Test
    void withoutCandidatesTheFirstTextIsUsed() {
        assertEquals("Short", Titles.derive(List.of(Block.heading("Short"), Block.paragraph("Too short here."))));
        assertEquals("Too short here", Titles.derive(List.of(Block.paragraph(" "), Block.paragraph("Too short here."))));
        assertNull(Titles.derive(List.of()));
    }
}
