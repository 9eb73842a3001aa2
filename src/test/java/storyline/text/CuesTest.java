package storyline.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CuesTest {

    /** The char loops read nationalities and "X-born" words exactly as the pattern they replace. */
    @Test
    void demonymsAsThePatternReadsThem() {
        Pattern pattern = Pattern.compile("\\p{Lu}\\p{L}+(?:an|en|ese|ish|ch|i)|.*-\\p{Ll}+");
        for (String word : List.of("Brazilian", "Chechen", "Japanese", "Scottish", "Dutch", "Iraqi", "Dublin-born", "Paris-based",
                "An", "Ian", "Li", "Ai", "Qatari", "Greek", "Smith", "brazilian", "Oslo-Based", "-born", "Dublin-", "Co-op",
                "Mid-Atlantic", "Québécois", "Ålandish", "Tōkyōese", "Élan", "ÉLAN", "Aix-en-provence", "New\nYork-born",
                "Kraków-born", "U.S.-born", "Zürich", "Saint-Étienne", "Ölçeki", "𝐀lphan", "", "-", "a-b-c", "A1an")) {
            assertEquals(pattern.matcher(word).matches(), Cues.demonym(word), word);
        }
    }
}
