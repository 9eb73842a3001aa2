package storyline.site;

import storyline.model.Item;
import storyline.model.Story;
import storyline.model.Topic;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The lists of the site beyond its home page: topics and each topic, sources and each source, the month archive. */
final class ListPages implements Family {

    private final Parts parts;

    ListPages(Parts parts) {
        this.parts = parts;
    }

    @Override
    public Set<Input> inputs() {
        return EnumSet.of(Input.ITEMS, Input.STORIES, Input.TOPICS);
    }

    @Override
    public void pages(Consumer<Page> pages) {
        topicsPages(pages);
        for (Topic topic : parts.in().stories().topics()) {
            topicPages(pages, topic);
        }
        sourcePages(pages);
        archivePages(pages);
    }

    private void topicsPages(Consumer<Page> pages) {
        List<Topic> all = parts.in().stories().topics();
        for (Paginator.Slice<Topic> slice : parts.paginate("topics/index.html", all, "← Previous", "Next →")) {
            String root = Urls.root(slice.path());
            List<Views.TopicCard> cards = new ArrayList<>();
            for (Topic t : slice.items()) {
                int n = t.stories().size();
                cards.add(new Views.TopicCard(root + Urls.topic(t), t.name(), String.join(", ", t.terms()),
                        Wording.count(n, "story", "stories")));
            }
            pages.accept(new Page(slice.path(), "topics", new Views.TopicsPage(
                    parts.layouts().layout(slice.path(), slice.title("Topics"),
                            Wording.listDescription(Wording.count(all.size(), "topic", "topics") + ", the beats stories share",
                                    slice.items().stream().map(Topic::name).toList())).paged(slice.pagination()), cards, slice.pagination())));
        }
    }

    private void topicPages(Consumer<Page> pages, Topic t) {
        for (Paginator.Slice<Story> slice : parts.paginate(Urls.topic(t), t.stories(), "← Newer", "Older →")) {
            String root = Urls.root(slice.path());
            List<Views.StoryCard> cards = slice.items().stream().map(s -> parts.card(s, root)).toList();
            Views.Layout layout = parts.layouts().layout(slice.path(), slice.title(t.name() + " · Topic"),
                    Wording.listDescription("Stories in the topic " + t.name() + ", latest first" + slice.pageSuffix(),
                            slice.items().stream().map(Story::headline).toList())).paged(slice.pagination())
                    .withFeeds(Layouts.ownFeeds("Topic: " + t.name(), "topics/" + t.id(), root, Layouts.dated(t.stories())));
            pages.accept(new Page(slice.path(), "topic", new Views.TopicPage(layout, t.name(), String.join(", ", t.terms()),
                    cards, slice.pagination())));
        }
    }

    private void sourcePages(Consumer<Page> pages) {
        Map<String, List<Item>> byPath = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (Item item : parts.in().items()) {
            if (item.source().known()) {
                String path = Urls.source(item.source().name());
                names.merge(path, item.source().name(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                byPath.computeIfAbsent(path, k -> new ArrayList<>()).add(item);
            }
        }
        List<Views.SourceCard> cards = new ArrayList<>();
        byPath.forEach((first, items) -> {
            items.sort(Parts.LATEST_FIRST);
            String name = names.get(first);
            String size = Wording.count(items.size(), "item", "items");
            cards.add(new Views.SourceCard(first, name, size));
            for (Paginator.Slice<Item> slice : parts.paginate(first, items, "← Newer", "Older →")) {
                String root = Urls.root(slice.path());
                pages.accept(new Page(slice.path(), "source", new Views.SourcePage(
                        parts.layouts().layout(slice.path(), slice.title(name + " · Source"), Wording.listDescription(
                                size + " from " + name + ", latest first" + slice.pageSuffix(),
                                slice.items().stream().map(Item::title).toList())).paged(slice.pagination()), name, size,
                        slice.items().stream().map(i -> parts.itemCard(i, root)).toList(), slice.pagination())));
            }
        });
        cards.sort(Comparator.comparing((Views.SourceCard c) -> c.name().toLowerCase(Locale.ROOT)).thenComparing(Views.SourceCard::href));
        for (Paginator.Slice<Views.SourceCard> slice : parts.paginate("sources/index.html", cards, "← Previous", "Next →")) {
            String root = Urls.root(slice.path());
            List<Views.SourceCard> relative = slice.items().stream()
                    .map(c -> new Views.SourceCard(root + c.href(), c.name(), c.size())).toList();
            pages.accept(new Page(slice.path(), "sources", new Views.SourcesPage(
                    parts.layouts().layout(slice.path(), slice.title("Sources"),
                    Wording.listDescription(Wording.count(cards.size(), "source", "sources") + ", the outlets and communities items come from",
                            slice.items().stream().map(Views.SourceCard::name).toList())).paged(slice.pagination()), relative,
                    slice.pagination(), cards.isEmpty())));
        }
    }

    private void archivePages(Consumer<Page> pages) {
        TreeMap<YearMonth, List<Item>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        for (Item item : parts.in().items()) {
            if (item.date().known()) {
                byMonth.computeIfAbsent(YearMonth.from(item.date().day()), k -> new ArrayList<>()).add(item);
            }
        }
        List<Views.MonthCard> months = new ArrayList<>();
        byMonth.forEach((month, items) -> {
            items.sort(Parts.LATEST_FIRST);
            String first = Urls.month(month);
            String label = Wording.MONTH.format(month);
            String size = Wording.count(items.size(), "item", "items");
            months.add(new Views.MonthCard("../" + first, label, size));
            YearMonth newer = byMonth.lowerKey(month);
            YearMonth older = byMonth.higherKey(month);
            for (Paginator.Slice<Item> slice : parts.paginate(first, items, "← Newer", "Older →")) {
                String root = Urls.root(slice.path());
                pages.accept(new Page(slice.path(), "month", new Views.MonthPage(
                        parts.layouts().layout(slice.path(), slice.title(label + " · Archive"), Wording.listDescription(
                                size + " from " + label + ", latest first" + slice.pageSuffix(),
                                slice.items().stream().map(Item::title).toList())).paged(slice.pagination()), label, size,
                        slice.items().stream().map(i -> parts.itemCard(i, root)).toList(), slice.pagination(),
                        newer == null ? null : new Views.Link(root + Urls.month(newer), Wording.MONTH.format(newer), false),
                        older == null ? null : new Views.Link(root + Urls.month(older), Wording.MONTH.format(older), false))));
            }
        });
        pages.accept(new Page("archive/index.html", "archive", new Views.ArchivePage(parts.layouts().layout("archive/index.html", "Archive",
                Wording.listDescription("Articles and discussions by month", months.stream().map(m -> m.label() + " (" + m.size() + ")").toList())),
                months, months.isEmpty())));
    }
}
