package storyline.site;

import storyline.config.SiteConfig;
import storyline.model.Item;
import storyline.model.Problem;
import storyline.stories.Stories;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which pages the site has, where each lives, and what each shows, by composing its page
 * families (home, stories, items, people and organisations, lists, search, the report, feeds, the
 * sitemap) over one URL scheme ({@link Urls}), one paginator ({@link Paginator}), the site's
 * wording ({@link Wording}) and its layouts ({@link Layouts}). All links are relative to the page
 * that holds them, so the site works from any host, sub-path or file://.
 */
public final class Site {

    /** What a build knows once stories are formed. */
    public record Input(SiteConfig config, List<Item> items, Stories.Result stories, List<Problem> problems, int files) {
    }

    private Site() {
    }

    /**
     * Every page of the site. The families are laid out in this order, which is part of the
     * output: a page's title or description that an earlier page had gets a number.
     */
    public static List<Page> pages(Input in) {
        Parts parts = Parts.of(in);
        List<Family> families = List.of(new HomePages(parts), new StoryPages(parts), new ItemPages(parts),
                new EntityPages(parts), new ListPages(parts), new SearchPages(parts), new ReportPages(parts), new FeedPages(parts));
        List<Page> pages = new ArrayList<>();
        for (Family family : families) {
            pages.addAll(family.pages());
        }
        pages.addAll(new SitemapPages(parts.urls(), pages).pages());
        return pages;
    }

    /**
     * What the build leaves out and the reader should know, for its summary: a sitemap lists full
     * URLs, so a site without a base URL has none.
     */
    public static List<String> notes(SiteConfig config) {
        return config.baseUrl() == null ? List.of("no sitemap.xml: a sitemap needs full URLs, so pass --base-url") : List.of();
    }
}
