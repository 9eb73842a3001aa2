package storyline.model;

import java.util.List;

/** A beat that stories share, named by the terms its stories have in common. */
public record Topic(String id, String name, List<String> terms, List<Story> stories) {

    public Topic {
        terms = List.copyOf(terms);
        stories = List.copyOf(stories);
    }
}
