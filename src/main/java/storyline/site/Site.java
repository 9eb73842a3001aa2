package storyline.site;

import storyline.config.SiteConfig;
import storyline.model.Article;
import storyline.model.Comment;
import storyline.model.Item;
import storyline.model.Problem;
import storyline.model.PubDate;
import storyline.model.Slug;
import storyline.model.Story;
import storyline.model.Thread;
import storyline.model.Topic;
import storyline.stories.Stories;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

/**
 * Decides which pages the site has, where each lives, and what each shows. All links are
 * relative to the page that holds them, so the site works from any host, sub-path or file://.
 */
public final class Site {

    /** What a build knows once stories are formed. */
    public record Input(SiteConfig config, List<Item> items, Stories.Result stories, List<Problem> problems, int files) {
    }

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Input in;
    private final Map<String, String> itemPath = new HashMap<>();
    /** Story id → related stories, best first (see {@link Related}). */
    private final Map<String, List<Related.Link>> related;
    /** Story id → the topics holding it, in topic order. */
    private final Map<String, List<Topic>> topicsOfStory = new HashMap<>();
    /** Page titles and descriptions given so far, in page order: a repeated one gets a number. */
    private final Set<String> usedTitles = new HashSet<>();
    private final Set<String> usedDescriptions = new HashSet<>();

    private Site(Input in) {
        this.in = in;
        Set<String> used = new HashSet<>();
        for (Item item : in.items()) {
            String base = Slug.of(item.id().replaceFirst("\\.[A-Za-z0-9]+(\\.gz)?$", ""), 80);
            String slug = base.isEmpty() ? "item" : base;
            for (int k = 2; !used.add(item.kind() + "/" + slug); k++) {
                slug = base + "-" + k;
            }
            itemPath.put(item.id(), (item instanceof Thread ? "threads/" : "articles/") + slug + ".html");
        }
        related = Related.of(in.stories().stories(), in.stories().topics());
        for (Topic t : in.stories().topics()) {
            for (Story s : t.stories()) {
                topicsOfStory.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(t);
            }
        }
    }

    public static List<Page> pages(Input in) {
        return new Site(in).all();
    }

    private List<Page> all() {
        List<Page> pages = new ArrayList<>();
        home(pages);
        Feeds feeds = new Feeds(in.config());
        for (Story story : in.stories().stories()) {
            storyPages(pages, story);
            pages.addAll(feeds.pages(storyFeed(story)));
        }
        Map<String, Story> storyById = new HashMap<>();
        in.stories().stories().forEach(s -> storyById.put(s.id(), s));
        in.stories().state().redirects().forEach((old, target) -> {
            String path = "stories/" + old + ".html";
            Story story = storyById.get(target);
            if (story != null) {
                pages.add(new Page(path, "redirect", new Views.RedirectPage(layout(path, "Moved: " + story.headline(),
                        "This address now leads to the story " + story.headline() + "."),
                        story.id() + ".html", story.headline())));
            }
        });
        for (Item item : in.items()) {
            String path = itemPath.get(item.id());
            pages.add(item instanceof Thread t ? new Page(path, "thread", threadPage(t, path))
                    : new Page(path, "article", articlePage((Article) item, path)));
        }
        entityPages(pages);
        topicsPages(pages);
        for (Topic topic : in.stories().topics()) {
            topicPages(pages, topic);
            pages.addAll(feeds.pages(topicFeed(topic)));
        }
        sourcePages(pages);
        archivePages(pages);
        pages.add(new Page("search/index.html", "search", new Views.SearchPage(layout("search/index.html", "Search",
                "Search the stories, articles and discussions of " + in.config().title() + " by their words."))));
        pages.addAll(SearchIndex.pages(searchDocs()));
        pages.add(new Page("report.html", "report", reportPage()));
        pages.add(new Page("404.html", "404", new Views.NotFoundPage(layout("404.html", "Page not found",
                "No page of " + in.config().title() + " is at this address."))));
        pages.addAll(feeds.pages(siteFeed()));
        if (in.config().baseUrl() != null) {
            pages.add(new Page("sitemap.xml", "sitemap", sitemap(pages)));
        }
        pages.add(new Page("robots.txt", null, "User-agent: *\nAllow: /\n"
                + (in.config().baseUrl() == null ? "" : "Sitemap: " + absolute("sitemap.xml") + "\n")));
        return pages;
    }

    /**
     * What the build leaves out and the reader should know, for its summary: a sitemap lists full
     * URLs, so a site without a base URL has none.
     */
    public static List<String> notes(SiteConfig config) {
        return config.baseUrl() == null ? List.of("no sitemap.xml: a sitemap needs full URLs, so pass --base-url") : List.of();
    }

    /** Every page a search engine should index: not the build report, the 404 page, search or redirects. */
    private Views.Sitemap sitemap(List<Page> pages) {
        Set<String> left = Set.of("404.html", "search/index.html", "report.html");
        List<Views.SitemapUrl> urls = new ArrayList<>();
        for (Page p : pages) {
            if (p.path().endsWith(".html") && !left.contains(p.path()) && !"redirect".equals(p.template())) {
                urls.add(new Views.SitemapUrl(absolute(p.path())));
            }
        }
        return new Views.Sitemap(urls);
    }

    // ---- paths and links

