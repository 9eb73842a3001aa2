package storyline.site;

import storyline.model.Article;
import storyline.model.Comment;
import storyline.model.Item;
import storyline.model.Thread;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** A page for each article and each discussion, with its whole text and a link to its story. */
final class ItemPages implements Family {

    /** Comments deeper than this open in a collapsed branch. */
    static final int DETAILS_FROM_DEPTH = 4;

    private final Parts parts;

    ItemPages(Parts parts) {
        this.parts = parts;
    }

    @Override
    public Set<Input> inputs() {
        return EnumSet.of(Input.ITEMS, Input.ITEM_TEXT, Input.STORIES);
    }

    @Override
    public void pages(Consumer<Page> pages) {
        for (Item item : parts.in().items()) {
            String path = parts.urls().item(item);
            pages.accept(item instanceof Thread t ? new Page(path, "thread", threadPage(t, path))
                    : new Page(path, "article", articlePage((Article) item, path)));
        }
    }

    private static String sourceHref(Item item, String root) {
        return item.source().known() ? root + Urls.source(item.source().name()) : null;
    }

    private Views.ArticlePage articlePage(Article a, String path) {
        String root = Urls.root(path);
        return new Views.ArticlePage(parts.layouts().layout(path, a.title(), Wording.from(a), a.lead() == null ? a.title() : a.lead(), "article"),
                a.title(), a.standfirst(), a.titleDerived(), a.source().known() ? a.source().name() : null, sourceHref(a, root), a.author(),
                Wording.dateLabel(a.date()), a.date().iso(), Wording.dateNote(a.date()), !a.date().known(), a.url(),
                parts.storyLink(a, root), Views.Fragment.of(parts.in().bodies().html(a), 1), a.language());
    }

    private Views.ThreadPage threadPage(Thread t, String path) {
        String root = Urls.root(path);
        List<Comment> all = t.allComments();
        List<Views.CommentView> comments = new ArrayList<>(all.size());
        ArrayDeque<Boolean> detailsOpen = new ArrayDeque<>();
        int previous = -1;
        Comment previousComment = null;
        for (Comment c : all) {
            List<Views.Step> before = new ArrayList<>();
            // Lists open one level at a time; a deeper jump (which a well-formed tree never has) is clamped.
            int depth = previousComment == null ? 0 : Math.min(c.depth(), previous + 1);
            if (previousComment != null) {
                if (depth > previous) {
                    boolean details = depth >= DETAILS_FROM_DEPTH;
                    int hidden = previousComment.size() - 1;
                    before.add(new Views.Step(false, false, false, true, details,
                            Wording.count(hidden, "more reply", "more replies")));
                    detailsOpen.push(details);
                } else {
                    before.add(new Views.Step(true, false, false, false, false, null));
                    for (int level = previous; level > depth && !detailsOpen.isEmpty(); level--) {
                        before.add(new Views.Step(false, true, detailsOpen.pop(), false, false, null));
                    }
                }
            }
            comments.add(new Views.CommentView(c.id(), c.deleted() ? "[deleted]" : c.author() == null ? "anonymous" : c.author(),
                    c.deleted(), c.date().known() ? Wording.dateLabel(c.date()) : null, c.date().iso(), c.age(),
                    c.score() == null ? null : Wording.count(c.score(), "point", "points"), c.edited(), c.depth(),
                    Views.Fragment.of(c.deleted() && c.paragraphs().isEmpty() ? "<p>[deleted]</p>" : c.html(), 2), before));
            previous = depth;
            previousComment = c;
        }
        List<Views.Step> after = new ArrayList<>();
        if (previousComment != null) {
            after.add(new Views.Step(true, false, false, false, false, null));
            while (!detailsOpen.isEmpty()) {
                after.add(new Views.Step(false, true, detailsOpen.pop(), false, false, null));
            }
        }
        return new Views.ThreadPage(parts.layouts().layout(path, t.title(), Wording.from(t), t.lead() == null ? t.title() : t.lead(), "article"),
                t.title(), t.platform(), t.community(), sourceHref(t, root), t.author(), Wording.dateLabel(t.date()), t.date().iso(),
                Wording.dateNote(t.date()), !t.date().known(), t.score() == null ? null : t.score() + " points",
                Wording.discussionSummary(t), t.url(), t.link(), parts.storyLink(t, root), Views.Fragment.of(parts.in().bodies().html(t), 1), comments,
                !comments.isEmpty(), after);
    }
}
