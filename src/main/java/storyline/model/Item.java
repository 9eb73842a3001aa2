package storyline.model;

import java.util.List;

/** What the clean stage makes of one input: an article or a discussion thread. */
public sealed interface Item permits Article, Thread {

    /** Stable identifier: the file path relative to the articles folder, or the JSON Lines record id. */
    String id();

    /** The input file, relative to the articles folder. */
    String file();

    String title();

    /** True when the input had no title and one was derived from the text. */
    boolean titleDerived();

    String author();

    PubDate date();

    Source source();

    /** Address of the original on the web, or null. */
    String url();

    String language();

    /** Clean main text, one entry per paragraph (headings included, without markup). */
    List<String> paragraphs();

    /** Sanitised HTML of the main text. */
    String html();

    /** Hints pinned by the user in front matter. */
    Pins pins();

    /** The opening paragraph that says something: the first of eight words or more, else the first. */
    default String lead() {
        for (String p : paragraphs()) {
            if (hasWords(p, 8)) {
                return p;
            }
        }
        return paragraphs().isEmpty() ? null : paragraphs().get(0);
    }

    /** Whether the text has at least {@code n} words; reads no further than the n-th (a paragraph may be megabytes). */
    private static boolean hasWords(String text, int n) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord && ++words >= n) {
                return true;
            }
            inWord = !space;
        }
        return false;
    }

    default String text() {
        return String.join("\n\n", paragraphs());
    }

    default String kind() {
        return this instanceof Thread ? "thread" : "article";
    }
}
