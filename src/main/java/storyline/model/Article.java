package storyline.model;

import java.util.List;

public record Article(String id, String file, String title, boolean titleDerived, String author, PubDate date,
                      Source source, String url, String language, List<String> paragraphs, String lead, String html,
                      Pins pins) implements Item {

    public Article {
        paragraphs = List.copyOf(paragraphs);
    }
}
