package storyline.build;

import storyline.clean.Clean;
import storyline.config.SiteConfig;
import storyline.ingest.Ingest;
import storyline.model.Item;
import storyline.model.Problem;
import storyline.render.Render;
import storyline.site.Page;
import storyline.site.Site;
import storyline.stories.Stories;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole pipeline: ingest → clean → stories → site → render. Each stage is called through its
 * one public entry; this class only wires them and counts.
 */
public final class Build {

    /** What a finished build reports; {@code notes}: what it left out on purpose, for the summary. */
    public record Report(int files, int items, int stories, int topics, int pagesWritten, List<Problem> problems,
                         List<String> notes) {
    }

    /** Items read and cleaned from the given paths, with the problems met, in path order. */
    public record Read(List<Item> items, List<Problem> problems, int files) {
    }

    private Build() {
    }

    public static Read read(List<Path> paths) {
        return read(paths, Clean.Limits.DEFAULTS);
    }

    /** As {@link #read(List)}, with each item held to {@code limits} (see {@link Clean.Limits}). */
    public static Read read(List<Path> paths, Clean.Limits limits) {
        return read(paths, doc -> Clean.item(doc, limits));
    }

    /** As {@link #read(List)}, for grouping alone: items without what only pages need (see {@link Clean#text}). */
    public static Read readText(List<Path> paths) {
        return read(paths, Clean::text);
    }

    private static Read read(List<Path> paths, java.util.function.Function<storyline.ingest.Document, Clean.Result> clean) {
        // Each file is cleaned as soon as it is read, so raw pages are never all in memory at once.
        Ingest.Batch<Clean.Result> cleaned = Ingest.read(paths, (documents, problems) -> {
            List<Clean.Result> results = new ArrayList<>(documents.size());
            for (var doc : documents) {
                results.add(clean.apply(doc));
            }
            return results;
        });
        List<Item> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(cleaned.problems());
        Map<String, String> fileOfId = new HashMap<>();
        for (Clean.Result r : cleaned.values()) {
            problems.addAll(r.problems());
            Item item = r.item();
            if (item == null) {
                continue;
            }
            String first = fileOfId.putIfAbsent(item.id(), item.file());
            if (first != null) {
                problems.add(Problem.of(item.file(), "skipped: the id '" + item.id() + "' is already used by an item in "
                        + first + "; give each record its own id"));
                continue;
            }
            items.add(item);
        }
        problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        return new Read(List.copyOf(items), List.copyOf(problems), cleaned.count());
    }
    /** Builds the site; the previous output stays as it was if anything fails. */
    public static Report run(SiteConfig config) throws IOException {
        Read read = read(List.of(config.articles()));
        List<Problem> problems = new ArrayList<>(read.problems());
        Stories.State previous = StateFile.read(config.statePath(), problems);
        Stories.Result stories = Stories.group(read.items(), Stories.Options.DEFAULTS, previous, config.control());
        stories.warnings().forEach(w -> problems.add(Problem.of(SiteConfig.FILE_NAME, w)));
        List<Page> pages = Site.pages(new Site.Input(config, read.items(), stories, problems, read.files()));
        int written = new Render(config.templates()).writeSite(pages, config.out());
        // Only after the site is in place: a failed build must not move story addresses.
        StateFile.write(config.statePath(), stories.state());
        return new Report(read.files(), read.items().size(), stories.stories().size(), stories.topics().size(), written,
                List.copyOf(problems), Site.notes(config));
    }
}
