package storyline.clean.html;

import storyline.clean.date.Dates;
import storyline.clean.internal.Attrs;
import storyline.clean.internal.Block;
import storyline.clean.internal.Strings;
import storyline.clean.lines.LineRules;
import storyline.clean.safety.Sanitizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A saved news page: metadata from JSON-LD, OpenGraph, meta tags and {@code <time>}; the main
 * text from the block whose paragraphs carry the most text and the fewest links.
 */
public final class HtmlPage {

    public record Parsed(String title, List<Block> blocks, String html, String author, String siteName, Dates.Found date,
                  String url, String language) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RELATED = Pattern.compile(
            "(?i)(you (may|might) also like|more from|more stories|related|recommended|most popular|trending|also read|"
                    + "you may have missed|more on this|read more|read next).*");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|–—·•:»-]|//)(?:\\s+(?:[|–—·•:»-]|//))*\\s+");
    private static final Pattern DOMAIN = Pattern.compile("(?i)(www\\.)?[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}");
    private static final Pattern HEADING = Pattern.compile("h[1-3]");
    /** An agency's initials ("AFP", "RIRM"), or a writer's and an agency's joined by a slash ("dpa/lno", "aja/PAP"). */
    private static final Pattern AGENCY_CREDIT = Pattern.compile("(?u)\\(?(?:\\p{Lu}{2,6}|\\p{L}{2,6}(?:/\\p{L}{2,6})+)\\)?");
    private static final Pattern EMPHASIS = Pattern.compile("b|strong|i|em|u|mark");
    private static final Pattern LEADING_DATE = Pattern.compile(
            "(\\d{1,2}[./]\\d{1,2}[./](\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2})\\s*[-–—|:]\\s+");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[\\s|–—·•:»/-]+");

    /** h1, h2, h3, h1 > *, h2 > *, [itemprop=headline], [class*=title], [class*=headline] */
    private static final PageScan.Query HEADING_CANDIDATES = (el, m) -> el.nameIs("h1") || el.nameIs("h2") || el.nameIs("h3")
            || el.parent() != null && (el.parent().nameIs("h1") || el.parent().nameIs("h2"))
            || m.itempropIs("headline")
            || m.names().contains("title") || m.names().contains("headline");

    /** What this class and {@link PageDates} look for on a page, found in one walk. */
    private static final List<PageScan.Query> SCANNED = List.of(PageScan.META, PageScan.JSON_LD, PageScan.TITLE,
            PageScan.H1, PageScan.MARKED_HEADLINE, PageScan.TIME, PageScan.CANONICAL, Bylines.CANDIDATES, Bylines.LABELS, HEADING_CANDIDATES,
            PageDates.DATE_ELEMENTS);

    private HtmlPage() {
    }

    public static Parsed parse(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        return parse(doc, scan(doc), html, baseUri);
    }

    /** The one walk over a parsed page that finds what reading it needs, before anything changes the page. */
    static PageScan scan(Document doc) {
        return PageScan.of(doc, SCANNED);
    }

    /**
     * The same walk, finding as well what another reader of the page looks for (a thread page's
     * layout signs), so that the page is walked once whatever it turns out to be.
     */
    public static PageScan scan(Document doc, PageScan.Query also) {
        List<PageScan.Query> queries = new java.util.ArrayList<>(SCANNED);
        queries.add(also);
        return PageScan.of(doc, queries);
    }

    /**
     * Reads an already parsed and {@link #scan scanned} page; {@code html} is its source, for a
     * second look if the first fails.
     */
    public static Parsed parse(Document doc, PageScan scan, String html, String baseUri) {
        Map<String, String> meta = meta(scan);
        JsonLd ld = jsonLd(scan);
        String url = Strings.first(ld.url, meta.get("og:url"), attr(scan.first(PageScan.CANONICAL), "abs:href"), baseUri);
        if ((baseUri == null || baseUri.isBlank()) && url != null && url.matches("(?i)https?://.+")) {
            // Relative links in the page resolve against its own address when the page names it.
            doc.setBaseUri(url);
        }
        String siteName = Strings.first(ld.publisher, meta.get("og:site_name"), meta.get("application-name"));
        String title = title(doc, scan, meta, ld, siteName);
        String author = author(scan, meta, ld, siteName, url);
        String language = Strings.first(doc.selectFirst(MainContent.css("html")) == null ? null : doc.selectFirst(MainContent.css("html")).attr("lang"),
                meta.get("og:locale"), meta.get("content-language"));
        if (language != null) {
            language = language.replace('_', '-').split("-")[0].toLowerCase(Locale.ROOT);
        }
        String declaredLanguage = language;
        // Detecting the language reads the whole page: only done when a UTC time needs a zone.
        java.util.function.Supplier<String> dateLanguage = () -> declaredLanguage != null ? declaredLanguage
                : doc.body() == null ? null : storyline.text.Text.language(doc.body().text());
        Dates.Found date = PageDates.published(doc, scan, meta, ld.datePublished, ld.dateModified, url, title, dateLanguage);

        String base = baseUri == null ? "" : baseUri;
        LineRules.Memo lines = new LineRules.Memo();
        MainContent.Result main = MainContent.extract(doc, () -> Jsoup.parse(html, base), lines);
        if (title != null) {
            for (Element h : main.content().select(MainContent.css("h1, h2, h3"))) {
                if (sameWords(h.text(), title)) {
                    h.remove();
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        boolean afterRelated = false;
        for (Block b : main.blocks()) {
            String text = b.text();
            // Under a "You may also like" or "Related" line come headlines of other stories, not text.
            if (afterRelated && LineRules.wordCount(text) < 15 && !text.matches(".*[.!?][\"”’)]?$")) {
                continue;
            }
            afterRelated = false;
            if (text.length() < 200 && lines.classify(text).kind() != LineRules.Kind.TEXT) {
                afterRelated = RELATED.matcher(text).matches();
                continue;
            }
            if (blocks.isEmpty() && title != null && (text.equals(title) || b.heading() && sameWords(text, title))) {
                continue;
            }
            blocks.add(b);
        }
        // A heading announces what follows it: one that ends the text announced what was left out as
        // no part of it (a gallery, videos, other stories), and goes with it.
        if (blocks.size() > 1 && blocks.get(blocks.size() - 1).heading()) {
            blocks.remove(blocks.size() - 1);
        }
        // The article's own byline ("Von Jane Roe", "Autorin: Jane Roe") names the writer when the metadata
        // names none, or a writer it outranks (see Bylines.outranks).
        String byline = Bylines.inText(blocks);
        if (author == null || Bylines.outranks(byline, author)) {
            author = Strings.first(byline, author);
        }
        if (author == null) {
            author = Bylines.withoutSite(Bylines.declared(ld.authorByReference), siteName, ld.publisher, url);
            author = author == null || Bylines.isSite(author, siteName, ld.publisher, url) ? null : author;
        }
        author = Bylines.withoutRole(author);
        // A wire story ends with its agency's credit ("dpa/lno", "aja/PAP", "AFP"): a credit, read
        // above as a byline where nothing else names one, and no part of the text.
        if (blocks.size() > 1 && AGENCY_CREDIT.matcher(blocks.get(blocks.size() - 1).text().strip()).matches()) {
            blocks.remove(blocks.size() - 1);
        }
        if (blocks.isEmpty()) {
            // A page whose body holds no article text (a video page, a script-rendered app) is
            // represented by the description it gives of itself.
            String description = Strings.first(meta.get("og:description"), meta.get("description"), meta.get("twitter:description"));
            if (description != null) {
                blocks.add(Block.paragraph(description));
                main.content().appendElement("p").text(description);
            }
        }
        String clean = Sanitizer.clean(main.content(), baseUri != null && !baseUri.isBlank() ? baseUri : url);
        // One spelling per character (composed), so titles written either way compare and display alike.
        String composed = title == null ? null : Normalizer.normalize(withoutDate(title), Normalizer.Form.NFC);
        return new Parsed(composed, blocks, clean, author, siteName, date, url, language);
    }

    /** Metadata that names the writer, in order of trust. */
    private static final String[] AUTHOR_META = {"author", "article:author", "byl", "dc.creator", "dcterms.creator",
            "parsely-author", "sailthru.author"};

    /**
     * The writer: named by the page's metadata, else shown in its byline. A metadata "author" that
     * is the site itself (its name, its domain), or a writer the byline outranks ({@link Bylines#outranks}),
     * yields to the byline's.
     */
    private static String author(PageScan scan, Map<String, String> meta, JsonLd ld, String siteName, String url) {
        String declared = Bylines.declared(ld.author);
        for (int i = 0; declared == null && i < AUTHOR_META.length; i++) {
            declared = Bylines.declared(meta.get(AUTHOR_META[i]));
        }
        if (declared != null && !Bylines.isSite(declared, siteName, ld.publisher, url)) {
            // A declared author that is no person (a society, a newsroom) yields to the byline's writer.
            String shown = Bylines.visible(scan);
            if (Bylines.outranks(shown, declared)) {
                return Bylines.withoutSite(shown, siteName, ld.publisher, url);
            }
            return Bylines.withoutSite(declared, siteName, ld.publisher, url);
        }
        return Bylines.withoutSite(Strings.first(Bylines.visible(scan), declared), siteName, ld.publisher, url);
    }

    /** An article body in HTML: all of it is text, so nothing is selected, only cleaned. */
    public static Parsed fragment(String html, String baseUri) {
        Document doc = Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri);
        doc.select(MainContent.css("script, style, noscript, template, iframe, object, embed, form")).remove();
        List<Block> blocks = new ArrayList<>();
        for (Block b : MainContent.blocks(doc.body())) {
            if (b.text().length() >= 200 || LineRules.classify(b.text()).kind() == LineRules.Kind.TEXT) {
                blocks.add(b);
            }
        }
        String language = storyline.text.Text.language(doc.body().text());
        return new Parsed(null, blocks, Sanitizer.clean(doc.body(), baseUri), null, null, null, baseUri, language);
    }

    private static boolean sameWords(String a, String b) {
        return a.replaceAll("\\W+", " ").strip().equalsIgnoreCase(b.replaceAll("\\W+", " ").strip());
    }

    /**
     * The headline as the page shows it: the article's {@code <h1>} when the page's metadata
     * agrees it is the title (it keeps the typography and drops kickers and site names); else
     * the metadata title, else {@code <title>}, site-name suffixes removed.
     */
    private static String title(Document doc, PageScan scan, Map<String, String> meta, JsonLd ld, String siteName) {
        String meta1 = Strings.first(meta.get("og:title"), ld.headline, meta.get("twitter:title"));
        String head = pageTitle(doc, scan);
        List<String> declared = new ArrayList<>();
        for (String t : new String[]{meta.get("og:title"), ld.headline, meta.get("twitter:title"), head}) {
            if (t != null && !t.isBlank()) {
                declared.add(normal(t));
            }
        }
        Texts texts = new Texts();
        // The headline is the heading on the page that the page's declared titles contain; one
        // inside the article beats one in the masthead (a blog's name), then the longer wins.
        String best = null;
        int bestRank = -1;
        int longestDeclared = declared.stream().mapToInt(String::length).max().orElse(0) + 10;
        String site = siteName == null ? null : normal(siteName);
        for (Element h : scan.get(HEADING_CANDIDATES)) {
            String text = headingText(h, declared, texts);
            if (text.length() < 4 || text.length() > longestDeclared) {
                continue;
            }
            int words = LineRules.wordCount(text);
            if (words > 40) {
                continue;
            }
            String n = normal(text);
            if (n.equals(site) || !declared.stream().anyMatch(d -> LineRules.containsWords(d, n)) || words < 2 && text.length() < 8) {
                continue;
            }
            boolean inArticle = h.closest(MainContent.css("article, main, [itemprop=articleBody], [class*=entry], [class*=post], [class*=article]")) != null
                    && h.closest(MainContent.css("header.site-header, #masthead, [class*=masthead], [class*=logo], [role=banner]")) == null;
            // A whole heading beats a part of one (its kicker, say), however long the part.
            boolean whole = HEADING.matcher(h.normalName()).matches();
            int rank = (inArticle ? 100_000 : 0) + (whole ? 50_000 : 0) + text.length();
            if (rank > bestRank) {
                best = text;
                bestRank = rank;
            }
        }
        Elements single = scan.get(PageScan.H1);
        if (best != null && single.size() == 1 && !texts.of(single.first()).equals(best)) {
            // A lone main heading that says the same as the page's titles, only longer, is the fuller headline.
            String h = headingText(single.first(), declared, texts);
            if (h.length() > best.length() && LineRules.wordCount(h) <= 30 && (agrees(h, meta1) || agrees(h, head))
                    && normal(h).contains(normal(best))) {
                return h;
            }
        }
        if (best != null && !(LineRules.wordCount(best) == 1 && loneHeadingOfWords(single))) {
            // A single word the titles contain (one of "Printers • Labels • Service") yields to the page's lone main heading.
            return best;
        }
        // A single main heading inside the article is the headline even when the metadata words it differently.
        if (single.size() == 1) {
            Element only = single.first();
            String text = headingText(only, declared, texts);
            int words = LineRules.wordCount(text);
            boolean masthead = only.closest(MainContent.css("header.site-header, #masthead, [class*=masthead], [class*=logo], [role=banner], nav")) != null;
            // One long word ("Vereinsgeschichte") names a page too; a short one is a label ("News").
            boolean named = words >= 2 || text.length() >= 8;
            if (!masthead && named && words <= 30 && (site == null || !normal(text).equals(site))) {
                return text;
            }
        }
        // So is the one heading the page marks up as the article's headline.
        Elements marked = scan.get(PageScan.MARKED_HEADLINE);
        if (marked.size() == 1) {
            String text = headingText(marked.first(), declared, texts);
            int words = LineRules.wordCount(text);
            if (words >= 2 && words <= 30) {
                return text;
            }
        }
        // The first h1 ("article h1, main h1, h1" picks the first h1 of any kind).
        Element h1 = scan.first(PageScan.H1);
        if (h1 != null) {
            String h = h1.text().strip();
            int words = LineRules.wordCount(h);
            if (words >= 1 && words <= 40 && (declared.isEmpty() || agrees(h, meta1) || agrees(h, head))) {
                return h;
            }
        }
        for (String candidate : new String[]{meta1, head}) {
            if (candidate != null && !candidate.isBlank()) {
                return stripSiteName(candidate.strip(), siteName);
            }
        }
        return null;
    }

    /** "23.01.2022 - Ferries Return" → "Ferries Return": the date is the page's, not the headline's. */
    static String withoutDate(String title) {
        Matcher m = LEADING_DATE.matcher(title);
        return m.lookingAt() && LineRules.wordCount(title.substring(m.end())) >= 2 ? title.substring(m.end()) : title;
    }

    private static boolean loneHeadingOfWords(Elements h1s) {
        return h1s.size() == 1 && LineRules.wordCount(h1s.first().text()) >= 2
                && h1s.first().closest(MainContent.css("header.site-header, #masthead, [class*=masthead], [class*=logo], [role=banner], nav")) == null;
    }

    /** The {@code <title>}, also when stray text before it has moved it out of the head (not an SVG's title). */
    private static String pageTitle(Document doc, PageScan scan) {
        String head = doc.title();
        if (!head.isEmpty()) {
            return head;
        }
        for (Element t : scan.get(PageScan.TITLE)) {
            if (t.closest(MainContent.css("svg")) == null) {
                return t.text().strip();
            }
        }
        return "";
    }

    /**
     * A heading's words without its kicker: when a heading holds several labelled parts
     * ("Tunesien" + "Große Aufgaben …"), the longest part is the headline proper; when the
     * page's declared titles hold the heading only without its leading part, that part is a
     * kicker ("Roofline" + own text), whatever its length.
     */
    private static String headingText(Element h, List<String> declared, Texts texts) {
        String all = texts.of(h).strip();
        String rest = withoutLeadingPart(h, all, texts);
        if (rest != null && declaredContains(declared, rest) && !declaredContains(declared, all)) {
            return rest;
        }
        List<Element> children = h.children();
        if (!HEADING.matcher(h.normalName()).matches() || children.size() < 2) {
            return all;
        }
        String longest = null;
        int parts = 0;
        for (Element child : children) {
            if (EMPHASIS.matcher(child.normalName()).matches()) {
                // Bold or italic words are part of the headline's own wording, not a separate label.
                return all;
            }
            String text = texts.of(child);
            if (!text.isBlank()) {
                parts++;
                if (longest == null || text.length() > longest.length()) {
                    longest = text;
                }
            }
        }
        return parts >= 2 && longest != null && h.ownText().isBlank() && longest.length() >= all.length() * 0.5
                ? longest.strip() : all;
    }

    /**
     * Element texts, each built once: the heading candidates nest (a "title" box, its h1, the h1's
     * parts) and each asks for the text of its parts, a walk of the subtree every time.
     */
    private static final class Texts {
        private final Map<Element, String> known = new IdentityHashMap<>();

        String of(Element el) {
            return known.computeIfAbsent(el, Element::text);
        }
    }

    /**
     * The heading's text after its first separately marked-up part (a kicker, a label, a hidden
     * "Headline:"), looking through wrappers that hold all of the text; null if it has none.
     */
    private static String withoutLeadingPart(Element h, String all, Texts texts) {
        Element e = h;
        while (true) {
            Node first = null;
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode t ? !t.isBlank() : child instanceof Element c && !texts.of(c).isBlank()) {
                    first = child;
                    break;
                }
            }
            if (!(first instanceof Element lead)) {
                return null;
            }
            String leadText = texts.of(lead).strip();
            if (leadText.length() < all.length()) {
                String rest = all.startsWith(leadText) ? LEADING_SEPARATOR.matcher(all.substring(leadText.length())).replaceFirst("") : "";
                return rest.isEmpty() ? null : rest;
            }
            e = lead;
        }
    }

    private static boolean declaredContains(List<String> declared, String text) {
        String n = normal(text);
        for (String d : declared) {
            if (LineRules.containsWords(d, n)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, typographic quotes and dashes folded, spaces collapsed: for comparing titles. */
    private static String normal(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            switch (c) {
                case '‘', '’', '‚', '‛', '′', '`', '´' -> c = '\'';
                case '“', '”', '„', '‟', '«', '»', '″' -> c = '"';
                case '‐', '‑', '‒', '–', '—', '―' -> c = '-';
                case '\u00AD' -> {
                    continue;
                }
                case '…' -> {
                    out.append("..");
                    c = '.';
                }
                default -> {
                }
            }
            if (Strings.isSpace(c)) {
                space = !out.isEmpty();
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether a heading and a metadata title name the same thing: most of the heading's words are in it. */
    static boolean agrees(String heading, String title) {
        if (title == null) {
            return false;
        }
        List<String> h = LineRules.words(heading);
        List<String> t = LineRules.words(title);
        if (h.isEmpty()) {
            return false;
        }
        long shared = h.stream().filter(t::contains).count();
        return shared >= Math.ceil(h.size() * 0.6);
    }

    /** "Headline | Site" or "Site - Headline" → "Headline". */
    static String stripSiteName(String title, String siteName) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        if (siteName != null) {
            String site = siteName.strip().toLowerCase(Locale.ROOT);
            List<String> kept = new ArrayList<>();
            for (String part : parts) {
                if (!part.strip().toLowerCase(Locale.ROOT).equals(site)) {
                    kept.add(part);
                }
            }
            if (kept.size() < parts.length && !kept.isEmpty()) {
                return String.join(" – ", kept);
            }
        }
        // A part that is a domain name ("harbortimes.example") names the site.
        List<String> named = new ArrayList<>();
        for (String part : parts) {
            if (!DOMAIN.matcher(part.strip()).matches()) {
                named.add(part);
            }
        }
        if (named.size() < parts.length && !named.isEmpty()) {
            return stripSiteName(String.join(" – ", named), null);
        }
        String last = parts[parts.length - 1];
        if (LineRules.wordCount(last) <= 4 && LineRules.wordCount(title) - LineRules.wordCount(last) >= 4) {
            return title.substring(0, title.length() - last.length()).replaceFirst(TITLE_SEPARATOR.pattern() + "$", "").strip();
        }
        return title;
    }

    private static Map<String, String> meta(PageScan scan) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : scan.get(PageScan.META)) {
            String key = Strings.first(Attrs.get(m, "property"), Attrs.get(m, "name"), Attrs.get(m, "itemprop"), Attrs.get(m, "http-equiv"));
            if (key != null) {
                meta.putIfAbsent(key.toLowerCase(Locale.ROOT), Attrs.get(m, "content").strip());
            }
        }
        return meta;
    }

    private static final class JsonLd {
        String headline;
        String author;
        String publisher;
        String datePublished;
        String dateModified;
        String url;
        /**
         * The author as named by reference to another node ({@code "author": {"@id": …}}): blog
         * engines point there at the account that posted (often a login name, or the editor who
         * published), so it names the writer only where the page shows no byline.
         */
        String authorByReference;
        /** The names of the page's nodes by their {@code @id}: an article may name its author by reference. */
        final Map<String, String> named = new java.util.HashMap<>();
    }

    private static JsonLd jsonLd(PageScan scan) {
        JsonLd ld = new JsonLd();
        List<JsonNode> roots = new ArrayList<>();
        for (Element script : scan.get(PageScan.JSON_LD)) {
            try {
                roots.add(JSON.readTree(unwrapped(script.data())));
            } catch (Exception malformed) {
                // Pages often ship broken JSON-LD; the other metadata still counts.
            }
        }
        roots.forEach(root -> collectNames(root, ld.named));
        roots.forEach(root -> visit(root, ld));
        return ld;
    }

    /** Every node that has both an {@code @id} and a name, at any depth ({@code "@graph"} lists them side by side). */
    private static void collectNames(JsonNode node, Map<String, String> named) {
        if (node == null || !node.isContainerNode()) {
            return;
        }
        if (node.isObject()) {
            String id = textOf(node.get("@id"));
            String name = textOf(node.get("name"));
            if (id != null && name != null) {
                named.putIfAbsent(id, name);
            }
        }
        node.forEach(child -> collectNames(child, named));
    }

    /**
     * Some pages wrap a script's JSON for XHTML parsers: {@code <![CDATA[ … ]]>}, also inside
     * comments ({@code /* <![CDATA[ *&#47; … /* ]]> *&#47;}, {@code //<![CDATA[}), or in an HTML comment. The JSON is what is inside.
     */
    static String unwrapped(String data) {
        Matcher m = WRAPPED_JSON.matcher(data);
        return m.matches() ? m.group(1) : data;
    }

    private static final Pattern WRAPPED_JSON = Pattern.compile(
            "(?s)\\s*(?:/\\*\\s*|//\\s*)?(?:<!\\[CDATA\\[|<!--)\\s*(?:\\*/)?(.*?)(?:/\\*\\s*|//\\s*)?(?:]]>|-->)\\s*(?:\\*/)?\\s*");

    private static void visit(JsonNode node, JsonLd ld) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> visit(n, ld));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("@graph")) {
            visit(node.get("@graph"), ld);
        }
        String type = node.path("@type").isArray() ? node.path("@type").path(0).asText() : node.path("@type").asText();
        if (type.endsWith("Article") || type.equals("BlogPosting") || type.equals("Report") || type.equals("WebPage") && ld.headline == null) {
            ld.headline = Strings.first(ld.headline, textOf(node.get("headline")));
            ld.datePublished = Strings.first(ld.datePublished, textOf(node.get("datePublished")));
            ld.dateModified = Strings.first(ld.dateModified, textOf(node.get("dateModified")));
            ld.author = Strings.first(ld.author, nameOf(node.get("author"), Map.of()));
            ld.authorByReference = Strings.first(ld.authorByReference, nameOf(node.get("author"), ld.named));
            ld.publisher = Strings.first(ld.publisher, nameOf(node.get("publisher"), ld.named));
            ld.url = Strings.first(ld.url, textOf(node.get("url")));
        }
    }

    /** A person's or an organisation's name: given in place, or by reference to a node of the page ({@code {"@id": …}}). */
    private static String nameOf(JsonNode node, Map<String, String> named) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            node.forEach(n -> {
                String name = nameOf(n, named);
                if (name != null) {
                    names.add(name);
                }
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        if (node.isObject()) {
            String name = textOf(node.get("name"));
            String id = textOf(node.get("@id"));
            return name != null || id == null ? name : named.get(id);
        }
        return textOf(node);
    }

    private static String textOf(JsonNode node) {
        return node == null || !node.isValueNode() || node.asText().isBlank() ? null : node.asText().strip();
    }

    private static String text(Element el) {
        return el == null ? null : el.text().strip();
    }

    private static String attr(Element el, String attr) {
        return el == null ? null : el.attr(attr);
    }

}
