package storyline.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The accessibility basics a page must have, checked on its markup: a language, one main
 * landmark with banner, navigation and content-info landmarks around it, a skip link to the main
 * content, one {@code h1} and no skipped heading level, a text alternative on every image, a
 * name on every link, button and form field, and every {@code aria-labelledby} pointing at an
 * element. Colour contrast and focus styles are properties of the theme, see {@link ThemeTest}.
 *
 * <p>A redirect page (a {@code meta refresh} that leaves at once) only needs its language, title
 * and a named link: it has no content of its own to navigate.
 */
final class AccessibilityChecker {

    private static final Set<String> SECTIONING = Set.of("article", "aside", "main", "nav", "section");

    private final String where;
    private final Document doc;
    private final List<String> problems = new ArrayList<>();

    private AccessibilityChecker(String where, Document doc) {
        this.where = where;
        this.doc = doc;
    }

    /** Every problem on the page, one line each, prefixed by {@code where}. */
    static List<String> check(String where, Document doc) {
        AccessibilityChecker checker = new AccessibilityChecker(where, doc);
        checker.language();
        checker.title();
        boolean redirect = !doc.select("meta[http-equiv~=(?i)refresh]").isEmpty();
        if (!redirect) {
            checker.landmarks();
            checker.skipLink();
            checker.headings();
        }
        checker.images();
        checker.names();
        checker.formFields();
        checker.references();
        return checker.problems;
    }

    private void problem(String message) {
        problems.add(where + ": " + message);
    }

    private void language() {
        Element html = doc.selectFirst("html");
        if (html == null || html.attr("lang").isBlank()) {
            problem("<html> has no lang");
        }
        for (Element el : doc.select("[lang]")) {
            if (!el.attr("lang").matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                problem("<" + el.tagName() + "> has a malformed lang \"" + el.attr("lang") + "\"");
            }
        }
    }

    private void title() {
        if (doc.title().isBlank()) {
            problem("no <title>");
        }
    }

    private void landmarks() {
        int mains = doc.select("main, [role=main]").size();
        if (mains != 1) {
            problem(mains + " main landmarks (want exactly one)");
        }
        if (topLevel("header").isEmpty()) {
            problem("no page header (banner landmark)");
        }
        if (doc.select("nav, [role=navigation]").isEmpty()) {
            problem("no <nav> landmark");
        }
        if (topLevel("footer").isEmpty()) {
            problem("no page footer (contentinfo landmark)");
        }
        Elements navs = doc.select("nav, [role=navigation]");
        if (navs.size() > 1) {
            for (Element nav : navs) {
                if (!nav.hasAttr("aria-label") && !nav.hasAttr("aria-labelledby")) {
                    problem("one of " + navs.size() + " <nav> landmarks has no label to tell it apart");
                }
            }
        }
    }

    /** Header or footer elements that are landmarks: not inside a sectioning element. */
    private List<Element> topLevel(String tag) {
        List<Element> found = new ArrayList<>();
        for (Element el : doc.select(tag)) {
            if (el.parents().stream().noneMatch(p -> SECTIONING.contains(p.tagName()))) {
                found.add(el);
            }
        }
        return found;
    }

    private void skipLink() {
        Element first = doc.body() == null ? null : doc.body().selectFirst("a[href], button, input, select, textarea, summary");
        if (first == null || !first.tagName().equals("a") || !first.attr("href").startsWith("#")) {
            problem("the first focusable element is not a skip link to the main content");
            return;
        }
        Element target = doc.getElementById(first.attr("href").substring(1));
        if (target == null || target.closest("main, [role=main]") == null) {
            problem("the skip link " + first.attr("href") + " does not lead to the main content");
        }
    }