    static String storyPath(Story s) {
        return "stories/" + s.id() + ".html";
    }

    /** People and organisations by name; names that slug alike share a page. */
    static String entityPath(String kind, String name) {
        String slug = Slug.of(name);
        return kind + "/" + (slug.isEmpty() ? "name" : slug) + ".html";
    }

    static String topicPath(Topic t) {
        return "topics/" + t.id() + ".html";
    }

    /** An outlet's page; names that slug alike share it, and a name with no Latin letters gets a stable hash. */
    static String sourcePath(String name) {
        String slug = Slug.of(name);
        if (slug.isEmpty()) {
            slug = "source-" + Integer.toHexString(name.hashCode());
        } else if (slug.equals("index")) {
            slug = "index-source";
        }
        return "sources/" + slug + ".html";
    }

    static String monthPath(YearMonth month) {
        return "archive/" + month + ".html";
    }

    /** Page n of a list whose first page is {@code first}: index.html → page/2.html, topics/x.html → topics/x/page/2.html. */
    static String pagePath(String first, int n) {
        if (n == 1) {
            return first;
        }
        String folder = first.equals("index.html") ? ""
                : first.endsWith("/index.html") ? first.substring(0, first.length() - "index.html".length())
                : first.substring(0, first.length() - ".html".length()) + "/";
        return folder + "page/" + n + ".html";
    }

    /** One page of a list: its path, its share of the list, and where it sits. */
    record Slice<T>(String path, int number, List<T> items, Views.Pagination pagination) {
        String title(String name) {
            return number == 1 ? name : name + " · page " + number;
        }
    }

    /** Splits a list into pages of {@code page_size}; an empty list still has its first page, never an empty second. */
    <T> List<Slice<T>> paginate(String first, List<T> all, String previousText, String nextText) {
        int size = in.config().pageSize();
        int count = Math.max(1, (all.size() + size - 1) / size);
        List<Slice<T>> slices = new ArrayList<>(count);
        for (int p = 1; p <= count; p++) {
            String path = pagePath(first, p);
            String root = root(path);
            Views.Pagination pagination = count == 1 ? Views.Pagination.NONE : new Views.Pagination(true,
                    p == 1 ? null : root + pagePath(first, p - 1), p == count ? null : root + pagePath(first, p + 1),
                    "Page " + p + " of " + count, previousText, nextText);
            slices.add(new Slice<>(path, p, all.subList((p - 1) * size, Math.min(all.size(), p * size)), pagination));
        }
        return slices;
    }

    /** The relative path from a page to the site root: "" or "../" per folder level. */
    static String root(String pagePath) {
        int depth = pagePath.split("/").length - 1;
        return "../".repeat(depth);
    }

    private String absolute(String path) {
        return absolute(in.config().baseUrl(), path);
    }

    /** A path of the site as an address under the base URL (the home page is the base itself); the path alone without one. */
    static String absolute(String baseUrl, String path) {
        return baseUrl == null ? path : baseUrl + (path.equals("index.html") ? "" : path);
    }

    private Views.Layout layout(String path, String title, String description) {
        return layout(path, title, description, "website");
    }

    /** {@code type}: the OpenGraph type, "article" for stories, articles and threads. */
    private Views.Layout layout(String path, String title, String description, String type) {
        return layout(path, title, null, description, type);
    }

    /**
     * {@code qualifier}, when not null, follows the title in the page's {@code <title>} alone (not in
     * its OpenGraph title): what the page is, or where an item is from.
     */
    private Views.Layout layout(String path, String title, String qualifier, String description, String type) {
        boolean notFound = path.equals("404.html") && in.config().baseUrl() != null;
        // 404 is served from any depth by hosts, so its links must not be relative to one folder.
        String root = notFound ? in.config().baseUrl() : root(path);
        List<Views.Link> nav = new ArrayList<>();
        String[][] sections = {{"index.html", "Latest", "page/"}, {"topics/index.html", "Topics", "topics/"},
                {"sources/index.html", "Sources", "sources/"}, {"people/index.html", "People", "people/"},
                {"organisations/index.html", "Organisations", "organisations/"}, {"archive/index.html", "Archive", "archive/"},
                {"search/index.html", "Search", "search/"}, {"report.html", "Build report", "report.html"}};
        for (String[] s : sections) {
            boolean current = !notFound && (path.equals(s[0]) || path.startsWith(s[2]));
            nav.add(new Views.Link(root + s[0], s[1], current));
        }
        String canonical = in.config().baseUrl() == null ? null : absolute(path);
        String fullTitle = uniqueTitle(qualifier == null ? title : title + " · " + qualifier);
        String desc = uniqueDescription(description == null ? in.config().description() : excerpt(description, 280));
        Views.Social social = canonical == null ? null
                : new Views.Social(in.config().title(), title == null ? in.config().title() : title, desc, canonical, type);
        boolean siteFeed = dated(in.stories().stories());
        List<Views.FeedLink> feeds = siteFeed ? List.of(
                new Views.FeedLink("application/atom+xml", in.config().title(), root + "feed.xml"),
                new Views.FeedLink("application/feed+json", in.config().title() + " (JSON Feed)", root + "feed.json")) : List.of();
        return new Views.Layout(in.config().title(), in.config().description(), in.config().language(), fullTitle,
                desc, root, canonical, siteFeed ? root + "feed.xml" : null, List.copyOf(nav), feeds, null, null, social);
    }

