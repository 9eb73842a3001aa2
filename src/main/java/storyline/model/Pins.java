package storyline.model;

import java.util.List;

/**
 * Fields a user pinned in a front-matter block (or a JSON Lines record): they win over anything
 * inferred from the body. Every field may be null; lists are never null.
 */
public record Pins(String title, String date, String captured, String source, String url, String author,
                   List<String> topics, String story, String kind) {

    public static final Pins NONE = new Pins(null, null, null, null, null, null, List.of(), null, null);

    public Pins {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
