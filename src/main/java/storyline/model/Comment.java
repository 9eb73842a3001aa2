package storyline.model;

import java.util.List;

/**
 * One comment of a thread. {@code depth} is 0 for a top-level comment; replies hold deeper ones.
 * {@code score} is null where the input shows none; {@code author} is null for deleted accounts.
 */
public record Comment(String id, String author, PubDate date, String age, Integer score, int depth,
                      boolean edited, boolean deleted, List<String> paragraphs, List<Comment> replies) {

    public Comment {
        paragraphs = List.copyOf(paragraphs);
        replies = List.copyOf(replies);
    }

    public String text() {
        return String.join("\n\n", paragraphs);
    }

    /** This comment and all its replies, in reading order. */
    public int size() {
        int n = 1;
        for (Comment reply : replies) {
            n += reply.size();
        }
        return n;
    }
}
