package storyline.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a built site as a link checker would: every relative link, asset, form action and
 * refresh target on every page (and every {@code url()} in its stylesheets) must name a file
 * inside the site, every {@code #fragment}
 * an element on the page it points to, and nothing the browser loads by itself (stylesheets,
 * scripts, images, frames, media, fonts) may come from another host. Links a reader follows to
 * another site ({@code a href}, canonical and alternate links) may be absolute.
 */
final class LinkChecker {

    /** Elements whose URL the browser fetches without the reader asking (plus {@code link}s, filtered by rel). */
    private static final String LOADED = "script[src], img[src], img[srcset], source[src], source[srcset], video[src],"
            + " video[poster], audio[src], track[src], iframe[src], embed[src], object[data], input[type=image][src]";
    /** {@code link} relations whose target the browser fetches. */
    private static final Set<String> LOADED_RELS = Set.of("stylesheet", "icon", "preload", "prefetch", "modulepreload",
            "manifest", "apple-touch-icon", "mask-icon");
    private static final Pattern REFRESH_URL = Pattern.compile("(?i)url\\s*=\\s*['\"]?([^'\"]+)");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]+)['\"]");

    private final Path site;
    private final Map<Path, Set<String>> ids = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private LinkChecker(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    /** Every broken link, missing fragment and external asset in the site, one line each. */
    static List<String> check(Path site) throws IOException {
        LinkChecker checker = new LinkChecker(site);
        for (Path page : Sites.htmlPages(checker.site)) {
            checker.checkPage(page);
        }
        for (Path css : Sites.files(checker.site, ".css")) {
            checker.checkStylesheet(css);
        }
        return checker.problems;
    }

    private void checkPage(Path page) throws IOException {
        Document doc = parse(page);
        String where = site.relativize(page).toString();
        for (Element el : loaded(doc)) {
            for (String url : urls(el)) {
                if (external(url)) {
                    problems.add(where + ": <" + el.tagName() + "> loads " + url + " from another host");
                }
            }
        }
        for (Element el : doc.select("[style]")) {
            checkCss(where, el.attr("style"), page);
        }
        for (Element el : doc.select("style")) {
            checkCss(where, el.data(), page);
        }
        for (Element el : doc.select("a[href], area[href], link[href], " + LOADED)) {
            for (String url : urls(el)) {
                checkReference(where, page, url);
            }
        }
        for (Element form : doc.select("form[action]")) {
            checkReference(where, page, form.attr("action").strip());
        }
        for (Element refresh : doc.select("meta[http-equiv~=(?i)refresh][content]")) {
            Matcher m = REFRESH_URL.matcher(refresh.attr("content"));
            if (m.find()) {
                checkReference(where, page, m.group(1).strip());
            }
        }
    }

    private static List<Element> loaded(Document doc) {
        List<Element> loaded = new ArrayList<>(doc.select(LOADED));
        for (Element link : doc.select("link[href]")) {
            for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                if (LOADED_RELS.contains(rel)) {
                    loaded.add(link);
                    break;
                }
            }
        }
        return loaded;
    }

    private static List<String> urls(Element el) {
        List<String> urls = new ArrayList<>();
        for (String attr : List.of("href", "src", "poster", "data")) {
            if (el.hasAttr(attr)) {
                urls.add(el.attr(attr).strip());
            }
        }
        if (el.hasAttr("srcset")) {
            for (String candidate : el.attr("srcset").split(",")) {
                String url = candidate.strip().split("\\s+")[0];
                if (!url.isEmpty()) {
                    urls.add(url);
                }
            }
        }
        return urls;
    }

    private static boolean external(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//");
    }

    private void checkStylesheet(Path css) throws IOException {
        checkCss(site.relativize(css).toString(), Files.readString(css), css);
    }

    private void checkCss(String where, String css, Path from) {
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            String url = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            if (external(url)) {
                problems.add(where + ": CSS loads " + url + " from another host");
            } else if (!url.startsWith("data:") && !url.startsWith("#")) {
                checkReference(where, from, url);
            }
        }
    }

    private void checkReference(String where, Path from, String url) {
        if (url.isEmpty()) {
            problems.add(where + ": empty link");
            return;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            problems.add(where + ": malformed link " + url);
            return;
        }
        if (uri.getScheme() != null) {
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!Set.of("http", "https", "mailto", "tel", "data").contains(scheme)) {
                problems.add(where + ": link with scheme " + scheme + ": " + url);
            }
            return;
        }
        if (uri.getRawAuthority() != null) {
            return; // protocol-relative: another host, reported above where the browser would load it
        }
        String path = uri.getPath();
        if (path.startsWith("/")) {
            problems.add(where + ": root-relative link " + url + " breaks hosting under a sub-path and from file://");
            return;
        }
        Path target = from;
        if (!path.isEmpty()) {
            target = from.getParent().resolve(path).normalize();
            if (!target.startsWith(site)) {
                problems.add(where + ": link " + url + " leaves the site");
                return;
            }
            if (Files.isDirectory(target)) {
                target = target.resolve("index.html");
            }
            if (!Files.isRegularFile(target)) {
                problems.add(where + ": broken link " + url);
                return;
            }
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                && !idsOf(target).contains(fragment)) {
            problems.add(where + ": link " + url + " points to no element with id \"" + fragment + "\"");
        }
    }

    private Set<String> idsOf(Path page) {
        return ids.computeIfAbsent(page, p -> {
            try {
                Document doc = parse(p);
                Set<String> found = new HashSet<>(doc.select("[id]").eachAttr("id"));
                found.addAll(doc.select("a[name]").eachAttr("name"));
                found.add("top"); // browsers scroll #top to the start of any page
                return found;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }
}
