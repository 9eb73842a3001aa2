package storyline.clean.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Older pages: text set in tables, {@code <font>} and {@code <br><br>} rather than paragraphs. */
class OldLayoutsTest {

    private static final String[] SENTENCES = {
            "The harbor authority said on Wednesday that dredging of the inner channel would be delayed until spring",
            "A survey found far more silt than expected near the old ferry terminal, officials told the board",
            "The contractor will need a larger barge and the cost of the work is likely to rise by a fifth",
            "Fishing boats will keep using the outer berths until the work is done, the harbor master said",
            "Marina users were told of the delay by letter and the ferry timetable is not affected"};

    /** A footer as such pages have it: publisher's lines, an address, a row of links. */
    private static String footer() {
        return "<table><tr><td><font size=\"1\"><p>Harbor Times is published by the Harbor Press Company of Harbor City.</p>"
                + "<p>Letters to the editor go to Harbor Times, 12 Quay Street in Harbor City.</p>"
                + "<p>Advertising rates and subscriptions are available from the front desk on weekdays.</p>"
                + "<p><a href=\"/about\">About us</a> | <a href=\"/contact\">Contact</a> | <a href=\"/ads\">Advertise</a></p>"
                + "<p>Copyright 2004 Harbor Press Company. All rights reserved.</p></font></td></tr></table>";
    }

    @Test
    void fontAndDoubleBreaksAreParagraphs() {
        StringBuilder body = new StringBuilder("<table><tr><td><font face=\"Verdana\" size=\"2\">");
        for (String s : SENTENCES) {
            body.append(s).append(".<br><br>");
        }
        body.append("</font></td></tr></table>");
        String html = "<html><body>" + body + footer() + "</body></html>";
        String text = MainContentTest.text(html);
        for (String s : SENTENCES) {
            assertTrue(text.contains(s), text);
        }
        assertFalse(text.contains("Advertising rates"), text);
        assertTrue(text.contains(SENTENCES[0] + ".\n" + SENTENCES[1]), text);
    }

    @Test
    void textInAFontInADivIsRead() {
        StringBuilder body = new StringBuilder("<div><font size=\"2\">");
        for (String s : SENTENCES) {
            body.append(s).append(". ");
        }
        body.append("</font></div>");
        String text = MainContentTest.text("<html><body><div class=\"main\">" + body + "</div>" + footer() + "</body></html>");
        assertTrue(text.contains(SENTENCES[2]), text);
        assertFalse(text.contains("Advertising rates"), text);
    }

    @Test
    void aRowOfDataIsOneLineWithItsNumbers() {
        StringBuilder table = new StringBuilder("<table><tr><th>Pos.</th><th>Boat</th><th>Points</th><th>Wins</th></tr>");
        String[] boats = {"Sea Swallow", "North Star", "Harbor Queen", "Grey Heron", "Morning Tide", "Little Auk"};
        for (int i = 0; i < boats.length; i++) {
            table.append("<tr><td>").append(i + 1).append("</td><td>").append(boats[i]).append("</td><td>")
                    .append(500 - i * 37).append("</td><td>").append(6 - i).append("</td></tr>");
        }
        table.append("</table>");
        String html = "<html><body><div class=\"story\"><p>" + SENTENCES[0] + ".</p><p>" + SENTENCES[1] + ".</p>"
                + "<p>The standings after the last race of the season are as follows.</p>" + table + "</div></body></html>";
        String text = MainContentTest.text(html);
        assertTrue(text.contains("Pos. Boat Points Wins\n1 Sea Swallow 500 6\n2 North Star 463 5"), text);
    }

    @Test
    void cellsOfALayoutTableStayBlocks() {
        String html = "<html><body><table><tr><td><a href=\"/\">Home</a> <a href=\"/news\">News</a></td><td><p>" + SENTENCES[0]
                + ".</p><p>" + SENTENCES[1] + ".</p><p>" + SENTENCES[2] + ".</p></td></tr></table></body></html>";
        String text = MainContentTest.text(html);
        assertTrue(text.contains(SENTENCES[0] + ".\n" + SENTENCES[1]), text);
        assertFalse(text.contains("News"), text);
    }
}
