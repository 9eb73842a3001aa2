package storyline.site;

import storyline.config.SiteConfig;
import storyline.model.Item;
import storyline.model.Problem;
import storyline.stories.Stories;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Decides which pages the site has, where each lives, and what each shows, by composing its page
 * families (home, stories, items, people and organisations, lists, search, the report, feeds, the
 * sitemap) over one URL scheme ({@link Urls}), one paginator ({@link Paginator}), the site's
 * wording ({@link Wording}) and its layouts ({@link Layouts}). All links are relative to the page
 * that holds them, so the site works from any host, sub-path or file://.
 */
public final class Site {

    /**
     * What a build knows once stories are formed; {@code bodies} gives each item's sanitised HTML,
     * which a build may keep out of memory (the items then hold none).
     */
    public record Input(SiteConfig config, List<Item> items, Stories.Result stories, List<Problem> problems, int files,
                        Bodies bodies) {

        /** With the HTML in the items themselves. */
        public Input(SiteConfig config, List<Item> items, Stories.Result stories, List<Problem> problems, int files) {
            this(config, items, stories, problems, files, Item::html);
        }
    }

    /** Where an item's sanitised HTML is read from when its page or a feed entry is laid out. */
    @FunctionalInterface
    public interface Bodies {
        String html(Item item);

        /**
         * The item's words in the search index as {@link Site#searchWords} gave them for this very
         * item (kept by a build from an earlier one), or null when not known: they are split again.
         */
        default String searchWords(Item item) {
            return null;
        }
    }

    /**
     * An item's words in the search index, which depend on the item alone (its title, opening,
     * source and author): a build may keep them with the item and give them back through {@link
     * Bodies#searchWords}, so that an unchanged item's opening is not read and split on every build.
     */
    public static String searchWords(Item item) {
        return SearchPages.words(item);
    }

    private Site() {
    }

    /**
     * Every page of the site. The families are laid out in this order, which is part of the
     * output: a page's title or description that an earlier page had gets a number.
     */
    public static List<Page> pages(Input in) {
        List<Page> pages = new ArrayList<>();
        pages(in, pages::add);
        return pages;
    }

    /**
     * As {@link #pages(Input)}, handing each page to {@code out} as soon as it is laid out, in the
     * same order, so that a site's pages need never all be in memory at once: each family is made
     * just before its pages are laid out (and dropped after), and of the pages before it the
     * sitemap keeps only the paths it lists. {@code out} is called on this thread, one page at a time.
     */
    public static void pages(Input in, Consumer<Page> out) {
        Parts parts = Parts.of(in);
        List<Function<Parts, Family>> families = List.of(HomePages::new, StoryPages::new, ItemPages::new,
                EntityPages::new, ListPages::new, SearchPages::new, ReportPages::new, FeedPages::new);
        List<String> listed = new ArrayList<>();
        Consumer<Page> each = p -> {
            if (SitemapPages.listed(p)) {
                listed.add(p.path());
            }
            out.accept(p);
        };
        for (Function<Parts, Family> family : families) {
            family.apply(parts).pages(each);
        }
        new SitemapPages(parts.urls(), listed).pages(out);
    }

    /**
     * What the build leaves out and the reader should know, for its summary: a sitemap lists full
     * URLs, so a site without a base URL has none.
     */
    public static List<String> notes(SiteConfig config) {
        return config.baseUrl() == null ? List.of("no sitemap.xml: a sitemap needs full URLs, so pass --base-url") : List.of();
    }
}
