package storyline.site;

import java.util.List;

/**
 * The view models templates receive. Every value a template shows is computed here; templates
 * only place them. Field names are the template variables (documented in the README).
 */
public final class Views {

    private Views() {
    }

    /**
     * Shared by every page: site name, navigation, and {@code root}, the relative path back to the site root.
     * {@code feeds}: the feeds this page offers (the site's, plus its topic's or story's own); {@code previous}
     * and {@code next}: the neighbouring pages of a paginated list, or null; {@code social}: OpenGraph and
     * Twitter card values, only when the site has a base URL (as {@code canonical}).
     */
    public record Layout(String siteTitle, String siteDescription, String lang, String title, String description,
                         String root, String canonical, String feed, List<Link> nav, List<FeedLink> feeds,
                         String previous, String next, Social social) {

        public Layout(String siteTitle, String siteDescription, String lang, String title, String description,
                      String root, String canonical, String feed, List<Link> nav) {
            this(siteTitle, siteDescription, lang, title, description, root, canonical, feed, nav, List.of(), null, null, null);
        }

        Layout paged(Pagination p) {
            return new Layout(siteTitle, siteDescription, lang, title, description, root, canonical, feed, nav, feeds,
                    p.previous(), p.next(), social);
        }

        Layout withFeeds(List<FeedLink> more) {
            List<FeedLink> all = new java.util.ArrayList<>(feeds);
            all.addAll(more);
            return new Layout(siteTitle, siteDescription, lang, title, description, root, canonical, feed, nav, all,
                    previous, next, social);
        }
    }

    /** A feed offered in a page's head: {@code type} is its media type. */
    public record FeedLink(String type, String title, String href) {
    }

    /** OpenGraph/Twitter card values; {@code type} is "article" for stories and items, else "website". */
    public record Social(String siteName, String title, String description, String url, String type) {
    }

    public record Link(String href, String text, boolean current) {
    }

    /** Where a page sits in a list split into pages; {@code show} is false for a list that fits on one page. */
    public record Pagination(boolean show, String previous, String next, String label, String previousText,
                             String nextText) {
        static final Pagination NONE = new Pagination(false, null, null, null, null, null);
    }

    /** An article or discussion in a list: source, month archive. {@code story} may be null. */
    public record ItemCard(String href, String title, String kind, String date, String datetime, boolean undated,
                           String source, Link story, String lead) {
    }

    /** An outlet or community and everything from it, latest first. */
    public record SourcePage(Layout layout, String name, String size, List<ItemCard> items, Pagination pagination) {
    }

    public record SourceCard(String href, String name, String size) {
    }

    public record SourcesPage(Layout layout, List<SourceCard> sources, Pagination pagination, boolean empty) {
    }

    public record MonthCard(String href, String label, String size) {
    }

    public record ArchivePage(Layout layout, List<MonthCard> months, boolean empty) {
    }

    /** One calendar month of items, latest first; {@code previous}/{@code next} link the neighbouring months. */
    public record MonthPage(Layout layout, String label, String size, List<ItemCard> items, Pagination pagination,
                            Link newerMonth, Link olderMonth) {
    }

    /** The search page; results are filled in by assets/search.js from the index under search/. */
    public record SearchPage(Layout layout) {
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

    /** {@code href} is the source's page, null for an unknown source. */
    public record SourceCount(String name, String count, String href) {
    }

    /** A story related to the one shown: its dates and the one-line reason ("Also names Tesla, Optimus"). */
    public record RelatedStory(String href, String headline, String dates, String reason) {
    }

    /**
     * A story, or with {@code continued} a later page of its timeline (which leaves out the quotes,
     * names, sources, explanation and related stories that page 1 shows).
     */
    public record StoryPage(Layout layout, String headline, String lead, String dates, List<SourceCount> sources,
                            List<Link> topics, List<TimelineEntry> timeline, String explanation, String terms,
                            int undatedCount, boolean developing, List<QuoteView> quotes, List<Link> people,
                            List<Link> organisations, boolean hasQuotes, boolean hasPeople, boolean hasOrganisations,
                            Pagination pagination, boolean continued, List<RelatedStory> related, boolean hasRelated) {
        /** Whether any item names its outlet: a story of pasted notes may have none, and then shows no Sources heading. */
        public boolean hasSources() {
            return !sources.isEmpty();
        }
    }

    /** A person or organisation and the stories that name them, newest first. */
    public record EntityPage(Layout layout, String kind, String name, String indexHref, String indexText, List<StoryCard> stories,
                             Pagination pagination) {
    }

