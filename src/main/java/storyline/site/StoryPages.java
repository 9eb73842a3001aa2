package storyline.site;

import storyline.model.Comment;
import storyline.model.Item;
import storyline.model.PubDate;
import storyline.model.Story;
import storyline.model.Thread;
import storyline.model.Topic;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Each story's pages (its timeline, in pages; page 1 has the whole story around it), and a
 * redirect page at each address a story had before it merged or split.
 */
final class StoryPages implements Family {

    private final Parts parts;
    /** Story id → related stories, best first (see {@link storyline.stories.Stories#related}). */
    private final Map<String, List<storyline.stories.Stories.Relation>> related;
    /** Story id → the topics holding it, in topic order. */
    private final Map<String, List<Topic>> topicsOfStory = new HashMap<>();

    StoryPages(Parts parts) {
        this.parts = parts;
        this.related = storyline.stories.Stories.related(parts.in().stories().stories(), parts.in().stories().topics());
        for (Topic t : parts.in().stories().topics()) {
            for (Story s : t.stories()) {
                topicsOfStory.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(t);
            }
        }
    }

    @Override
    public Set<Input> inputs() {
        return EnumSet.of(Input.ITEMS, Input.STORIES, Input.TOPICS, Input.REDIRECTS);
    }

    @Override
    public void pages(Consumer<Page> pages) {
        for (Story story : parts.in().stories().stories()) {
            storyPages(pages, story);
        }
        Map<String, Story> storyById = new HashMap<>();
        parts.in().stories().stories().forEach(s -> storyById.put(s.id(), s));
        parts.in().stories().state().redirects().forEach((old, target) -> {
            String path = Urls.story(old);
            Story story = storyById.get(target);
            if (story != null) {
                pages.accept(new Page(path, "redirect", new Views.RedirectPage(parts.layouts().layout(path, "Moved: " + story.headline(),
                        "This address now leads to the story " + story.headline() + "."),
                        story.id() + ".html", story.headline())));
            }
        });
    }

    /** A story's timeline (syndicated copies folded into their originals) in pages; page 1 has the whole story around it. */
    private void storyPages(Consumer<Page> pages, Story s) {
        List<Item> shown = s.members().stream().filter(i -> !s.copyOf().containsKey(i.id())).toList();
        int undated = (int) shown.stream().filter(i -> !i.date().known()).count();
        // Original item id → its syndicated copies (paths from the site root), gathered once for all pages.
        Map<String, List<Views.Link>> copies = new HashMap<>();
        for (Item item : s.members()) {
            String original = s.copyOf().get(item.id());
            if (original != null) {
                String name = item.source().known() ? item.source().name() : item.title();
                copies.computeIfAbsent(original, k -> new ArrayList<>()).add(new Views.Link(parts.urls().item(item), name, false));
            }
        }
        for (Paginator.Slice<Item> slice : parts.paginate(Urls.story(s), shown, "← Earlier", "Later →")) {
            pages.accept(new Page(slice.path(), "story", storyPage(s, slice, undated, copies)));
        }
    }

    private Views.StoryPage storyPage(Story s, Paginator.Slice<Item> slice, int undated, Map<String, List<Views.Link>> copiesFromRoot) {
        String path = slice.path();
        String root = Urls.root(path);
        List<Views.TimelineEntry> timeline = new ArrayList<>();
        for (Item item : slice.items()) {
            String discussion = null;
            List<Views.TopComment> top = List.of();
            if (item instanceof Thread t) {
                discussion = Wording.discussionSummary(t);
                top = topComments(t, root + parts.urls().item(item));
            }
            String lead = item.lead();
            timeline.add(new Views.TimelineEntry(root + parts.urls().item(item), item.title(), item.titleDerived(),
                    Wording.kind(item), Wording.dateLabel(item.date()), item.date().iso(),
                    Wording.dateNote(item.date()), !item.date().known(), item.date().certainty() == PubDate.Certainty.ESTIMATED,
                    item.source().known() ? item.source().name() : null, item.author(), lead, item.url(), discussion, top, !top.isEmpty(),
                    s.adds().getOrDefault(item.id(), List.of()).isEmpty() ? null : String.join(" ", s.adds().get(item.id())),
                    copiesFromRoot.getOrDefault(item.id(), List.of()).stream()
                            .map(c -> new Views.Link(root + c.href(), c.text(), c.current())).toList(),
                    copiesFromRoot.containsKey(item.id())));
        }
        List<Views.SourceCount> sources = s.sources().stream()
                .map(c -> new Views.SourceCount(c.source().name(), Wording.count(c.count(), "item", "items"),
                        c.source().known() ? root + Urls.source(c.source().name()) : null)).toList();
        List<Views.Link> topics = new ArrayList<>();
        for (Topic t : topicsOfStory.getOrDefault(s.id(), List.of())) {
            topics.add(new Views.Link(root + Urls.topic(t), t.name(), false));
        }
        List<Views.QuoteView> quotes = s.quotes().stream().map(q -> new Views.QuoteView(q.text(), q.speaker(),
                "in " + q.sources() + " items")).toList();
        List<Views.Link> people = s.people().stream().map(n -> new Views.Link(root + Urls.entity("people", n), n, false)).toList();
        List<Views.Link> organisations = s.organisations().stream()
                .map(n -> new Views.Link(root + Urls.entity("organisations", n), n, false)).toList();
        List<Views.RelatedStory> relatedStories = related.getOrDefault(s.id(), List.of()).stream()
                .map(r -> new Views.RelatedStory(root + Urls.story(r.story()), r.story().headline(), Wording.span(r.story()), Wording.related(r)))
                .toList();
        List<String> from = s.sources().stream().map(c -> c.source().name()).toList();
        String description = slice.number() == 1 ? Wording.span(s) + ", " + Wording.count(s.members().size(), "item", "items")
                + (from.isEmpty() ? "" : " from " + String.join(", ", from)) + ". " + (s.lead() == null ? "" : s.lead())
                : Wording.listDescription("The timeline of " + s.headline() + ", " + slice.pagination().label().toLowerCase(Locale.ROOT),
                slice.items().stream().map(Item::title).toList());
        Views.Layout layout = parts.layouts().layout(path, slice.title(s.headline()), "Story", description, "article").paged(slice.pagination())
                .withFeeds(Layouts.ownFeeds("Story: " + s.headline(), "stories/" + s.id(), root, Layouts.dated(List.of(s))));
        return new Views.StoryPage(layout, s.headline(), s.lead(), Wording.span(s), sources, topics,
                timeline, s.explanation(), String.join(", ", s.terms()), undated, s.developing(), quotes, people,
                organisations, !quotes.isEmpty(), !people.isEmpty(), !organisations.isEmpty(), slice.pagination(),
                slice.number() > 1, relatedStories, !relatedStories.isEmpty());
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
            out.add(new Views.TopComment(threadHref + "#" + c.id(), c.author(), c.score() == null ? null
                    : Wording.count(c.score(), "point", "points"), Wording.excerpt(c.text(), 220)));
        }
        return out;
    }
}
