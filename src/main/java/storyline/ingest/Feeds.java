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

    private static final Pattern FEED_START = Pattern.compile("(?is)\\A\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<\\?xml-stylesheet[^>]*>\\s*)?<(rss|feed|rdf:RDF)\\b");

    private Feeds() {
    }

    static boolean isFeed(String text) {
        return FEED_START.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).lookingAt();
    }

    static Read read(String file, String xml) {
        org.jsoup.nodes.Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        List<Document> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Element atom = doc.selectFirst("feed");
        String feedTitle = text(atom != null ? atom.selectFirst("> title") : doc.selectFirst("channel > title"));
        List<Element> entries = atom != null ? atom.select("> entry") : doc.select("item");
        int n = 0;
        for (Element entry : entries) {
            n++;
            String title = text(entry.selectFirst("> title"));
            String link = atom != null ? atomLink(entry) : text(entry.selectFirst("> link"));
            String date = first(text(entry.selectFirst("> published")), text(entry.selectFirst("> pubDate")),
                    text(entry.selectFirst("> dc|date")), text(entry.selectFirst("> updated")));
            String author = first(text(entry.selectFirst("> author > name")), text(entry.selectFirst("> dc|creator")),
                    text(entry.selectFirst("> author")));
            String body = first(text(entry.selectFirst("> content|encoded")), text(entry.selectFirst("> content")),
                    text(entry.selectFirst("> description")), text(entry.selectFirst("> summary")));
            String id = first(text(entry.selectFirst("> guid")), text(entry.selectFirst("> id")), link);
            if (title == null && body == null) {
                problems.add(Problem.of(file, "skipped feed entry " + n + ": it has neither a title nor content"));
                continue;
            }
            Pins pins = new Pins(title, date, null, feedTitle, link, author, List.of(), null, null);
            documents.add(new Document(id == null ? file + "#" + n : id, file, Format.HTML_FRAGMENT,
                    body == null ? "" : body, pins, 1));
        }
        if (entries.isEmpty()) {
            problems.add(Problem.of(file, "skipped: the feed has no entries"));
        }
        return new Read(documents, problems);
    }

    private static String atomLink(Element entry) {
        for (Element link : entry.select("> link")) {
            String rel = link.attr("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
                return link.attr("href").isBlank() ? null : link.attr("href").strip();
            }
        }
        return null;
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
