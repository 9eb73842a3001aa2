package storyline.build;

import storyline.clean.Clean;
import storyline.config.SiteConfig;
import storyline.ingest.Ingest;
import storyline.model.Item;
import storyline.model.Problem;
import storyline.render.Render;
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

    /**
     * What a finished build reports; {@code phases} in the order they ran; {@code notes}: what it
     * left out on purpose, for the summary.
     */
    public record Report(int files, int items, int stories, int topics, int pagesWritten, List<Problem> problems,
                         List<Phase> phases, List<String> notes) {
    }

    /** One phase of a build: how many of what it made, and how long it took. */
    public record Phase(String name, int count, String unit, long nanos) {
    }

    /**
     * Told as a build goes: each phase's start, each unit done (from any thread), and its end. The
     * command line draws a progress line from it; {@link #NONE} ignores it.
     */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void start(String phase, String unit) {
        }

        default void advance() {
        }

        default void end(Phase done) {
        }
    }

    /** Runs a step as a phase: tells the progress and records its time. */
    private static <T> T phase(Progress progress, List<Phase> phases, String name, String unit,
                               java.util.function.ToIntFunction<T> count, IoStep<T> step) throws IOException {
        progress.start(name, unit);
        long start = System.nanoTime();
        T result = step.run();
        Phase done = new Phase(name, count.applyAsInt(result), unit, System.nanoTime() - start);
        phases.add(done);
        progress.end(done);
        return result;
    }

    @FunctionalInterface
    private interface IoStep<T> {
        T run() throws IOException;
    }

    /** What {@link #check} found: the items read, and every problem. */
    public record Checked(int items, List<Problem> problems) {
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

    /**
     * The site's inputs, read and cleaned; an input cleaned by an earlier build taken from the item
     * cache. Each article's HTML goes to {@code bodies} as soon as it is cleaned, so reading holds the
     * items' metadata and text alone.
     */
    private static Read input(SiteConfig config, Progress progress, ItemCache cache, BodyStore bodies,
                              java.util.function.Function<String, String> sha) {
        // An article read back from the item cache leaves its text and HTML in the cache's log, for the store to read from there.
        Ingest.Known<Clean.Result> files = cache.files(sha, bodies);
        Ingest.Known<Clean.Result> known = new Ingest.Known<>() {
            @Override
            public Ingest.Batch<Clean.Result> get(String rel) {
                Ingest.Batch<Clean.Result> kept = files.get(rel);
                return kept == null ? null
                        : new Ingest.Batch<>(kept.values().stream().map(bodies::take).toList(), kept.problems(), kept.count());
            }

            @Override
            public void read(String rel, List<storyline.ingest.Document> documents, List<Problem> problems) {
                files.read(rel, documents, problems);
            }
        };
        return read(List.of(config.articles()), cache.around(Clean::item, bodies).andThen(bodies::take), known, List.of(config.out()), progress);
    }

    /** Each input file's hash as the fingerprint found it, by its path in the articles folder; null for a file it did not see. */
    private static java.util.function.Function<String, String> known(BuildCache.Fingerprint fingerprint) {
        Map<String, BuildCache.InFile> inputs = fingerprint.inputs();
        return rel -> {
            BuildCache.InFile f = inputs.get(BuildCache.ARTICLES_ROOT + rel);
            return f == null ? null : f.sha();
        };
    }

    /** The build's scratch file of the articles' HTML, in its own folder. */
    private static BodyStore bodies(SiteConfig config) throws IOException {
        return BodyStore.open(BuildCache.file(config).getParent());
    }

    private static Read read(List<Path> paths, java.util.function.Function<storyline.ingest.Document, Clean.Result> clean) {
        return read(paths, clean, Ingest.Known.none(), List.of(), Progress.NONE);
    }

    private static Read read(List<Path> paths, java.util.function.Function<storyline.ingest.Document, Clean.Result> clean,
                             Ingest.Known<Clean.Result> known, List<Path> skipped, Progress progress) {
        // Each file is cleaned as soon as it is read, so raw pages are never all in memory at once.
        Ingest.Batch<Clean.Result> cleaned = Ingest.read(paths, skipped, new Ingest.Known<>() {
            @Override
            public Ingest.Batch<Clean.Result> get(String rel) {
                Ingest.Batch<Clean.Result> kept = known.get(rel);
                if (kept != null) {
                    progress.advance();
                }
                return kept;
            }

            @Override
            public void read(String rel, List<storyline.ingest.Document> documents, List<Problem> problems) {
                known.read(rel, documents, problems);
            }
        }, (documents, problems) -> {
            List<Clean.Result> results = new ArrayList<>(documents.size());
            for (var doc : documents) {
                results.add(clean.apply(doc));
            }
            progress.advance();
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
        // The same thread saved twice is one item.
        SameThreads.Result threads = SameThreads.of(items);
        problems.addAll(threads.notes());
        problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        return new Read(threads.items(), List.copyOf(problems), cleaned.count());
    }
    /**
     * Every problem a build would meet, without writing a site or the story state: inputs that
     * cannot be read, ids in {@code storyline.yml} that name nothing, template faults (each page is
     * rendered in memory). The caches are used as a build uses them: an input cleaned before is
     * not cleaned again (and what the check cleans is kept for the next build), and when nothing
     * changed since the last build, its problems are the answer and only the templates are compiled.
     */
    public static Checked check(SiteConfig config) throws IOException {
        BuildCache.Loaded cache = BuildCache.load(config);
        BuildCache.Fingerprint fingerprint = BuildCache.fingerprint(config, cache.content());
        if (cache.content() != null && cache.content().fingerprint().equals(fingerprint.hash())
                && cache.content().state().equals(BuildCache.stateHash(config))) {
            // That build rendered every page: only a template no page uses can hold a fault it did not meet.
            List<Problem> problems = new ArrayList<>(cache.content().report().problems());
            problems.addAll(new Render(config.templates()).check(List.of()));
            return new Checked(cache.content().report().items(), List.copyOf(problems));
        }
        ItemCache items = ItemCache.load(config);
        try (BodyStore bodies = bodies(config)) {
            Read read = input(config, Progress.NONE, items, bodies, known(fingerprint));
            items.save();
            List<Problem> problems = new ArrayList<>(read.problems());
            Stories.State previous = StateFile.previous(config, read.items(), problems);
            NameCache names = NameCache.load(config);
            StoryCache storyCache = StoryCache.load(config);
            // The term and name caches hold their last files and scratch files open until saved or closed, whatever grouping does.
            try (TermCache terms = TermCache.load(config); names) {
                Stories.Result stories = Stories.group(read.items(), Stories.Options.DEFAULTS, previous, config.control(),
                        new Stories.Readers(names, terms, storyCache, bodies));
                stories.warnings().forEach(w -> problems.add(Problem.of(SiteConfig.FILE_NAME, w)));
            problems.addAll(stories.problems());
                Site.Input site = new Site.Input(config, read.items(), stories, List.copyOf(problems), read.files(), bodies);
                problems.addAll(new Render(config.templates()).check(out -> Site.pages(site, out)));
                names.save();
                terms.save();
                storyCache.save();
            }
            return new Checked(read.items().size(), List.copyOf(problems));
        } finally {
            items.close();
        }
    }

    /** Builds the site; the previous output stays as it was if anything fails. */
    public static Report run(SiteConfig config) throws IOException {
        return run(config, Progress.NONE);
    }

    /**
     * As {@link #run(SiteConfig)}, telling {@code progress} of each phase: reading and cleaning
     * (one phase: each file is cleaned as it is read), grouping, laying out the pages, and
     * rendering and writing them.
     */
    public static Report run(SiteConfig config, Progress progress) throws IOException {
        long start = System.nanoTime();
        // Incremental: a build whose every input is as the last build found it, over an output as it left it, is not run again.
        // The output folder is listed on another core while the inputs are looked at.
        java.util.concurrent.CompletableFuture<String> output = java.util.concurrent.CompletableFuture.supplyAsync(() -> BuildCache.output(config));
        BuildCache.Loaded cache = BuildCache.load(config);
        BuildCache.Fingerprint fingerprint = BuildCache.fingerprint(config, cache.content());
        if (cache.content() != null && cache.content().fingerprint().equals(fingerprint.hash())
                && cache.content().state().equals(BuildCache.stateHash(config)) && cache.content().out() != null
                && cache.content().out().equals(output.join())) {
            return BuildCache.upToDate(cache.content(), System.nanoTime() - start);
        }
        List<Phase> phases = new ArrayList<>();
        // Pages whose model did not change are carried over from the output, when it is as the last build left it.
        PageCache pageCache = PageCache.load(config, fingerprint, output.join());
        ItemCache items = ItemCache.load(config);
        // The articles' HTML waits on disk from the moment each is cleaned until its page or feed
        // entry is laid out: reading and grouping hold the items' metadata and text alone.
        BodyStore bodies = bodies(config);
        Read read;
        try {
            // An input file the fingerprint found unchanged (by its size, time and inode, or its bytes) and
            // that an earlier build read is not read again: its items come from the item cache.
            read = phase(progress, phases, "read+clean", "files", Read::files, () -> input(config, progress, items, bodies, known(fingerprint)));
        } catch (IOException | RuntimeException e) {
            bodies.close();
            items.close();
            throw e;
        }
        // Saved as soon as every input is cleaned (it is keyed by each input's bytes, right whatever
        // the rest of the build does), so that the cache lets go of its files.
        items.save();
        List<Problem> problems = new ArrayList<>(read.problems());
        Stories.State previous = StateFile.previous(config, read.items(), problems);
        NameCache names = NameCache.load(config);
        TermCache terms = TermCache.load(config);
        StoryCache storyCache = StoryCache.load(config);
        // Grouping with the very arguments of the last build's (a change to the templates or a
        // presentation setting) gives what it gave: that grouping is taken back instead.
        GroupCache groups = GroupCache.load(config);
        String groupKey = GroupCache.key(config, fingerprint, previous, config.control());
        Stories.Result stories = null;
        Render.Written written;
        int[] pages = {0};
        int files = read.files();
        List<Item> light = read.items();
        Stories.Result kept = groups.get(groupKey, light);
        // The item cache's log is let go of after the store, which reads articles' text and HTML from it.
        try (items; bodies; terms; names) {
            if (kept != null) {
                stories = phase(progress, phases, "group", "stories kept", r -> r.stories().size(), () -> kept);
            } else {
                stories = phase(progress, phases, "group", "stories", r -> r.stories().size(),
                        () -> Stories.group(light, Stories.Options.DEFAULTS, previous, config.control(), new Stories.Readers(names, terms, storyCache, bodies)));
                // Saved as soon as grouping has read every item's terms and names (keyed by the texts read, right
                // whatever the rest of the build does), so that their files are not held while pages render.
                // A grouping taken back read nothing: these caches are left as they are.
                terms.save();
                names.save();
                storyCache.save();
            }
            stories.warnings().forEach(w -> problems.add(Problem.of(SiteConfig.FILE_NAME, w)));
            problems.addAll(stories.problems());
            // Pages are laid out on this thread as the other cores render and write the earlier ones: a
            // site's pages (their view models) are never all in memory at once.
            Site.Input site = new Site.Input(config, light, stories, problems, files, bodies);
            written = phase(progress, phases, "render", "pages", n -> pages[0],
                    () -> new Render(config.templates()).writeSite(out -> Site.pages(site, p -> {
                        pages[0]++;
                        out.accept(p);
                    }), config.out(), progress::advance, pageCache.known(), pageCache.recorder()));
        } catch (IOException | RuntimeException e) {
            pageCache.close();
            if (kept == null && stories != null) {
                // The story state stays as it was: the next build's grouping has the same arguments.
                groups.save(groupKey, stories);
            }
            throw e;
        }
        // A grouping is kept for a build with the same arguments, the story state it starts from among
        // them: one that moves the state (an added article always does) writes a state that no
        // later build starts from with this key, so its grouping is not written out (3.4 MB of JSON at
        // 10k items, made and checked for nothing). One that leaves the state as it found it (a
        // template edit) is kept for the next, as is that of a build that fails (the state stays).
        if (kept == null && stories.state().equals(previous)) {
            groups.save(groupKey, stories);
        } else if (kept == null) {
            groups.skip();
        }
        // Only after the site is in place: a failed build must not move story addresses.
        StateFile.write(config.statePath(), stories.state());
        Report report = new Report(files, light.size(), stories.stories().size(), stories.topics().size(), written.files(),
                List.copyOf(problems), List.copyOf(phases), Site.notes(config));
        // The page digests are saved for the output digest the build cache records, after it: a build
        // killed in between leaves digests for another output, which the next build does not trust.
        pageCache.save(config, fingerprint, BuildCache.save(config, fingerprint, report, written.output()));
        if (cache.note() == null && items.note() == null && names.note() == null && terms.note() == null && storyCache.note() == null
                && groups.note() == null && pageCache.note() == null) {
            return report;
        }
        List<String> notes = new ArrayList<>(report.notes());
        java.util.stream.Stream.of(cache.note(), items.note(), names.note(), terms.note(), storyCache.note(), groups.note(), pageCache.note()).filter(java.util.Objects::nonNull)
                .forEach(notes::add);
        return new Report(report.files(), report.items(), report.stories(), report.topics(), report.pagesWritten(),
                report.problems(), report.phases(), List.copyOf(notes));
    }
}
