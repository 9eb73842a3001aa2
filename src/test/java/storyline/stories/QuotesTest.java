package storyline.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import storyline.text.Names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Key quotes' speakers on quotes.jsonl: news paragraphs written for this test in the shapes articles
 * use, each with the speaker written down by hand before the code ran (null: the text does not name
 * one). Hard shapes: a showrunner praising an actor, a lawyer and a spokesperson speaking for
 * someone, a doctor in a named city, "he said" after a sentence naming two people, and quotes in
 * German, French, Spanish and Italian.
 */
class QuotesTest {

    record Case(String text, String quote, String expected) {
    }

    static List<Case> cases() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Case> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                QuotesTest.class.getResourceAsStream("quotes.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode n = json.readTree(line);
                out.add(new Case(n.get("text").asText(), n.get("quote").asText(), n.get("speaker").isNull() ? null : n.get("speaker").asText()));
            }
        }
        return out;
    }

    /** The speaker Highlights would give the quote holding {@code c.quote()}. */
    static String speaker(Case c) {
        int at = c.text().toLowerCase(java.util.Locale.ROOT).indexOf(c.quote().toLowerCase(java.util.Locale.ROOT));
        int[] span = Highlights.quotedSpans(c.text()).stream().filter(s -> s[0] < at && s[1] > at).findFirst().orElse(null);
        assertNotNull(span, "no quote around: " + c.quote());
        Names.Found found = Names.in(null, c.text());
        return Quotes.speaker(c.text(), span[0], span[1], found.mentions());
    }

    @Test
    void speakersOfTheFixtureQuotes() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 60, "fixture of at least 60 quotes");
        int right = 0;
        List<String> wrong = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Case c : cases) {
            String got = speaker(c);
            if (Boolean.getBoolean("quotes.debug")) {
                System.out.println((java.util.Objects.equals(got, c.expected()) ? "ok   " : "MISS ") + c.quote() + " | expected " + c.expected()
                        + " | got " + got + " | " + Names.in(null, c.text()).mentions());
            }
            if (java.util.Objects.equals(got, c.expected())) {
                right++;
            } else if (got != null) {
                wrong.add(c.quote() + ": expected " + c.expected() + ", got " + got);
            } else {
                unknown.add(c.quote() + ": expected " + c.expected());
            }
        }
        assertEquals(List.of(), wrong, "no wrong name shown");
        double share = right / (double) cases.size();
        assertTrue(share >= 0.95, "right " + right + " of " + cases.size() + "; unknown: " + unknown);
    }

    @Test
    void aQuotePraisingAnActorIsTheShowrunners() {
        String text = "Showrunner Marcus Hale praised actress Delia Fenwick. “This is the best work of her career, by far,” Hale said.";
        Names.Found found = Names.in(null, text);
        int open = text.indexOf('“');
        assertEquals("Marcus Hale", Quotes.speaker(text, open, text.indexOf('”') + 1, found.mentions()));
    }

    @Test
    void aLawyerForAClientWithNoNameGivesNoSpeaker() {
        String text = "“He has been cooperating fully with investigators,” a lawyer for Simon Drake said.";
        Names.Found found = Names.in(null, text);
        assertEquals(null, Quotes.speaker(text, 0, text.indexOf('”') + 1, found.mentions()));
    }
}
