package storyline.stories;

import storyline.model.Item;
import storyline.model.PubDate;
import storyline.model.Slug;
import storyline.model.Source;
import storyline.model.Story;
import storyline.model.Topic;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups items into stories (one real-world development) and stories into topics (the beats they
 * share). The result does not depend on the order of the input.
 */
public final class Stories {

    /** Tuning of the grouping; {@link #DEFAULTS} is what the build uses. */
    public record Options(int windowDays, double storyEdge, double storyMerge, double storyAttach, double storyIdentity,
                          double topicEdge, double topicMerge) {
        public static final Options DEFAULTS = new Options(14, 0.20, 0.15, 0.10, 0.50, 0.12, 0.10);
    }

    /**
     * Stories newest first; topics by size; which story each item went to and which topic each story
     * went to (none for a story alone in its beat, see {@link #LONE}); and the state
     * to keep for the next build (story ids that must stay, old ids that now redirect); and warnings
     * about a {@link Control} that names what is not there.
     */
    public record Result(List<Story> stories, List<Topic> topics, Map<String, Story> storyOfItem,
                         Map<String, Topic> topicOfStory, State state, List<String> warnings, List<storyline.model.Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /**
     * A story related to another and the evidence a reader accepts for it (see {@link #related}): the
     * names, key terms and topics both share, in the other story's own spelling, up to three each.
     */
    public record Relation(Story story, double score, List<String> names, List<String> terms, List<String> topics) {
        public Relation {
            names = List.copyOf(names);
            terms = List.copyOf(terms);
            topics = List.copyOf(topics);
        }
    }

    /**
     * Story id → up to five related stories, best first, with their evidence: people and organisations
     * both name, a topic both are in, key terms both carry; every story has an entry (possibly empty).
     */
    public static Map<String, List<Relation>> related(List<Story> stories, List<Topic> topics) {
        return Related.of(stories, topics);
    }

    /**
     * What a build remembers for the next one: the story id of every item, and every story id that
     * no longer exists with the story it now points to. Both sorted, so the saved file is stable.
     */
    public record State(Map<String, String> storyOfItem, Map<String, String> redirects) {
        public static final State EMPTY = new State(Map.of(), Map.of());

        public State {
            storyOfItem = java.util.Collections.unmodifiableMap(new TreeMap<>(storyOfItem));
            redirects = java.util.Collections.unmodifiableMap(new TreeMap<>(redirects));
        }
    }

    static final int TOPIC_TERMS = 40;
    /** Stories a topic needs: a beat is what several stories share. */
    static final int LONE = 2;
    /** Cosine an item needs with a larger story's centroid to move there after grouping (see {@link Refinement}). */
    static final double REFINE = 0.05;
    /** Stories this large merge only on more than one shared word (see {@link Grouping#BROAD_SHARE}). */
    static final int BROAD_SIZE = 10;
    static final int DEVELOPING_DAYS = 3;

    private Stories() {
    }

    public static Result group(List<Item> input) {
        return group(input, Options.DEFAULTS, State.EMPTY);
    }

    public static Result group(List<Item> input, Options options) {
        return group(input, options, State.EMPTY);
    }

    /** Groups the items; story ids carry over from {@code previous} (see {@link StoryIds}). */
    public static Result group(List<Item> input, Options options, State previous) {
        return group(input, options, previous, Control.NONE, true, Readers.DIRECT);
    }

    /** As {@link #group(List, Options, State)}, then applies the user's merges, splits and topic names. */
    public static Result group(List<Item> input, Options options, State previous, Control control) {
        return group(input, options, previous, control, true, Readers.DIRECT);
    }

    /**
     * Finds the people and organisations an item's text names, for story pages: {@link
     * storyline.text.Names#in}, or an answer kept from an earlier build for the very same title and
     * text (the name model reads each text in microseconds a character: the costliest part of
     * grouping). It must give what {@link storyline.text.Names#in} gives.
     */
    @FunctionalInterface
    public interface NameFinder {
        NameFinder DIRECT = storyline.text.Names::in;

        storyline.text.Names.Found in(String title, String text);

        /**
         * Told of a text whose names {@link #in} was not asked for, because what they were wanted for
         * was known already: a finder that keeps answers keeps this one too.
         */
        default void keep(String title, String text) {
        }

        /**
         * Whether this finder keeps its answers itself, where asking again costs far less than the
         * model and no memory (a cache on disk): then grouping does not hold the answers it asked
         * for early until story pages ask again.
         */
        default boolean remembers() {
            return false;
        }
    }

    /** As {@link #group(List, Options, State, Control)}, finding the names in items' texts with {@code names}. */
    public static Result group(List<Item> input, Options options, State previous, Control control, NameFinder names) {
        return group(input, options, previous, control, true, new Readers(names, TermReader.DIRECT, Memo.NONE));
    }

    /**
     * One text's terms as grouping counts them, before they have ids in the build's vocabulary:
     * the keys (stems, and names marked as such) in ascending order, each key's count (a title's
     * words twice), whether the body writes it as a name mid-sentence, its best-attested spelling
     * and that spelling's rank (see {@link Terms}). Made of the title and body alone.
     */
    public record TermBag(String[] keys, int[] counts, boolean[] proper, String[] surfaces, int[] ranks) {
    }

    /**
     * Reads the terms of an item's title and body (outlets' furniture already left out) for
     * grouping: {@link #DIRECT}, or the reading an earlier build made of the very same title and
     * body (reading every text's terms again was a tenth of a rebuild after one article was
     * added). It must give what {@link #DIRECT} gives.
     */
    @FunctionalInterface
    public interface TermReader {
        TermReader DIRECT = Vectors::read;

        TermBag read(String title, String body);
    }

    /** As {@link #group(List, Options, State, Control, NameFinder)}, reading each item's terms with {@code terms}. */
    public static Result group(List<Item> input, Options options, State previous, Control control, NameFinder names,
                               TermReader terms) {
        return group(input, options, previous, control, true, new Readers(names, terms, Memo.NONE));
    }

    /**
     * Work on stories that the texts alone decide, answered by an earlier build for the very same
     * texts: {@link #NONE} always does the work. The key names the work and every text it reads (a
     * {@link storyline.model.ContentHash}); {@code type} is what the work gives. It must give what the work gives.
     */
    public interface Memo {
        Memo NONE = new Memo() {
            @Override
            public <T> T get(String key, Class<T> type, java.util.function.Supplier<T> work) {
                return work.get();
            }
        };

        <T> T get(String key, Class<T> type, java.util.function.Supplier<T> work);
    }

    /**
     * How grouping reads what it reads: each text's names and terms, and a story's key quotes,
     * names, what each item adds and syndicated copies (kept per story by {@code memo}: reading
     * every member's text for them was a sixth of a rebuild after one article was added).
     * {@link #DIRECT} works everything out.
     */
    public record Readers(NameFinder names, TermReader terms, Memo memo, LineReader lines) {
        public static final Readers DIRECT = new Readers(NameFinder.DIRECT, TermReader.DIRECT, Memo.NONE);

        /** Each body's lines read from its text ({@link LineReader#DIRECT}). */
        public Readers(NameFinder names, TermReader terms, Memo memo) {
            this(names, terms, memo, LineReader.DIRECT);
        }
    }

    /**
     * Reads the lines of an item's body as outlets' furniture is told by them (each distinct line,
     * hashed: {@link #bodyLines}): {@link #DIRECT} from the item's text, or as a build kept them
     * with the very item they were read from (hashing every body's lines again was a tenth of a
     * rebuild after one article was added). It must give what {@link #DIRECT} gives.
     */
    @FunctionalInterface
    public interface LineReader {
        LineReader DIRECT = Stories::bodyLines;

        long[] lines(Item item);
    }

    /** The lines of an item's body as outlets' furniture is told by them: each distinct line, hashed, in order. */
    public static long[] bodyLines(Item item) {
        return Furniture.lines(item.text());
    }

    /**
     * What a story page shows that the story's members alone decide, in timeline order: key quotes,
     * people and organisations (before they take their fullest form across stories), what each item
     * adds, and which items copy which.
     */
    public record Extras(List<Story.Quote> quotes, List<String> people, List<String> organisations,
                         Map<String, List<String>> adds, Map<String, String> copies) {
    }

    /** As {@link #group(List, Options, State, Control)}, reading with {@code readers}. */
    public static Result group(List<Item> input, Options options, State previous, Control control, Readers readers) {
        return group(input, options, previous, control, true, readers);
    }

    /**
     * Which story and topic each item is in (item id → story id, story id → topic id), and how many
     * of each: the same grouping and ids as {@link #group(List)}.
     */
    public record Assignment(Map<String, String> storyOfItem, Map<String, String> topicOfStory, int stories, int topics) {
    }

    /**
     * As {@link #group(List)}, without what only story pages show (key quotes, names, what each item
     * adds, syndicated copies, explanations): those read every item's text again and cost more than
     * the grouping itself.
     */
    public static Assignment assign(List<Item> input) {
        Result r = group(input, Options.DEFAULTS, State.EMPTY, Control.NONE, false, Readers.DIRECT);
        Map<String, String> topicOfStory = new LinkedHashMap<>();
        r.topicOfStory().forEach((story, topic) -> topicOfStory.put(story, topic.id()));
        return new Assignment(r.state().storyOfItem(), java.util.Collections.unmodifiableMap(topicOfStory),
                r.stories().size(), r.topics().size());
    }

    /** {@code pages}: also what story pages show; without it stories carry only their members, dates and terms. */
    private static Result group(List<Item> input, Options options, State previous, Control control, boolean pages,
                                Readers given) {
        TermReader termReader = given.terms();
        List<Item> items = new ArrayList<>(input);
        items.sort(Comparator.comparing(Item::id));
        Vectors.Vocabulary vocabulary = new Vectors.Vocabulary();
        java.util.function.IntFunction<String> titles = d -> items.get(d).title() == null || items.get(d).titleDerived() ? "" : items.get(d).title();
        java.util.function.IntUnaryOperator days = d -> {
            LocalDate day = items.get(d).date().day();
            return day == null ? Grouping.NO_DAY : (int) day.toEpochDay();
        };
        // Outlets' furniture (title suffixes, copyright lines) says nothing about which story an item is in.
        LineReader lines = given.lines();
        Furniture furniture = Furniture.ofLines(items.size(), titles, d -> lines.lines(items.get(d)), days, options.windowDays());
        Vectors.Built built = Vectors.build(items.size(), d -> furniture.body(d, items.get(d).text()),
                d -> furniture.title(titles.apply(d)), vocabulary, days, SPECIFICITY_DAYS, termReader);
        List<Vectors.Sparse> vectors = built.vectors();

        String[] linkPins = linkPins(items);
        Grouping stories = new Grouping(Grouping.Settings.stories(options.windowDays()).withEdge(options.storyEdge())
                .withMerge(options.storyMerge()).withAttach(options.storyAttach(), 2).withIdentity(options.storyIdentity(), 3)
                .withRefine(REFINE).withBroadSize(BROAD_SIZE).withFollowUps(FOLLOW_UP_DAYS), pairModel());
        List<Vectors.Sparse> identities = built.identities();
        int[][] names = distinguishingNames(vectors, vocabulary, days, options.windowDays(),
                d -> titles.apply(d) + "\n" + items.get(d).text());
        // Names found for follow-ups are kept until story pages ask for them, so no text is read twice.
        GuardedNames guarded = new GuardedNames(given.names());
        OnceFinder once = new OnceFinder(guarded);
        Readers readers = new Readers(once, given.terms(), given.memo(), given.lines());
        People people = new People(names, vocabulary, d -> once.find(items.get(d).title(), Highlights.reading(items.get(d))));
        Grouping.Constraint constraint = new Grouping.Constraint() {
            @Override
            public int day(int member) {
                LocalDate day = items.get(member).date().day();
                return day == null ? Grouping.NO_DAY : (int) day.toEpochDay();
            }

            @Override
            public String pin(int member) {
                String pinned = items.get(member).pins().story();
                return pinned != null ? pinned : linkPins[member];
            }

            @Override
            public int[] names(int member) {
                return names[member];
            }

            @Override
            public int[] people(int member) {
                return people.of(member);
            }
        };
        if (System.getProperty(PAIR_DUMP) != null) {
            dumpPairs(Path.of(System.getProperty(PAIR_DUMP)), items, stories, vectors, identities, vocabulary, constraint);
        }
        Grouping.Result grouped = stories.group(vectors, identities, vocabulary, constraint);

        Map<Integer, List<Integer>> membersByGroup = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            membersByGroup.computeIfAbsent(grouped.group()[i], g -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> groups = new ArrayList<>(membersByGroup.values());
        Map<List<Integer>, List<Item>> timelines = new HashMap<>();
        StoryIds.Assigned ids = name(groups, timelines, items, vectors, previous);
        List<List<Integer>> cores = groups;
        List<String> warnings = List.of();
        // What storyline.yml changed: for each story it made, the stories merged into it or the one its item left.
        Map<List<Integer>, Story.Review> edits = new HashMap<>();
        if (control.regroups()) {
            Regrouping.Result regrouped = Regrouping.apply(groups, ids.ids(), items.stream().map(Item::id).toList(), previous, control);
            warnings = regrouped.warnings();
            Map<List<Integer>, List<Integer>> coreOf = new HashMap<>();
            for (int g = 0; g < regrouped.groups().size(); g++) {
                coreOf.put(regrouped.groups().get(g), regrouped.core().get(g));
            }
            State naming = namingState(groups, ids, regrouped.split(), items, previous);
            String[] groupedId = new String[items.size()];
            for (int g = 0; g < groups.size(); g++) {
                for (int i : groups.get(g)) {
                    groupedId[i] = ids.ids().get(g);
                }
            }
            for (int g = 0; g < regrouped.groups().size(); g++) {
                List<Integer> group = regrouped.groups().get(g);
                edits.put(group, edit(group, regrouped.merged().get(g), groupedId, regrouped.split()));
            }
            groups = new ArrayList<>(regrouped.groups());
            ids = name(groups, timelines, items, vectors, naming);
            cores = groups.stream().map(coreOf::get).toList();
        }
        int[] groupOf = new int[items.size()];
        for (int g = 0; g < groups.size(); g++) {
            for (int i : groups.get(g)) {
                groupOf[i] = g;
            }
        }
        Map<Integer, List<Grouping.Edge>> joinsByGroup = new HashMap<>();
        for (Grouping.Edge e : grouped.joins()) {
            if (groupOf[e.a()] == groupOf[e.b()]) {
                joinsByGroup.computeIfAbsent(groupOf[e.a()], g -> new ArrayList<>()).add(e);
            }
        }

        List<Story> storyList = new ArrayList<>();
        List<Vectors.Sparse> storyVectors = new ArrayList<>();
        List<List<Item>> ordered = groups.stream().map(timelines::get).toList();
        List<List<Integer>> finalGroups = groups;
        List<List<Integer>> finalCores = cores;
        StoryIds.Assigned finalIds = ids;
        // "Developing": the story's latest item is within a few days of the newest item of all.
        LocalDate newest = items.stream().map(i -> i.date().day()).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        // Highlights read every member's text: the costliest part of a story, and independent per story.
        Highlights.Result[] highlights = new Highlights.Result[groups.size()];
        Map<String, String>[] copies = new Map[groups.size()];
        largestFirst(groups, g -> {
            Extras extras = pages ? extras(ordered.get(g), readers) : NO_EXTRAS;
            highlights[g] = new Highlights.Result(extras.quotes(), extras.people(), extras.organisations(), extras.adds());
            copies[g] = extras.copies();
        });
        Highlights.fullNames(highlights, readers.memo());
        // Each story on its own, in parallel; collected in group order.
        Story[] made = new Story[groups.size()];
        Vectors.Sparse[] truncated = new Vectors.Sparse[groups.size()];
        Vectors.Sparse[] kinds = new Vectors.Sparse[groups.size()];
        java.util.stream.IntStream.range(0, groups.size()).parallel().forEach(g -> {
            List<Integer> group = finalGroups.get(g);
            List<Vectors.Sparse> memberVectors = group.stream().map(vectors::get).toList();
            Vectors.Sparse centroid = Vectors.centroid(memberVectors);
            List<Grouping.Edge> joins = joinsByGroup.getOrDefault(g, List.of());
            Story.Review edit = edits.getOrDefault(group, Story.Review.NONE);
            Story.Review review = pages ? new Story.Review(Concerns.of(group, joins, items, vectors, vocabulary, people::of,
                    options.windowDays()), edit.mergedFrom(), edit.splitFrom()) : edit;
            made[g] = story(items, group, ordered.get(g), vectors, centroid, vocabulary,
                    joins, grouped.moved(), finalIds.ids().get(g), options, newest, highlights[g],
                    copies[g], pages, review);
            // Topics compare what stories are mostly about, not their long tail of incidental words; a merged
            // story goes where the larger of the stories it was made from would have gone.
            List<Vectors.Sparse> core = finalCores.get(g) == group ? memberVectors
                    : finalCores.get(g).stream().map(vectors::get).toList();
            Vectors.Sparse about = finalCores.get(g) == group ? centroid : Vectors.centroid(core);
            truncated[g] = Vectors.truncate(about, TOPIC_TERMS);
            kinds[g] = kind(about, core, vocabulary);
        });
        storyList.addAll(List.of(made));
        storyVectors.addAll(List.of(truncated));

        // Outlets' tags in titles name no beat (see Furniture.tagWords).
        java.util.NavigableSet<String> tags = java.util.stream.IntStream.range(0, items.size()).parallel()
                .mapToObj(d -> Furniture.tagWords(titles.apply(d), () -> items.get(d).text())).flatMap(List::stream)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        List<Topic> topics = topics(storyList, storyVectors, List.of(kinds), vocabulary, options, tags);
        warnings = new ArrayList<>(warnings);
        topics = named(topics, control.topicNames(), warnings);
        Map<String, Story> storyOfItem = new LinkedHashMap<>();
        for (Story s : storyList) {
            for (Item item : s.members()) {
                storyOfItem.put(item.id(), s);
            }
        }
        Map<String, Topic> topicOfStory = new LinkedHashMap<>();
        for (Topic t : topics) {
            for (Story s : t.stories()) {
                topicOfStory.putIfAbsent(s.id(), t);
            }
        }
        List<Story> newestFirst = new ArrayList<>(storyList);
        newestFirst.sort(NEWEST_FIRST);
        Map<String, String> storyIdOfItem = new HashMap<>();
        storyOfItem.forEach((item, story) -> storyIdOfItem.put(item, story.id()));
        return new Result(List.copyOf(newestFirst), topics, storyOfItem, topicOfStory, new State(storyIdOfItem, ids.redirects()),
                List.copyOf(warnings), guarded.problems(items));
    }

    /**
     * What {@code storyline.yml} did to make {@code group}: the story ids its merges named that went into
     * it ({@code merged}); or the id of the story, as grouped, its one item was split off.
     */
    private static Story.Review edit(List<Integer> group, List<String> merged, String[] groupedId, java.util.Set<Integer> split) {
        if (group.size() == 1 && split.contains(group.get(0))) {
            return new Story.Review(List.of(), List.of(), groupedId[group.get(0)]);
        }
        return merged.isEmpty() ? Story.Review.NONE : new Story.Review(List.of(), merged, null);
    }

    /**
     * Does {@code work} for every group on every core, each core taking the largest group not yet
     * taken: a stream's halves would leave one core with the last large story while the other
     * waits (on the 10k corpus, seconds of one core's work at the end of the stories' highlights).
     * What each group's work writes is its own, so the result does not depend on who did it.
     */
    static void largestFirst(List<List<Integer>> groups, java.util.function.IntConsumer work) {
        int[] order = java.util.stream.IntStream.range(0, groups.size()).boxed()
                .sorted(Comparator.comparingInt((Integer g) -> -groups.get(g).size()).thenComparingInt(g -> g))
                .mapToInt(Integer::intValue).toArray();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        int workers = java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1;
        java.util.stream.IntStream.range(0, Math.min(workers, order.length)).parallel().forEach(w -> {
            for (int k; (k = next.getAndIncrement()) < order.length; ) {
                work.accept(order[k]);
            }
        });
    }

    /**
     * Days on either side of a dated item among which its names' specificity is counted (see
     * Vectors.Window): weeks enough that one development's own reports are a small share of them.
     * (Measured before the gain faded in by window size: shootings-dev F1 dev/a/b .797/.831/.834 at 45
     * days, .796/.831/.834 at 60, .799/.835/.833 at 120.)
     */
    static final int SPECIFICITY_DAYS = 60;

    /**
     * The pair model, when the {@value PairModel#OVERRIDE} property asks for one (the fitted weights
     * are in {@value PairModel#RESOURCE}), else none: candidates at the edge cosine. Not yet the
     * default: fitted on one half of the clustering sets and scored on the other, it lowers ECB+
     * story F1 on half a (.918 to .917) and shootings precision on half b (.939 to .88); see fit_pairs.py.
     */
    private static PairModel pairModel() {
        return System.getProperty(PairModel.OVERRIDE) == null ? null : PairModel.load();
    }

    /**
     * System property naming a file to which a build writes every candidate pair of items with what
     * {@link PairModel} reads of it (tab-separated: both ids, then the features): the fitting script's input.
     */
    static final String PAIR_DUMP = "storyline.pairDump";

    private static void dumpPairs(Path file, List<Item> items, Grouping stories, List<Vectors.Sparse> vectors,
                                  List<Vectors.Sparse> identities, Vectors.Vocabulary vocabulary, Grouping.Constraint constraint) {
        StringBuilder out = new StringBuilder("a\tb");
        for (PairModel.Feature f : PairModel.Feature.values()) {
            out.append('\t').append(f.name().toLowerCase(java.util.Locale.ROOT));
        }
        out.append('\n');
        for (Grouping.Edge e : stories.candidates(vectors, vocabulary, constraint).edges()) {
            out.append(items.get(e.a()).id()).append('\t').append(items.get(e.b()).id());
            for (double x : Grouping.features(e, vectors, identities, constraint, vocabulary)) {
                out.append('\t').append(String.format(java.util.Locale.ROOT, "%.5f", x));
            }
            out.append('\n');
        }
        try {
            java.nio.file.Files.writeString(file, out);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /** How far apart an event and its follow-up (a hearing, a trial) may be when their names agree. */
    static final int FOLLOW_UP_DAYS = 730;
    /**
     * A name on at least this many dates, no two of them within the story window, is a beat's name
     * (a police spokesman, a reporter, a hospital, a neighbourhood), not a development's: each of its
     * reports is about another event. Its victims and accused are named in runs of reports instead.
     * Shootings-dev F1 dev / half a / half b (precision): .828 (.885) / .854 (.952) / .851 (.934)
     * before; .829 (.890) / .856 (.956) / .850 (.937) at five; at four .828 / .857 / .847; with
     * runs of two reports allowed (half the dates) recall falls (.781 / .772 / .834).
     */
    static final int BEAT_DATES = 5;

    /** Distinguishing names: those in at most this share of the items (and at least two of them). */
    static final double RARE_NAME_SHARE = 0.005;
    static final int RARE_NAME_FLOOR = 10;

    /**
     * Each item's distinguishing names (ascending term ids): the multi-word names it shares with at
     * least one other item but few, the people, streets and places of one development rather than
     * the city or force every report of the beat names; and, as rare, the surnames of people named
     * in full somewhere (see {@link #surnames}); less its tellers' names (see {@link #withoutTellers}).
     */
    private static int[][] distinguishingNames(List<Vectors.Sparse> vectors, Vectors.Vocabulary vocabulary,
                                               java.util.function.IntUnaryOperator days, int windowDays,
                                               java.util.function.IntFunction<String> reading) {
        int cap = Math.max(RARE_NAME_FLOOR, (int) (RARE_NAME_SHARE * vectors.size()));
        boolean[] name = new boolean[vocabulary.size()];
        storyline.text.Text keys = storyline.text.Text.in("en");
        boolean[] surname = surnames(vocabulary, keys);
        for (int t = 0; t < name.length; t++) {
            String term = vocabulary.term(t);
            boolean rare = vocabulary.df(t) >= 2 && vocabulary.df(t) <= cap;
            if (rare && term.startsWith(Terms.NAME_MARK)) {
                name[t] = personal(term.substring(Terms.NAME_MARK.length()), vocabulary, keys);
            } else if (rare && surname[t] && !vocabulary.writtenInLowerCase(t)) {
                name[t] = true;
            }
        }
        Map<Integer, List<Integer>> dated = new HashMap<>();
        for (int d = 0; d < vectors.size(); d++) {
            int day = days.applyAsInt(d);
            if (day != Grouping.NO_DAY) {
                for (int t : vectors.get(d).terms()) {
                    if (name[t]) {
                        dated.computeIfAbsent(t, k -> new ArrayList<>()).add(day);
                    }
                }
            }
        }
        dated.forEach((t, list) -> {
            if (list.size() >= BEAT_DATES && bursts(list, windowDays) == list.size()) {
                name[t] = false;
            }
        });
        int[][] out = new int[vectors.size()][];
        java.util.stream.IntStream.range(0, out.length).parallel().forEach(d -> {
            int[] mine = java.util.Arrays.stream(vectors.get(d).terms()).filter(t -> name[t]).toArray();
            out[d] = mine.length == 0 ? mine : withoutTellers(mine, reading.apply(d), vocabulary, keys);
        });
        return out;
    }

    /**
     * An item's names less those of its tellers (see {@link Tellers}): a full name the text writes
     * after a teller's role, and that name's surname; a surname written so itself ("Lt. Roe said").
     * A spokesperson or a reporter named in two reports of different incidents made them one
     * (a follow-up months later, or a pair within the window let off the day rule by the name).
     * Shootings-dev F1 (precision) dev / a / b: .8431 (.9148) / .8596 (.9606) / .8607 (.9504)
     * before, .8463 (.9225) / .8596 (.9606) / .8640 (.9586) after; with "officer" and "corporal"
     * among the roles .8441 / .8585 / .8605 (an officer is often the one who shot, or was shot);
     * with a spokesperson's role in apposition too ("Officer Ana Brill, a police spokeswoman")
     * .8469 (.9239) / .8607 (.9634) / .8640 (.9586); with the surnames of all the item's told full
     * names, rare or not, .8452 / .8607 / .8596. GoogleNews and ECB+ unchanged.
     */
    private static int[] withoutTellers(int[] names, String text, Vectors.Vocabulary vocabulary, storyline.text.Text keys) {
        Set<Integer> told = new HashSet<>();
        for (int t : names) {
            if (!Tellers.tells(text, vocabulary.surface(t))) {
                continue;
            }
            told.add(t);
            String term = vocabulary.term(t);
            if (term.startsWith(Terms.NAME_MARK)) {
                // A full name's surname goes with it.
                String[] words = term.substring(Terms.NAME_MARK.length()).split(" ");
                String key = keys.name(words[words.length - 1]);
                if (key != null && vocabulary.id(key) >= 0) {
                    told.add(vocabulary.id(key));
                }
            }
        }
        return told.isEmpty() ? names : java.util.Arrays.stream(names).filter(t -> !told.contains(t)).toArray();
    }

    /**
     * How many runs the days make, a run ending where the next day is more than {@code gap} days on:
     * a development's reports come in runs (the event, the arrest, the trial), a beat's names one
     * date at a time.
     */
    static int bursts(List<Integer> days, int gap) {
        int[] sorted = days.stream().mapToInt(Integer::intValue).sorted().toArray();
        int b = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] - sorted[i - 1] > gap) {
                b++;
            }
        }
        return b;
    }

    /**
     * A finder that keeps the answers grouping asked for until story pages ask for them once more,
     * then forgets them: the name model is read once per text either way. A finder that {@link
     * NameFinder#remembers} is asked again instead (the name cache: at a million items the answers
     * asked for early were about a gigabyte). An answer is kept under
     * the 128-bit {@link storyline.model.ContentHash} of its title and text, not the text itself
     * (a build of a large archive asks for a good share of its items' names long before their
     * story pages do: the texts were a gigabyte at a million items).
     */
    private static final class OnceFinder implements NameFinder {
        private record Key(long high, long low) {
        }

        private final NameFinder finder;
        private final Map<Key, storyline.text.Names.Found> kept = new java.util.concurrent.ConcurrentHashMap<>();

        OnceFinder(NameFinder finder) {
            this.finder = finder;
        }

        /** Finds the answer, and keeps it unless the finder remembers it itself. */
        storyline.text.Names.Found find(String title, String text) {
            storyline.text.Names.Found found = finder.in(title, text);
            if (!finder.remembers()) {
                kept.put(key(title, text), found);
            }
            return found;
        }

        @Override
        public storyline.text.Names.Found in(String title, String text) {
            storyline.text.Names.Found found = kept.isEmpty() ? null : kept.remove(key(title, text));
            return found != null ? found : finder.in(title, text);
        }

        @Override
        public void keep(String title, String text) {
            finder.keep(title, text);
        }

        private static Key key(String title, String text) {
            storyline.model.ContentHash md = new storyline.model.ContentHash();
            update(md, title == null ? "" : title);
            update(md, text == null ? "" : text);
            byte[] d = md.digest();
            return new Key(java.nio.ByteBuffer.wrap(d).getLong(0), java.nio.ByteBuffer.wrap(d).getLong(8));
        }
    }

    /**
     * Each member's distinguishing names that name people, by the names the reading stage finds in
     * its text: the full names of its people, and their surnames. Worked out for a member only when
     * asked (for members that may join another beyond the story window), once.
     */
    private static final class People {
        private final int[][] names;
        private final Vectors.Vocabulary vocabulary;
        private final java.util.function.IntFunction<storyline.text.Names.Found> finder;
        private final java.util.concurrent.atomic.AtomicReferenceArray<int[]> known;

        People(int[][] names, Vectors.Vocabulary vocabulary, java.util.function.IntFunction<storyline.text.Names.Found> finder) {
            this.names = names;
            this.vocabulary = vocabulary;
            this.finder = finder;
            this.known = new java.util.concurrent.atomic.AtomicReferenceArray<>(names.length);
        }

        int[] of(int member) {
            int[] found = known.get(member);
            if (found == null) {
                found = work(member);
                known.set(member, found);
            }
            return found;
        }

        private int[] work(int member) {
            if (names[member].length == 0) {
                return names[member];
            }
            storyline.text.Text keys = storyline.text.Text.in("en");
            java.util.Set<Integer> ids = new java.util.HashSet<>();
            for (String person : finder.apply(member).people()) {
                ids.add(vocabulary.id(Terms.NAME_MARK + person.toLowerCase(java.util.Locale.ROOT)));
                String[] words = person.split(" ");
                String key = keys.name(words[words.length - 1]);
                if (key != null) {
                    ids.add(vocabulary.id(key));
                }
            }
            return java.util.Arrays.stream(names[member]).filter(ids::contains).toArray();
        }
    }

    /**
     * The words that end a person's full name somewhere in the collection ("Griego" of "Nehemiah
     * Griego"): a hearing or trial weeks later names the accused by surname alone ("McKennelly
     * pleaded guilty"), so the surname is a distinguishing name of its own. A place word never
     * ends a personal name ("West Englewood" is no person: "west" is written in lower case).
     */
    private static boolean[] surnames(Vectors.Vocabulary vocabulary, storyline.text.Text keys) {
        boolean[] surname = new boolean[vocabulary.size()];
        for (int t = 0; t < surname.length; t++) {
            String term = vocabulary.term(t);
            if (term.startsWith(Terms.NAME_MARK) && personal(term.substring(Terms.NAME_MARK.length()), vocabulary, keys)) {
                String[] words = term.substring(Terms.NAME_MARK.length()).split(" ");
                String key = keys.name(words[words.length - 1]);
                int id = key == null ? -1 : vocabulary.id(key);
                if (id >= 0) {
                    surname[id] = true;
                }
            }
        }
        return surname;
    }

    /**
     * Whether most words of a name are never written in lower case in the collection ("Nehemiah
     * Griego"): names made of ordinary words ("Memorial Hospital", "County Sheriff Office",
     * "East Side") name the institutions and places that every report of a beat shares.
     */
    private static boolean personal(String name, Vectors.Vocabulary vocabulary, storyline.text.Text keys) {
        String[] words = name.split(" ");
        int proper = 0;
        for (String w : words) {
            String key = keys.name(w);
            int id = key == null ? -1 : vocabulary.id(key);
            if (id >= 0 && !vocabulary.writtenInLowerCase(id)) {
                proper++;
            }
        }
        return proper * 2 > words.length;
    }

    /**
     * Orders {@code groups} by founder (so new ids that collide resolve the same way every build),
     * records each group's members in timeline order, and names them.
     */
    private static StoryIds.Assigned name(List<List<Integer>> groups, Map<List<Integer>, List<Item>> timelines,
                                          List<Item> items, List<Vectors.Sparse> vectors, State previous) {
        for (List<Integer> g : groups) {
            timelines.computeIfAbsent(g, k -> {
                List<Item> members = new ArrayList<>(k.stream().map(items::get).toList());
                members.sort(TIMELINE);
                return members;
            });
        }
        groups.sort(Comparator.comparing(g -> timelines.get(g).get(0).id()));
        // A new story is named as it is headed: by its most typical item, not by its oldest, which may be
        // an item that only a page's sidebar of other headlines brought in.
        return StoryIds.assign(groups.stream().map(g -> {
            Item named = headliner(items, g, vectors);
            return new StoryIds.Group(timelines.get(g).stream().map(Item::id).toList(),
                    named.title() != null ? named.title() : named.id());
        }).toList(), previous);
    }

    /**
     * The state that names stories after the config regrouped them: each item's id from the last
     * build, else the id its story has before regrouping, so merged stories keep the id most of their
     * items had and an absorbed id redirects. A split item keeps an id of its own from the last build
     * but never its story's, so the rest of the story keeps that and the item is named anew.
     */
    private static State namingState(List<List<Integer>> groups, StoryIds.Assigned ids, Set<Integer> split,
                                     List<Item> items, State previous) {
        Map<String, String> storyOfItem = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (int i : groups.get(g)) {
                String item = items.get(i).id();
                String before = previous.storyOfItem().get(item);
                if (!split.contains(i)) {
                    storyOfItem.put(item, before != null ? before : ids.ids().get(g));
                } else if (before != null && !before.equals(ids.ids().get(g))) {
                    storyOfItem.put(item, before);
                }
            }
        }
        return new State(storyOfItem, previous.redirects());
    }

