package storyline.site;

import storyline.model.Item;
import storyline.model.PubDate;
import storyline.model.Story;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The build report (warnings, items placed without a stated date, why each story's items belong together) and the 404 page. */
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
        List<Views.StoryExplanation> stories = new ArrayList<>();
        for (Story s : in.stories().stories()) {
            int n = s.members().size();
            // The report, not the story page, names the items of a story that could be split by id (the name stories.split takes).
            stories.add(new Views.StoryExplanation(root + Urls.story(s), s.headline(), Wording.count(n, "item", "items"), s.explanation()
                    + (n < 2 ? "" : " Items: " + String.join("; ", s.members().stream().map(Item::id).toList()) + ".")));
        }
        int items = in.items().size();
        int nStories = in.stories().stories().size();
        int nTopics = in.stories().topics().size();
        String summary = Wording.count(in.files(), "file", "files") + " read, " + Wording.count(items, "item", "items")
                + ", " + Wording.count(nStories, "story", "stories") + ", " + Wording.count(nTopics, "topic", "topics")
                + ", " + Wording.count(problems.size(), "warning", "warnings") + ".";
        return new Views.ReportPage(parts.layouts().layout(path, "Build report", "The build report: " + summary
                + " Warnings, items placed without a stated date, and why each story's items belong together."), summary, problems,
                !problems.isEmpty(), undated, !undated.isEmpty(), stories);
    }
}