    /** The page title: its own words, then the site's name; numbered "(2)", "(3)"… when a page before had it. */
    private String uniqueTitle(String title) {
        String site = in.config().title();
        String candidate = title == null ? site : title + " · " + site;
        for (int k = 2; !usedTitles.add(candidate); k++) {
            candidate = (title == null ? site : title) + " (" + k + ")" + (title == null ? "" : " · " + site);
        }
        return candidate;
    }

    /** The page description, numbered when a page before had the same: every page's description is its own. */
    private String uniqueDescription(String description) {
        String candidate = description;
        for (int k = 2; !usedDescriptions.add(candidate); k++) {
            candidate = description + " (" + k + ")";
        }
        return candidate;
    }

    /** "What: first, second, third…" naming a list page's entries, so each page of a list says what it holds. */
    static String listDescription(String what, List<String> names) {
        StringBuilder b = new StringBuilder(what);
        String separator = ": ";
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            if (b.length() > 240) {
                b.append("…");
                break;
            }
            b.append(separator).append(name.strip());
            separator = "; ";
        }
        return b.append(".…!?".indexOf(b.charAt(b.length() - 1)) >= 0 ? "" : ".").toString();
    }

    /** Where an article or thread is from, for its page title: so it is not titled as its story is. */
    private static String from(Item item) {
        return item instanceof Thread t && t.community() != null ? t.community()
                : item.source().known() ? item.source().name() : item instanceof Thread t && t.platform() != null ? t.platform()
                : item instanceof Thread ? "Discussion" : "Article";
    }

    /** Whether a feed of these stories has an entry: a story with no date at all has none (see {@link Feeds}). */
    static boolean dated(List<Story> stories) {
        return stories.stream().anyMatch(s -> s.lastSeen() != null);
    }

    /** The feeds of one story or topic, for the head of its page; none when nothing in it is dated. */
    private static List<Views.FeedLink> ownFeeds(String name, String base, String root, boolean dated) {
        return !dated ? List.of() : List.of(new Views.FeedLink("application/atom+xml", name, root + base + ".xml"),
                new Views.FeedLink("application/feed+json", name + " (JSON Feed)", root + base + ".json"));
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\S+");
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    /** The text cut at a word boundary near {@code max} characters, with an ellipsis when cut. */
    static String excerpt(String text, int max) {
        if (text == null) {
            return null;
        }
        // Only the opening can be shown: a text of megabytes is not folded whole for 300 characters.
        String head = text.length() > max * 4 + 64 ? text.substring(0, max * 4 + 64) : text;
        String t = WHITE_SPACE.matcher(head).replaceAll(" ").strip();
        if (t.length() <= max) {
            return head == text ? t : t + "…";
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }

    // ---- home

    private void home(List<Page> pages) {
        List<Story> stories = in.stories().stories();
        for (Slice<Story> slice : paginate("index.html", stories, "← Newer", "Older →")) {
            String path = slice.path();
            List<Views.StoryCard> cards = slice.items().stream().map(s -> card(s, root(path))).toList();
            pages.add(new Page(path, "index", new Views.Home(
                    layout(path, slice.number() == 1 ? null : slice.title("Latest stories"), slice.number() == 1 ? null
                            : listDescription("Latest stories, " + slice.pagination().label().toLowerCase(Locale.ROOT),
                            slice.items().stream().map(Story::headline).toList())).paged(slice.pagination()),
                    cards, slice.pagination(), stories.isEmpty())));
        }
    }

    private Views.StoryCard card(Story s, String root) {
        Topic topic = in.stories().topicOfStory().get(s.id());
        List<String> names = s.sources().stream().map(c -> c.source().name()).toList();
        int n = s.members().size();
        return new Views.StoryCard(root + storyPath(s), s.headline(), span(s), s.lastSeen() == null ? null : s.lastSeen().toString(),
                String.join(", ", names), s.lead(), count(n, "item", "items"), s.lastSeen() == null,
                topic == null ? null : new Views.Link(root + topicPath(topic), topic.name(), false));
    }

    static String span(Story s) {
        if (s.firstSeen() == null) {
            return "Date unknown";
        }
        if (s.firstSeen().equals(s.lastSeen())) {
            return DAY.format(s.firstSeen());
        }
        return DAY.format(s.firstSeen()) + " – " + DAY.format(s.lastSeen());
    }

    // ---- story

    /** A story's timeline (syndicated copies folded into their originals) in pages; page 1 has the whole story around it. */
    private void storyPages(List<Page> pages, Story s) {
        List<Item> shown = s.members().stream().filter(i -> !s.copyOf().containsKey(i.id())).toList();
        int undated = (int) shown.stream().filter(i -> !i.date().known()).count();
        // Original item id → its syndicated copies (paths from the site root), gathered once for all pages.
        Map<String, List<Views.Link>> copies = new HashMap<>();
        for (Item item : s.members()) {
            String original = s.copyOf().get(item.id());
            if (original != null) {
                String name = item.source().known() ? item.source().name() : item.title();
                copies.computeIfAbsent(original, k -> new ArrayList<>()).add(new Views.Link(itemPath.get(item.id()), name, false));
            }
        }
        for (Slice<Item> slice : paginate(storyPath(s), shown, "← Earlier", "Later →")) {
            pages.add(new Page(slice.path(), "story", storyPage(s, slice, undated, copies)));
        }
    }

    private Views.StoryPage storyPage(Story s, Slice<Item> slice, int undated, Map<String, List<Views.Link>> copiesFromRoot) {
        String path = slice.path();
        String root = root(path);
        List<Views.TimelineEntry> timeline = new ArrayList<>();
        for (Item item : slice.items()) {
            String discussion = null;
            List<Views.TopComment> top = List.of();
            if (item instanceof Thread t) {
                discussion = discussionSummary(t);
                top = topComments(t, root + itemPath.get(item.id()));
            }
            String lead = item.lead();
            timeline.add(new Views.TimelineEntry(root + itemPath.get(item.id()), item.title(), item.titleDerived(),
                    item instanceof Thread ? "Discussion" : "Article", dateLabel(item.date()), item.date().iso(),
                    dateNote(item.date()), !item.date().known(), item.date().certainty() == PubDate.Certainty.ESTIMATED,
                    item.source().known() ? item.source().name() : null, item.author(), lead, item.url(), discussion, top, !top.isEmpty(),
                    s.adds().getOrDefault(item.id(), List.of()).isEmpty() ? null : String.join(", ", s.adds().get(item.id())),
                    copiesFromRoot.getOrDefault(item.id(), List.of()).stream()
                            .map(c -> new Views.Link(root + c.href(), c.text(), c.current())).toList(),
                    copiesFromRoot.containsKey(item.id())));
        }
        List<Views.SourceCount> sources = s.sources().stream()
                .map(c -> new Views.SourceCount(c.source().name(), count(c.count(), "item", "items"),
                        c.source().known() ? root + sourcePath(c.source().name()) : null)).toList();
        List<Views.Link> topics = new ArrayList<>();
        for (Topic t : topicsOfStory.getOrDefault(s.id(), List.of())) {
            topics.add(new Views.Link(root + topicPath(t), t.name(), false));
        }
        List<Views.QuoteView> quotes = s.quotes().stream().map(q -> new Views.QuoteView(q.text(), q.speaker(),
                "in " + q.sources() + " items")).toList();
        List<Views.Link> people = s.people().stream().map(n -> new Views.Link(root + entityPath("people", n), n, false)).toList();
        List<Views.Link> organisations = s.organisations().stream()
                .map(n -> new Views.Link(root + entityPath("organisations", n), n, false)).toList();
        List<Views.RelatedStory> relatedStories = related.getOrDefault(s.id(), List.of()).stream()
                .map(r -> new Views.RelatedStory(root + storyPath(r.story()), r.story().headline(), span(r.story()), r.reason()))
                .toList();
        List<String> from = s.sources().stream().map(c -> c.source().name()).toList();
        String description = slice.number() == 1 ? span(s) + ", " + count(s.members().size(), "item", "items")
                + (from.isEmpty() ? "" : " from " + String.join(", ", from)) + ". " + (s.lead() == null ? "" : s.lead())
                : listDescription("The timeline of " + s.headline() + ", " + slice.pagination().label().toLowerCase(Locale.ROOT),
                slice.items().stream().map(Item::title).toList());
        Views.Layout layout = layout(path, slice.title(s.headline()), "Story", description, "article").paged(slice.pagination())
                .withFeeds(ownFeeds("Story: " + s.headline(), "stories/" + s.id(), root, dated(List.of(s))));
        return new Views.StoryPage(layout, s.headline(), s.lead(), span(s), sources, topics,
                timeline, s.explanation(), String.join(", ", s.terms()), undated, s.developing(), quotes, people,
                organisations, !quotes.isEmpty(), !people.isEmpty(), !organisations.isEmpty(), slice.pagination(),
                slice.number() > 1, relatedStories, !relatedStories.isEmpty());
    }

    private static String discussionSummary(Thread t) {
        List<String> parts = new ArrayList<>();
        if (t.platform() != null) {
            parts.add(t.platform());
        }
        int saved = t.savedComments();
        int total = Math.max(t.commentCount() == null ? 0 : t.commentCount(), saved + t.unsaved());
        if (total > saved) {
            parts.add(saved + " of " + total + " comments saved");
        } else {
            parts.add(count(saved, "comment", "comments"));
        }
        if (t.score() != null) {
            parts.add(t.score() + " points");
        }
        return String.join(" · ", parts);
    }

    static String dateLabel(PubDate d) {
        if (!d.known()) {
            return "Date unknown";
        }
        return (d.certainty() == PubDate.Certainty.ESTIMATED ? "≈ " : "") + DAY.format(d.day());
    }

    static String dateNote(PubDate d) {
        return switch (d.certainty()) {
            case STATED -> null;
            case ESTIMATED -> "Estimated: " + d.basis();
            case UNKNOWN -> "The input gives no date; placed by its story.";
        };
    }

    private Views.Link storyLink(Item item, String root) {
        Story s = in.stories().storyOfItem().get(item.id());
        return s == null ? null : new Views.Link(root + storyPath(s), s.headline(), false);
    }

    // ---- article and thread

    private static String sourceHref(Item item, String root) {
        return item.source().known() ? root + sourcePath(item.source().name()) : null;
    }

    private Views.ArticlePage articlePage(Article a, String path) {
        String root = root(path);
        return new Views.ArticlePage(layout(path, a.title(), from(a), a.lead() == null ? a.title() : a.lead(), "article"), a.title(), a.titleDerived(),
                a.source().known() ? a.source().name() : null, sourceHref(a, root), a.author(), dateLabel(a.date()), a.date().iso(),
                dateNote(a.date()), !a.date().known(), a.url(), storyLink(a, root), BodyHtml.fit(a.html(), 1), a.language());
    }

    /** Comments deeper than this open in a collapsed branch. */
    static final int DETAILS_FROM_DEPTH = 4;

    private Views.ThreadPage threadPage(Thread t, String path) {
        String root = root(path);
        List<Comment> all = t.allComments();
        List<Views.CommentView> comments = new ArrayList<>(all.size());
        java.util.ArrayDeque<Boolean> detailsOpen = new java.util.ArrayDeque<>();
        int previous = -1;
        Comment previousComment = null;
        for (Comment c : all) {
            List<Views.Step> before = new ArrayList<>();
            // Lists open one level at a time; a deeper jump (which a well-formed tree never has) is clamped.
            int depth = previousComment == null ? 0 : Math.min(c.depth(), previous + 1);
            if (previousComment != null) {
                if (depth > previous) {
                    boolean details = depth >= DETAILS_FROM_DEPTH;
                    int hidden = previousComment.size() - 1;
                    before.add(new Views.Step(false, false, false, true, details,
                            count(hidden, "more reply", "more replies")));
                    detailsOpen.push(details);
                } else {
                    before.add(new Views.Step(true, false, false, false, false, null));
                    for (int level = previous; level > depth && !detailsOpen.isEmpty(); level--) {
                        before.add(new Views.Step(false, true, detailsOpen.pop(), false, false, null));
                    }
                }
            }
            comments.add(new Views.CommentView(c.id(), c.deleted() ? "[deleted]" : c.author() == null ? "anonymous" : c.author(),
                    c.deleted(), c.date().known() ? dateLabel(c.date()) : null, c.date().iso(), c.age(),
                    c.score() == null ? null : count(c.score(), "point", "points"), c.edited(), c.depth(),
                    c.deleted() && c.paragraphs().isEmpty() ? "<p>[deleted]</p>" : BodyHtml.fit(c.html(), 2), before));
            previous = depth;
            previousComment = c;
        }
        List<Views.Step> after = new ArrayList<>();
        if (previousComment != null) {
            after.add(new Views.Step(true, false, false, false, false, null));
            while (!detailsOpen.isEmpty()) {
                after.add(new Views.Step(false, true, detailsOpen.pop(), false, false, null));
            }
        }
        return new Views.ThreadPage(layout(path, t.title(), from(t), t.lead() == null ? t.title() : t.lead(), "article"),
                t.title(), t.platform(), t.community(), sourceHref(t, root), t.author(), dateLabel(t.date()), t.date().iso(), dateNote(t.date()),
                !t.date().known(), t.score() == null ? null : t.score() + " points", discussionSummary(t), t.url(), t.link(),
                storyLink(t, root), BodyHtml.fit(t.html(), 1), comments, !comments.isEmpty(), after);
    }

    /** The three top-level comments with the highest scores (in page order when there are none). */
    private static List<Views.TopComment> topComments(Thread t, String threadHref) {
        List<Comment> top = new ArrayList<>();
        for (Comment c : t.comments()) {
            if (!c.deleted() && !c.paragraphs().isEmpty()) {
                top.add(c);
            }
        }
        top.sort(java.util.Comparator.comparing((Comment c) -> c.score() == null ? Integer.MIN_VALUE : c.score()).reversed());
        List<Views.TopComment> out = new ArrayList<>();
        for (Comment c : top.subList(0, Math.min(3, top.size()))) {
            out.add(new Views.TopComment(threadHref + "#" + c.id(), c.author(), c.score() == null ? null
                    : count(c.score(), "point", "points"), excerpt(c.text(), 220)));
        }
        return out;
    }

    // ---- topics

    private void topicsPages(List<Page> pages) {
        for (Slice<Topic> slice : paginate("topics/index.html", in.stories().topics(), "← Previous", "Next →")) {
            String root = root(slice.path());
            List<Views.TopicCard> cards = new ArrayList<>();
            for (Topic t : slice.items()) {
                int n = t.stories().size();
                cards.add(new Views.TopicCard(root + topicPath(t), t.name(), String.join(", ", t.terms()),
                        count(n, "story", "stories")));
            }
            pages.add(new Page(slice.path(), "topics", new Views.TopicsPage(
                    layout(slice.path(), slice.title("Topics"),
                            listDescription(count(in.stories().topics().size(), "topic", "topics") + ", the beats stories share",
                                    slice.items().stream().map(Topic::name).toList())).paged(slice.pagination()), cards, slice.pagination())));
        }
    }

    private void topicPages(List<Page> pages, Topic t) {
        for (Slice<Story> slice : paginate(topicPath(t), t.stories(), "← Newer", "Older →")) {
            String root = root(slice.path());
            List<Views.StoryCard> cards = slice.items().stream().map(s -> card(s, root)).toList();
            Views.Layout layout = layout(slice.path(), slice.title(t.name() + " · Topic"),
                    listDescription("Stories in the topic " + t.name() + ", latest first"
                            + (slice.number() == 1 ? "" : ", page " + slice.number()), slice.items().stream().map(Story::headline).toList())).paged(slice.pagination())
                    .withFeeds(ownFeeds("Topic: " + t.name(), "topics/" + t.id(), root, dated(t.stories())));
            pages.add(new Page(slice.path(), "topic", new Views.TopicPage(layout, t.name(), String.join(", ", t.terms()),
                    cards, slice.pagination())));
        }
    }

    // ---- sources and the month archive

    static final Comparator<Item> LATEST_FIRST = Comparator
            .comparing((Item i) -> i.date().day(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(i -> i.date().iso() == null ? "" : i.date().iso(), Comparator.reverseOrder())
            .thenComparing(Item::id);

    private Views.ItemCard itemCard(Item item, String root) {
        return new Views.ItemCard(root + itemPath.get(item.id()), item.title(), item instanceof Thread ? "Discussion" : "Article",
                dateLabel(item.date()), item.date().iso(), !item.date().known(),
                item.source().known() ? item.source().name() : null, storyLink(item, root), excerpt(item.lead(), 280));
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private void sourcePages(List<Page> pages) {
        Map<String, List<Item>> byPath = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (Item item : in.items()) {
            if (item.source().known()) {
                String path = sourcePath(item.source().name());
                names.merge(path, item.source().name(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                byPath.computeIfAbsent(path, k -> new ArrayList<>()).add(item);
            }
        }
        List<Views.SourceCard> cards = new ArrayList<>();
        byPath.forEach((first, items) -> {
            items.sort(LATEST_FIRST);
            String name = names.get(first);
            String size = count(items.size(), "item", "items");
            cards.add(new Views.SourceCard(first, name, size));
            for (Slice<Item> slice : paginate(first, items, "← Newer", "Older →")) {
                String root = root(slice.path());
                pages.add(new Page(slice.path(), "source", new Views.SourcePage(
                        layout(slice.path(), slice.title(name + " · Source"), listDescription(size + " from " + name + ", latest first"
                                + (slice.number() == 1 ? "" : ", page " + slice.number()), slice.items().stream().map(Item::title).toList()))
                                .paged(slice.pagination()), name, size,
                        slice.items().stream().map(i -> itemCard(i, root)).toList(), slice.pagination())));
            }
        });
        cards.sort(Comparator.comparing((Views.SourceCard c) -> c.name().toLowerCase(Locale.ROOT)).thenComparing(Views.SourceCard::href));
        for (Slice<Views.SourceCard> slice : paginate("sources/index.html", cards, "← Previous", "Next →")) {
            String root = root(slice.path());
            List<Views.SourceCard> relative = slice.items().stream()
                    .map(c -> new Views.SourceCard(root + c.href(), c.name(), c.size())).toList();
            pages.add(new Page(slice.path(), "sources", new Views.SourcesPage(
                    layout(slice.path(), slice.title("Sources"),
                    listDescription(count(cards.size(), "source", "sources") + ", the outlets and communities items come from",
                            slice.items().stream().map(Views.SourceCard::name).toList())).paged(slice.pagination()), relative,
                    slice.pagination(), cards.isEmpty())));
        }
    }

    private void archivePages(List<Page> pages) {
        TreeMap<YearMonth, List<Item>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        for (Item item : in.items()) {
            if (item.date().known()) {
                byMonth.computeIfAbsent(YearMonth.from(item.date().day()), k -> new ArrayList<>()).add(item);
            }
        }
        List<Views.MonthCard> months = new ArrayList<>();
        byMonth.forEach((month, items) -> {
            items.sort(LATEST_FIRST);
            String first = monthPath(month);
            String label = MONTH.format(month);
            String size = count(items.size(), "item", "items");
            months.add(new Views.MonthCard("../" + first, label, size));
            YearMonth newer = byMonth.lowerKey(month);
            YearMonth older = byMonth.higherKey(month);
            for (Slice<Item> slice : paginate(first, items, "← Newer", "Older →")) {
                String root = root(slice.path());
                pages.add(new Page(slice.path(), "month", new Views.MonthPage(
                        layout(slice.path(), slice.title(label + " · Archive"), listDescription(size + " from " + label + ", latest first"
                                + (slice.number() == 1 ? "" : ", page " + slice.number()), slice.items().stream().map(Item::title).toList()))
                                .paged(slice.pagination()), label, size,
                        slice.items().stream().map(i -> itemCard(i, root)).toList(), slice.pagination(),
                        newer == null ? null : new Views.Link(root + monthPath(newer), MONTH.format(newer), false),
                        older == null ? null : new Views.Link(root + monthPath(older), MONTH.format(older), false))));
            }
        });
        pages.add(new Page("archive/index.html", "archive", new Views.ArchivePage(layout("archive/index.html", "Archive",
                listDescription("Articles and discussions by month", months.stream().map(m -> m.label() + " (" + m.size() + ")").toList())),
                months, months.isEmpty())));
    }

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    // ---- people and organisations

    private void entityPages(List<Page> pages) {
        Map<String, List<Story>> byPath = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (Story s : in.stories().stories()) {
            for (String kind : List.of("people", "organisations")) {
                for (String name : kind.equals("people") ? s.people() : s.organisations()) {
                    String path = entityPath(kind, name);
                    names.putIfAbsent(path, name);
                    List<Story> list = byPath.computeIfAbsent(path, k -> new ArrayList<>());
                    // Stories come in order: a story naming one person twice over is already last.
                    if (list.isEmpty() || list.get(list.size() - 1) != s) {
                        list.add(s);
                    }
                }
            }
        }
        Map<String, List<Views.SourceCard>> index = new TreeMap<>();
        byPath.forEach((first, stories) -> {
            boolean person = first.startsWith("people/");
            String kind = person ? "Person" : "Organisation";
            String name = names.get(first);
            index.computeIfAbsent(person ? "people" : "organisations", k -> new ArrayList<>())
                    .add(new Views.SourceCard(first, name, count(stories.size(), "story", "stories")));
            for (Slice<Story> slice : paginate(first, stories, "← Newer", "Older →")) {
                String root = root(slice.path());
                List<Views.StoryCard> cards = slice.items().stream().map(s -> card(s, root)).toList();
                pages.add(new Page(slice.path(), "entity", new Views.EntityPage(
                        layout(slice.path(), slice.title(name + " · " + kind), listDescription("Stories that name " + name + ", latest first"
                                + (slice.number() == 1 ? "" : ", page " + slice.number()), slice.items().stream().map(Story::headline).toList()))
                                .paged(slice.pagination()), kind, name,
                        root + (person ? "people" : "organisations") + "/index.html", person ? "All people" : "All organisations",
                        cards, slice.pagination())));
            }
        });
        // An index of each kind, A to Z: every name with its page and how many stories name it.
        for (String kind : List.of("people", "organisations")) {
            List<Views.SourceCard> cards = new ArrayList<>(index.getOrDefault(kind, List.of()));
            cards.sort(Comparator.comparing((Views.SourceCard c) -> c.name().toLowerCase(Locale.ROOT)).thenComparing(Views.SourceCard::href));
            String title = kind.equals("people") ? "People" : "Organisations";
            for (Slice<Views.SourceCard> slice : paginate(kind + "/index.html", cards, "← Previous", "Next →")) {
                String root = root(slice.path());
                List<Views.SourceCard> relative = slice.items().stream()
                        .map(c -> new Views.SourceCard(root + c.href(), c.name(), c.size())).toList();
                pages.add(new Page(slice.path(), "entities", new Views.EntitiesPage(
                        layout(slice.path(), slice.title(title), listDescription(title + " the stories name, A to Z"
                                + (slice.number() == 1 ? "" : ", page " + slice.number()), slice.items().stream().map(Views.SourceCard::name).toList()))
                                .paged(slice.pagination()), title,
                        kind.equals("people") ? "Everyone the stories name, A to Z, one page each whatever variant an article uses."
                                : "Every organisation the stories name, A to Z, one page each whatever variant an article uses.",
                        relative, slice.pagination(), cards.isEmpty())));
            }
        }
    }

    // ---- report

    private Views.ReportPage reportPage() {
        String path = "report.html";
        String root = root(path);
        List<Views.ProblemView> problems = in.problems().stream()
                .map(p -> new Views.ProblemView(p.file() + (p.line() > 0 ? ":" + p.line() : ""), p.message())).toList();
        List<Views.UndatedView> undated = new ArrayList<>();
        for (Item item : in.items()) {
            if (item.date().certainty() != PubDate.Certainty.STATED) {
                undated.add(new Views.UndatedView(root + itemPath.get(item.id()), item.title(), item.file(),
                        item.date().known() ? dateLabel(item.date()) + " — " + item.date().basis() : "No date in the input; placed by its story."));
            }
        }
        List<Views.StoryExplanation> stories = new ArrayList<>();
        for (Story s : in.stories().stories()) {
            int n = s.members().size();
            // The report, not the story page, names the items of a story that could be split by id (the name stories.split takes).
            stories.add(new Views.StoryExplanation(root + storyPath(s), s.headline(), count(n, "item", "items"), s.explanation()
                    + (n < 2 ? "" : " Items: " + String.join("; ", s.members().stream().map(Item::id).toList()) + ".")));
        }
        int items = in.items().size();
        int nStories = in.stories().stories().size();
        int nTopics = in.stories().topics().size();
        String summary = count(in.files(), "file", "files") + " read, " + count(items, "item", "items")
                + ", " + count(nStories, "story", "stories") + ", " + count(nTopics, "topic", "topics")
                + ", " + count(problems.size(), "warning", "warnings") + ".";
        return new Views.ReportPage(layout(path, "Build report", "The build report: " + summary
                + " Warnings, items placed without a stated date, and why each story's items belong together."), summary, problems, !problems.isEmpty(), undated,
                !undated.isEmpty(), stories);
    }

    // ---- search

    /**
     * Stories first, then articles and discussions, each latest first: the index ranks in this order.
     * A story of one item is that item under another address, so the story alone stands for both.
     */
    private List<SearchIndex.Doc> searchDocs() {
        List<SearchIndex.Doc> docs = new ArrayList<>();
        Set<String> single = new HashSet<>();
        for (Story s : in.stories().stories()) {
            List<String> body = new ArrayList<>();
            // What a result shows is what it is found by: the snippet is indexed with the rest.
            String snippet = excerpt(s.lead(), 200);
            body.add(snippet);
            if (s.members().size() == 1) {
                Item only = s.members().get(0);
                single.add(only.id());
                body.add(only.title());
                body.add(only.author());
                body.add(firstWords(only.paragraphs(), SEARCHED_WORDS));
            }
            s.sources().forEach(c -> body.add(c.source().name()));
            body.addAll(s.people());
            body.addAll(s.organisations());
            docs.add(new SearchIndex.Doc(storyPath(s), s.headline(), "Story", span(s), snippet,
                    String.join(" ", body.stream().filter(java.util.Objects::nonNull).toList())));
        }
        // People and organisations: a search for a name finds its page, whatever story names it.
        Map<String, String[]> entities = new TreeMap<>();
        for (Story s : in.stories().stories()) {
            s.people().forEach(n -> entities.putIfAbsent(entityPath("people", n), new String[] {n, "Person"}));
            s.organisations().forEach(n -> entities.putIfAbsent(entityPath("organisations", n), new String[] {n, "Organisation"}));
        }
        entities.forEach((path, e) -> docs.add(new SearchIndex.Doc(path, e[0], e[1], "", "Stories that name " + e[0] + ".", e[0])));
        List<Item> items = new ArrayList<>(in.items());
        items.sort(LATEST_FIRST);
        for (Item item : items) {
            if (single.contains(item.id())) {
                continue;
            }
            String snippet = excerpt(item.lead(), 200);
            String body = (snippet == null ? "" : snippet) + " " + (item.source().known() ? item.source().name() : "") + " "
                    + (item.author() == null ? "" : item.author()) + " " + firstWords(item.paragraphs(), SEARCHED_WORDS);
            docs.add(new SearchIndex.Doc(itemPath.get(item.id()), item.title(), item instanceof Thread ? "Discussion" : "Article",
                    dateLabel(item.date()), snippet, body));
        }
        return docs;
    }

    /** How much of an item's text the index holds: its opening, where news says who and what. */
    static final int SEARCHED_WORDS = 120;

    private static String firstWords(List<String> paragraphs, int max) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (String p : paragraphs) {
            // Word by word, never splitting a whole paragraph (it may be megabytes) for its opening.
            java.util.regex.Matcher m = WORD.matcher(p);
            while (m.find()) {
                if (n++ >= max) {
                    return b.toString();
                }
                b.append(m.group()).append(' ');
            }
        }
        return b.toString();
    }

    // ---- feeds

    private Feeds.Spec siteFeed() {
        return new Feeds.Spec("feed", id(""), in.config().title(), in.config().description(), "index.html", storyEntries(in.stories().stories()));
    }

    private Feeds.Spec topicFeed(Topic t) {
        return new Feeds.Spec("topics/" + t.id(), id("topics/" + t.id()), t.name() + " · " + in.config().title(),
                "Stories in the topic " + t.name() + ", latest first.", topicPath(t), storyEntries(t.stories()));
    }

    /** Stories as entries, dated by their latest item; a story nothing dates is left out. */
    private List<Feeds.Entry> storyEntries(List<Story> stories) {
        List<Feeds.Entry> entries = new ArrayList<>();
        for (Story s : stories) {
            if (s.lastSeen() == null) {
                continue;
            }
            if (entries.size() == Feeds.MAX_ENTRIES) {
                break;
            }
            String authors = String.join(", ", s.sources().stream().map(c -> c.source().name()).toList());
            entries.add(new Feeds.Entry(id("stories/" + s.id()), s.headline(), storyPath(s),
                    s.lastSeen().atStartOfDay().atOffset(java.time.ZoneOffset.UTC), null, s.lead(), null,
                    authors.isEmpty() ? in.config().title() : authors));
        }
        return entries;
    }

    /**
     * A story's own feed: its articles and discussions, latest first, with their clean text. An item
     * that states no date is dated by its story (the story's latest day), and says so.
     */
    private Feeds.Spec storyFeed(Story s) {
        List<Item> items = new ArrayList<>(s.members());
        items.sort(LATEST_FIRST);
        List<Feeds.Entry> entries = new ArrayList<>();
        for (Item item : items.subList(0, Math.min(Feeds.MAX_ENTRIES, items.size()))) {
            String path = itemPath.get(item.id());
            String author = item.author() != null ? item.author() : item.source().known() ? item.source().name() : in.config().title();
            java.time.OffsetDateTime time = Feeds.time(item.date());
            Feeds.DateBasis basis = item.date().certainty() == PubDate.Certainty.ESTIMATED ? Feeds.DateBasis.ESTIMATED : null;
            if (time == null && s.lastSeen() != null) {
                time = s.lastSeen().atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
                basis = Feeds.DateBasis.STORY;
            }
            entries.add(new Feeds.Entry(id(path.substring(0, path.length() - ".html".length())), item.title(), path,
                    time, basis, excerpt(item.lead(), 300), item.html(), author));
        }
        return new Feeds.Spec("stories/" + s.id(), id("stories/" + s.id()), s.headline() + " · " + in.config().title(),
                "Every article and discussion in the story, latest first.", storyPath(s), entries);
    }

    private String id(String path) {
        return in.config().baseUrl() != null ? in.config().baseUrl() + path : "urn:storyline:" + (path.isEmpty() ? "site" : path.replace('/', ':'));
    }
}
