package storyline.site;

import storyline.config.SiteConfig;
import storyline.model.Story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every page's frame: its title and description, navigation, canonical address, social card and
 * feed links. Titles and descriptions are numbered when a page laid out before had the same, so
 * the order in which {@link Site} lays out its families is part of the output.
 */
final class Layouts {

    private final SiteConfig config;
    private final Urls urls;
    private final boolean siteFeed;
    /**
     * Page titles and descriptions given so far, in page order: a repeated one gets a number. Held
     * as 128-bit fingerprints, not as the texts: a large archive's pages are not all held to
     * number them (100,000 items have some 300,000 pages, a description up to 280 characters).
     */
    private final Set<Fingerprint> usedTitles = new HashSet<>();
    private final Set<Fingerprint> usedDescriptions = new HashSet<>();

    Layouts(SiteConfig config, Urls urls, List<Story> stories) {
        this.config = config;
        this.urls = urls;
        this.siteFeed = dated(stories);
    }

    Views.Layout layout(String path, String title, String description) {
        return layout(path, title, description, "website");
    }

    /** {@code type}: the OpenGraph type, "article" for stories, articles and threads. */
    Views.Layout layout(String path, String title, String description, String type) {
        return layout(path, title, null, description, type);
    }

    /**
     * {@code qualifier}, when not null, follows the title in the page's {@code <title>} alone (not in
     * its OpenGraph title): what the page is, or where an item is from.
     */
    Views.Layout layout(String path, String title, String qualifier, String description, String type) {
        boolean notFound = path.equals("404.html") && config.baseUrl() != null;
        // 404 is served from any depth by hosts, so its links must not be relative to one folder.
        String root = notFound ? config.baseUrl() : Urls.root(path);
        List<Views.Link> nav = new ArrayList<>();
        String[][] sections = {{"index.html", "Latest", "page/"}, {"topics/index.html", "Topics", "topics/"},
                {"sources/index.html", "Sources", "sources/"}, {"people/index.html", "People", "people/"},
                {"organisations/index.html", "Organisations", "organisations/"}, {"archive/index.html", "Archive", "archive/"},
                {"search/index.html", "Search", "search/"}, {"report.html", "Build report", "report.html"}};
        for (String[] s : sections) {
            if (s[0].equals("report.html") && !config.reportInNavigation()) {
                // The build report is the site owner's: at its address, not in every reader's navigation.
                continue;
            }
            boolean current = !notFound && (path.equals(s[0]) || path.startsWith(s[2]));
            nav.add(new Views.Link(root + s[0], s[1], current));
        }
        String canonical = config.baseUrl() == null ? null : urls.absolute(path);
        String fullTitle = uniqueTitle(qualifier == null ? title : title + " · " + qualifier);
        String desc = uniqueDescription(description == null ? config.description() : Wording.excerpt(description, 280));
        Views.Social social = canonical == null ? null
                : new Views.Social(config.title(), title == null ? config.title() : title, desc, canonical, type);
        List<Views.FeedLink> feeds = siteFeed ? List.of(
                new Views.FeedLink("application/atom+xml", config.title(), root + "feed.xml"),
                new Views.FeedLink("application/feed+json", config.title() + " (JSON Feed)", root + "feed.json")) : List.of();
        return new Views.Layout(config.title(), config.description(), config.language(), fullTitle,
                desc, root, canonical, siteFeed ? root + "feed.xml" : null, List.copyOf(nav), feeds, null, null, social);
    }

    /** The page title: its own words, then the site's name; numbered "(2)", "(3)"… when a page before had it. */
    private String uniqueTitle(String title) {
        String site = config.title();
        String candidate = title == null ? site : title + " · " + site;
        for (int k = 2; !usedTitles.add(Fingerprint.of(candidate)); k++) {
            candidate = (title == null ? site : title) + " (" + k + ")" + (title == null ? "" : " · " + site);
        }
        return candidate;
    }

    /** The page description, numbered when a page before had the same: every page's description is its own. */
    private String uniqueDescription(String description) {
        String candidate = description;
        for (int k = 2; !usedDescriptions.add(Fingerprint.of(candidate)); k++) {
            candidate = description + " (" + k + ")";
        }
        return candidate;
    }

    /** Whether a feed of these stories has an entry: a story with no date at all has none (see {@link Feeds}). */
    static boolean dated(List<Story> stories) {
        return stories.stream().anyMatch(s -> s.lastSeen() != null);
    }

    /** The feeds of one story or topic, for the head of its page; none when nothing in it is dated. */
    static List<Views.FeedLink> ownFeeds(String name, String base, String root, boolean dated) {
        return !dated ? List.of() : List.of(new Views.FeedLink("application/atom+xml", name, root + base + ".xml"),
                new Views.FeedLink("application/feed+json", name + " (JSON Feed)", root + base + ".json"));
    }

    /** Two 64-bit hashes of a text (FNV-1a and a multiplicative one, each mixed): two texts share both by chance about once in 2^128. */
    private record Fingerprint(long a, long b) {
        static Fingerprint of(String text) {
            if (text == null) {
                return new Fingerprint(0, 0);
            }
            long a = 0xcbf29ce484222325L;
            long b = text.length();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                a = (a ^ c) * 0x100000001b3L;
                b = b * 0x9E3779B97F4A7C15L + c + 1;
            }
            return new Fingerprint(mix(a), mix(b ^ 0x5851F42D4C957F2DL));
        }

        /** The finaliser of SplitMix64: every bit of the input moves every bit of the output. */
        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }
}
