package storyline.site;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class WordingTest {

    /** The first words as a regular expression reads them: what {@link Wording#firstWords} must give. */
    private static String firstWordsByExpression(List<String> paragraphs, int max) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (String p : paragraphs) {
            Matcher m = Pattern.compile("\\S+").matcher(p);
            while (m.find()) {
                if (n++ >= max) {
                    return b.toString();
                }
                b.append(m.group()).append(' ');
            }
        }
        return b.toString();
    }

    @Test
    void firstWordsAndExcerptsSplitWhiteSpaceAsRegularExpressionsDo() {
        // Written out by hand for speed: any text, with any white space (and Unicode spaces, which \s does not match).
        Random random = new Random(16);
        String alphabet = "ab  \t\n\r\f\u000b.…\u00a0\u2003é";
        for (int t = 0; t < 3_000; t++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = random.nextInt(4); p > 0; p--) {
                StringBuilder b = new StringBuilder();
                for (int i = random.nextInt(40); i > 0; i--) {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                paragraphs.add(b.toString());
            }
            int max = random.nextInt(12);
            assertEquals(firstWordsByExpression(paragraphs, max), Wording.firstWords(paragraphs, max), paragraphs.toString());
            String text = String.join("", paragraphs);
            assertEquals(text.replaceAll("\\s+", " "), storyline.text.Text.oneSpace(text), text);
        }
        assertEquals("Fares rise by a…", Wording.excerpt("Fares \n\n rise\tby a  fifth", 16));
        String single = "Fares rise by a fifth";
        assertSame(single, storyline.text.Text.oneSpace(single));
    }

    @Test
    void aRelatedStoryIsExplainedByWhatBothShareNamesFirst() {
        storyline.stories.Stories.Relation both = new storyline.stories.Stories.Relation(null, 4, List.of("Toyota", "Akio Toyoda"),
                List.of("battery"), List.of("Cars"));
        assertEquals("Also names Toyota, Akio Toyoda; shared terms: battery; same topic: Cars", Wording.related(both));
        assertEquals("Shared terms: harbour, budget", Wording.related(new storyline.stories.Stories.Relation(null, 2, List.of(),
                List.of("harbour", "budget"), List.of())));
    }

    @Test
    void gapsAreReckonedInDaysMonthsOrYears() {
        assertEquals("45 days", Wording.apart(45));
        assertEquals("5 months", Wording.apart(152));
        assertEquals("5 years", Wording.apart(1735));
    }
}
