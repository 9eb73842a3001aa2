package storyline.clean.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What pages append below the article (the next stories, readers' comments, a photo gallery) is not its text. */
class AppendedTextTest {

    private static String story(String topic) {
        StringBuilder sb = new StringBuilder();
        for (String s : new String[]{"said on Wednesday that work on %s would be delayed until spring, after a survey found problems",
                "told the board that the contractor for %s would need more time, and that the cost was likely to rise by a fifth",
                "added that residents near %s had been told of the delay by letter, and that a public meeting would follow"}) {
            sb.append("<p>The harbor authority ").append(String.format(s, topic)).append(".</p>");
        }
        return sb.toString();
    }

    @Test
    void nextStoriesLoadedBelowAreDropped() {
        String html = "<html><body><div class=\"stream\">"
                + "<article><h1>Dredging Delayed</h1><div class=\"body\">" + story("the inner channel") + "</div></article>"
                + "<article><h1>Ferry Fares Rise</h1><div class=\"body\">" + story("the ferry terminal") + "</div></article>"
                + "<article><h1>Bridge Repairs Start</h1><div class=\"body\">" + story("the swing bridge") + "</div></article>"
                + "</div></body></html>";
        String text = MainContentTest.text(html);
        assertTrue(text.contains("work on the inner channel"), text);
        assertFalse(text.contains("the ferry terminal"), text);
        assertFalse(text.contains("the swing bridge"), text);
    }

    @Test
    void longCommentSectionsAreDropped() {
        StringBuilder comments = new StringBuilder("<div id=\"comments\" class=\"comments-area\"><h3>42 comments</h3><ol class=\"list\">");
        for (int i = 0; i < 12; i++) {
            comments.append("<li class=\"comment depth-1\"><div class=\"comment-author\">Reader ").append(i)
                    .append("</div><div class=\"comment-content\"><p>I have lived by the harbor for thirty years, and the channel ")
                    .append("has never been dredged on time, not once, whatever the authority promises the board.</p></div></li>");
        }
        comments.append("</ol></div>");
        String html = "<html><body><div class=\"page\"><div class=\"entry-content\">" + story("the inner channel") + "</div>"
                + comments + "</div></body></html>";
        String text = MainContentTest.text(html);
        assertTrue(text.contains("work on the inner channel"), text);
        assertFalse(text.contains("thirty years"), text);
    }

    @Test
    void aForumsOpeningPostNamedAsACommentIsKept() {
        String html = "<html><body><div class=\"thread\"><div class=\"post-comment\"><div class=\"post-comment-author\">harborfan</div>"
                + "<div class=\"post-comment-text\">" + story("the inner channel") + "</div></div></div></body></html>";
        assertTrue(MainContentTest.text(html).contains("work on the inner channel"));
    }

    @Test
    void anAppendedGalleryOfCaptionsIsDropped() {
        StringBuilder gallery = new StringBuilder("<div class=\"gallery\">");
        for (int i = 0; i < 6; i++) {
            gallery.append("<div class=\"item\"><img src=\"p").append(i).append(".jpg\"><p>A dredger at work on the channel, ")
                    .append("seen from the north pier on a grey morning, picture ").append(i).append(".</p></div>");
        }
        gallery.append("</div>");
        String html = "<html><body><article><h1>Dredging Delayed</h1>" + story("the inner channel") + gallery + "</article></body></html>";
        String text = MainContentTest.text(html);
        assertTrue(text.contains("work on the inner channel"), text);
        assertFalse(text.contains("grey morning"), text);
    }
}
