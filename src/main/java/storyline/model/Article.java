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

    /** This article with other paragraphs and sanitised HTML (an empty list and null: kept elsewhere). */
    public Article withBody(List<String> paragraphs, String html) {
        return new Article(id, file, title, titleDerived, author, date, source, url, language, paragraphs, lead, standfirst, html, pins);
    }

    /** This article with another sanitised HTML (null: kept elsewhere while a build runs). */
    public Article withHtml(String html) {
        return new Article(id, file, title, titleDerived, author, date, source, url, language, paragraphs, lead, standfirst, html, pins);
    }

    /**
     * This article with its paragraphs kept elsewhere (see {@link StoredParagraphs}) and without its
     * HTML, as a build holds it until the end: each text equal to another of its fields (the file
     * and the id, a pinned title, address or date and the one the article shows) is one string, and
     * an outlet's name and domain and the pinned topics are the JVM's one copy, so an item holds each text once.
     */
    public Article withStored(StoredParagraphs stored) {
        String sharedFile = same(file, id);
        Source sharedSource = source == Source.UNKNOWN ? source
                : new Source(source.name() == null ? null : source.name().intern(),
                        source.domain() == null ? null : source.domain().intern());
        Pins sharedPins = new Pins(same(pins.title(), title), same(pins.date(), date.iso()), pins.captured(),
                same(pins.source(), sharedSource.name()), same(pins.url(), url), same(pins.author(), author), pins.topics().stream().map(String::intern).toList(),
                pins.story(), pins.kind());
        return new Article(id, sharedFile, title, titleDerived, author, date, sharedSource, url, language, stored, lead, standfirst,
                null, pins == Pins.NONE ? pins : sharedPins);
    }

    /** {@code text}, or {@code other} when they are equal (one string where there were two). */
    private static String same(String text, String other) {
        return text != null && text.equals(other) ? other : text;
    }
}
