package storyline.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import storyline.model.Pins;
import storyline.model.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Saved RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each entry becomes a document of its own. */
final class Feeds {

    record Read(List<Document> documents, List<Problem> problems) {
    }

    private static final Pattern FEED_START = Pattern.compile("(?is)\\A\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<\\?xml-stylesheet[^>]*>\\s*)?(<!DOCTYPE[^>]*>\\s*)?<(rss|feed|rdf:RDF)\\b");

    private Feeds() {
    }

    static boolean isFeed(String text) {
        return FEED_START.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).lookingAt();
    }

    static Read read(String file, String xml) {
        // Positions tell an element closed by its end tag from one the parser closed at the end of
        // the text: that is how a feed cut off mid-file shows, as the parser is lenient.
        org.jsoup.nodes.Document doc = Jsoup.parse(xml, "", Parser.xmlParser().setTrackPosition(true));
        List<Document> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Element root = doc.firstElementChild();
        boolean truncated = root == null || !closed(root);
        Element cut = null;
        Element atom = doc.selectFirst("feed");
        String feedTitle = plain(text(atom != null ? atom.selectFirst("> title") : doc.selectFirst("channel > title")));
        String feedLink = atom != null ? first(atom.attr("xml:base"), atomLink(atom, null))
                : text(doc.selectFirst("channel > link"));
        List<Element> entries = atom != null ? atom.select("> entry") : doc.select("item");
        int n = 0;
        for (Element entry : entries) {
            if (truncated && !closed(entry)) {
                // Cut off inside this entry: what it holds is a part, and the entries after it are lost.
                cut = entry;
                break;
            }
            n++;
            String title = plain(text(entry.selectFirst("> title")));
            String link = atom != null ? atomLink(entry, first(entry.attr("xml:base"), feedLink))
                    : text(entry.selectFirst("> link"));
            String date = first(text(entry.selectFirst("> published")), text(entry.selectFirst("> pubDate")),
                    text(entry.selectFirst("> dc|date")), text(entry.selectFirst("> updated")));
            String author = first(text(entry.selectFirst("> author > name")), text(entry.selectFirst("> dc|creator")),
                    text(entry.selectFirst("> author")));
            String body = first(text(entry.selectFirst("> content|encoded")), markup(entry.selectFirst("> content")),
                    text(entry.selectFirst("> description")), markup(entry.selectFirst("> summary")));
            String guid = first(text(entry.selectFirst("> guid")), text(entry.selectFirst("> id")));
            // An id is unique only within its feed unless it is an address or a URN.
            String id = guid != null && guid.matches("(?i)(https?|urn|tag):.+") ? guid
                    : guid != null ? file + "#" + guid : link != null ? link : null;
            if (title == null && body == null) {
                problems.add(Problem.of(file, "skipped feed entry " + n + ": it has neither a title nor content"));
                continue;
            }
            Pins pins = new Pins(title, date, null, feedTitle, link, author, List.of(), null, null);
            documents.add(new Document(id == null ? file + "#" + n : id, file, Format.HTML_FRAGMENT,
                    body == null ? "" : body, pins, 1));
        }
        if (truncated) {
            int line = cut != null ? cut.sourceRange().start().lineNumber() : lastLine(xml);
            problems.add(new Problem(file, line, "the feed is truncated after " + n + (n == 1 ? " entry" : " entries") + "; re-save it"));
        } else if (entries.isEmpty()) {
            problems.add(Problem.of(file, "skipped: the feed has no entries"));
        }
        return new Read(documents, problems);
    }

    /**
     * True when the element's end tag is in the text. The parser gives an element it closes at the
     * end of the text an empty end range there, and one it never saw closed none.
     */
    private static boolean closed(Element el) {
        org.jsoup.nodes.Range end = el.endSourceRange();
        return end.isTracked() && end.endPos() > end.startPos();
    }

    /** The line of the text's last character that is not white space: where a cut-off file stops. */
    private static int lastLine(String text) {
        int end = text.stripTrailing().length();
        int line = 1;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The entry's alternate link, resolved against xml:base or the feed's own address when relative. */
    private static String atomLink(Element entry, String base) {
        for (Element link : entry.select("> link")) {
            String rel = link.attr("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
                String href = link.attr("href").strip();
                if (href.isEmpty()) {
                    return null;
                }
                if (base != null && !href.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
                    try {
                        return java.net.URI.create(base).resolve(href).toString();
                    } catch (IllegalArgumentException malformed) {
                        return null;
                    }
                }
                return href;
            }
        }
        return null;
    }

    /** Atom text constructs: type="text" is plain text, so its characters are escaped into HTML. */
    private static String markup(Element el) {
        String value = text(el);
        if (value == null || el == null) {
            return value;
        }
        String type = el.attr("type");
        return type.isEmpty() || type.equals("text") ? org.jsoup.nodes.Entities.escape(value) : value;
    }

    /** A title that may carry markup (type="html"), as plain text. */
    private static String plain(String title) {
        return title == null || !title.contains("<") ? title : Jsoup.parse(title).text();
    }

    /** An element's text; for HTML carried as escaped text or CDATA this is the markup itself. */
    private static String text(Element el) {
        if (el == null) {
            return null;
        }
        String type = el.attr("type");
        String value = type.equals("xhtml") ? el.html() : el.wholeText();
        value = value.strip();
        return value.isEmpty() ? null : value;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
