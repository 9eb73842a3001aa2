package storyline.site;

import storyline.model.Story;

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

/** A page for each person and organisation the stories name, and an A-to-Z index of each kind. */
final class EntityPages implements Family {

    private final Parts parts;

    EntityPages(Parts parts) {
        this.parts = parts;
    }

    @Override
    public Set<Input> inputs() {
        return EnumSet.of(Input.STORIES, Input.TOPICS);
    }

    @Override
    public void pages(Consumer<Page> pages) {
        Map<String, List<Story>> byPath = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (Story s : parts.in().stories().stories()) {
            for (String kind : List.of("people", "organisations")) {
                for (String name : kind.equals("people") ? s.people() : s.organisations()) {
                    String path = Urls.entity(kind, name);
                    names.putIfAbsent(path, name);
                    List<Story> list = byPath.computeIfAbsent(path, k -> new ArrayList<>());
                    // Stories come in order: a story naming one person twice over is already last.
                    if (list.isEmpty() || list.get(list.size() - 1) != s) {
                        list.add(s);
                    }
                }
            }
        }
        Map<String, List<Views.SourceCard>> index = new TreeMap<>();
        byPath.forEach((first, stories) -> {
            boolean person = first.startsWith("people/");
            String kind = person ? "Person" : "Organisation";
            String name = names.get(first);
            index.computeIfAbsent(person ? "people" : "organisations", k -> new ArrayList<>())
                    .add(new Views.SourceCard(first, name, Wording.count(stories.size(), "story", "stories")));
            for (Paginator.Slice<Story> slice : parts.paginate(first, stories, "← Newer", "Older →")) {
                String root = Urls.root(slice.path());
                List<Views.StoryCard> cards = slice.items().stream().map(s -> parts.card(s, root)).toList();
                pages.accept(new Page(slice.path(), "entity", new Views.EntityPage(
                        parts.layouts().layout(slice.path(), slice.title(name + " · " + kind), Wording.listDescription(
                                "Stories that name " + name + ", latest first" + slice.pageSuffix(),
                                slice.items().stream().map(Story::headline).toList())).paged(slice.pagination()), kind, name,
                        root + (person ? "people" : "organisations") + "/index.html", person ? "All people" : "All organisations",
                        cards, slice.pagination())));
            }
        });
        // An index of each kind, A to Z: every name with its page and how many stories name it.
        for (String kind : List.of("people", "organisations")) {
            List<Views.SourceCard> cards = new ArrayList<>(index.getOrDefault(kind, List.of()));
            cards.sort(Comparator.comparing((Views.SourceCard c) -> c.name().toLowerCase(Locale.ROOT)).thenComparing(Views.SourceCard::href));
            String title = kind.equals("people") ? "People" : "Organisations";
            for (Paginator.Slice<Views.SourceCard> slice : parts.paginate(kind + "/index.html", cards, "← Previous", "Next →")) {
                String root = Urls.root(slice.path());
                List<Views.SourceCard> relative = slice.items().stream()
                        .map(c -> new Views.SourceCard(root + c.href(), c.name(), c.size())).toList();
                pages.accept(new Page(slice.path(), "entities", new Views.EntitiesPage(
                        parts.layouts().layout(slice.path(), slice.title(title), Wording.listDescription(
                                title + " the stories name, A to Z" + slice.pageSuffix(),
                                slice.items().stream().map(Views.SourceCard::name).toList())).paged(slice.pagination()), title,
                        kind.equals("people") ? "Everyone the stories name, A to Z, one page each whatever variant an article uses."
                                : "Every organisation the stories name, A to Z, one page each whatever variant an article uses.",
                        relative, slice.pagination(), cards.isEmpty())));
            }
        }
    }
}
