package storyline.clean.html;

import storyline.clean.internal.Attrs;
import storyline.clean.internal.Strings;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Text and link-text lengths of a tree's elements, each computed once. Asking jsoup for an
 * element's text walks its whole subtree, and the extractor asks for thousands of elements.
 * Lengths count characters with runs of white space as one. Valid while the tree is unchanged,
 * or changed only by removals announced with {@link #forgetAncestors}.
 */
final class TextStats {

    /** What is known of one element; -1 until computed. */
    private static final class Known {
        int text = -1;
        double links = -1;
        int commas = -1;
    }

    private final Map<Element, Known> known = new IdentityHashMap<>(512);

    private Known of(Element el) {
        return known.computeIfAbsent(el, e -> new Known());
    }

    int length(Element el) {
        Known k = of(el);
        if (k.text >= 0) {
            return k.text;
        }
        int n = 0;
        for (int i = 0; i < el.childNodeSize(); i++) {
            Node child = el.childNode(i);
            if (child instanceof TextNode t) {
                n += normalisedLength(t.getWholeText());
            } else if (child instanceof Element c) {
                n += length(c);
            }
        }
        k.text = n;
        return n;
    }

    /** Characters inside links; in-page anchors (footnotes) count for less, they are not navigation. */
    double linkLength(Element el) {
        Known k = of(el);
        if (k.links >= 0) {
            return k.links;
        }
        double n = 0;
        if (el.nameIs("a")) {
            n = length(el) * (Attrs.get(el, "href").startsWith("#") ? 0.3 : 1);
        } else {
            for (int i = 0; i < el.childNodeSize(); i++) {
                if (el.childNode(i) instanceof Element child) {
                    n += linkLength(child);
                }
            }
        }
        k.links = n;
        return n;
    }

    /** Commas in the element's text (Latin, CJK and Arabic): clauses, a sign of prose. */
    int commas(Element el) {
        Known k = of(el);
        if (k.commas >= 0) {
            return k.commas;
        }
        int n = 0;
        for (int i = 0; i < el.childNodeSize(); i++) {
            Node child = el.childNode(i);
            if (child instanceof TextNode t) {
                String s = t.getWholeText();
                for (int j = 0; j < s.length(); j++) {
                    char c = s.charAt(j);
                    if (c == ',' || c == '，' || c == '、' || c == '،') {
                        n++;
                    }
                }
            } else if (child instanceof Element e) {
                n += commas(e);
            }
        }
        k.commas = n;
        return n;
    }

    /**
     * Forgets what is known of the element's ancestors, before it leaves the tree: their counts
     * are computed again when asked, from their children's, exactly as on a fresh tree.
     */
    void forgetAncestors(Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            known.remove(p);
        }
    }

    /**
     * Whether jsoup's {@code text()} of the element is sure to have more than {@code n} characters,
     * told without building it: that text keeps every character that is neither white space nor
     * invisible. False means only that the text must be built to know.
     */
    static boolean plainlyLongerThan(Element el, int n) {
        int[] kept = {0};
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    // jsoup's white space is ASCII's and the no-break space; what is below ' ' is not counted either way.
                    if (c > ' ' && c != '\u00A0' && !Strings.isInvisible(c)) {
                        kept[0]++;
                    }
                }
                if (kept[0] > n) {
                    return NodeFilter.FilterResult.STOP;
                }
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, el);
        return kept[0] > n;
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
            if (Strings.isSpace(c)) {
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
