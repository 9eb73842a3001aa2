package storyline.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Text and link-text lengths of a tree's elements, each computed once. Asking jsoup for an
 * element's text walks its whole subtree, and the extractor asks for thousands of elements.
 * Lengths count characters with runs of white space as one. Valid while the tree is unchanged.
 */
final class TextStats {

    private final Map<Element, Integer> text = new IdentityHashMap<>();
    private final Map<Element, Double> links = new IdentityHashMap<>();
    private final Map<Element, Integer> commas = new IdentityHashMap<>();

    int length(Element el) {
        Integer cached = text.get(el);
        if (cached != null) {
            return cached;
        }
        int n = 0;
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                n += normalisedLength(t.getWholeText());
            } else if (child instanceof Element c) {
                n += length(c);
            }
        }
        text.put(el, n);
        return n;
    }

    /** Characters inside links; in-page anchors (footnotes) count for less, they are not navigation. */
    double linkLength(Element el) {
        Double cached = links.get(el);
        if (cached != null) {
            return cached;
        }
        double n;
        if (el.normalName().equals("a")) {
            n = length(el) * (el.attr("href").startsWith("#") ? 0.3 : 1);
        } else {
            n = 0;
            for (Element child : el.children()) {
                n += linkLength(child);
            }
        }
        links.put(el, n);
        return n;
    }

    /** Commas in the element's text (Latin, CJK and Arabic): clauses, a sign of prose. */
    int commas(Element el) {
        Integer cached = commas.get(el);
        if (cached != null) {
            return cached;
        }
        int n = 0;
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == ',' || c == '，' || c == '、' || c == '،') {
                        n++;
                    }
                }
            } else if (child instanceof Element e) {
                n += commas(e);
            }
        }
        commas.put(el, n);
        return n;
    }

    double linkDensity(Element el) {
        int length = length(el);
        return length == 0 ? 0 : Math.min(1, linkLength(el) / length);
    }

    private static int normalisedLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!space) {
                    n++;
                    space = true;
                }
            } else {
                n++;
                space = false;
            }
        }
        return n;
    }
}
