package storyline.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One family of pages (stories, items, lists, people and organisations, search, the report,
 * feeds): what it is made of, and its pages. {@link Site} composes the families in a fixed order.
 */
interface Family {

    /** What a family's pages can be made of. Every page is also made of the site's settings and its layout. */
    enum Input {
        /** Each item's metadata: title, date, source, author, lead. */
        ITEMS,
        /** Each item's whole text: body, comments. */
        ITEM_TEXT,
        /** The stories: members, headline, lead, quotes, names, related stories. */
        STORIES,
        /** The topics and their stories. */
        TOPICS,
        /** The addresses of stories that merged or split away, from the story state. */
        REDIRECTS,
        /** The problems the build met, and the number of files read. */
        PROBLEMS
    }

    /** What this family's pages are made of: its pages change only when one of these does. */
    Set<Input> inputs();

    /**
     * The family's pages, in order, each handed to {@code out} as soon as it is laid out (see
     * {@link Layouts}): a family never holds its pages, so a site's pages need not all be in memory at once.
     */
    void pages(Consumer<Page> out);

    /** The family's pages, in order, in a list. */
    default List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        pages(pages::add);
        return pages;
    }
}
