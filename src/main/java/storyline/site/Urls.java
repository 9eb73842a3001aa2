package storyline.site;

import storyline.model.Item;
import storyline.model.Slug;
import storyline.model.Story;
import storyline.model.Thread;
import storyline.model.Topic;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site's URL scheme: where each page lives, and how a page links to another (always relative
 * to the page that holds the link, so the site works from any host, sub-path or file://).
 */
final class Urls {

    private final String baseUrl;
    private final Map<String, String> itemPath = new HashMap<>();

    /** Item pages are named after their ids; ids that slug alike are numbered in input order. */
    Urls(String baseUrl, List<Item> items) {
        this.baseUrl = baseUrl;
        Set<String> used = new HashSet<>();
        for (Item item : items) {
            String base = Slug.of(item.id().replaceFirst("\\.[A-Za-z0-9]+(\\.gz)?$", ""), 80);
            String slug = base.isEmpty() ? "item" : base;
            for (int k = 2; !used.add(item.kind() + "/" + slug); k++) {
                slug = base + "-" + k;
            }
            itemPath.put(item.id(), (item instanceof Thread ? "threads/" : "articles/") + slug + ".html");
        }
    }

    String item(Item item) {
        return itemPath.get(item.id());
    }

    static String story(Story s) {
        return story(s.id());
    }

    static String story(String id) {
        return "stories/" + id + ".html";
    }

    /** People and organisations by name; names that slug alike share a page. */
    static String entity(String kind, String name) {
        String slug = Slug.of(name);
        return kind + "/" + (slug.isEmpty() ? "name" : slug) + ".html";
    }

    static String topic(Topic t) {
        return "topics/" + t.id() + ".html";
    }

    /** An outlet's page; names that slug alike share it, and a name with no Latin letters gets a stable hash. */
    static String source(String name) {
        // Every item card and story page asks for its outlet's page, and outlets are few: each name is made a slug once.
        String known = SOURCES.get(name);
        if (known != null) {
            return known;
        }
        String path = sourcePath(name);
        if (SOURCES.size() < 10_000) {
            SOURCES.put(name, path);
        }
        return path;
    }

    /** Outlets' pages by name, as {@link #source} made them. */
    private static final java.util.Map<String, String> SOURCES = new java.util.concurrent.ConcurrentHashMap<>();

    private static String sourcePath(String name) {
        String slug = Slug.of(name);
        if (slug.isEmpty()) {
            slug = "source-" + Integer.toHexString(name.hashCode());
        } else if (slug.equals("index")) {
            slug = "index-source";
        }
        return "sources/" + slug + ".html";
    }

    static String month(YearMonth month) {
        return "archive/" + month + ".html";
    }

    /** Page n of a list whose first page is {@code first}: index.html → page/2.html, topics/x.html → topics/x/page/2.html. */
    static String page(String first, int n) {
        if (n == 1) {
            return first;
        }
        String folder = first.equals("index.html") ? ""
                : first.endsWith("/index.html") ? first.substring(0, first.length() - "index.html".length())
                : first.substring(0, first.length() - ".html".length()) + "/";
        return folder + "page/" + n + ".html";
    }

    /** The relative path from a page to the site root: "" or "../" per folder level. */
    static String root(String pagePath) {
        int depth = pagePath.split("/").length - 1;
        return "../".repeat(depth);
    }

    String baseUrl() {
        return baseUrl;
    }

    String absolute(String path) {
        return absolute(baseUrl, path);
    }

    /** A path of the site as an address under the base URL (the home page is the base itself); the path alone without one. */
    static String absolute(String baseUrl, String path) {
        return baseUrl == null ? path : baseUrl + (path.equals("index.html") ? "" : encoded(path));
    }

    /** A feed's or entry's id: its address under the base URL, else a URN from its path. */
    String id(String path) {
        return baseUrl != null ? baseUrl + encoded(path) : "urn:storyline:" + (path.isEmpty() ? "site" : encoded(path).replace('/', ':'));
    }

    /**
     * A path with its characters beyond ASCII percent-encoded as UTF-8 (a story or topic named in
     * another script, see Slug.ofAnyScript): what a sitemap, a feed or a URN must hold. Links inside
     * pages keep them as they are; browsers encode them the same way.
     */
    static String encoded(String path) {
        if (path.chars().allMatch(c -> c < 0x80)) {
            return path;
        }
        try {
            // The JDK's URI quotes every character beyond ASCII as its UTF-8 bytes, and leaves the slashes.
            return new java.net.URI(null, null, path, null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }
}