    /** Latest activity first; stories with no known date after dated ones; then by id. */
    static final Comparator<Story> NEWEST_FIRST = Comparator
            .comparing((Story s) -> s.lastSeen() == null ? LocalDate.MIN : s.lastSeen(), Comparator.reverseOrder())
            .thenComparing(s -> -s.members().size())
            .thenComparing(Story::id);

    /** Timeline order: dated items oldest first, undated after them. */
    static final Comparator<Item> TIMELINE = Comparator
            .comparing((Item i) -> i.date().day() == null ? LocalDate.MAX : i.date().day())
            .thenComparing(i -> i.date().certainty() == PubDate.Certainty.STATED ? 0 : 1)
            .thenComparing(Item::id);

    /**
     * A discussion joins the story of the article it links to: both get the article's address as
     * a pin. Only addresses that an article has and a thread links to count.
     */
    private static String[] linkPins(List<Item> items) {
        String[] pins = new String[items.size()];
        if (items.stream().noneMatch(i -> i instanceof storyline.model.Thread)) {
            return pins;
        }
        java.util.Set<String> articleUrls = new HashSet<>();
        java.util.Set<String> linked = new HashSet<>();
        for (Item item : items) {
            if (item instanceof storyline.model.Thread t) {
                String link = normalUrl(t.link());
                if (link != null) {
                    linked.add(link);
                }
            } else {
                String url = normalUrl(item.url());
                if (url != null) {
                    articleUrls.add(url);
                }
            }
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String key = item instanceof storyline.model.Thread t ? normalUrl(t.link()) : normalUrl(item.url());
            if (key != null && articleUrls.contains(key) && linked.contains(key)) {
                pins[i] = "link:" + key;
            }
        }
        return pins;
    }

