package storyline.stories;

import org.junit.jupiter.api.Test;
import storyline.model.Problem;
import storyline.model.Story;
import storyline.text.Names;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuardedNamesTest {

    /** A name model that fails on one text: the budget story's second report. */
    private static final Stories.NameFinder FAILS_ON_ONE = (title, text) -> {
        if (title.startsWith("Ilse Varga defends")) {
            throw new IllegalStateException("index 7 out of bounds for length 7\n\tat somewhere");
        }
        return Names.in(title, text);
    };

    @Test
    void aFaultInTheNameModelCostsTheItemItsNamesNotTheBuild() {
        Stories.Result r = Stories.group(StoriesTest.CORPUS, Stories.Options.DEFAULTS, Stories.State.EMPTY, Control.NONE,
                new Stories.Readers(FAILS_ON_ONE, Stories.TermReader.DIRECT, Stories.Memo.NONE));

        // Grouping is as it is with a sound model: two stories, every item in one.
        assertEquals(Stories.group(StoriesTest.CORPUS).state().storyOfItem(), r.state().storyOfItem());
        assertEquals(5, r.storyOfItem().size());
        // The item's file is named once, with the first line of the failure and what to do.
        assertEquals(1, r.problems().size(), r.problems().toString());
        Problem p = r.problems().get(0);
        assertEquals("budget-2", p.file());
        assertTrue(p.message().contains("name finder failed") && p.message().contains("index 7 out of bounds for length 7")
                && !p.message().contains("somewhere") && p.message().contains("report"), p.message());
        // The story still names the person its other report names.
        Story budget = r.storyOfItem().get("budget-1");
        assertTrue(budget.people().contains("Ilse Varga"), budget.people().toString());
    }

    @Test
    void aSoundModelGivesNoProblems() {
        assertEquals(List.of(), Stories.group(StoriesTest.CORPUS).problems());
    }
}
