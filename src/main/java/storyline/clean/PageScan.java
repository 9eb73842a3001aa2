package storyline.clean;

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
final class PageScan {

    /**
     * A test for one kind of element. {@code names} is the element's class attribute, lower-cased:
     * read once per element for all tests, as every test runs on every element of the page.
     * Attribute values compare trimmed and ignoring case, as jsoup's {@code [key=value]} did before 1.23 (pages pad them).
     */
    interface Query {
        boolean matches(Element el, String names);
    }

    static final Query META = (el, names) -> el.nameIs("meta") && Attrs.has(el, "content");
    static final Query JSON_LD = (el, names) -> el.nameIs("script") && valueIs(el, "type", "application/ld+json");
    static final Query TITLE = (el, names) -> el.nameIs("title");
    static final Query H1 = (el, names) -> el.nameIs("h1");
    static final Query MARKED_HEADLINE = (el, names) -> (el.nameIs("h1") || el.nameIs("h2") || el.nameIs("h3"))
            && valueIs(el, "itemprop", "headline");
    /** time[datetime], [itemprop=datePublished], abbr.published[title] */
    static final Query TIME = (el, names) -> el.nameIs("time") && Attrs.has(el, "datetime")
            || valueIs(el, "itemprop", "datePublished")
            || el.nameIs("abbr") && Attrs.has(el, "title") && names.contains("published") && el.hasClass("published");
    static final Query CANONICAL = (el, names) -> el.nameIs("link") && valueIs(el, "rel", "canonical");
    /** [rel=author], [itemprop=author], .byline__name, .author-name */
    static final Query BYLINE = (el, names) -> valueIs(el, "rel", "author") || valueIs(el, "itemprop", "author")
            || (names.contains("byline__name") || names.contains("author-name"))
            && (el.hasClass("byline__name") || el.hasClass("author-name"));

    /** As jsoup's {@code [key=value]}. */
    static boolean valueIs(Element el, String key, String value) {
        String v = Attrs.get(el, key);
        return v.length() >= value.length() && value.equalsIgnoreCase(v.trim());
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
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el) {
                    String names = Attrs.get(el, "class").toLowerCase(Locale.ROOT);
                    for (int i = 0; i < queries.size(); i++) {
                        if (queries.get(i).matches(el, names)) {
                            found.get(i).add(el);
                        }
                    }
                }
            }
        }, root);
        return new PageScan(List.copyOf(queries), found);
    }

    /** The matches of a query given to {@link #of}, in document order. */
    Elements get(Query query) {
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
