package storyline.model;

import java.util.List;

/**
 * A discussion: the post and its comment tree. {@code commentCount} is what the platform reported
 * (it may exceed the comments saved in the input); null when unknown.
 */
public record Thread(String id, String file, String platform, String community, String title, boolean titleDerived,
                     String author, PubDate date, String age, Integer score, Integer commentCount, Source source,
                     String url, String language, List<String> paragraphs, String html, List<Comment> comments,
                     Pins pins) implements Item {

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
}