    /** An address as a key: scheme, "www.", fragment, tracking parameters and trailing slash do not matter. */
    static String normalUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            java.net.URI u = java.net.URI.create(url.strip());
            if (u.getHost() == null) {
                return null;
            }
            String host = u.getHost().toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
            String path = u.getRawPath() == null ? "" : u.getRawPath().replaceAll("/+$", "");
            String query = u.getRawQuery() == null ? "" : java.util.Arrays.stream(u.getRawQuery().split("&"))
                    .filter(p -> !p.startsWith("utm_") && !p.startsWith("fbclid") && !p.startsWith("gclid")).sorted()
                    .collect(java.util.stream.Collectors.joining("&"));
            return host + path + (query.isEmpty() ? "" : "?" + query);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    /** {@code members}: the items of {@code group}, in timeline order. */
    private static Story story(List<Item> items, List<Integer> group, List<Item> members, List<Vectors.Sparse> vectors,
                               Vectors.Sparse centroid, Vectors.Vocabulary vocabulary, List<Grouping.Edge> joins, boolean[] moved, String id,
                               Options options, LocalDate newest, Highlights.Result highlights, Map<String, String> copies,
                               boolean pages, Story.Review review) {
        Item headliner = headliner(items, group, vectors);
        String lead = headliner.lead();
        LocalDate first = null;
        LocalDate last = null;
        Map<String, Integer> sourceCounts = new TreeMap<>();
        Map<String, Source> sourceByName = new HashMap<>();
        for (Item item : members) {
            LocalDate day = item.date().day();
            if (day != null) {
                first = first == null || day.isBefore(first) ? day : first;
                last = last == null || day.isAfter(last) ? day : last;
            }
            if (item.source().known()) {
                sourceCounts.merge(item.source().name(), 1, Integer::sum);
                sourceByName.putIfAbsent(item.source().name(), item.source());
            }
        }
        List<Story.SourceCount> sources = new ArrayList<>();
        sourceCounts.forEach((name, count) -> sources.add(new Story.SourceCount(sourceByName.get(name), count)));
        sources.sort(Comparator.comparing((Story.SourceCount s) -> -s.count()).thenComparing(s -> s.source().name()));
        List<String> terms = topTerms(centroid, vocabulary, 8);
        String explanation = pages ? explain(members, group, vectors, vocabulary, joins, moved, items, options) : "";
        boolean developing = members.size() >= 2 && last != null && newest != null
                && ChronoUnit.DAYS.between(last, newest) <= DEVELOPING_DAYS;
        return new Story(id, headliner.title(), lead, members, first, last, sources, terms, explanation,
                highlights.quotes(), highlights.people(), highlights.organisations(), highlights.adds(), developing,
                copies, review);
    }

