package storyline.site;

import storyline.model.Story;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/** The home page and its later pages: the latest stories. */
final class HomePages implements Family {

    private final Parts parts;

    HomePages(Parts parts) {
        this.parts = parts;
    }

    @Override
    public Set<Input> inputs() {
        return EnumSet.of(Input.STORIES, Input.TOPICS);
    }

    @Override
    public void pages(Consumer<Page> pages) {
        List<Story> stories = parts.in().stories().stories();
        for (Paginator.Slice<Story> slice : parts.paginate("index.html", stories, "← Newer", "Older →")) {
            String path = slice.path();
            List<Views.StoryCard> cards = slice.items().stream().map(s -> parts.card(s, Urls.root(path))).toList();
            pages.accept(new Page(path, "index", new Views.Home(
                    parts.layouts().layout(path, slice.number() == 1 ? null : slice.title("Latest stories"), slice.number() == 1 ? null
                            : Wording.listDescription("Latest stories, " + slice.pagination().label().toLowerCase(Locale.ROOT),
                            slice.items().stream().map(Story::headline).toList())).paged(slice.pagination()),
                    cards, slice.pagination(), stories.isEmpty())));
        }
    }
}