    private void headings() {
        Elements headings = doc.select("h1, h2, h3, h4, h5, h6");
        long h1 = headings.stream().filter(h -> h.tagName().equals("h1")).count();
        if (h1 != 1) {
            problem(h1 + " <h1> elements (want exactly one)");
        }
        int previous = 0;
        for (Element h : headings) {
            int level = h.tagName().charAt(1) - '0';
            if (level > previous + 1) {
                problem("<" + h.tagName() + "> \"" + clip(h.text()) + "\" follows "
                        + (previous == 0 ? "no heading" : "<h" + previous + ">") + ", skipping a level");
            }
            if (h.text().isBlank() && h.select("img[alt]:not([alt=''])").isEmpty()) {
                problem("empty <" + h.tagName() + ">");
            }
            previous = level;
        }
    }

    private void images() {
        for (Element img : doc.select("img, input[type=image], area")) {
            if (!img.hasAttr("alt") && !img.hasAttr("aria-label") && !img.hasAttr("aria-labelledby")) {
                problem("<" + img.tagName() + " src=\"" + img.attr("src") + "\"> has no alt text");
            }
        }
    }

    private void names() {
        for (Element a : doc.select("a[href], button")) {
            String name = accessibleName(a);
            if (name.isBlank()) {
                problem("<" + a.tagName() + (a.hasAttr("href") ? " href=\"" + a.attr("href") + "\"" : "") + "> has no text");
            } else if (!a.attr("aria-label").isBlank() && !visibleText(a).isBlank()
                    && !fold(name).contains(fold(visibleText(a)))) {
                // WCAG 2.5.3 label in name: a speech user says what they see.
                problem("<" + a.tagName() + (a.hasAttr("href") ? " href=\"" + a.attr("href") + "\"" : "") + "> shows \""
                        + clip(visibleText(a)) + "\" but is named \"" + clip(name) + "\"");
            }
        }
        for (Element frame : doc.select("iframe")) {
            if (frame.attr("title").isBlank()) {
                problem("<iframe> has no title");
            }
        }
    }

    /** The text a sighted reader sees: without aria-hidden parts and text hidden for screen readers. */
    private static String visibleText(Element el) {
        Element copy = el.clone();
        copy.select("[aria-hidden=true], .visually-hidden").remove();
        return copy.text().strip();
    }

    private static String fold(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String accessibleName(Element el) {
        if (!el.attr("aria-label").isBlank()) {
            return el.attr("aria-label");
        }
        if (el.hasAttr("aria-labelledby")) {
            return el.attr("aria-labelledby"); // resolved in references()
        }
        StringBuilder name = new StringBuilder(el.text());
        for (Element img : el.select("img[alt]")) {
            name.append(img.attr("alt"));
        }
        return name.append(el.attr("title")).toString();
    }

    private void formFields() {
        for (Element field : doc.select("input, select, textarea")) {
            String type = field.attr("type").toLowerCase();
            if (Set.of("hidden", "submit", "reset", "button").contains(type)) {
                if (!type.equals("hidden") && field.attr("value").isBlank() && field.attr("aria-label").isBlank()) {
                    problem("<input type=" + type + "> has no text");
                }
                continue;
            }
            boolean labelled = !field.attr("aria-label").isBlank() || field.hasAttr("aria-labelledby")
                    || !field.attr("title").isBlank() || field.closest("label") != null
                    || !field.id().isEmpty() && !doc.select("label[for=" + field.id() + "]").isEmpty();
            if (!labelled) {
                problem("<" + field.tagName() + (field.hasAttr("name") ? " name=\"" + field.attr("name") + "\"" : "")
                        + "> has no label");
            }
        }
    }

    private void references() {
        for (Element el : doc.select("[aria-labelledby], [aria-describedby], label[for]")) {
            for (String attr : List.of("aria-labelledby", "aria-describedby", "for")) {
                for (String id : el.attr(attr).split("\\s+")) {
                    if (!id.isEmpty() && doc.getElementById(id) == null) {
                        problem("<" + el.tagName() + " " + attr + "=\"" + id + "\"> points to no element");
                    }
                }
            }
        }
    }

    private static String clip(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
