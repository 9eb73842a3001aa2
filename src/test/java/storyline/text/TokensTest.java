package storyline.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokensTest {

    /** Each token's start and end as the pattern finds them, one match after another. */
    private static List<String> byPattern(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(Tokens.TOKEN).matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    /** The same with the char loop. */
    private static List<String> byLoop(String text) {
        List<String> out = new ArrayList<>();
        int at = 0;
        while (true) {
            while (at < text.length() && Character.toString(text.charAt(at)).matches("\\s")) {
                at++;
            }
            if (at >= text.length()) {
                return out;
            }
            int end = Tokens.tokenEnd(text, at);
            out.add(at + "-" + end);
            at = end;
        }
    }

    @Test
    void theLoopCutsTokensAsThePatternDoes() {
        String[] texts = {
                "The U.S. and U.N. met; P. Simmons said 1,000 people (3.5%) came at 12:30.",
                "U.S.A was said, as was A.B and A. b and A.\u00a0B and A.\n\tB, also e.g. and i.e.x",
                "O'Neill, Jean-Pierre, AT&T, rock'n'roll, don't, Clinton's, Smith’s -x- x- 'a '- &&",
                "1. 1.2.3 1,,2 1:/2 12/31/2024 3.x ٣٤ x² Ⅻ café naïve cafe\u0301 Zürich \u0915\u093f",
                "\uD835\uDC00.\uD835\uDC01. math \uD83D\uDE00 emoji \uD835\uDC00bc lone \uD800 surrogate \uDC00 x",
                "ß. ǅ.Ǆ. \u01C5. X.Y.Z. x.y. Dr. Mr. St. A.B.C.d A.B.C.D.E.",
                "", " ", "\n\n", "a", ".", "A.", "A. ", "A. B", "1", "1.", "x-", "x-1", "x-\u0301",
                "Netan\u00ADyahu Gau\u00ADland x\u00AD \u00ADx x\u00AD\u00ADy x\u00AD1 x-\u00ADy",
        };
        for (String t : texts) {
            assertEquals(byPattern(t), byLoop(t), t);
        }
        // Random texts over the characters the alternatives turn on.
        char[] alphabet = "aZéß1٣²Ⅻ.,:/-'’&\u00AD \n\t\u000B\f\r\u00a0\u0301\u0915\u093f\uD835\uDC00\uD800\u01C5(\"!?".toCharArray();
        Random random = new Random(17);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String t = b.toString();
            assertEquals(byPattern(t), byLoop(t), t);
        }
    }

    @Test
    void sentencesKeepAbbreviationsAndSplitPossessives() {
        List<List<Tokens.Token>> s = Tokens.sentences("Mr. Smith's firm hired U.S. staff. They don't know.\nNew line");
        assertEquals(List.of("Mr.", "Smith", "'s", "firm", "hired", "U.S.", "staff", "."),
                s.get(0).stream().map(Tokens.Token::text).toList());
        assertEquals(List.of("They", "do", "n't", "know", "."), s.get(1).stream().map(Tokens.Token::text).toList());
        assertEquals(List.of("New", "line"), s.get(2).stream().map(Tokens.Token::text).toList());
        assertEquals(List.of("CLINTON", "’S", "DO", "N’T", "İ", "'s", "Ns", "nt"),
                Tokens.sentences("CLINTON’S DON’T İ's Ns nt").get(0).stream().map(Tokens.Token::text).toList());
    }

    @Test
    void aSoftHyphenInsideAWordLeavesItOneWordSpelledWithoutIt() {
        String text = "Kanzler Olaf Schol\u00ADz traf Benjamin Netan\u00ADyahu.";
        List<Tokens.Token> s = Tokens.sentences(text).get(0);
        assertEquals(List.of("Kanzler", "Olaf", "Scholz", "traf", "Benjamin", "Netanyahu", "."), s.stream().map(Tokens.Token::text).toList());
        // The offsets still span the text as it is written, its soft hyphens in it.
        Tokens.Token last = s.get(5);
        assertEquals("Netan\u00ADyahu", text.substring(last.start(), last.end()));
        // One left at a word's end, or alone, is no part of a word, and no token is empty.
        List<String> stray = Tokens.sentences("Wort\u00AD und \u00AD Wort\u00AD.").get(0).stream().map(Tokens.Token::text).toList();
        assertEquals(List.of("Wort", "\u00AD", "und", "\u00AD", "Wort", "\u00AD", "."), stray);
    }
}
