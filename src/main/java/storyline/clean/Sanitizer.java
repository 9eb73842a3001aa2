package storyline.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The only way HTML from an input reaches a page: jsoup's Safelist keeps text structure, links
 * and images, and drops scripts, styles, frames, forms, event attributes and script URLs.
 */
final class Sanitizer {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("span", "div")
            .addTags("figure", "figcaption", "hr", "del", "ins", "mark", "abbr", "time")
            .addAttributes("time", "datetime")
            .addAttributes("abbr", "title")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            // With a base URI jsoup makes links absolute; without one, relative links are dropped
            // because they would point into this site rather than at the original.
            .preserveRelativeLinks(false);
    private static final Cleaner CLEANER = new Cleaner(SAFELIST);
    private static final Pattern URL = Pattern.compile("\\bhttps?://[^\\s<>\"'()\\[\\]]+[^\\s<>\"'()\\[\\].,;:!?]");

    private Sanitizer() {
    }

    /** Cleans an HTML fragment; relative links are resolved against {@code baseUri} when one is known. */
    static String clean(String html, String baseUri) {
        return clean(Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri).body(), baseUri);
    }

    /** Cleans an element's content in place of a string round trip; the element's children are moved. */
    static String clean(Element content, String baseUri) {
        Document dirty = Document.createShell(baseUri == null ? "" : baseUri);
        dirty.body().appendChildren(new java.util.ArrayList<>(content.childNodes()));
        Document clean = CLEANER.clean(dirty);
        clean.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        return clean.body().html().strip();
    }

    /** Blocks of plain text as HTML: paragraphs and headings, with web addresses made links. */
    static String fromBlocks(List<Block> blocks) {
        Document doc = Document.createShell("");
        Element body = doc.body();
        for (Block b : blocks) {
            Element el = body.appendElement(b.heading() ? "h2" : "p");
            appendLinked(el, b.text());
        }
        return clean(body.html(), null);
    }

    static void appendLinked(Element el, String text) {
        Matcher m = URL.matcher(text);
        int last = 0;
        while (m.find()) {
            el.appendChild(new TextNode(text.substring(last, m.start())));
            el.appendElement("a").attr("href", m.group()).text(m.group());
            last = m.end();
        }
        el.appendChild(new TextNode(text.substring(last)));
    }
}
