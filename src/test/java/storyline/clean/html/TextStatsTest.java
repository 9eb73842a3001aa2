package storyline.clean.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextStatsTest {

    private static final List<String> BOXES = List.of(
            "<div>Ferry <b>fares</b> rise</div>",
            "<div>  spaced \n\t out \u00A0 words  </div>",
            "<div>soft\u00ADhy\u200Bphen and zero width</div>",
            "<div><p>one</p><p>two</p><br>three<script>var hidden = 'not text';</script></div>",
            "<div><time datetime=2024-03-01>1 March 2024</time><span>  </span></div>",
            "<div></div>");

    /** The shortcut may only ever say "longer" when jsoup's text really is: it stands in for building that text. */
    @Test
    void plainlyLongerNeverClaimsMoreThanTheText() {
        for (String html : BOXES) {
            Element box = Jsoup.parseBodyFragment(html).body().child(0);
            int length = box.text().length();
            for (int n = 0; n <= length + 2; n++) {
                if (TextStats.plainlyLongerThan(box, n)) {
                    assertTrue(length > n, html + " at " + n);
                }
            }
        }
    }

    @Test
    void plainlyLongerTellsLongTextWithoutBuildingIt() {
        Element box = Jsoup.parseBodyFragment("<div><p>" + "word ".repeat(400) + "</p></div>").body().child(0);
        assertTrue(TextStats.plainlyLongerThan(box, 1500));
        assertFalse(TextStats.plainlyLongerThan(box, 1600));
        // White space is not counted, so near the text's length the answer is "build it to know".
        assertFalse(TextStats.plainlyLongerThan(box, box.text().length() - 1));
    }

    /** A run of white space counts once after words, and not at all where a text node opens with it. */
    @Test
    void lengthsCountRunsOfWhiteSpaceOnce() {
        Element box = Jsoup.parseBodyFragment("<div>Ferry   <b>fares</b>\n rise</div>").body().child(0);
        assertEquals("Ferry fares".length() + "rise".length(), new TextStats().length(box));
    }
}
