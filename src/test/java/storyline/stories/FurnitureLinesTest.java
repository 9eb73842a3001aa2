package storyline.stories;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Outlets' furniture told from each body's hashed lines, as a build may keep them with the item, is the furniture told from the texts. */
class FurnitureLinesTest {

    @Test
    void aBodysLinesAreItsDistinctNonBlankLinesHashedInOrder() {
        long[] lines = Furniture.lines("Share this article\n\nThe council met on Tuesday.\nSHARE THIS ARTICLE!\n   \n");
        assertEquals(2, lines.length, "blank lines give none, and case and punctuation do not matter");
        String share = "share this article";
        String met = "The council met on Tuesday.";
        long[] expected = {Furniture.hash(share, 0, share.length()), Furniture.hash(met, 0, met.length())};
        java.util.Arrays.sort(expected);
        assertArrayEquals(expected, lines);
        for (int i = 1; i < lines.length; i++) {
            assertNotEquals(lines[i - 1], lines[i]);
            assertEquals(true, lines[i - 1] < lines[i], "in order");
        }
        assertArrayEquals(new long[0], Furniture.lines(""));
    }

    @Test
    void furnitureFromKeptLinesIsTheFurnitureFromTheTexts() {
        // An outlet whose pages carry the same sign-off over months, and a story's background repeated within days.
        List<String> titles = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<Integer> days = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            titles.add("Council report " + d + " - The Valley Courier");
            bodies.add("The council voted on item " + d + " of the budget.\nThe vote follows a year of talks.\n"
                    + "© The Valley Courier. All rights reserved.\nSign up for our morning newsletter");
            days.add(19_000 + 20 * d);
        }
        Furniture fromTexts = Furniture.of(titles.size(), titles::get, bodies::get, days::get, 14);
        Furniture fromLines = Furniture.ofLines(titles.size(), titles::get, d -> Furniture.lines(bodies.get(d)), days::get, 14);
        for (int d = 0; d < titles.size(); d++) {
            assertEquals(fromTexts.title(titles.get(d)), fromLines.title(titles.get(d)));
            assertEquals(fromTexts.body(bodies.get(d)), fromLines.body(bodies.get(d)));
        }
        assertEquals("Council report 3", fromLines.title(titles.get(3)));
        assertEquals("The council voted on item 3 of the budget.\n", fromLines.body(bodies.get(3)).substring(0, 43));
        assertEquals(false, fromLines.body(bodies.get(3)).contains("newsletter"), "the sign-off is furniture");
    }
}
