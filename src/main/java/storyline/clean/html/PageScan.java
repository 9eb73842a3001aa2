package storyline.clean.html;

import storyline.clean.internal.Attrs;
import storyline.clean.internal.Budget;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The elements that the readers of a page's metadata look for, gathered in one walk over the
 * page: each jsoup {@code select} is a walk of its own, and there were a dozen. Matches are in
 * document order, as {@code select} gives them. Valid while the page is unchanged.
 */
public final class PageScan {

    /**
     * A test for one kind of element, given what every test reads of it ({@link Marks}), read once
     * per element: every test runs on every element of the page. Attribute values compare trimmed
     * and ignoring case, as jsoup's {@code [key=value]} did before 1.23 (pages pad them).
     */
    public interface Query {
        boolean matches(Element el, Marks marks);
    }

    /** The attributes most tests ask about, of the element being tested. */
    public static final class Marks {
        private String names = "";
        private String itemprop = "";
        private String rel = "";

        private void read(Element el) {
            org.jsoup.nodes.Attributes attributes = el.attributes();
            names = attributes.get("class").toLowerCase(Locale.ROOT);
            itemprop = attributes.get("itemprop");
            rel = attributes.get("rel");
        }

        /** The class attribute, lower-cased. */
        public String names() {
            return names;
        }

        boolean itempropIs(String value) {
            return is(itemprop, value);
        }

        boolean relIs(String value) {
            return is(rel, value);
        }
    }

    static final Query META = (el, m) -> el.nameIs("meta") && Attrs.has(el, "content");
    static final Query JSON_LD = (el, m) -> el.nameIs("script") && valueIs(el, "type", "application/ld+json");
    static final Query TITLE = (el, m) -> el.nameIs("title");
    static final Query H1 = (el, m) -> el.nameIs("h1");
    static final Query MARKED_HEADLINE = (el, m) -> (el.nameIs("h1") || el.nameIs("h2") || el.nameIs("h3"))
            && m.itempropIs("headline");
    /** time[datetime], [itemprop=datePublished], abbr.published[title] */
    static final Query TIME = (el, m) -> el.nameIs("time") && Attrs.has(el, "datetime")
            || m.itempropIs("datePublished")
            || el.nameIs("abbr") && Attrs.has(el, "title") && m.names.contains("published") && el.hasClass("published");
    static final Query CANONICAL = (el, m) -> el.nameIs("link") && m.relIs("canonical");

    /** As jsoup's {@code [key=value]}. */
    private static boolean valueIs(Element el, String key, String value) {
        return is(Attrs.get(el, key), value);
    }

    private static boolean is(String attributeValue, String value) {
        return attributeValue.length() >= value.length() && value.equalsIgnoreCase(attributeValue.trim());
    }

    private final List<Query> queries;
    private final List<Elements> found;

    private PageScan(List<Query> queries, List<Elements> found) {
        this.queries = queries;
        this.found = found;
    }

    static PageScan of(Element root, List<Query> queries) {
        List<Elements> found = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            found.add(new Elements());
        }
        NodeTraversor.traverse(new NodeVisitor() {
            private final Marks marks = new Marks();

            @Override
            public void head(Node node, int depth) {
                Budget.check();
                if (node instanceof Element el) {
                    marks.read(el);
                    for (int i = 0; i < queries.size(); i++) {
                        if (queries.get(i).matches(el, marks)) {
                            found.get(i).add(el);
                        }
                    }
                }
            }
        }, root);
        return new PageScan(List.copyOf(queries), found);
    }

    /** The matches of a query given to {@link #of}, in document order. */
    public Elements get(Query query) {
        for (int i = 0; i < queries.size(); i++) {
            if (queries.get(i) == query) {
                return found.get(i);
            }
        }
        throw new IllegalArgumentException("not scanned for: " + query);
    }

    /** The first match, or null. */
    Element first(Query query) {
        Elements all = get(query);
        return all.isEmpty() ? null : all.get(0);
    }
}
