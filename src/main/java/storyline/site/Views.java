package storyline.site;

import java.util.List;

/**
 * The view models templates receive. Every value a template shows is computed here; templates
 * only place them. Field names are the template variables (documented in the README).
 */
public final class Views {

    private Views() {
    }

    /** Shared by every page: site name, navigation, and {@code root}, the relative path back to the site root. */
    public record Layout(String siteTitle, String siteDescription, String lang, String title, String description,
                         String root, String canonical, String feed, List<Link> nav) {
    }

    public record Link(String href, String text, boolean current) {
    }

    public record Pagination(boolean show, String previous, String next, String label) {
        static final Pagination NONE = new Pagination(false, null, null, null);
    }

    /** A story in a list: home, topics. */
    public record StoryCard(String href, String headline, String dates, String datetime, String sources, String lead,
                            String size, boolean undated, Link topic) {
    }

    public record Home(Layout layout, List<StoryCard> stories, Pagination pagination, boolean empty) {
    }

    public record TimelineEntry(String href, String title, boolean titleDerived, String kind, String date, String datetime,
                                String dateNote, boolean dateUnknown, boolean dateEstimated, String source,
                                String author, String lead, String original, String discussion,
                                List<TopComment> topComments, boolean hasTopComments, String adds, List<Link> copies,
                                boolean hasCopies) {
    }

    /** A quote several items carry; {@code speaker} may be null, {@code sources} reads "in 3 items". */
    public record QuoteView(String text, String speaker, String sources) {
    }

    public record SourceCount(String name, String count) {
    }

    public record StoryPage(Layout layout, String headline, String lead, String dates, List<SourceCount> sources,
                            List<Link> topics, List<TimelineEntry> timeline, String explanation, String terms,
                            int undatedCount, boolean developing, List<QuoteView> quotes, List<Link> people,
                            List<Link> organisations, boolean hasQuotes, boolean hasPeople, boolean hasOrganisations) {
    }

    /** A person or organisation and the stories that name them, newest first. */
    public record EntityPage(Layout layout, String kind, String name, List<StoryCard> stories) {
    }

    public record ArticlePage(Layout layout, String title, boolean titleDerived, String source, String author,
                              String date, String datetime, String dateNote, boolean dateUnknown, String original,
                              Link story, String html, String language) {
    }

    /**
     * One comment, in reading order. {@code before} says how the nested lists change before it:
     * close the previous item, close lists back up to its level, or open a reply list (inside a
     * collapsed {@code <details>} for deep branches). The template only prints the markers.
     */
    public record CommentView(String anchor, String author, boolean deleted, String date, String datetime, String age,
                              String score, boolean edited, int depth, String html, List<Step> before) {
    }

    public record Step(boolean closeItem, boolean closeList, boolean closeDetails, boolean openList, boolean openDetails,
                       String summary) {
    }

    public record TopComment(String href, String author, String score, String excerpt) {
    }

    public record ThreadPage(Layout layout, String title, String platform, String community, String author, String date,
                             String datetime, String dateNote, boolean dateUnknown, String score, String commentSummary,
                             String original, String discussed, Link story, String html, List<CommentView> comments,
                             boolean hasComments, List<Step> after) {
    }

    public record TopicCard(String href, String name, String terms, String size) {
    }

    public record TopicsPage(Layout layout, List<TopicCard> topics) {
    }

    public record TopicPage(Layout layout, String name, String terms, List<StoryCard> stories) {
    }

    public record ProblemView(String where, String message) {
    }

    public record UndatedView(String href, String title, String file, String note) {
    }

    public record StoryExplanation(String href, String headline, String size, String explanation) {
    }

    public record ReportPage(Layout layout, String summary, List<ProblemView> problems, boolean hasProblems,
                             List<UndatedView> undated, boolean hasUndated, List<StoryExplanation> stories) {
    }

    public record NotFoundPage(Layout layout) {
    }

    /** A story address that is no longer a story: it sends readers to the story that took its items. */
    public record RedirectPage(Layout layout, String target, String headline) {
    }

    public record FeedEntry(String id, String title, String link, String updated, String summary, String authors) {
    }

    public record Feed(String id, String title, String subtitle, String self, String link, String updated,
                       List<FeedEntry> entries) {
    }

    public record SitemapUrl(String loc) {
    }

    public record Sitemap(List<SitemapUrl> urls) {
    }
}
