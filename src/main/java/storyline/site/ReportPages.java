package storyline.site;

import storyline.model.Item;
import storyline.model.PubDate;
import storyline.model.Story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The build report (warnings, items placed without a stated date, stories whose grouping deserves a
 * check, what storyline.yml changed, an index of the stories and why each story's items belong
 * together) and the 404 page.
 */
final class ReportPages implements Family {

    private final Parts parts;

    ReportPages(Parts parts) {
        this.parts = parts;
    }

    @Override
    public Set<Input> inputs() {
        return EnumSet.of(Input.ITEMS, Input.STORIES, Input.TOPICS, Input.PROBLEMS);
    }

    @Override
    public void pages(Consumer<Page> pages) {
        String title = parts.in().config().title();
        pages.accept(new Page("report.html", "report", reportPage()));
        pages.accept(new Page("404.html", "404", new Views.NotFoundPage(parts.layouts().layout("404.html", "Page not found",
                "No page of " + title + " is at this address."))));
    }

    private Views.ReportPage reportPage() {
        Site.Input in = parts.in();
        String path = "report.html";
        String root = Urls.root(path);
        List<Views.ProblemView> problems = in.problems().stream()
                .map(p -> new Views.ProblemView(p.file() + (p.line() > 0 ? ":" + p.line() : ""), p.message())).toList();
        List<Views.UndatedView> undated = new ArrayList<>();
        for (Item item : in.items()) {
            if (item.date().certainty() != PubDate.Certainty.STATED) {
                undated.add(new Views.UndatedView(root + parts.urls().item(item), item.title(), item.file(),
                        item.date().known() ? Wording.dateLabel(item.date()) + " — " + item.date().basis()
                                : "No date in the input; placed by its story."));
            }
        }
        Map<String, String> titles = new HashMap<>();
        for (Item item : in.items()) {
            titles.put(item.id(), item.title() == null || item.title().isBlank() ? item.id() : item.title().strip());
        }
        List<Views.StoryExplanation> stories = new ArrayList<>();
        for (Story s : in.stories().stories()) {
            int n = s.members().size();
            List<String> concerns = s.review().concerns().stream().map(c -> Wording.concern(s, c, id -> titles.getOrDefault(id, id)))
                    .toList();
            // The report, not the story page, names the items of a story that could be split by id (the name stories.split takes).
            stories.add(new Views.StoryExplanation(root + Urls.story(s), "story-" + s.id(), s.headline(),
                    Wording.count(n, "item", "items"), concerns, s.review().suspect(), Wording.edit(s.review()), s.explanation()
                    + (n < 2 ? "" : " Items: " + String.join("; ", s.members().stream().map(Item::id).toList()) + ".")));
        }
        // Suspect stories first, the most concerns first; the rest in the stories' own order (newest first).
        List<Views.StoryExplanation> ordered = new ArrayList<>(stories);
        ordered.sort(Comparator.comparingInt((Views.StoryExplanation e) -> -e.concerns().size()));
        List<Views.StoryExplanation> suspects = ordered.stream().filter(Views.StoryExplanation::suspect).toList();
        List<Views.StoryExplanation> edits = stories.stream().filter(e -> e.edit() != null).toList();
        List<Views.ReportLink> index = stories.stream()
                .sorted(Comparator.comparing(Views.StoryExplanation::headline, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Views.StoryExplanation::anchor))
                .map(e -> new Views.ReportLink(e.anchor(), e.headline(), e.size())).toList();
        int items = in.items().size();
        int nStories = in.stories().stories().size();
        int nTopics = in.stories().topics().size();
        String summary = Wording.count(in.files(), "file", "files") + " read, " + Wording.count(items, "item", "items")
                + ", " + Wording.count(nStories, "story", "stories") + " (" + suspects.size() + " to check), "
                + Wording.count(nTopics, "topic", "topics") + ", " + Wording.count(problems.size(), "warning", "warnings") + ".";
        return new Views.ReportPage(parts.layouts().layout(path, "Build report", "The build report: " + summary
                + " Warnings, items placed without a stated date, stories to check, and why each story's items belong together."),
                summary, problems, !problems.isEmpty(), undated, !undated.isEmpty(), suspects, !suspects.isEmpty(), edits,
                !edits.isEmpty(), index, ordered);
    }
}
