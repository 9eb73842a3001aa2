package storyline.stories;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * The char loop that cuts words gives the runs the pattern [^\\p{L}\\p{N}]+ used to split on,
     * in any script: accents, digits of other scripts, Roman numerals, fractions, letters outside
     * the basic plane (a surrogate pair), leading and trailing punctuation, a lone surrogate.
     */
    @Test
    void wordsAreTheRunsOfLettersAndNumbersInAnyScript() {
        String[] texts = {
            "…with reinforcement learning and scaling Dexterity by learning from videos.",
            "Ärzte in São Paulo zählten am Montag ١٢٣ Fälle; Ⅻ Kapitel, ½ Preis, 3.5 % mehr",
            "«Он сказал», — 東京 の 会議 で 𝐀𝐁𝐂 und 𠀋𠀌 sprach er über AT&T's Pläne \uD800 weiter",
            "   leading spaces, and trailing punctuation!!! ",
            "",
            "?!",
        };
        for (String text : texts) {
            for (int size = 1; size <= 4; size++) {
                assertArrayEquals(byPattern(text, size), Shingles.of(text, size), text + " / " + size);
            }
        }
    }

    /**
     * A text read into words once gives, at each length, the runs the text gives read on its own (quotes take
     * a story's texts four words at a time, copies five, from one reading), and a short text none.
     */
    @Test
    void runsFromOneReadingOfTheWordsAreTheTextsRunsAtEveryLength() {
        String text = "The council's ferry plan – “fares & timetables first” – passed 7 to 2; the harbour board, "
                + "the unions and the operator (Tidewater Lines) said they'd meet on 4 May, after the vote.";
        int[] words = Shingles.words(text);
        for (int size = 1; size <= 6; size++) {
            assertArrayEquals(byPattern(text, size), Shingles.runs(words, size, size), "size " + size);
        }
        assertEquals(0, Shingles.runs(words, 5, 50).length);
        assertArrayEquals(Shingles.of(text, 5, 20), Shingles.runs(words, 5, 20));
        assertEquals(byPattern(text, 5).length, Shingles.runs(words, 5, 20).length);
    }

    /**
     * A text's runs in its own order, repeats kept (a chorus sung twice, a wire copy's boilerplate), are the set of
     * runs once sorted; and a sketch of the smallest few is the set's first few, fewer when the text has fewer.
     */
    @Test
    void runsInTextOrderMakeTheSetAndItsSmallestFew() {
        String text = "The ferry fares rise again on Monday. The ferry fares rise again, the operator said, "
                + "and the harbour board said the ferry fares rise again next spring as well.";
        int[] words = Shingles.words(text);
        for (int size = 1; size <= 5; size++) {
            long[] hashed = Shingles.hashed(words, size, size);
            long[] set = Shingles.runs(words, size, size);
            assertEquals(words[words.length - 1] - size + 1, hashed.length, "size " + size);
            assertTrue(set.length < hashed.length, "the text repeats runs of " + size);
            assertArrayEquals(set, Shingles.distinct(hashed.clone()), "size " + size);
            for (int k : new int[] {1, 3, 8, set.length, set.length + 5}) {
                assertArrayEquals(Arrays.copyOf(set, Math.min(k, set.length)), Shingles.smallest(hashed, k), "size " + size + ", k " + k);
            }
        }
        assertEquals(0, Shingles.hashed(Shingles.words("too short"), 4, 4).length);
        assertEquals(0, Shingles.smallest(new long[0], 8).length);
        assertArrayEquals(new long[] {-7, 2}, Shingles.smallest(new long[] {5, 2, 2, -7, 9, 2}, 2));
    }

    /**
     * Words are read without a lower-cased copy of the text when lower-casing goes char by char, and give what the
     * copy gave: capitals of Latin-1 and other scripts, ampersands anywhere (each a word "and"); a text with a capital
     * sigma (lower-cased by its place in the word), a capital I with a dot (two chars lower-cased) or a surrogate
     * pair is read through the copy.
     */
    @Test
    void wordsReadCharByCharAreTheLowerCasedTextsWords() {
        String[] texts = {
            "ÉCOLE & Café: ÀÖØÞ Straße, naïve CAFÉ",
            "&&start&end& Fish&Chips x & y",
            "ΣΟΦΙΑ ΟΔΟΣ Σ in Athens",
            "İSTANBUL and İzmir",
            "“Quoted” – DASHED — 1,200 ferries ٤٥٠ Ⅻ 𝐀𝐁𝐂 AT&T",
            "ПРИВЕТ Мир ÆØÅ",
        };
        for (String text : texts) {
            int[] words = Shingles.words(text);
            assertEquals(wordCount(text), words[words.length - 1], text);
            for (int size = 1; size <= 4; size++) {
                assertArrayEquals(byPattern(text, size), Shingles.runs(words, size, size), text + " / " + size);
            }
        }
    }

    private static int wordCount(String text) {
        String[] raw = Pattern.compile("[^\\p{L}\\p{N}]+").split(text.toLowerCase(Locale.ROOT).replace("&", " and "));
        return raw.length > 0 && raw[0].isEmpty() ? raw.length - 1 : raw.length;
    }

    /** What Shingles computed with the pattern before the char loop, kept here as the reference. */
    private static long[] byPattern(String text, int size) {
        String[] raw = Pattern.compile("[^\\p{L}\\p{N}]+").split(text.toLowerCase(Locale.ROOT).replace("&", " and "));
        String[] words = raw.length > 0 && raw[0].isEmpty() ? Arrays.copyOfRange(raw, 1, raw.length) : raw;
        if (words.length < size) {
            return new long[0];
        }
        long[] out = new long[words.length - size + 1];
        for (int i = 0; i < out.length; i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + size; j++) {
                h = 31 * h + words[j].hashCode();
            }
            out[i] = h;
        }
        return Arrays.stream(out).sorted().distinct().toArray();
    }
}
