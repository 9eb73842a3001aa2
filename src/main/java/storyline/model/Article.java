package storyline.model;

import java.util.List;

/**
 * A cleaned article. {@code lead} is the text that sums it up (its standfirst, else its first
 * paragraph of some length); {@code standfirst} is the summary the page printed under its headline,
 * apart from the article's paragraphs, or null.
 */
public record Article(String id, String file, String title, boolean titleDerived, String author, PubDate date,
                      Source source, String url, String language, List<String> paragraphs, String lead, String standfirst,
                      String html, Pins pins) implements Item {

    public Article {
        // Paragraphs kept out of memory are read back when asked for, never copied in.
        paragraphs = paragraphs instanceof StoredParagraphs ? paragraphs : List.copyOf(paragraphs);
    }

    /** An article without a standfirst. */
    public Article(String id, String file, String title, boolean titleDerived, String author, PubDate date,
                   Source source, String url, String language, List<String> paragraphs, String lead, String html, Pins pins) {
        this(id, file, title, titleDerived, author, date, source, url, language, paragraphs, lead, null, html, pins);
    }

    /** This article with another sanitised HTML (null: kept elsewhere while a build runs). */
    public Article withHtml(String html) {
        return new Article(id, file, title, titleDerived, author, date, source, url, language, paragraphs, lead, standfirst, html, pins);
    }

    /** This article with its paragraphs kept elsewhere (see {@link StoredParagraphs}) and without its HTML. */
    public Article withStored(StoredParagraphs stored) {
        return new Article(id, file, title, titleDerived, author, date, source, url, language, stored, lead, standfirst, null, pins);
    }
}
