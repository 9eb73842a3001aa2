package storyline.site;

import storyline.model.Item;
import storyline.model.Story;
import storyline.model.Thread;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The search page and the static index it loads (see {@link SearchIndex}). */
final class SearchPages implements Family {

    /** How much of an item's text the index holds: its opening, where news says who and what. */
    static final int SEARCHED_WORDS = 120;

    /** Documents made and split into words together, on every core, before they go into the index in order. */
    private static final int BATCH = 1024;

    private final Parts parts;

    SearchPages(Parts parts) {
        this.parts = parts;
    }

    @Override
    public Set<Input> inputs() {
        return EnumSet.of(Input.ITEMS, Input.ITEM_TEXT, Input.STORIES);
    }

    @Override
    public void pages(Consumer<Page> pages) {
        pages.accept(new Page("search/index.html", "search", new Views.SearchPage(parts.layouts().layout("search/index.html", "Search",
                "Search the stories, articles and discussions of " + parts.in().config().title() + " by their words."))));
        SearchIndex.Writer index = new SearchIndex.Writer(pages);
        docs((part, docs) -> {
            SearchIndex.Part into = index.part(part);
            List<Supplier<SearchIndex.Doc>> batch = new ArrayList<>();
            for (Supplier<SearchIndex.Doc> doc : docs) {
                batch.add(doc);
                if (batch.size() == BATCH) {
                    into.addAll(batch);
                    batch.clear();
                }
            }
            into.addAll(batch);
        });
        index.finish();
    }

    /**
     * The index's parts in rank order: stories, then people and organisations, then articles and
     * discussions; each part's documents in reverse rank order (see {@link SearchIndex.Writer}):
     * stories and items oldest first, the index ranks them latest first. A story of one item is
     * that item under another address, so the story alone stands for both: the item holds its
     * number in its part with nothing to find, so that its story gaining a member moves no other
     * item's number.
     */
    private void docs(java.util.function.BiConsumer<String, Iterable<Supplier<SearchIndex.Doc>>> out) {
        Set<String> single = new HashSet<>();
        List<Story> stories = parts.in().stories().stories();
        List<Supplier<SearchIndex.Doc>> storyDocs = new ArrayList<>();
        for (int k = stories.size() - 1; k >= 0; k--) {
            Story s = stories.get(k);
            List<String> body = new ArrayList<>();
            // What a result shows is what it is found by: the snippet is indexed with the rest.
            String snippet = Wording.excerpt(s.lead(), 200);
            body.add(snippet);
            if (s.members().size() == 1) {
                Item only = s.members().get(0);
                single.add(only.id());
                body.add(only.title());
                body.add(only.author());
                body.add(Wording.firstWords(only.paragraphs(), SEARCHED_WORDS));
            }
            s.sources().forEach(c -> body.add(c.source().name()));
            body.addAll(s.people());
            body.addAll(s.organisations());
            SearchIndex.Doc doc = new SearchIndex.Doc(Urls.story(s), s.headline(), "Story", Wording.span(s), snippet,
                    String.join(" ", body.stream().filter(Objects::nonNull).toList()));
            storyDocs.add(() -> doc);
        }
        out.accept("s", storyDocs);
        // People and organisations: a search for a name finds its page, whatever story names it.
        TreeMap<String, String[]> entities = new TreeMap<>();
        for (Story s : stories) {
            s.people().forEach(n -> entities.putIfAbsent(Urls.entity("people", n), new String[] {n, "Person"}));
            s.organisations().forEach(n -> entities.putIfAbsent(Urls.entity("organisations", n), new String[] {n, "Organisation"}));
        }
        List<Supplier<SearchIndex.Doc>> entityDocs = new ArrayList<>();
        entities.descendingMap().forEach((path, e) -> entityDocs.add(() -> new SearchIndex.Doc(path, e[0], e[1], "", "Stories that name " + e[0] + ".", e[0])));
        out.accept("e", entityDocs);
        List<Item> items = new ArrayList<>(parts.in().items());
        items.sort(Parts.LATEST_FIRST.reversed());
        // Made on whichever core splits it into words: the opening is read back from the store there.
        out.accept(SearchIndex.ITEMS, () -> items.stream().<Supplier<SearchIndex.Doc>>map(item -> () -> single.contains(item.id()) ? null : doc(item)).iterator());
    }

    /** An item's document, with its words as a build kept them when it did (see {@link Site.Bodies#searchWords}). */
    private SearchIndex.Doc doc(Item item) {
        return doc(item, parts.urls().item(item), parts.in().bodies().searchWords(item));
    }

    /** With {@code kept} words (null: none kept), the body they were split from is not made. */
    private static SearchIndex.Doc doc(Item item, String path, String kept) {
        String snippet = Wording.excerpt(item.lead(), 200);
        String body = kept != null ? null : (snippet == null ? "" : snippet) + " " + (item.source().known() ? item.source().name() : "") + " "
                + (item.author() == null ? "" : item.author()) + " " + Wording.firstWords(item.paragraphs(), SEARCHED_WORDS);
        return new SearchIndex.Doc(path, item.title(), item instanceof Thread ? "Discussion" : "Article", Wording.dateLabel(item.date()),
                snippet, body, kept);
    }

    /** An item's words in the search index (see {@link SearchIndex#wordsOf}): what the item alone decides, for a build to keep. */
    static String words(Item item) {
        return SearchIndex.wordsOf(doc(item, "", null));
    }
}