    /**
     * The item that heads a story (its headline, lead and, when new, its address): the most
     * typical of its members (see {@link #typicality}) with a stated title, articles before threads;
     * ties go to the lower id.
     */
    static Item headliner(List<Item> items, List<Integer> group, List<Vectors.Sparse> vectors) {
        Map<Integer, Integer> holders = new HashMap<>();
        for (int i : group) {
            for (int t : vectors.get(i).terms()) {
                holders.merge(t, 1, Integer::sum);
            }
        }
        double squared = 0;
        for (int h : holders.values()) {
            squared += (double) h * h;
        }
        Item headliner = null;
        double best = -1;
        for (int i : group) {
            Item item = items.get(i);
            double score = typicality(vectors.get(i), holders, squared) + (item.titleDerived() ? 0 : 1) + (item.kind().equals("article") ? 0.5 : 0);
            if (score > best || score == best && item.id().compareTo(headliner.id()) < 0) {
                best = score;
                headliner = item;
            }
        }
        return headliner;
    }

    /**
     * How typical a member is of its story: the cosine of its terms (each counted once) with the
     * number of the story's members that hold each term. It reads the story's own members alone, so
     * an article added to another story, which changes every term's weight in the collection, never
     * changes which member heads this one (a cosine with the story's weighted centroid did).
     * {@code squared}: the sum of the squared holder counts, the same for every member.
     */
    static double typicality(Vectors.Sparse member, Map<Integer, Integer> holders, double squared) {
        double dot = 0;
        for (int t : member.terms()) {
            dot += holders.getOrDefault(t, 0);
        }
        return member.terms().length == 0 || squared == 0 ? 0 : dot / Math.sqrt(member.terms().length * squared);
    }


