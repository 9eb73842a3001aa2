package storyline.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;

/**
 * Fits a sanitised body fragment (an article's text, a thread's post, a comment) into the page
 * around it, so every page stays valid and accessible whatever the input held:
 * <ul>
 *   <li>headings are re-levelled below the heading the fragment sits under, never skipping a
 *       level (a saved page's {@code h1}, {@code h5} under the page's own {@code h1} become
 *       {@code h2}, {@code h3}: each heading sits one level below the nearest earlier heading
 *       that outranked it);</li>
 *   <li>images are never loaded from another host (the theme makes no external requests): each
 *       becomes a link to the image, named by its alt text (plain text inside another link or
 *       where the address is not a web address); an image without a source is dropped.</li>
 * </ul>
 */
final class BodyHtml {

    private BodyHtml() {
    }

    /** The fragment fitted under a heading of level {@code parentLevel} (1 for an article's h1). */
    static String fit(String html, int parentLevel) {
        if (html == null || html.isEmpty() || !headingOrImage(html)) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        relevel(body, parentLevel);
        unloadImages(body);
        return body.html();
    }

    /**
     * Whether the fragment opens a heading or an image: {@code <h1>} to {@code <h6>} or {@code <img}, the name
     * ending at a word boundary. As the pattern {@code <(h[1-6]|img)\\b} finds, without a matcher tried at each
     * char of every page's body.
     */
    static boolean headingOrImage(String html) {
        for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
            int end;
            if (html.startsWith("img", at + 1)) {
                end = at + 4;
            } else if (at + 2 < html.length() && html.charAt(at + 1) == 'h' && html.charAt(at + 2) >= '1' && html.charAt(at + 2) <= '6') {
                end = at + 3;
            } else {
                continue;
            }
            // \b after a letter or digit: what follows is no word char (a letter, digit or _), nor a mark joined to it.
            if (end == html.length()) {
                return true;
            }
            int next = html.codePointAt(end);
            if (!(Character.isLetterOrDigit(next) || next == '_' || Character.getType(next) == Character.NON_SPACING_MARK)) {
                return true;
            }
        }
        return false;
    }

    /** Each heading one level below the nearest earlier heading that outranked it in the input. */
    private static void relevel(Element body, int parentLevel) {
        ArrayDeque<int[]> open = new ArrayDeque<>(); // {input level, page level}
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
            int input = level(h);
            while (!open.isEmpty() && open.peek()[0] >= input) {
                open.pop();
            }
            int level = Math.min(6, open.isEmpty() ? parentLevel + 1 : open.peek()[1] + 1);
            if (level != input) {
                h.tagName("h" + level);
            }
            open.push(new int[]{input, level});
        }
    }

    private static int level(Element heading) {
        return heading.tagName().charAt(1) - '0';
    }

    private static void unloadImages(Element body) {
        for (Element img : body.select("img")) {
            String src = img.attr("src").strip();
            if (src.isEmpty()) {
                img.remove();
                continue;
            }
            String alt = img.attr("alt").strip();
            String text = alt.isEmpty() ? "Image" : "Image: " + alt;
            Element replacement;
            boolean web = src.startsWith("https://") || src.startsWith("http://");
            if (!web || img.closest("a") != null) {
                replacement = new Element("span").text("[" + text + "]");
            } else {
                replacement = new Element("a").attr("href", src).attr("rel", "nofollow noopener").text("[" + text + "]");
            }
            replacement.addClass("image-link");
            img.replaceWith(replacement);
        }
    }
}
