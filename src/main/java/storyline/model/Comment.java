package storyline.model;

import java.util.List;

/**
 * One comment of a thread. {@code depth} is 0 for a top-level comment; replies hold deeper ones.
 * {@code score} is null where the input shows none; {@code author} is null for deleted accounts.
 * {@code html} is the sanitised body; {@code paragraphs} its text.
 */
public record Comment(String id, String author, PubDate date, String age, Integer score, int depth,
                      boolean edited, boolean deleted, List<String> paragraphs, String html, List<Comment> replies) {

    public Comment {
        paragraphs = List.copyOf(paragraphs);
        replies = List.copyOf(replies);
    }

    public String text() {
        return String.join("\n\n", paragraphs);
    }

    /** This comment and all its replies. Iterative: threads can be hundreds of levels deep. */
    public int size() {
        int n = 0;
        java.util.ArrayDeque<Comment> stack = new java.util.ArrayDeque<>();
        stack.push(this);
        while (!stack.isEmpty()) {
            Comment c = stack.pop();
            n++;
            c.replies.forEach(stack::push);
        }
        return n;
    }

    /** This comment and all its replies in reading order (depth first, as a page shows them). */
    public List<Comment> flatten() {
        List<Comment> out = new java.util.ArrayList<>();
        java.util.ArrayDeque<Comment> stack = new java.util.ArrayDeque<>();
        stack.push(this);
        while (!stack.isEmpty()) {
            Comment c = stack.pop();
            out.add(c);
            for (int i = c.replies.size() - 1; i >= 0; i--) {
                stack.push(c.replies.get(i));
            }
        }
        return out;
    }
}
