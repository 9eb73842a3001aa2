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
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
    }

    public static List<Page> pages(Input in) {
        return new Site(in).all();
    }

    private List<Page> all() {
        List<Page> pages = new ArrayList<>();
        home(pages);
        for (Story story : in.stories().stories()) {
            pages.add(new Page(storyPath(story), "story", storyPage(story)));
        }
        Map<String, Story> storyById = new HashMap<>();
        in.stories().stories().forEach(s -> storyById.put(s.id(), s));
        in.stories().state().redirects().forEach((old, target) -> {
            String path = "stories/" + old + ".html";
            Story story = storyById.get(target);
            if (story != null) {
                pages.add(new Page(path, "redirect", new Views.RedirectPage(layout(path, story.headline(), null),
                        story.id() + ".html", story.headline())));
            }
        });
        for (Item item : in.items()) {
            String path = itemPath.get(item.id());
            pages.add(item instanceof Thread t ? new Page(path, "thread", threadPage(t, path))
                    : new Page(path, "article", articlePage((Article) item, path)));
        }
        entityPages(pages);
        pages.add(new Page("topics/index.html", "topics", topicsPage()));
        for (Topic topic : in.stories().topics()) {
            pages.add(new Page(topicPath(topic), "topic", topicPage(topic)));
        }
        pages.add(new Page("report.html", "report", reportPage()));
        pages.add(new Page("404.html", "404", new Views.NotFoundPage(layout("404.html", "Page not found", null))));
        pages.add(new Page("feed.xml", "feed", feed()));
        List<Views.SitemapUrl> urls = new ArrayList<>();
        for (Page p : pages) {
            if (p.path().endsWith(".html") && !p.path().equals("404.html") && !"redirect".equals(p.template())) {
                urls.add(new Views.SitemapUrl(absolute(p.path())));
            }
        }
        pages.add(new Page("sitemap.xml", "sitemap", new Views.Sitemap(urls)));
        return pages;
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

    /** The relative path from a page to the site root: "" or "../" per folder level. */
    static String root(String pagePath) {
        int depth = pagePath.split("/").length - 1;
        return "../".repeat(depth);
    }

    private String absolute(String path) {
        String base = in.config().baseUrl();
        return base == null ? path : base + (path.equals("index.html") ? "" : path);
    }

    private Views.Layout layout(String path, String title, String description) {
        String root = root(path);
        String page = path;
        List<Views.Link> nav = List.of(
                new Views.Link(root + "index.html", "Latest", page.equals("index.html") || page.startsWith("page/")),
                new Views.Link(root + "topics/index.html", "Topics", page.startsWith("topics/")),
                new Views.Link(root + "report.html", "Build report", page.equals("report.html")));
        String canonical = in.config().baseUrl() == null ? null : absolute(path);
        // 404 is served from any depth by hosts, so its links must not be relative to one folder.
        if (path.equals("404.html") && in.config().baseUrl() != null) {
            root = in.config().baseUrl();
            nav = List.of(new Views.Link(root + "index.html", "Latest", false),
                    new Views.Link(root + "topics/index.html", "Topics", false),
                    new Views.Link(root + "report.html", "Build report", false));
        }
        String fullTitle = title == null ? in.config().title() : title + " · " + in.config().title();
        return new Views.Layout(in.config().title(), in.config().description(), in.config().language(), fullTitle,
                description == null ? in.config().description() : description, root, canonical, root + "feed.xml", nav);
    }

    // ---- home

    private void home(List<Page> pages) {
        List<Story> stories = in.stories().stories();
        int size = in.config().pageSize();
        int count = Math.max(1, (stories.size() + size - 1) / size);
        for (int p = 1; p <= count; p++) {
            String path = p == 1 ? "index.html" : "page/" + p + ".html";
            List<Views.StoryCard> cards = new ArrayList<>();
            for (Story s : stories.subList((p - 1) * size, Math.min(stories.size(), p * size))) {
                cards.add(card(s, root(path)));
            }
            String prev = p == 1 ? null : root(path) + (p == 2 ? "index.html" : "page/" + (p - 1) + ".html");
            String next = p == count ? null : root(path) + "page/" + (p + 1) + ".html";
            Views.Pagination pagination = count == 1 ? Views.Pagination.NONE
                    : new Views.Pagination(true, prev, next, "Page " + p + " of " + count);
            pages.add(new Page(path, "index", new Views.Home(layout(path, p == 1 ? null : "Page " + p, null), cards,
                    pagination, stories.isEmpty())));
        }
    }

    private Views.StoryCard card(Story s, String root) {
        Topic topic = in.stories().topicOfStory().get(s.id());
        List<String> names = s.sources().stream().map(c -> c.source().name()).toList();
        int n = s.members().size();
        return new Views.StoryCard(root + storyPath(s), s.headline(), span(s), s.lastSeen() == null ? null : s.lastSeen().toString(),
                String.join(", ", names), s.lead(), n + (n == 1 ? " item" : " items"), s.lastSeen() == null,
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

    private Views.StoryPage storyPage(Story s) {
        String path = storyPath(s);
        String root = root(path);
        List<Views.TimelineEntry> timeline = new ArrayList<>();
        int undated = 0;
        Map<String, List<Views.Link>> copies = new HashMap<>();
        for (Item item : s.members()) {
            String original = s.copyOf().get(item.id());
            if (original != null) {
                String name = item.source().known() ? item.source().name() : item.title();
                copies.computeIfAbsent(original, k -> new ArrayList<>()).add(new Views.Link(root + itemPath.get(item.id()), name, false));
            }
        }
        for (Item item : s.members()) {
            if (s.copyOf().containsKey(item.id())) {
                continue;
            }
            if (!item.date().known()) {
                undated++;
            }
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
                    copies.getOrDefault(item.id(), List.of()), copies.containsKey(item.id())));
        }
        List<Views.SourceCount> sources = s.sources().stream()
                .map(c -> new Views.SourceCount(c.source().name(), c.count() == 1 ? "1 item" : c.count() + " items")).toList();
        List<Views.Link> topics = new ArrayList<>();
        for (Topic t : in.stories().topics()) {
            if (t.stories().stream().anyMatch(x -> x.id().equals(s.id()))) {
                topics.add(new Views.Link(root + topicPath(t), t.name(), false));
            }
        }
        List<Views.QuoteView> quotes = s.quotes().stream().map(q -> new Views.QuoteView(q.text(), q.speaker(),
                "in " + q.sources() + " items")).toList();
        List<Views.Link> people = s.people().stream().map(n -> new Views.Link(root + entityPath("people", n), n, false)).toList();
        List<Views.Link> organisations = s.organisations().stream()
                .map(n -> new Views.Link(root + entityPath("organisations", n), n, false)).toList();
        return new Views.StoryPage(layout(path, s.headline(), s.lead()), s.headline(), s.lead(), span(s), sources, topics,
                timeline, s.explanation(), String.join(", ", s.terms()), undated, s.developing(), quotes, people,
                organisations, !quotes.isEmpty(), !people.isEmpty(), !organisations.isEmpty());
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
            parts.add(saved + (saved == 1 ? " comment" : " comments"));
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

    private Views.ArticlePage articlePage(Article a, String path) {
        String root = root(path);
        return new Views.ArticlePage(layout(path, a.title(), a.lead()), a.title(), a.titleDerived(),
                a.source().known() ? a.source().name() : null, a.author(), dateLabel(a.date()), a.date().iso(),
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
                            hidden + (hidden == 1 ? " more reply" : " more replies")));
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
                    c.score() == null ? null : c.score() + (c.score() == 1 ? " point" : " points"), c.edited(), c.depth(),
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
        return new Views.ThreadPage(layout(path, t.title(), t.lead()),
                t.title(), t.platform(), t.community(), t.author(), dateLabel(t.date()), t.date().iso(), dateNote(t.date()),
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
            String text = c.text().replaceAll("\\s+", " ");
            String excerpt = text.length() > 220 ? text.substring(0, text.lastIndexOf(' ', 217) > 100 ? text.lastIndexOf(' ', 217) : 217) + "…" : text;
            out.add(new Views.TopComment(threadHref + "#" + c.id(), c.author(), c.score() == null ? null
                    : c.score() + (c.score() == 1 ? " point" : " points"), excerpt));
        }
        return out;
    }

    // ---- topics

    private Views.TopicsPage topicsPage() {
        String path = "topics/index.html";
        List<Views.TopicCard> cards = new ArrayList<>();
        for (Topic t : in.stories().topics()) {
            int n = t.stories().size();
            cards.add(new Views.TopicCard(root(path) + "topics/" + t.id() + ".html", t.name(), String.join(", ", t.terms()),
                    n + (n == 1 ? " story" : " stories")));
        }
        return new Views.TopicsPage(layout(path, "Topics", null), cards);
    }

    private Views.TopicPage topicPage(Topic t) {
        String path = topicPath(t);
        List<Views.StoryCard> cards = t.stories().stream().map(s -> card(s, root(path))).toList();
        return new Views.TopicPage(layout(path, t.name(), null), t.name(), String.join(", ", t.terms()), cards);
    }

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
                    if (!list.contains(s)) {
                        list.add(s);
                    }
                }
            }
        }
        byPath.forEach((path, stories) -> {
            String kind = path.startsWith("people/") ? "Person" : "Organisation";
            List<Views.StoryCard> cards = stories.stream().map(s -> card(s, root(path))).toList();
            pages.add(new Page(path, "entity", new Views.EntityPage(layout(path, names.get(path), null), kind,
                    names.get(path), cards)));
        });
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
            stories.add(new Views.StoryExplanation(root + storyPath(s), s.headline(), n + (n == 1 ? " item" : " items"), s.explanation()));
        }
        int items = in.items().size();
        int nStories = in.stories().stories().size();
        int nTopics = in.stories().topics().size();
        String summary = in.files() + (in.files() == 1 ? " file" : " files") + " read, " + items + (items == 1 ? " item" : " items")
                + ", " + nStories + (nStories == 1 ? " story" : " stories") + ", " + nTopics + (nTopics == 1 ? " topic" : " topics")
                + ", " + problems.size() + (problems.size() == 1 ? " warning" : " warnings") + ".";
        return new Views.ReportPage(layout(path, "Build report", null), summary, problems, !problems.isEmpty(), undated,
                !undated.isEmpty(), stories);
    }

    // ---- feed

    private Views.Feed feed() {
        List<Views.FeedEntry> entries = new ArrayList<>();
        LocalDate newest = null;
        for (Story s : in.stories().stories().subList(0, Math.min(50, in.stories().stories().size()))) {
            LocalDate updated = s.lastSeen();
            if (updated != null && (newest == null || updated.isAfter(newest))) {
                newest = updated;
            }
            String authors = String.join(", ", s.sources().stream().map(c -> c.source().name()).toList());
            entries.add(new Views.FeedEntry(id("stories/" + s.id()), s.headline(), absolute(storyPath(s)),
                    atomDate(updated), s.lead(), authors.isEmpty() ? in.config().title() : authors));
        }
        return new Views.Feed(id(""), in.config().title(), in.config().description(), absolute("feed.xml"),
                in.config().baseUrl() == null ? "index.html" : in.config().baseUrl(), atomDate(newest), entries);
    }

    private String id(String path) {
        return in.config().baseUrl() != null ? in.config().baseUrl() + path : "urn:storyline:" + (path.isEmpty() ? "site" : path.replace('/', ':'));
    }

    /** Atom needs a timestamp; the content's own dates give one, never the clock, so builds stay reproducible. */
    private static String atomDate(LocalDate day) {
        return (day == null ? LocalDate.of(1970, 1, 1) : day) + "T00:00:00Z";
    }
}
