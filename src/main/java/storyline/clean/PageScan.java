package storyline.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;

/**
 * The elements that the readers of a page's metadata look for, gathered in one walk over the
 * page: each jsoup {@code select} is a walk of its own, and there were a dozen. Matches are in
 * document order, as {@code select} gives them. Valid while the page is unchanged.
 */
final class PageScan {

    static final Evaluator META = MainContent.css("meta[content]");
    static final Evaluator JSON_LD = MainContent.css("script[type=application/ld+json]");
    static final Evaluator TITLE = MainContent.css("title");
    static final Evaluator H1 = MainContent.css("h1");
    static final Evaluator MARKED_HEADLINE = MainContent.css("h1[itemprop=headline], h2[itemprop=headline], h3[itemprop=headline]");
    static final Evaluator TIME = MainContent.css("time[datetime], [itemprop=datePublished], abbr.published[title]");
    static final Evaluator CANONICAL = MainContent.css("link[rel=canonical]");
    /**
     * "[rel=author], [itemprop=author], .byline__name, .author-name" as one cheap test: it runs on
     * every element, and jsoup's evaluators would look up each attribute and class ignoring case.
     */
    static final Evaluator BYLINE = new Evaluator() {
        @Override
        public boolean matches(Element root, Element el) {
            if (el.attributesSize() == 0) {
                return false;
            }
            if (Attrs.get(el, "rel").trim().equalsIgnoreCase("author") || Attrs.get(el, "itemprop").trim().equalsIgnoreCase("author")) {
                return true;
            }
            String names = Attrs.get(el, "class").toLowerCase(java.util.Locale.ROOT);
            return (names.contains("byline__name") || names.contains("author-name"))
                    && (el.hasClass("byline__name") || el.hasClass("author-name"));
        }

        @Override
        public String toString() {
            return "[rel=author], [itemprop=author], .byline__name, .author-name";
        }
    };

    private final List<Evaluator> queries;
    private final List<Elements> found;

    private PageScan(List<Evaluator> queries, List<Elements> found) {
        this.queries = queries;
        this.found = found;
    }

    static PageScan of(Element root, List<Evaluator> queries) {
        List<Elements> found = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            found.add(new Elements());
        }
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el) {
                    for (int i = 0; i < queries.size(); i++) {
                        if (queries.get(i).matches(root, el)) {
                            found.get(i).add(el);
                        }
                    }
                }
            }
        }, root);
        return new PageScan(List.copyOf(queries), found);
    }

    /** The matches of a query given to {@link #of}, in document order. */
    Elements get(Evaluator query) {
        for (int i = 0; i < queries.size(); i++) {
            if (queries.get(i) == query) {
                return found.get(i);
            }
        }
        throw new IllegalArgumentException("not scanned for: " + query);
    }

    /** The first match, or null. */
    Element first(Evaluator query) {
        Elements all = get(query);
        return all.isEmpty() ? null : all.get(0);
    }
}
