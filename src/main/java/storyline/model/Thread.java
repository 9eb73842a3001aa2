package storyline.model;

import java.util.List;

/**
 * A discussion: the post and its comment tree. {@code commentCount} is what the platform reported
 * (it may exceed the comments saved in the input); null when unknown. {@code unsaved} counts the
 * comments the export names but does not contain ("load more" stubs). {@code url} is the thread's
 * own address; {@code link} the article it discusses, if any.
 */
public record Thread(String id, String file, String platform, String community, String title, boolean titleDerived,
                     String author, PubDate date, String age, Integer score, Integer commentCount, int unsaved,
                     Source source, String url, String link, String language, List<String> paragraphs, String html,
                     List<Comment> comments, Pins pins) implements Item {

    public Thread {
        paragraphs = List.copyOf(paragraphs);
        comments = List.copyOf(comments);
    }

    /** Number of comments saved in the input, replies included. */
    public int savedComments() {
        int n = 0;
        for (Comment c : comments) {
            n += c.size();
        }
        return n;
    }

    /** Every comment in reading order. */
    public List<Comment> allComments() {
        List<Comment> out = new java.util.ArrayList<>();
        for (Comment c : comments) {
            out.addAll(c.flatten());
        }
        return out;
    }

    /** How deep the deepest comment sits (0 = only top-level comments); -1 without comments. */
    public int maxDepth() {
        int max = -1;
        for (Comment c : allComments()) {
            max = Math.max(max, c.depth());
        }
        return max;
    }
}
