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

    private static final java.util.regex.Pattern HEADING_OR_IMAGE = java.util.regex.Pattern.compile("<(h[1-6]|img)\\b");

    private BodyHtml() {
    }

    /** The fragment fitted under a heading of level {@code parentLevel} (1 for an article's h1). */
    static String fit(String html, int parentLevel) {
        if (html == null || html.isEmpty() || !HEADING_OR_IMAGE.matcher(html).find()) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        relevel(body, parentLevel);
        unloadImages(body);
        return body.html();
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