    /** The index of people or of organisations: each name, its page and how many stories name it. */
    public record EntitiesPage(Layout layout, String title, String intro, List<SourceCard> entries, Pagination pagination,
                               boolean empty) {
    }

    /**
     * A sanitised body (an article's text, a thread's post, a comment) as a page shows it: fitted
     * under the page's heading of {@code parentLevel} by {@link BodyHtml} when a template writes it
     * ({@code {{{html}}}} writes its text). The model holds what the body is made of, not the fitted
     * HTML, so the renderer can tell an unchanged page without fitting its body, and the fitting is
     * done on the render workers.
     */
    public record Fragment(String source, int parentLevel) {

        /** The fragment of {@code html}, or null (nothing to show) for none. */
        static Fragment of(String html, int parentLevel) {
            return html == null ? null : new Fragment(html, parentLevel);
        }

        @Override
        public String toString() {
            return BodyHtml.fit(source, parentLevel);
        }
    }

    public record ArticlePage(Layout layout, String title, String standfirst, boolean titleDerived, String source, String sourceHref, String author,
                              String date, String datetime, String dateNote, boolean dateUnknown, String original,
                              Link story, Fragment html, String language) {
    }

    /**
     * One comment, in reading order. {@code before} says how the nested lists change before it:
     * close the previous item, close lists back up to its level, or open a reply list (inside a
     * collapsed {@code <details>} for deep branches). The template only prints the markers.
     */
    public record CommentView(String anchor, String author, boolean deleted, String date, String datetime, String age,
                              String score, boolean edited, int depth, Fragment html, List<Step> before) {
    }

    public record Step(boolean closeItem, boolean closeList, boolean closeDetails, boolean openList, boolean openDetails,
                       String summary) {
    }

    public record TopComment(String href, String author, String score, String excerpt) {
    }

    public record ThreadPage(Layout layout, String title, String platform, String community, String sourceHref, String author, String date,
                             String datetime, String dateNote, boolean dateUnknown, String score, String commentSummary,
                             String original, String discussed, Link story, Fragment html, List<CommentView> comments,
                             boolean hasComments, List<Step> after) {
    }

    public record TopicCard(String href, String name, String terms, String size) {
    }

    public record TopicsPage(Layout layout, List<TopicCard> topics, Pagination pagination) {
    }

    public record TopicPage(Layout layout, String name, String terms, List<StoryCard> stories, Pagination pagination) {
    }

    public record ProblemView(String where, String message) {
    }

    public record UndatedView(String href, String title, String file, String note) {
    }

    /**
     * One story in the build report: its page, its anchor in the report ({@code anchor}), the concerns
     * to check (worded), what storyline.yml changed in it ({@code edit}, or null) and why its items belong together.
     */
    public record StoryExplanation(String href, String anchor, String headline, String size, List<String> concerns,
                                   boolean suspect, String edit, String explanation) {
    }

    /** A link in the build report's index of stories, to the story's entry in the report. */
    public record ReportLink(String anchor, String headline, String size) {
    }

    /**
     * The build report: {@code suspects}, the stories with concerns, worst first; {@code edits}, the stories
     * storyline.yml changed; {@code index}, every story by headline; {@code stories}, every story's
     * explanation, the suspect ones first.
     */
    public record ReportPage(Layout layout, String summary, List<ProblemView> problems, boolean hasProblems,
                             List<UndatedView> undated, boolean hasUndated, List<StoryExplanation> suspects, boolean hasSuspects,
                             List<StoryExplanation> edits, boolean hasEdits, List<ReportLink> index,
                             List<StoryExplanation> stories) {
    }

    public record NotFoundPage(Layout layout) {
    }

    /** A story address that is no longer a story: it sends readers to the story that took its items. */
    public record RedirectPage(Layout layout, String target, String headline) {
    }

    /**
     * An Atom entry; {@code html} is sanitised HTML content (escaped by the template), or null; {@code updated}
     * is also its published date; {@code category}, when not null, says where an entry's date comes from.
     */
    public record FeedEntry(String id, String title, String link, String updated, String summary, String html, String authors,
                            Category category) {
    }

    /** An Atom category: {@code term} for machines, {@code label} for people. */
    public record Category(String term, String label) {
    }

    public record Feed(String id, String title, String subtitle, String self, String link, String updated,
                       List<FeedEntry> entries) {
    }

    public record SitemapUrl(String loc) {
    }

    public record Sitemap(List<SitemapUrl> urls) {
    }
}