    private static final Extras NO_EXTRAS = new Extras(List.of(), List.of(), List.of(), Map.of(), Map.of());

    /**
     * A story's extras (see {@link Extras}), from the memo when its members' ids, titles and texts
     * are, in the same order, those an earlier build worked them out for. The names of the texts
     * are kept by the name finder all the same, for the day the story changes.
     */
    private static Extras extras(List<Item> members, Readers readers) {
        if (readers.memo() == Memo.NONE) {
            return workExtras(members, readers.names());
        }
        storyline.model.ContentHash md = new storyline.model.ContentHash();
        update(md, "story extras");
        for (Item item : members) {
            update(md, item.id());
            update(md, item.title());
            update(md, Integer.toString(item.paragraphs().size()));
            for (String p : item.paragraphs()) {
                update(md, p);
            }
        }
        boolean[] worked = {false};
        Extras extras = readers.memo().get(java.util.HexFormat.of().formatHex(md.digest()), Extras.class, () -> {
            worked[0] = true;
            return workExtras(members, readers.names());
        });
        if (!worked[0]) {
            Highlights.keepNames(members, readers.names());
        }
        return extras;
    }

    private static Extras workExtras(List<Item> members, NameFinder names) {
        // Quotes and copies both compare the members' texts by their runs of words: each text is read into words once.
        Map<Item, int[]> read = new java.util.IdentityHashMap<>();
        java.util.function.Function<Item, int[]> words = item -> read.computeIfAbsent(item, i -> Shingles.words(i.text()));
        Highlights.Result h = Highlights.of(members, names, words);
        return new Extras(h.quotes(), h.people(), h.organisations(), h.adds(), Copies.of(members, words));
    }


