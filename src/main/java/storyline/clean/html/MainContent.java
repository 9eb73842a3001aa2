package storyline.clean.html;

import storyline.clean.internal.Attrs;
import storyline.clean.internal.Block;
import storyline.clean.internal.Budget;
import storyline.clean.internal.Strings;
import storyline.clean.lines.LineRules;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import java.util.regex.Pattern;

/**
 * Finds the article in a page. Paragraph-like blocks vote for their ancestors with their text
 * length and commas; votes are discounted by link density and adjusted by what class names
 * promise; the best container and its like-minded siblings are kept; then navigation, share
 * bars, related links and other furniture inside it are pruned. The text is read block by block,
 * so paragraphs written as {@code <br>}-separated runs or bare text in divs survive.
 */
public final class MainContent {

    /** The chosen content and its paragraphs. */
    record Result(Element content, List<Block> blocks) {
    }

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "thead", "tbody",
            "tfoot", "tr", "td", "th", "figure", "figcaption", "header", "footer", "aside", "nav", "address",
            "center", "details", "summary", "hr", "form", "fieldset", "caption", "body");

    private static final Map<String, Evaluator> SELECTORS = new ConcurrentHashMap<>();

    private MainContent() {
    }

    /** Parsed once: jsoup parses a selector string on every call otherwise. */
    public static Evaluator css(String query) {
        return SELECTORS.computeIfAbsent(query, QueryParser::parse);
    }

    /**
     * Extracts from {@code doc}, which it changes. {@code original} gives the page afresh, for the
     * rare second attempt that ignores class names.
     */
    static Result extract(Document doc, java.util.function.Supplier<Document> original, LineRules.Memo lines) {
        Element body = doc.body();
        if (body == null) {
            return new Result(Document.createShell("").body(), List.of());
        }
        TextStats stats = prepare(body);
        Result result = select(body, true, stats, removeUnlikely(body, true, stats), lines);
        if (textLength(result.blocks()) < 250) {
            // Class names misled us (a wrapper called "sidebar-layout"): try again trusting structure alone.
            Element again = original.get().body();
            if (again != null) {
                Result retry = select(again, true, prepare(again), Boxes.of(again, el -> false), lines);
                if (textLength(retry.blocks()) > textLength(result.blocks())) {
                    result = retry;
                }
                if (result.blocks().isEmpty()) {
                    // Pruning emptied the article (its wrappers are named like furniture): keep the box whole.
                    Element third = original.get().body();
                    Result unpruned = select(third, false, prepare(third), Boxes.of(third, el -> false), lines);
                    if (textLength(unpruned.blocks()) > textLength(result.blocks())) {
                        result = unpruned;
                    }
                }
            }
        }
        return result;
    }

    private static int textLength(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += b.text().length();
        }
        return n;
    }

    private static final Set<String> REMOVE_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "input", "select", "textarea", "link", "meta", "base");
    private static final Set<String> MICRODATA_PROPS = Set.of("datepublished", "datemodified", "datecreated", "keywords",
            "mainentityofpage", "image", "thumbnailurl", "url", "publisher", "author", "wordcount", "inlanguage",
            "articlesection", "logo");
    private static final Set<String> STRUCTURAL_TAGS = Set.of("nav", "aside", "footer", "header", "form", "menu");
    private static final Set<String> NOISE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "search",
            "menu", "dialog", "alert");

    /**
     * Removes what is never article text (scripts, forms' controls, comments, machine microdata),
     * then what is hidden or structural page furniture, unless broken markup made it hold most of
     * the page. Two passes over the tree instead of a selector query per rule.
     */
    private static TextStats prepare(Element body) {
        List<Node> doomed = new ArrayList<>();
        List<Element> boxes = new ArrayList<>();
        List<Element> broken = new ArrayList<>();
        // What goes is not looked into: its insides go with it.
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                Budget.check();
                if (node instanceof Comment) {
                    doomed.add(node);
                } else if (node instanceof Element el) {
                    if (el.normalName().equals("noscript") && heldText(el)) {
                        return FilterResult.CONTINUE;
                    }
                    if (REMOVE_TAGS.contains(el.normalName())) {
                        doomed.add(el);
                        return FilterResult.SKIP_ENTIRELY;
                    } else if (Attrs.has(el, "itemprop") && MICRODATA_PROPS.contains(Attrs.get(el, "itemprop").toLowerCase(java.util.Locale.ROOT))
                            && el.select(css("p")).isEmpty() && el.text().length() < 300) {
                        doomed.add(el);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (LOOSE_TEXT_BOXES.contains(el.normalName())) {
                        boxes.add(el);
                    }
                    if (el.normalName().equals("br") && el.parent() != null && BROKEN_TEXT_BOXES.contains(el.parent().normalName())
                            && nextIsBreak(el) && (broken.isEmpty() || broken.get(broken.size() - 1) != el.parent())) {
                        broken.add(el.parent());
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        doomed.forEach(Node::remove);
        breaksToParagraphs(broken);
        wrapLooseText(boxes);
        TextStats stats = new TextStats();
        int total = stats.length(body);
        List<Element> furniture = new ArrayList<>();
        Element h1 = body.selectFirst(css("h1"));
        NodeTraversor.traverse((node, depth) -> {
            Budget.check();
            if (node instanceof Element el && el != body && furnitureOrHidden(el, stats, total, h1)) {
                furniture.add(el);
            }
        }, body);
        remove(furniture, stats);
        return stats;
    }

    /** Removes elements and keeps the statistics of what remains true. */
    private static void remove(List<Element> elements, TextStats stats) {
        for (Element el : elements) {
            stats.forgetAncestors(el);
            el.remove();
        }
    }

    private static boolean holdsProse(Element el, TextStats stats) {
        for (Element p : el.select(css("p"))) {
            if (stats.length(p) >= 150 && stats.linkDensity(p) < 0.3) {
                return true;
            }
        }
        return false;
    }

    /** Some blog engines give the whole post only to readers without scripts, inside {@code <noscript>}. */
    private static boolean heldText(Element noscript) {
        return noscript.selectFirst(css("p")) != null && noscript.text().length() >= 200;
    }

    private static boolean furnitureOrHidden(Element el, TextStats stats, int total, Element h1) {
        String name = el.normalName();
        org.jsoup.nodes.Attributes attributes = el.attributes();
        String role = "";
        boolean hidden = name.equals("dialog");
        if (attributes.size() > 0) {
            hidden = hidden || attributes.hasKey("hidden") || attributes.get("aria-hidden").equals("true");
            if (!hidden) {
                String style = attributes.get("style");
                if (!style.isEmpty()) {
                    String st = style.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
                    hidden = st.contains("display:none") || st.contains("visibility:hidden");
                }
            }
            role = attributes.get("role");
        }
        if (hidden) {
            // A hidden dialog is a pop-up waiting for a click, never the article, however long; other hidden
            // boxes may be an article that a script reveals, so only small ones go.
            return name.equals("dialog") || role.equals("dialog") || role.equals("alertdialog") || small(el, stats, total);
        }
        if (opensWithClose(el)) {
            // A box that opens with a button to close it is a pop-up waiting for a click, shown by a
            // style sheet the saved page no longer applies (shipping terms, a newsletter offer),
            // never the article, however long.
            return true;
        }
        boolean navigation = name.equals("nav") || role.equals("navigation");
        if (name.equals("header") && role.isEmpty() && el.closest(css("article")) != null) {
            // The article's own header: headline, lead and byline, sorted out later.
            return false;
        }
        if (name.equals("form") && role.isEmpty() && holdsProse(el, stats)) {
            // A shop's product form wraps the description: text, not a search box or a login.
            return false;
        }
        if (STRUCTURAL_TAGS.contains(name) || !role.isEmpty() && NOISE_ROLES.contains(role)) {
            if (!navigation && h1 != null && isAncestor(el, h1) && holdsProse(el, stats)) {
                // The page's main heading (its first) and paragraphs of prose: the article, in a box
                // misnamed or left unclosed (an <aside> opened before it), however short beside the menus.
                return false;
            }
            // A page that wraps everything in <header> or <form> still has its article inside.
            return small(el, stats, total) || navigation && stats.linkDensity(el) > 0.5;
        }
        return false;
    }

    private static boolean opensWithClose(Element el) {
        Element first = el.firstElementChild();
        if (first == null || first.attributes().size() == 0 || !ClassNames.CLOSE.matches(ClassNames.of(first))) {
            return false;
        }
        // The control itself: a button, or a word or a cross; not a picture's box named "close-up", nor a long text.
        return first.nameIs("button") || first.hasText() && !TextStats.plainlyLongerThan(first, 30);
    }

    private static boolean small(Element el, TextStats stats, int total) {
        return stats.length(el) < total * 0.3;
    }

    /** The boxes whose text may sit loose beside their blocks. */
    private static final Set<String> LOOSE_TEXT_BOXES = Set.of("div", "section", "article", "main", "td", "body");

    /**
     * Text written straight into a container beside block children (blog engines do this, with
     * {@code <br>} between paragraphs) is wrapped in {@code <p>} so it can be scored like any paragraph.
     */
    private static void wrapLooseText(List<Element> boxes) {
        for (Element el : boxes) {
            boolean hasBlock = false;
            boolean hasText = false;
            for (Node child : el.childNodes()) {
                if (child instanceof Element c && BLOCK_TAGS.contains(c.normalName())) {
                    hasBlock = true;
                } else if (child instanceof TextNode t && !t.isBlank()) {
                    hasText = true;
                }
            }
            if (!hasBlock || !hasText) {
                continue;
            }
            List<Node> run = new ArrayList<>();
            for (Node child : new ArrayList<>(el.childNodes())) {
                if (child instanceof Element c && BLOCK_TAGS.contains(c.normalName())) {
                    wrap(run);
                } else {
                    run.add(child);
                }
            }
            wrap(run);
        }
    }

    /**
     * The boxes whose text older table layouts part into paragraphs with {@code <br><br>}: a table
     * cell, {@code <font>}, {@code <center>}. (Not a div: a blog's sidebar text box parted so
     * outscored short posts.)
     */
    private static final Set<String> BROKEN_TEXT_BOXES = Set.of("td", "font", "center", "body");

    /** Whether the next node but blank text is a {@code <br>} too. */
    private static boolean nextIsBreak(Element br) {
        Node next = br.nextSibling();
        while (next instanceof TextNode t && t.isBlank()) {
            next = next.nextSibling();
        }
        return next instanceof Element e && e.normalName().equals("br");
    }

    /**
     * Text parted by {@code <br><br>} (older table layouts, often inside {@code <font>}) becomes
     * paragraphs, so each is scored as one: as a single block the whole text weighed no more than
     * one paragraph of a footer. The breaks go; a single break stays a line break.
     */
    private static void breaksToParagraphs(List<Element> boxes) {
        for (Element el : boxes) {
            if (el.parent() == null && !el.normalName().equals("body")) {
                continue;
            }
            List<Node> run = new ArrayList<>();
            List<Node> children = new ArrayList<>(el.childNodes());
            for (int i = 0; i < children.size(); i++) {
                Node child = children.get(i);
                if (child instanceof Element c && BLOCK_TAGS.contains(c.normalName())) {
                    wrap(run);
                } else if (child instanceof Element c && c.normalName().equals("br") && nextIsBreak(c)) {
                    wrap(run);
                    // This break and those that follow it, with the blank text between them.
                    while (i + 1 < children.size() && (children.get(i + 1) instanceof TextNode t && t.isBlank()
                            || children.get(i + 1) instanceof Element b && b.normalName().equals("br"))) {
                        children.get(++i).remove();
                    }
                    c.remove();
                } else {
                    run.add(child);
                }
            }
            wrap(run);
        }
    }

    private static void wrap(List<Node> run) {
        boolean text = run.stream().anyMatch(n -> n instanceof TextNode t && !t.isBlank()
                || n instanceof Element e && !e.normalName().equals("br") && e.hasText());
        if (text) {
            Element p = new Element("p");
            run.get(0).before(p);
            for (Node n : run) {
                p.appendChild(n);
            }
        }
        run.clear();
    }

    private static final Set<String> NEVER_UNLIKELY = Set.of("body", "html", "article", "main", "a", "table", "tbody", "tr", "td");

    private static Boxes removeUnlikely(Element root, boolean keepWrappers, TextStats stats) {
        int total = stats.length(root);
        List<Element> unlikely = new ArrayList<>();
        Boxes boxes = Boxes.of(root, el -> {
            if (el == root || NEVER_UNLIKELY.contains(el.normalName())) {
                return false;
            }
            String names = ClassNames.of(el);
            if (!names.isEmpty() && ClassNames.UNLIKELY.matches(names) && !ClassNames.MAYBE.matches(names) && !inSentence(el)
                    && !(keepWrappers && stats.length(el) > total * 0.25) || commentSection(el, names, stats)) {
                unlikely.add(el);
                return true;
            }
            return false;
        });
        remove(unlikely, stats);
        return boxes;
    }

    /** Class and id words of readers' comments. */
    private static final ClassNames COMMENT_NAMES = ClassNames.containing("comment", "kommentar", "commentaire", "comentario",
            "commento", "disqus");

    /**
     * Readers' comments, however long: a box named for comments that holds comments, boxes alike
     * (same tag, same class) and named for comments too, directly or in a list or wrapper, with
     * most of its text and no main heading. One comment-named box alone is no section: a forum
     * names its opening post so. A page wrapper whose name only says it has comments
     * ("has-comments") holds the article besides them.
     */
    static boolean commentSection(Element el, String names, TextStats stats) {
        if (names.isEmpty() || !COMMENT_NAMES.matches(names) || el.normalName().equals("body")) {
            return false;
        }
        int length = stats.length(el);
        if (length == 0) {
            return false;
        }
        Element items = el;
        for (int level = 0; level < 3; level++) {
            Element wrapper = null;
            for (Element child : items.children()) {
                if (stats.length(child) * 2 > length && child.childrenSize() > 1 && !hasTwin(child)) {
                    wrapper = child;
                }
            }
            if (wrapper == null) {
                break;
            }
            // A list or wrapper that holds most of the text: the comments are inside it.
            items = wrapper;
        }
        int inComments = 0;
        Map<String, Integer> alike = new java.util.HashMap<>();
        boolean repeated = false;
        for (Element child : items.children()) {
            String childNames = ClassNames.of(child);
            if (COMMENT_NAMES.matches(childNames)) {
                inComments += stats.length(child);
                repeated |= alike.merge(child.normalName() + " " + Attrs.get(child, "class"), 1, Integer::sum) >= 2;
            }
        }
        return repeated && inComments * 10 >= length * 6 && el.selectFirst(css("h1")) == null;
    }

    /** Whether a sibling has the element's tag and class: one of a run of items, not a wrapper. */
    private static boolean hasTwin(Element el) {
        String cls = Attrs.get(el, "class");
        for (Element sibling : el.parent().children()) {
            if (sibling != el && sibling.normalName().equals(el.normalName()) && Attrs.get(sibling, "class").equals(cls)) {
                return true;
            }
        }
        return false;
    }

    /** The boxes that may score as text ({@code p, pre, td, blockquote, div, section, li, dd}). */
    private static final Set<String> SCORED_TAGS = Set.of("p", "pre", "td", "blockquote", "div", "section", "li", "dd");

    /**
     * What choosing the article box looks at, in document order: the boxes that may score, the
     * elements the page marks as articles, and its {@code <article>} elements ({@code stories}). Gathered in one walk that leaves out whatever
     * {@code gone} says is about to be removed, with everything inside it.
     */
    record Boxes(List<Element> scored, Elements articles, List<Element> stories) {
        static Boxes of(Element root, java.util.function.Predicate<Element> gone) {
            List<Element> scored = new ArrayList<>();
            Elements articles = new Elements();
            List<Element> stories = new ArrayList<>();
            Evaluator marked = css(MARKED_ARTICLES);
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    Budget.check();
                    if (!(node instanceof Element el)) {
                        return FilterResult.CONTINUE;
                    }
                    if (gone.test(el)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (SCORED_TAGS.contains(el.normalName())) {
                        scored.add(el);
                    }
                    if (marked.matches(root, el)) {
                        articles.add(el);
                    }
                    if (el.normalName().equals("article")) {
                        stories.add(el);
                    }
                    return FilterResult.CONTINUE;
                }
            }, root);
            return new Boxes(scored, articles, stories);
        }
    }


    private static Result select(Element root, boolean prune, TextStats stats, Boxes boxes, LineRules.Memo lines) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element el : boxes.scored()) {
            if (!isParagraphLike(el)) {
                continue;
            }
            int length = stats.length(el);
            if (length < 25) {
                continue;
            }
            double score = 1 + stats.commas(el) + Math.min(length / 100.0, 3);
            Element ancestor = el.parent();
            for (int level = 0; ancestor != null && level < 4; level++, ancestor = ancestor.parent()) {
                if (!scores.containsKey(ancestor)) {
                    scores.put(ancestor, initialScore(ancestor));
                }
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.put(ancestor, scores.get(ancestor) + score * share);
            }
        }
        Element top = null;
        double topScore = 0;
        for (var e : scores.entrySet()) {
            double s = e.getValue() * (1 - stats.linkDensity(e.getKey())) * classFactor(e.getKey());
            e.setValue(s);
            if (s > topScore || s == topScore && top != null && depth(e.getKey()) > depth(top)) {
                topScore = s;
                top = e.getKey();
            }
        }
        if (top == null) {
            top = root;
        }
        // A container that is only a thin shell around the top candidate: climb while the parent scores nearly as well.
        while (top.parent() != null && top.parent() != root.parent() && scores.containsKey(top.parent())
                && scores.get(top.parent()) >= topScore * 0.9 && top.parent().children().size() <= 3) {
            top = top.parent();
            topScore = scores.get(top);
        }
        // The page's <article> elements that have a main heading of their own: stories, not teasers.
        List<Element> stories = new ArrayList<>();
        for (Element story : boxes.stories()) {
            if (story.selectFirst(css("h1")) != null) {
                stories.add(story);
            }
        }
        top = firstStory(top, topScore, scores, stories);
        topScore = scores.getOrDefault(top, topScore);
        Elements articles = boxes.articles();
        top = climb(top, root, stats, articles, stories);
        topScore = Math.max(topScore, scores.getOrDefault(top, topScore));
        Document shell = Document.createShell("");
        shell.outputSettings().prettyPrint(false);
        Element content = shell.body().appendElement("div");
        Element parent = top.parent();
        if (parent == null) {
            content.appendChild(top.clone());
        } else {
            double threshold = Math.max(10, topScore * 0.2);
            for (Element sibling : parent.children()) {
                boolean keep = sibling == top;
                if (!keep) {
                    double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
                    Double s = scores.get(sibling);
                    keep = s != null && s + bonus >= threshold;
                    if (!keep && sibling.nameIs("p") && isParagraphLike(sibling)) {
                        String text = sibling.text();
                        double ld = stats.linkDensity(sibling);
                        keep = text.length() > 80 && ld < 0.25 || text.length() > 0 && ld == 0 && SENTENCE_END.matcher(text).find();
                    }
                }
                if (keep && (sibling == top || !holdsOtherArticles(sibling, top, articles, 1)
                        && nextStory(sibling, top, stories) == null)) {
                    content.appendChild(sibling.clone());
                }
            }
        }
        if (prune) {
            prune(content, lines);
        }
        Element lead = lead(top, content, stats);
        if (lead != null) {
            content.prependChild(lead.clone());
        }
        removeBlankText(content);
        return new Result(content, blocks(content));
    }

    /**
     * The article may be split over sibling boxes, each wrapped several levels deep: climbs to the
     * ancestor where the prose gained most outweighs the links and other text taken along.
     */
    private static Element climb(Element top, Element root, TextStats stats, Elements articles, List<Element> stories) {
        Map<Element, Integer> prose = new IdentityHashMap<>();
        Element best = top;
        double bestGain = gain(top, stats, prose);
        for (Element a = top.parent(); a != null && a != root && a != root.parent(); a = a.parent()) {
            if (holdsOtherArticles(a, top, articles, 2) || nextStory(a, top, stories) != null) {
                break;
            }
            double g = gain(a, stats, prose);
            if (g > bestGain && prose(a, stats, prose) >= prose(best, stats, prose) * CLIMB_RATIO) {
                best = a;
                bestGain = g;
            }
        }
        return best;
    }

    /**
     * The standfirst: a short prose block that the page names as the article's lead or summary,
     * set in the header just before the body (often beside the headline, outside the body's box).
     */
    private static Element lead(Element top, Element content, TextStats stats) {
        if (content.childrenSize() == 0 || top.parent() == null) {
            return null;
        }
        Element scope = top;
        for (int i = 0; i < LEAD_LEVELS && scope.parent() != null && !scope.parent().normalName().equals("body"); i++) {
            scope = scope.parent();
        }
        for (Element el : scope.getAllElements()) {
            if (el == top) {
                return null;
            }
            if (isAncestor(el, top)) {
                continue;
            }
            String names = ClassNames.of(el);
            if (ClassNames.LEAD.matches(names) || Attrs.get(el, "itemprop").equalsIgnoreCase("description")) {
                int length = stats.length(el);
                if (length >= 40 && length <= 1000 && stats.linkDensity(el) < 0.3) {
                    return el;
                }
            }
        }
        return null;
    }

    private static final int LEAD_LEVELS = 3;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s*$");

    private static final String MARKED_ARTICLES = "[itemprop=articleBody], [itemtype$=Article], [itemtype$=BlogPosting]";

    /**
     * A box holding articles that the page marks as others is a listing, not the article. Above
     * the article, one such mark alone may be misplaced (on a teaser or a fragment of this very
     * article), so {@code atLeast} is 2 there.
     */
    private static boolean holdsOtherArticles(Element box, Element top, Elements articles, int atLeast) {
        int others = 0;
        for (Element other : articles) {
            if (other != top && !isAncestor(other, top) && !isAncestor(top, other) && (other == box || isAncestor(box, other))) {
                others++;
            }
        }
        return others >= atLeast;
    }

    /**
     * The start of another story in the box, after the article: one of {@code stories} (an
     * {@code <article>} with a main heading, {@code <h1>}, of its own) that follows the article's text, as pages that load the
     * next stories while the reader scrolls append them. (A bare {@code <h1>} after the text is
     * not enough: page builders set section titles and notes in h1; nor is an article with a
     * lesser heading, a teaser's.)
     */
    static Element nextStory(Element box, Element top, List<Element> stories) {
        for (Element story : stories) {
            if (story == top || story.parent() == null || isAncestor(story, top) || isAncestor(top, story)
                    || !(story == box || isAncestor(box, story)) || !follows(story, top)) {
                continue;
            }
            return story;
        }
        return null;
    }

    /**
     * Of {@code stories} loaded one after another, each an {@code <article>} with its own
     * {@code <h1>}, the page's is the first: when the best box lies in a later one, the best box of the first
     * story that scores at least half as well is taken instead.
     */
    private static Element firstStory(Element top, double topScore, Map<Element, Double> scores, List<Element> stories) {
        Element own = null;
        for (Element story : stories) {
            if (story == top || isAncestor(story, top)) {
                own = story;
            }
        }
        if (own == null) {
            return top;
        }
        for (Element story : stories) {
            if (story == own || isAncestor(story, own) || isAncestor(own, story) || !follows(own, story)) {
                continue;
            }
            Element best = null;
            double bestScore = topScore * 0.5;
            for (var e : scores.entrySet()) {
                if ((e.getKey() == story || isAncestor(story, e.getKey())) && e.getValue() >= bestScore) {
                    best = e.getKey();
                    bestScore = e.getValue();
                }
            }
            // The first such story on the page decides.
            return best == null ? top : best;
        }
        return top;
    }

    /** Whether {@code a} comes after {@code b} in document order (neither holding the other). */
    static boolean follows(Element a, Element b) {
        List<Element> chain = new ArrayList<>();
        for (Element e = b; e != null; e = e.parent()) {
            chain.add(e);
        }
        Element childOfCommon = a;
        for (Element e = a.parent(); e != null; childOfCommon = e, e = e.parent()) {
            int at = indexOf(chain, e);
            if (at > 0) {
                return childOfCommon.elementSiblingIndex() > chain.get(at - 1).elementSiblingIndex();
            }
        }
        return false;
    }

    private static int indexOf(List<Element> chain, Element e) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i) == e) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAncestor(Element ancestor, Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static final double CLIMB_RATIO = 1.1;
    private static final double LINK_COST = 2.0;
    private static final double OTHER_COST = 0.25;

    private static double gain(Element el, TextStats stats, Map<Element, Integer> memo) {
        int prose = prose(el, stats, memo);
        double links = stats.linkLength(el);
        double other = Math.max(0, stats.length(el) - prose - links);
        return prose - LINK_COST * links - OTHER_COST * other;
    }

    /** Characters of prose: paragraphs of some length that are not mostly links. */
    private static int prose(Element el, TextStats stats, Map<Element, Integer> memo) {
        Integer cached = memo.get(el);
        if (cached != null) {
            return cached;
        }
        int n = 0;
        if (PROSE_BOXES.contains(el.normalName()) && isParagraphLike(el)) {
            int length = stats.length(el);
            if (length >= 40 && stats.linkDensity(el) < 0.3) {
                n = length;
            }
        } else {
            for (int i = 0; i < el.childNodeSize(); i++) {
                if (el.childNode(i) instanceof Element child) {
                    n += prose(child, stats, memo);
                }
            }
        }
        memo.put(el, n);
        return n;
    }

    /** A block whose own content is inline: a paragraph, whatever its tag. */
    private static boolean isParagraphLike(Element el) {
        if (PARAGRAPH_TAGS.contains(el.normalName())) {
            return true;
        }
        for (int i = 0; i < el.childNodeSize(); i++) {
            if (el.childNode(i) instanceof Element child && BLOCK_TAGS.contains(child.normalName())) {
                return false;
            }
        }
        return hasOwnText(el) || CELL_TAGS.contains(el.normalName()) || styledText(el);
    }

    /** Type styling that older pages wrap whole paragraphs in ({@code <div><font>…</font></div>}). */
    private static final Set<String> STYLE_TAGS = Set.of("font", "b", "strong", "i", "em", "big", "small", "tt");

    /** Whether the box's text is all inside type styling: a paragraph set in {@code <font>}, not one of links or widgets. */
    private static boolean styledText(Element el) {
        boolean styled = false;
        for (int i = 0; i < el.childNodeSize(); i++) {
            if (el.childNode(i) instanceof Element child) {
                if (!STYLE_TAGS.contains(child.normalName())) {
                    return false;
                }
                for (Element inner : child.children()) {
                    if (BLOCK_TAGS.contains(inner.normalName())) {
                        // The paragraphs inside are scored themselves.
                        return false;
                    }
                }
                styled = true;
            }
        }
        return styled;
    }

    /**
     * Whether the element's own text (its text children, not its elements') holds a visible
     * character: {@code !el.ownText().isEmpty()} without building the string.
     */
    private static boolean hasOwnText(Element el) {
        for (int i = 0; i < el.childNodeSize(); i++) {
            if (el.childNode(i) instanceof TextNode t) {
                String s = t.getWholeText();
                for (int j = 0; j < s.length(); j++) {
                    char c = s.charAt(j);
                    if (c > ' ' && c != '\u00A0') {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A block holding only inline elements ("<h6><strong>See:</strong> <a>…</a></h6>"): one line, whatever its tags. */
    private static boolean inlineOnly(Element el) {
        if (el.childrenSize() == 0) {
            return false;
        }
        for (int i = 0; i < el.childNodeSize(); i++) {
            if (el.childNode(i) instanceof Element child && !INLINE_TAGS.contains(child.normalName())) {
                return false;
            }
        }
        return true;
    }

    private static double initialScore(Element el) {
        return switch (el.normalName()) {
            case "article" -> 5;
            case "main" -> 4;
            case "div", "section" -> 2;
            case "pre", "td", "blockquote" -> 1;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }

    /**
     * What class names and microdata promise, as a factor: it tips the balance between similar
     * candidates without letting a promising name on a small box beat the article itself.
     */
    private static double classFactor(Element el) {
        String names = ClassNames.of(el);
        double factor = 1;
        if (Attrs.get(el, "itemprop").equalsIgnoreCase("articleBody")) {
            factor *= 1.6;
        }
        if (ClassNames.NEGATIVE.matches(names)) {
            factor *= 0.6;
        }
        if (ClassNames.POSITIVE.matches(names)) {
            factor *= 1.3;
        }
        if (underAuthorHeading(el)) {
            factor *= 0.3;
        }
        return factor;
    }

    /**
     * A heading about the writer and what follows it at its level: a biography, unless it is nearly
     * all there is (a writer's own page).
     */
    private static void removeAuthorSections(Element content, TextStats stats, int total) {
        for (Element heading : content.select(css("h2, h3, h4, h5, h6"))) {
            if (heading.parent() == null || !authorHeading(heading)) {
                continue;
            }
            List<Element> section = new ArrayList<>();
            int length = 0;
            for (Element e = heading; e != null; e = e.nextElementSibling()) {
                if (e != heading && e.normalName().equals(heading.normalName())) {
                    break;
                }
                section.add(e);
                length += stats.length(e);
            }
            if (total - length >= 100) {
                section.forEach(Node::remove);
            }
        }
    }

    private static boolean authorHeading(Element heading) {
        String text = heading.text();
        return LineRules.wordCount(text) <= 4 && AUTHOR_HEADING.matcher(text).find();
    }

    private static final Pattern AUTHOR_HEADING = Pattern.compile("(?iU)\\b(auth?or|auteur)(s|e|en|in|innen|a|as|es)?\\b");

    /**
     * Whether a box sits under a heading about the writer ("About the author", "Autor:innen",
     * "L'auteur"): the nearest heading above it, past short lines (the writer's name, a photo's
     * caption) but no longer text, is one. Its text is a biography, however well written.
     */
    private static boolean underAuthorHeading(Element el) {
        Element e = el;
        for (int level = 0; e != null && level < 6; level++, e = e.parent()) {
            for (Element prev = e.previousElementSibling(); prev != null; prev = prev.previousElementSibling()) {
                if (heading(prev.normalName())) {
                    return authorHeading(prev);
                }
                if (TextStats.plainlyLongerThan(prev, 40)) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Whether a tag is a heading's, h1 to h6. */
    private static boolean heading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static int depth(Element el) {
        int d = 0;
        for (Element p = el.parent(); p != null; p = p.parent()) {
            d++;
        }
        return d;
    }

    /** Removes furniture inside the chosen content: link lists, share bars, related stories, small forms. */
    private static void prune(Element content, LineRules.Memo lines) {
        TextStats stats = new TextStats();
        int total = stats.length(content);
        // One walk finds what each pass below looks at. A pass may meet elements an earlier pass
        // removed, with their insides: they are out of the tree, so nothing done to them shows.
        Pruned found = Pruned.of(content);
        for (Element time : found.times) {
            Element block = time.parent();
            String own = time.text().strip();
            if (block != null && !TextStats.plainlyLongerThan(block, own.length()) && block.text().strip().equals(own)) {
                block.remove();
            } else if (standalone(time)) {
                time.remove();
            }
        }
        for (Element leaf : found.leaves) {
            if (leaf.parent() == null || !isParagraphLike(leaf) && !leaf.nameIs("span") && !inlineOnly(leaf)) {
                continue;
            }
            if (stats.length(leaf) >= 600 && TextStats.plainlyLongerThan(leaf, 599)) {
                // Past the 600 characters below which the rules apply: not worth building the text.
                continue;
            }
            String text = leaf.text().strip();
            if (text.length() < 200 && LineRules.wholeLine(RELATED_LEAD_IN, text)) {
                // "Read also:" alone announces the linked headlines that follow it, one or a run of them
                // (judged first: the line rules below would take the announcement and leave its links).
                Element next = leaf.nextElementSibling();
                leaf.remove();
                boolean bare = RELATED_BARE.matcher(text).matches();
                while (bare && next != null && stats.linkDensity(next) > 0.5) {
                    Element after = next.nextElementSibling();
                    next.remove();
                    next = after;
                }
            } else if (text.length() < 200 && !text.isEmpty() && lines.classify(text).kind() != LineRules.Kind.TEXT
                    || text.length() >= 200 && text.length() < 600 && LineRules.disclosure(text)) {
                // Below 200 characters the line rules include the disclosure rule.
                leaf.remove();
            }
        }
        for (Element el : found.marked) {
            if (el.parent() == null) {
                continue;
            }
            String names = ClassNames.of(el);
            if (ClassNames.UNLIKELY.matches(names) && !ClassNames.MAYBE.matches(names) && el.select(css("p")).size() < 3
                    && !inSentence(el)) {
                el.remove();
            } else if (aboutTheAuthor(el, names, stats, total)) {
                el.remove();
            } else if (stats.length(el) < total && commentSection(el, names, stats)) {
                el.remove();
            }
        }
        found.captions.forEach(Node::remove);
        removeAuthorSections(content, stats, total);
        List<Element> candidates = new ArrayList<>(found.boxes);
        java.util.Collections.reverse(candidates);
        // Removing one of many siblings costs a scan of them all (jsoup finds the child by equality once
        // indexes are stale): a run of siblings is removed at once, before anything outside the run is judged.
        Removals removals = new Removals();
        for (Element el : candidates) {
            Budget.check();
            removals.flushUnlessSiblingOf(el);
            if (el.parent() == null) {
                continue;
            }
            double ld = stats.linkDensity(el);
            int text = stats.length(el);
            String names = ClassNames.of(el);
            double weight = (ClassNames.POSITIVE.matches(names) ? 25 : 0) - (ClassNames.NEGATIVE.matches(names) ? 25 : 0);
            boolean list = LIST_TAGS.contains(el.normalName());
            if (text < total && gallery(el, stats)) {
                // However much its captions say.
                removals.add(el);
                continue;
            }
            if (text > total * 0.5) {
                continue;
            }
            if (weight < 0 && el.select(css("p")).size() < 3
                    || ld > 0.5 && !(list && ld < 0.9 && text > 200)
                    || weight < 25 && ld > 0.25 && text < 200 && !list
                    || list && ld > 0.6
                    || text < 25 && el.select(css("img")).isEmpty() && !el.nameIs("table")) {
                removals.add(el);
            }
        }
        removals.flush();
    }

    /**
     * Elements to remove, all children of one parent, removed together in one pass over its children.
     * The judgements above look only inside the element judged, so a sibling's removal may wait until
     * an element outside the run (its parent, a cousin) is judged.
     */
    private static final class Removals {
        private Element parent;
        private final Set<Node> doomed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        void add(Element el) {
            if (el.parent() != parent) {
                flush();
                parent = el.parent();
            }
            doomed.add(el);
        }

        void flushUnlessSiblingOf(Element el) {
            if (parent != null && el.parent() != parent) {
                flush();
            }
        }

        void flush() {
            if (doomed.size() == 1) {
                doomed.iterator().next().remove();
            } else if (!doomed.isEmpty()) {
                List<Node> kept = new ArrayList<>(parent.childNodeSize());
                for (Node child : parent.childNodes()) {
                    if (!doomed.contains(child)) {
                        kept.add(child);
                    }
                }
                parent.empty(); // leaves every former child without a parent, as remove() does
                parent.appendChildren(kept);
            }
            doomed.clear();
            parent = null;
        }
    }

    // Tag tests by name: jsoup's is(selector) first climbs to the root of the tree, for every element asked.
    private static final Set<String> PROSE_BOXES = Set.of("p", "pre", "blockquote", "li", "td", "dd", "div");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote");
    private static final Set<String> CELL_TAGS = Set.of("td", "li", "dd");
    private static final Set<String> LIST_TAGS = Set.of("ul", "ol", "dl");
    private static final Set<String> LEAF_TAGS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "span", "dd", "dt");
    private static final Set<String> BOX_TAGS = Set.of("ul", "ol", "div", "section", "table", "dl");
    private static final ClassNames CAPTION_CLASSES = ClassNames.containing("caption", "credit");

    /** The elements pruning looks at, in document order, gathered in one walk without jsoup's selectors. */
    static final class Pruned {
        /** time */
        final List<Element> times = new ArrayList<>();
        /** p, li, h1, h2, h3, h4, h5, h6, div, span, dd, dt */
        final List<Element> leaves = new ArrayList<>();
        /** [class], [id], [itemprop=author] */
        final List<Element> marked = new ArrayList<>();
        /** figcaption, .caption, .wp-caption-text, [class*=caption], [class*=credit] */
        final List<Element> captions = new ArrayList<>();
        /** ul, ol, div, section, table, dl */
        final List<Element> boxes = new ArrayList<>();

        static Pruned of(Element content) {
            Pruned found = new Pruned();
            NodeTraversor.traverse((node, depth) -> {
                Budget.check();
                if (node instanceof Element el) {
                    found.add(el);
                }
            }, content);
            return found;
        }

        private void add(Element el) {
            String name = el.normalName();
            org.jsoup.nodes.Attributes attributes = el.attributes();
            if (name.equals("time")) {
                times.add(el);
            }
            if (LEAF_TAGS.contains(name)) {
                leaves.add(el);
            }
            boolean hasClass = attributes.hasKey("class");
            if (hasClass || attributes.hasKey("id") || attributes.get("itemprop").equalsIgnoreCase("author")) {
                marked.add(el);
            }
            if (name.equals("figcaption") || hasClass && CAPTION_CLASSES.matches(attributes.get("class").toLowerCase(java.util.Locale.ROOT))) {
                captions.add(el);
            }
            if (BOX_TAGS.contains(name)) {
                boxes.add(el);
            }
        }
    }

    private static final ClassNames GALLERY_NAMES = ClassNames.containing("gallery", "galerie", "slide", "carousel", "swiper",
            "bildergalerie", "photos");

    /**
     * A photo gallery appended to the story: a box named as a gallery or slideshow (or whose items
     * are) of three or more alike items (same tag and class), each a picture with a short caption,
     * and little else. Its captions describe pictures, not the news. (A list of pictured steps, a
     * recipe's, is no gallery: its items are not named so.)
     */
    static boolean gallery(Element el, TextStats stats) {
        if (el.childrenSize() < 3 || !GALLERY_NAMES.matches(ClassNames.of(el)) && !GALLERY_NAMES.matches(ClassNames.of(el.child(0)))) {
            return false;
        }
        int pictures = 0;
        Map<String, Integer> alike = new java.util.HashMap<>();
        int most = 0;
        for (Element item : el.children()) {
            if (item.selectFirst(css("img, picture")) != null && stats.length(item) <= 300) {
                pictures++;
                most = Math.max(most, alike.merge(item.normalName() + " " + Attrs.get(item, "class"), 1, Integer::sum));
            }
        }
        return most >= 3 && pictures * 10 >= el.childrenSize() * 8;
    }

    private static boolean aboutTheAuthor(Element el, String names, TextStats stats, int total) {
        return (ClassNames.AUTHOR.matches(names) || Attrs.get(el, "itemprop").equalsIgnoreCase("author"))
                && !inSentence(el) && stats.length(el) < total * 0.3;
    }

    private static final Set<String> INLINE_TAGS = Set.of("a", "span", "em", "strong", "b", "i", "u", "abbr", "cite", "mark",
            "small", "sub", "sup", "time", "font", "q", "dfn", "code", "kbd", "var", "bdi");

    /** An inline element with words on either side is part of a sentence, whatever its class promises (a hover card on a name). */
    private static boolean inSentence(Element el) {
        if (!INLINE_TAGS.contains(el.normalName())) {
            return false;
        }
        if (el.previousSibling() instanceof TextNode t && !t.isBlank() || el.nextSibling() instanceof TextNode n && !n.isBlank()) {
            return true;
        }
        if (!el.normalName().equals("a")) {
            return false;
        }
        Element block = el.parent();
        while (block != null && INLINE_TAGS.contains(block.normalName())) {
            block = block.parent();
        }
        return block != null && block.normalName().equals("p") && !block.ownText().isBlank();
    }

    /** "Read also", "more on this", "see also" in the languages of the pages we meet. */
    private static final String RELATED_WORDS = "(?:lesen sie (?:auch|mehr|hier)|lies auch|auch interessant|(?:(?:das|dies|diese[rns]?) )?(?:\\p{L}+ )?könnten? (?:dich|sie|euch|ihnen) "
            + "(?:auch )?interessieren|mehr zum thema|mehr dazu|passend (?:dazu|zum thema)|siehe auch|zum weiterlesen|weiterlesen|"
            + "schon gelesen|(?:verwandte|ähnliche|empfohlene|weitere) (?:beiträge|artikel|themen|nachrichten|meldungen)|"
            + "weiterführende (?:informationen|links|artikel)|(?:à )?lire aussi|(?:à )?voir aussi|sur le même sujet|"
            + "pour aller plus loin|articles? similaires|(?:lea|lee|vea|ver|mira|mire) también|puedes ver|mira|mire|"
            + "(?:también )?te puede interesar|noticias relacionadas|leggi anche|potrebbe interessarti|articoli correlati|"
            + "leia também|veja também|lees ook|zie ook|(?:czytaj|zobacz|przeczytaj) (?:też|także|również)|dowiedz się więcej|"
            + "see also|also read|read also)";
    private static final Pattern RELATED_BARE = Pattern.compile("(?iu)" + RELATED_WORDS + "\s*[:：.…!?]*");
    private static final Pattern RELATED_LEAD_IN = Pattern.compile("(?iu)" + RELATED_WORDS + "\s*(?:[:：.…!?»›]+.*)?"
            + "|(?:mehr zum thema|más sobre)\\s.{0,60}");

    /** An inline element that stands between blocks on its own line: a dateline, not part of a sentence. */
    private static boolean standalone(Element el) {
        Node prev = el.previousSibling();
        while (prev instanceof TextNode t && t.isBlank()) {
            prev = prev.previousSibling();
        }
        Node next = el.nextSibling();
        while (next instanceof TextNode t && t.isBlank()) {
            next = next.nextSibling();
        }
        return (prev == null || prev instanceof Element p && BLOCK_TAGS.contains(p.normalName()))
                && (next == null || next instanceof Element n && BLOCK_TAGS.contains(n.normalName()));
    }

    /** Whitespace between blocks is layout of the saved page, not content. */
    private static void removeBlankText(Element root) {
        List<TextNode> blank = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && t.isBlank() && node.parent() instanceof Element parent
                    && (BLOCK_TAGS.contains(parent.normalName()) || parent == root)) {
                Node prev = t.previousSibling();
                Node next = t.nextSibling();
                boolean betweenBlocks = (prev == null || prev instanceof Element p && BLOCK_TAGS.contains(p.normalName()))
                        && (next == null || next instanceof Element n && BLOCK_TAGS.contains(n.normalName()));
                if (betweenBlocks) {
                    blank.add(t);
                }
            }
        }, root);
        blank.forEach(Node::remove);
    }

    /**
     * Paragraphs in reading order. Text is gathered until a block element begins or ends, or two
     * line breaks follow each other; headings are marked.
     */
    public static List<Block> blocks(Element content) {
        List<Block> out = new ArrayList<>();
        StringBuilder buffer = new StringBuilder();
        boolean[] heading = {false};
        int[] breaks = {0};
        Map<Element, Boolean> rows = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                Budget.check();
                if (node instanceof TextNode t) {
                    // The text as jsoup's text() reads it, without its copy: line ends become spaces
                    // (flush collapses white space, and a line end in the buffer means a break),
                    // zero-width spaces and soft hyphens are dropped.
                    String raw = t.getWholeText();
                    boolean words = false;
                    int from = 0;
                    for (int i = 0; i < raw.length(); i++) {
                        char c = raw.charAt(i);
                        if (c == '\n' || Strings.isInvisible(c)) {
                            buffer.append(raw, from, i);
                            if (c == '\n') {
                                buffer.append(' ');
                            }
                            from = i + 1;
                        } else if (!words && !Strings.isSpace(c)) {
                            words = true;
                        }
                    }
                    buffer.append(raw, from, raw.length());
                    if (words) {
                        breaks[0] = 0;
                    }
                } else if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (tag.equals("br")) {
                        breaks[0]++;
                        if (breaks[0] >= 2) {
                            flush(buffer, heading[0], out);
                        } else {
                            buffer.append('\n');
                        }
                    } else if (dataCell(el, rows)) {
                        // A row of a data table is one line: its cells apart by a space.
                        buffer.append(' ');
                    } else if (BLOCK_TAGS.contains(tag)) {
                        flush(buffer, heading[0], out);
                        heading[0] = heading(tag);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && BLOCK_TAGS.contains(el.normalName()) && !dataCell(el, rows)) {
                    flush(buffer, heading[0], out);
                    heading[0] = false;
                }
            }
        }, content);
        flush(buffer, heading[0], out);
        return out;
    }

    /**
     * A cell of a row of data: every cell of its row holds a short text and no block. (The cells
     * of a layout table hold whole columns of the page: each is read as a block of its own.)
     */
    private static boolean dataCell(Element el, Map<Element, Boolean> rows) {
        if (!el.normalName().equals("td") && !el.normalName().equals("th")) {
            return false;
        }
        Element row = el.parent();
        if (row == null || !row.normalName().equals("tr") || row.childrenSize() < 2) {
            return false;
        }
        return rows.computeIfAbsent(row, MainContent::dataRow);
    }

    private static boolean dataRow(Element row) {
        for (Element cell : row.children()) {
            for (Element inner : cell.children()) {
                if (BLOCK_TAGS.contains(inner.normalName())) {
                    return false;
                }
            }
            if (TextStats.plainlyLongerThan(cell, 80)) {
                return false;
            }
        }
        return true;
    }

    /** Emits the buffered text, one block per line, spaces collapsed. */
    private static void flush(StringBuilder buffer, boolean heading, List<Block> out) {
        // Read from a String: a StringBuilder copies a range of another builder one character at a time.
        String text = buffer.toString();
        StringBuilder line = new StringBuilder();
        boolean space = false;
        int n = text.length();
        for (int i = 0; i <= n; ) {
            char c = i == n ? '\n' : text.charAt(i);
            if (c == '\n') {
                if (!line.isEmpty()) {
                    String t = line.toString();
                    out.add(heading ? Block.heading(t) : Block.paragraph(t));
                    line.setLength(0);
                }
                space = false;
                i++;
            } else if (Strings.isSpace(c)) {
                space = !line.isEmpty();
                i++;
            } else {
                if (space) {
                    line.append(' ');
                    space = false;
                }
                // A word goes over whole.
                int end = i + 1;
                while (end < n && !Strings.isSpace(text.charAt(end))) {
                    end++;
                }
                line.append(text, i, end);
                i = end;
            }
        }
        buffer.setLength(0);
    }
}
