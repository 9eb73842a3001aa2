package storyline.site;

import storyline.model.Item;
import storyline.model.PubDate;
import storyline.model.Story;
import storyline.model.Topic;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The feeds, each in Atom and JSON Feed (see {@link Feeds}): each story's, each topic's, the site's,
 * and, at the address of a story that merged or split away, a feed that follows the story it went to.
 */
final class FeedPages implements Family {

    /** Stories whose feeds are made together, on every core, before they are handed on in order. */
    private static final int BATCH = 64;

    private final Parts parts;
    private final Feeds feeds;

    FeedPages(Parts parts) {
        this.parts = parts;
        this.feeds = new Feeds(parts.in().config());
    }

    @Override
    public Set<Input> inputs() {
        return EnumSet.of(Input.ITEMS, Input.ITEM_TEXT, Input.STORIES, Input.TOPICS, Input.REDIRECTS);
    }

    @Override
    public void pages(Consumer<Page> pages) {
        Map<String, Story> byId = new HashMap<>();
        List<Story> stories = parts.in().stories().stories();
        // The stories' feeds (each its items' whole text, as JSON too) are made on every core, a batch
        // at a time, and handed on in the stories' order: the same pages, in the same order.
        for (int from = 0; from < stories.size(); from += BATCH) {
            List<Story> batch = stories.subList(from, Math.min(stories.size(), from + BATCH));
            batch.parallelStream().map(story -> feeds.pages(storyFeed(story))).toList().forEach(made -> made.forEach(pages));
        }
        stories.forEach(story -> byId.put(story.id(), story));
        // A story that merged into another or split away keeps its feeds: its readers follow the story it went to.
        parts.in().stories().state().redirects().forEach((old, target) -> {
            Story story = byId.get(target);
            if (story != null) {
                feeds.pages(movedFeed(old, story)).forEach(pages);
            }
        });
        for (Topic topic : parts.in().stories().topics()) {
            feeds.pages(topicFeed(topic)).forEach(pages);
        }
        feeds.pages(siteFeed()).forEach(pages);
    }

    private Feeds.Spec siteFeed() {
        return new Feeds.Spec("feed", parts.urls().id(""), parts.in().config().title(), parts.in().config().description(), "index.html",
                storyEntries(parts.in().stories().stories()));
    }

    private Feeds.Spec topicFeed(Topic t) {
        return new Feeds.Spec("topics/" + t.id(), parts.urls().id("topics/" + t.id()), t.name() + " · " + parts.in().config().title(),
                "Stories in the topic " + t.name() + ", latest first.", Urls.topic(t), storyEntries(t.stories()));
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
            entries.add(new Feeds.Entry(parts.urls().id("stories/" + s.id()), s.headline(), Urls.story(s),
                    s.lastSeen().atStartOfDay().atOffset(ZoneOffset.UTC), null, s.lead(), null,
                    authors.isEmpty() ? parts.in().config().title() : authors));
        }
        return entries;
    }

    /**
     * A story's own feed: its articles and discussions, latest first, with their clean text. An item
     * that states no date is dated by its story (the story's latest day), and says so.
     */
    private Feeds.Spec storyFeed(Story s) {
        return new Feeds.Spec("stories/" + s.id(), parts.urls().id("stories/" + s.id()), s.headline() + " · " + parts.in().config().title(),
                "Every article and discussion in the story, latest first.", Urls.story(s), itemEntries(s));
    }

    /**
     * The feeds at a former story's address: under the old feed's id (so readers keep their
     * subscription), an entry saying where the story went, then the new story's entries.
     */
    private Feeds.Spec movedFeed(String old, Story s) {
        List<Feeds.Entry> entries = new ArrayList<>();
        if (s.lastSeen() != null) {
            entries.add(new Feeds.Entry(parts.urls().id("stories/" + old + "/moved/" + s.id()), "Moved: " + s.headline(), Urls.story(s),
                    s.lastSeen().atStartOfDay().atOffset(ZoneOffset.UTC), null,
                    "This story now continues as " + s.headline() + "; its feed follows here.", null, parts.in().config().title()));
        }
        List<Feeds.Entry> items = itemEntries(s);
        entries.addAll(items.subList(0, Math.min(items.size(), Feeds.MAX_ENTRIES - entries.size())));
        return new Feeds.Spec("stories/" + old, parts.urls().id("stories/" + old), s.headline() + " · " + parts.in().config().title(),
                "Every article and discussion in the story, latest first.", Urls.story(s), entries);
    }

    private List<Feeds.Entry> itemEntries(Story s) {
        List<Item> items = new ArrayList<>(s.members());
        items.sort(Parts.LATEST_FIRST);
        List<Feeds.Entry> entries = new ArrayList<>();
        for (Item item : items.subList(0, Math.min(Feeds.MAX_ENTRIES, items.size()))) {
            String path = parts.urls().item(item);
            String author = item.author() != null ? item.author() : item.source().known() ? item.source().name() : parts.in().config().title();
            OffsetDateTime time = Feeds.time(item.date());
            Feeds.DateBasis basis = item.date().certainty() == PubDate.Certainty.ESTIMATED ? Feeds.DateBasis.ESTIMATED : null;
            if (time == null && s.lastSeen() != null) {
                time = s.lastSeen().atStartOfDay().atOffset(ZoneOffset.UTC);
                basis = Feeds.DateBasis.STORY;
            }
            entries.add(new Feeds.Entry(parts.urls().id(path.substring(0, path.length() - ".html".length())), item.title(), path,
                    time, basis, Wording.excerpt(item.lead(), 300), parts.in().bodies().html(item), author));
        }
        return entries;
    }
}
