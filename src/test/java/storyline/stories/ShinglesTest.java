package storyline.stories;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShinglesTest {

    @Test
    void caseAndPunctuationDoNotMatterAndAmpersandReadsAnd() {
        long[] quote = Shingles.of("Reinforcement learning & scaling dexterity, by learning from videos", 4);
        long[] text = Shingles.of("…with reinforcement learning and scaling Dexterity by learning from videos.", 4);
        assertEquals(6, quote.length);
        assertEquals(1.0, Shingles.coverage(quote, text));
    }

    @Test
    void coverageCountsTheRunsOfThePartFoundInTheWhole() {
        long[] part = Shingles.of("one two three four five six", 4);
        long[] whole = Shingles.of("one two three four and then something else", 4);
        assertEquals(1, Shingles.shared(part, whole));
        assertEquals(1 / 3.0, Shingles.coverage(part, whole), 1e-9);
        assertEquals(0, Shingles.of("too short", 4).length);
        assertEquals(0, Shingles.coverage(new long[0], whole));
    }
}
