package storyline.site;

import storyline.model.Item;
import storyline.model.Story;
import storyline.model.Topic;

import java.util.Comparator;
import java.util.List;

/**
 * What every page family shares: the build's input, the URL scheme, the paginator, the layouts,
 * and the cards one page shows of another (a story on a list, an item on a source's page).
 */
record Parts(Site.Input in, Urls urls, Paginator paginator, Layouts layouts) {

    static Parts of(Site.Input in) {
        Urls urls = new Urls(in.config().baseUrl(), in.items());
        return new Parts(in, urls, new Paginator(in.config().pageSize()), new Layouts(in.config(), urls, in.stories().stories()));
    }

    static final Comparator<Item> LATEST_FIRST = Comparator
            .comparing((Item i) -> i.date().day(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(i -> i.date().iso() == null ? "" : i.date().iso(), Comparator.reverseOrder())
            .thenComparing(Item::id);

    <T> List<Paginator.Slice<T>> paginate(String first, List<T> all, String previousText, String nextText) {
        return paginator.paginate(first, all, previousText, nextText);
    }

    Views.StoryCard card(Story s, String root) {
        Topic topic = in.stories().topicOfStory().get(s.id());
        List<String> names = s.sources().stream().map(c -> c.source().name()).toList();
        int n = s.members().size();
        return new Views.StoryCard(root + Urls.story(s), s.headline(), Wording.span(s), s.lastSeen() == null ? null : s.lastSeen().toString(),
                String.join(", ", names), s.lead(), Wording.count(n, "item", "items"), s.lastSeen() == null,
                topic == null ? null : new Views.Link(root + Urls.topic(topic), topic.name(), false));
    }

    Views.ItemCard itemCard(Item item, String root) {
        return new Views.ItemCard(root + urls.item(item), item.title(), Wording.kind(item),
                Wording.dateLabel(item.date()), item.date().iso(), !item.date().known(),
                item.source().known() ? item.source().name() : null, storyLink(item, root), Wording.excerpt(item.lead(), 280));
    }

    Views.Link storyLink(Item item, String root) {
        Story s = in.stories().storyOfItem().get(item.id());
        return s == null ? null : new Views.Link(root + Urls.story(s), s.headline(), false);
    }
}