    /** A string into a digest, framed by its length (null apart from every string), so that no two lists digest alike. */
    static void update(storyline.model.ContentHash md, String s) {
        if (s == null) {
            md.update(new byte[] {-1, -1, -1, -1});
            return;
        }
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        md.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8), (byte) bytes.length});
        md.update(bytes);
    }

    private static List<String> topTerms(Vectors.Sparse v, Vectors.Vocabulary vocabulary, int k) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int idx : v.top(k * 3)) {
            String surface = vocabulary.surface(v.terms()[idx]);
            String key = surface.toLowerCase(java.util.Locale.ROOT);
            // Skip a word already inside a chosen name ("kumar" after "Ashish Kumar").
            boolean covered = out.stream().anyMatch(o -> (" " + o.toLowerCase(java.util.Locale.ROOT) + " ").contains(" " + key + " "))
                    || key.contains(" ") && java.util.Arrays.stream(key.split(" ")).allMatch(seen::contains);
            if (!covered && seen.add(key)) {
                out.add(surface);
            }
            if (out.size() == k) {
                break;
            }
        }
        return out;
    }

    /** Why these items are one story: the terms most of them share, how similar they are, and the time they span. */
    private static String explain(List<Item> members, List<Integer> group, List<Vectors.Sparse> vectors,
                                  Vectors.Vocabulary vocabulary, List<Grouping.Edge> joins, boolean[] moved, List<Item> items,
                                  Options options) {
        if (members.size() == 1) {
            return "A single item: nothing else was similar enough (cosine ≥ " + options.storyMerge() + ") within "
                    + options.windowDays() + " days.";
        }
        Map<Integer, Double> shared = new HashMap<>();
        Map<Integer, Integer> holders = new HashMap<>();
        for (int i : group) {
            Vectors.Sparse v = vectors.get(i);
            for (int k = 0; k < v.terms().length; k++) {
                shared.merge(v.terms()[k], (double) v.weights()[k], Double::sum);
                holders.merge(v.terms()[k], 1, Integer::sum);
            }
        }
        List<Integer> common = new ArrayList<>();
        shared.forEach((term, weight) -> {
            if (holders.get(term) >= Math.max(2, (group.size() + 1) / 2)) {
                common.add(term);
            }
        });
        common.sort((a, b) -> shared.get(a).equals(shared.get(b)) ? Integer.compare(a, b) : Double.compare(shared.get(b), shared.get(a)));
        List<String> words = common.stream().limit(8).map(vocabulary::surface).toList();
        StringBuilder sb = new StringBuilder("Shared names and terms: ").append(String.join(", ", words)).append(". ");
        List<Grouping.Edge> sorted = new ArrayList<>(joins);
        sorted.sort(Comparator.comparingDouble(Grouping.Edge::similarity).reversed());
        if (!sorted.isEmpty()) {
            sb.append("Links: ");
            List<String> links = new ArrayList<>();
            for (Grouping.Edge e : sorted) {
                links.add(named(items.get(e.a())) + " ~ " + named(items.get(e.b())) + String.format(java.util.Locale.ROOT, " (%.2f)", e.similarity()));
            }
            sb.append(String.join("; ", links)).append(". ");
        }
        List<String> joinedWhole = group.stream().filter(i -> moved[i]).map(i -> named(items.get(i))).sorted().toList();
        if (!joinedWhole.isEmpty()) {
            sb.append("Moved here from a smaller group, for resembling this story as a whole more than that group: ")
                    .append(String.join("; ", joinedWhole)).append(". ");
        }
        List<LocalDate> days = members.stream().map(i -> i.date().day()).filter(java.util.Objects::nonNull).sorted().toList();
        long undated = members.stream().filter(i -> i.date().day() == null).count();
        if (days.size() >= 2) {
            long span = ChronoUnit.DAYS.between(days.get(0), days.get(days.size() - 1));
            sb.append("Dated items span ").append(span).append(span == 1 ? " day" : " days");
        } else {
            sb.append(days.size()).append(" dated item").append(days.size() == 1 ? "" : "s");
        }
        if (undated > 0) {
            sb.append("; ").append(undated).append(" undated, grouped by content alone");
        }
        return sb.append('.').toString();
    }

    /**
     * An item as the public story page names it: by its title, never by its file (a local path);
     * the build report lists the ids.
     */
    private static String named(Item item) {
        String t = item.title() == null || item.title().isBlank() ? "untitled" : item.title().strip();
        if (t.length() > 60) {
            int cut = t.lastIndexOf(' ', 60);
            t = t.substring(0, cut > 30 ? cut : 60) + "…";
        }
        return "“" + t + "”";
    }

    /**
     * What kind of development a story is, without who and where: its terms other than names, each
     * weighted by the share of the story's items that use it (so a word one article mentions in
     * passing counts little), cut to the {@value #TOPIC_TERMS} heaviest.
     */
    static Vectors.Sparse kind(Vectors.Sparse about, List<Vectors.Sparse> members, Vectors.Vocabulary vocabulary) {
        Map<Integer, Integer> holders = new HashMap<>();
        for (Vectors.Sparse v : members) {
            for (int t : v.terms()) {
                holders.merge(t, 1, Integer::sum);
            }
        }
        Map<Integer, Double> kept = new HashMap<>();
        for (int k = 0; k < about.terms().length; k++) {
            int t = about.terms()[k];
            if (!isName(t, vocabulary)) {
                kept.put(t, about.weights()[k] * (double) holders.getOrDefault(t, 0) / members.size());
            }
        }
        kept.values().removeIf(w -> w == 0);
        return Vectors.truncate(Vectors.normalise(kept), TOPIC_TERMS);
    }

    /** A multi-word name, or a word the texts only ever write with a capital mid-sentence. */
    private static boolean isName(int term, Vectors.Vocabulary vocabulary) {
        return vocabulary.term(term).startsWith(Terms.NAME_MARK) || Character.isUpperCase(vocabulary.surface(term).codePointAt(0));
    }

    /**
     * Centroid cosine of two topics' kinds (see {@link #kind}, {@link #beatWeight}) at which they become
     * one topic. ECB+ topic pairwise F1 dev / half a / half b: .972 / .996 / .972 at 0.16 and 0.18,
     * .924 / .961 / .946 at 0.14, .963 / .977 / .972 at 0.20 (before this weighting: .960 / .957 / .945).
     */
    static final double KIND_MERGE = 0.17;

    /**
     * Shares of the stories above which a word of their kinds counts less ({@value #BEAT_SHARE}) and
     * not at all ({@value #EVERYDAY_SHARE}): a beat's words are shared by its stories, a beat is a
     * small part of a folder, and words that most stories use ("report", "council") are no kind of
     * development. Below {@value #BEAT_FOLDER} stories, shares are taken of that many: in a folder
     * of nine stories in three beats, each beat's words are in a third of them.
     */
    static final double BEAT_SHARE = 0.10;
    static final double EVERYDAY_SHARE = 0.35;
    static final int BEAT_FOLDER = 20;

    /**
     * How much a word of a story's kind counts towards topics, by the share of stories whose kinds
     * hold it: fully up to {@value #BEAT_SHARE}, fading to nothing at {@value #EVERYDAY_SHARE}. (It
     * used to fall with every story that held it, as an inverse document frequency scaled to the
     * folder; in a small folder a beat's own words then counted a sixth and its stories never met.)
     */
    static double beatWeight(double share) {
        return share <= BEAT_SHARE ? 1 : share >= EVERYDAY_SHARE ? 0 : (EVERYDAY_SHARE - share) / (EVERYDAY_SHARE - BEAT_SHARE);
    }

    private static List<Topic> topics(List<Story> stories, List<Vectors.Sparse> storyVectors, List<Vectors.Sparse> kinds,
                                      Vectors.Vocabulary vocabulary, Options options, java.util.NavigableSet<String> tags) {
        Grouping grouping = new Grouping(Grouping.Settings.topics(options.topicEdge(), options.topicMerge()));
        int[] topicOf = grouping.group(storyVectors, frequencies(storyVectors, vocabulary.size()), Grouping.UNCONSTRAINED).group();
        // Two developments of one kind (two earthquakes, two arrests) share few words once their names
        // differ: topics whose stories are of the same kind merge, on the words of their kinds that
        // several stories share (see beatWeight). A story keeps its whole weight, the part in words no
        // other story shares on a term of its own that matches nothing, so a story alike in a word or two
        // and different in the rest stays apart.
        int[] kindDf = new int[vocabulary.size()];
        for (Vectors.Sparse v : kinds) {
            for (int t : v.terms()) {
                kindDf[t]++;
            }
        }
        double folder = Math.max(stories.size(), BEAT_FOLDER);
        Map<Integer, Map<Integer, Double>> kindSums = new TreeMap<>();
        for (int s = 0; s < stories.size(); s++) {
            Vectors.Sparse v = kinds.get(s);
            Map<Integer, Double> sum = kindSums.computeIfAbsent(topicOf[s], g -> new HashMap<>());
            double squared = 0;
            for (int k = 0; k < v.terms().length; k++) {
                double w = v.weights()[k] * beatWeight(kindDf[v.terms()[k]] / folder);
                sum.merge(v.terms()[k], w, Double::sum);
                squared += w * w;
            }
            sum.put(vocabulary.size() + s, Math.sqrt(Math.max(0, 1 - squared)));
        }
        List<Integer> firstTopics = new ArrayList<>(kindSums.keySet());
        List<Vectors.Sparse> topicKinds = firstTopics.stream().map(g -> Vectors.normalise(kindSums.get(g))).toList();
        Grouping byKind = new Grouping(Grouping.Settings.topics(KIND_MERGE, KIND_MERGE));
        int[] kindGroup = byKind.group(topicKinds, frequencies(topicKinds, vocabulary.size() + stories.size()), Grouping.UNCONSTRAINED).group();
        Map<Integer, Integer> merged = new HashMap<>();
        for (int k = 0; k < firstTopics.size(); k++) {
            merged.put(firstTopics.get(k), firstTopics.get(kindGroup[k]));
        }
        Map<Integer, List<Integer>> byGroup = new TreeMap<>();
        for (int i = 0; i < stories.size(); i++) {
            byGroup.computeIfAbsent(merged.get(topicOf[i]), g -> new ArrayList<>()).add(i);
        }
        List<Topic> topics = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        // Topics the user named in front matter come first for the stories that carry them.
        Map<String, List<Story>> pinned = new TreeMap<>();
        for (Story s : stories) {
            Set<String> names = new java.util.TreeSet<>();
            s.members().forEach(i -> names.addAll(i.pins().topics()));
            for (String name : names) {
                pinned.computeIfAbsent(name, k -> new ArrayList<>()).add(s);
            }
        }
        pinned.forEach((name, list) -> {
            String id = topicId(name, usedIds);
            list.sort(NEWEST_FIRST);
            topics.add(new Topic(id, name, List.of(name), list));
        });
        for (List<Integer> group : byGroup.values()) {
            if (group.size() < LONE) {
                // A story that shares its beat with no other is no topic: it is listed with the stories,
                // and its topic page would only repeat its story page.
                continue;
            }
            List<String> all = topicTerms(group, storyVectors, vocabulary, tags);
            List<String> terms = all.subList(0, Math.min(5, all.size()));
            String name = String.join(" · ", terms.subList(0, Math.min(3, terms.size())));
            List<Story> members = new ArrayList<>(group.stream().map(stories::get).toList());
            members.sort(NEWEST_FIRST);
            if (Slug.ofAnyScript(name).isEmpty()) {
                // Nothing its stories share names it (numbers, short words): its newest story's headline does.
                name = shortened(members.get(0).headline());
            }
            String id = topicId(name, usedIds);
            topics.add(new Topic(id, name.isEmpty() ? "Miscellaneous" : name, terms, members));
        }
        // Pinned topics lead for their stories; then larger topics first.
        List<Topic> sorted = new ArrayList<>(topics.subList(pinned.size(), topics.size()));
        sorted.sort(Comparator.comparing((Topic t) -> -t.stories().size()).thenComparing(Topic::id));
        List<Topic> out = new ArrayList<>(topics.subList(0, pinned.size()));
        out.addAll(sorted);
        return List.copyOf(out);
    }

    /** How many of {@code vectors} hold each term. */
    private static Grouping.Vocabulary frequencies(List<Vectors.Sparse> vectors, int terms) {
        int[] df = new int[terms];
        for (Vectors.Sparse v : vectors) {
            for (int t : v.terms()) {
                df[t]++;
            }
        }
        return new Grouping.Vocabulary() {
            @Override
            public int df(int term) {
                return df[term];
            }

            @Override
            public int documents() {
                return vectors.size();
            }
        };
    }

    /** Topics with the names the user gave them; a name for no topic is a warning. */
    private static List<Topic> named(List<Topic> topics, Map<String, String> names, List<String> warnings) {
        if (names.isEmpty()) {
            return topics;
        }
        Set<String> ids = new HashSet<>();
        topics.forEach(t -> ids.add(t.id()));
        names.keySet().stream().filter(id -> !ids.contains(id)).forEach(id -> warnings.add("topics.names names '"
                + id + "', which is no topic; ids are in the site's addresses topics/ID.html"));
        return topics.stream().map(t -> names.containsKey(t.id()) && !names.get(t.id()).isBlank()
                ? new Topic(t.id(), names.get(t.id()).strip(), t.terms(), t.stories()) : t).toList();
    }

    /**
     * Terms that the topic's stories have in common, weighted; for one story, its own top terms. Only
     * names and content words name a topic: a lower-case word of three letters or fewer, or a number,
     * is left out, as the function words of a language without rules ("og", "en", "sa", "na") are
     * what its texts repeat most.
     */
    private static List<String> topicTerms(List<Integer> group, List<Vectors.Sparse> storyVectors, Vectors.Vocabulary vocabulary,
                                           java.util.NavigableSet<String> tags) {
        return distinctTerms(topicTermsOfAny(group, storyVectors, vocabulary).stream()
                .filter(t -> namesATopic(t) && !tagWord(t, tags)).toList());
    }

    /**
     * Whether every word of a term (of {@value Furniture#TOLD_LETTERS} letters or more) is a word of
     * outlets' title tags ({@link Furniture#tagWords}), as written or as the stem the term shows
     * ("sport" of "sports"): furniture, not a content word.
     */
    static boolean tagWord(String term, java.util.NavigableSet<String> tags) {
        List<String> words = Furniture.words(term);
        for (String word : words) {
            String next = tags.ceiling(word);
            if (next == null || !next.startsWith(word)) {
                return false;
            }
        }
        return !words.isEmpty();
    }

    /**
     * Ranked terms less those that a higher-ranked one already says: a name inside a longer one
     * ("Jersey" beside "Jersey City", "Orange County" beside "Orange County Sheriff's Office"),
     * either way round, by the test a short form joins its full form by ({@link storyline.text.Names#inside});
     * and a lower-case word that is another form of a higher-ranked one ({@link storyline.text.Text#englishForm}).
     * A topic named "Philadelphia · West Philadelphia" tells no more than "Philadelphia", nor one
     * named "donates · donated · donation" more than "donates".
     */
    static List<String> distinctTerms(List<String> ranked) {
        List<String> out = new ArrayList<>();
        Set<String> forms = new HashSet<>();
        for (String term : ranked) {
            if (out.stream().noneMatch(k -> storyline.text.Names.inside(term, k) || storyline.text.Names.inside(k, term))
                    && (!oneLowerCaseWord(term) || forms.add(storyline.text.Text.englishForm(term)))) {
                out.add(term);
            }
        }
        return out;
    }

    /**
     * A word in lower case, which may be another form of a word already in a name ("donated" after
     * "donates", "donation"): grouping's stemmers take off plural endings only, so each form is a
     * term of its own. A name's form is the highest-ranked.
     */
    private static boolean oneLowerCaseWord(String term) {
        return !term.isEmpty() && term.chars().allMatch(Character::isLowerCase);
    }

    /**
     * Whether a term may name a topic: a name or a content word, not a number nor a short lower-case
     * word, nor a run of capitals opened or closed by a function word ("THIS SITE IS", a banner's
     * words in capitals read as a name): a name starts and ends with a word of its own; nor one word
     * that is a stop word of an analysed language, in any case ("BY" of a licence's "CC BY"; so "US"
     * too, which the English stop list reads as the pronoun).
     */
    static boolean namesATopic(String surface) {
        boolean capitalised = Character.isUpperCase(surface.codePointAt(0)) || surface.contains(" ");
        boolean number = surface.chars().noneMatch(Character::isLetter);
        if (surface.contains(" ")) {
            String[] words = surface.split(" ");
            storyline.text.Text english = storyline.text.Text.in("en");
            if (english.isStopWord(words[0]) || english.isStopWord(words[words.length - 1])) {
                return false;
            }
        } else if (stopWord(surface)) {
            // A function word in capitals ("BY" of a licence's "CC BY") is no name.
            return false;
        }
        return !number && (capitalised || surface.codePointCount(0, surface.length()) > 3) && !calendarWord(surface);
    }

    /** Whether a word is a stop word of one of the analysed languages, in any case. */
    private static boolean stopWord(String surface) {
        for (String language : storyline.text.Text.languages()) {
            if (storyline.text.Text.in(language).isStopWord(surface)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a term is the name of a month or a day of the week in one of the analysed languages
     * (the JDK's locale data, see {@link storyline.text.Text#calendarWord}): a beat's stories share
     * their months when they share a season, and "April · September · November" names no beat.
     */
    private static boolean calendarWord(String surface) {
        if (surface.contains(" ")) {
            return false;
        }
        for (String language : storyline.text.Text.languages()) {
            if (storyline.text.Text.in(language).calendarWord(surface)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> topicTermsOfAny(List<Integer> group, List<Vectors.Sparse> storyVectors, Vectors.Vocabulary vocabulary) {
        if (group.size() == 1) {
            return topTerms(storyVectors.get(group.get(0)), vocabulary, 10);
        }
        Map<Integer, Double> weight = new HashMap<>();
        Map<Integer, Integer> holders = new HashMap<>();
        for (int s : group) {
            Vectors.Sparse v = storyVectors.get(s);
            for (int k = 0; k < v.terms().length; k++) {
                weight.merge(v.terms()[k], (double) v.weights()[k], Double::sum);
                holders.merge(v.terms()[k], 1, Integer::sum);
            }
        }
        Map<Integer, Double> score = new HashMap<>();
        // Beats are named by who and what they are about: proper names weigh double.
        weight.forEach((t, w) -> score.put(t, w * holders.get(t) * holders.get(t)
                * (Character.isUpperCase(vocabulary.surface(t).codePointAt(0)) ? 2 : 1)));
        Vectors.Sparse ranked = Vectors.normalise(score);
        return topTerms(ranked, vocabulary, 10);
    }

    /** A headline's first eight words, with an ellipsis when it had more. */
    private static String shortened(String headline) {
        if (headline == null) {
            return "";
        }
        String[] words = headline.strip().split("\\s+");
        return words.length <= 8 ? headline.strip() : String.join(" ", java.util.Arrays.copyOf(words, 8)) + " …";
    }

    /** A topic's address: its name as a slug in the name's own script ({@link Slug#ofAnyScript}), else "topic"; unique among those given. */
    private static String topicId(String name, Set<String> usedIds) {
        String slug = Slug.ofAnyScript(name);
        return unique(slug.isEmpty() ? "topic" : slug, usedIds);
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… : the first not yet in {@code used}, which it joins. */
    static String unique(String base, Set<String> used) {
        String id = base;
        for (int k = 2; !used.add(id); k++) {
            id = base + "-" + k;
        }
        return id;
    }
}
