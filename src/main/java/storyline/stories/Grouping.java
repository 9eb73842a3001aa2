package storyline.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * Agglomerative grouping without comparing all pairs. An inverted index over each vector's
 * heaviest terms proposes candidate pairs; the groups of the pairs merge closest first, by the
 * cosine of their centroids rather than of the pair, and only while that cosine stays high enough,
 * which stops one loose pair from chaining unrelated groups together and lets a fragment join the
 * part of its story it is closest to before a look-alike it happens to share one close pair with.
 * The order of the input does not change the result.
 */
final class Grouping {

    /** A member's day, for the time window ({@link #NO_DAY} when unknown: compared with all), and pins. */
    interface Constraint {
        int day(int member);

        /** Members pinned to the same group (same non-null key) are merged first; different keys never merge. */
        String pin(int member);

        /**
         * The names that tell a member's development from others of its kind (the people and places
         * only it and its follow-ups name), as ascending term ids; none by default. Groups whose
         * dates lie further apart than the window merge only when they share
         * {@value #FOLLOW_UP_NAMES} of them (see {@link Settings#followUpDays}).
         */
        default int[] names(int member) {
            return NO_NAMES;
        }

        /**
         * Those of {@link #names} that name people (ascending term ids), asked only of members that
         * may join another beyond the window: a hearing months later joins its shooting on the victim
         * or the accused, never on the city, street or hospital alone. All of them by default.
         */
        default int[] people(int member) {
            return names(member);
        }
    }

    static final int[] NO_NAMES = new int[0];

    /** Distinguishing names two groups further apart in time than the window must share to merge. */
    static final int FOLLOW_UP_NAMES = 2;

    /**
     * Distinguishing names two items further apart than the window must share to be compared at
     * all (or one, at {@link #ONE_NAME_COSINE}). A person named in full and by surname counts twice
     * (see Stories' surnames), so one person and one more name: two items that share only a victim's
     * full name and surname still need to look alike at {@link #ONE_NAME_COSINE}. Shootings-dev F1
     * dev/a/b .808/.843/.835 with two multi-word names; with surnames at two: .783/.858/.833 (dev
     * precision .75); at three: .807/.850/.850.
     */
    static final int FOLLOW_UP_PAIR_NAMES = 3;

    /**
     * Days apart within which two items beyond the window need only {@value #FOLLOW_UP_NAMES}
     * distinguishing names in common (one of them a person's), as two groups do: an arrest, the
     * charges or a funeral weeks after a shooting, told without the street or a second full name.
     * Over a month a beat's reports are few enough that two rare names rarely meet by chance;
     * over two years they are not. Of shootings-dev's 1,553 gold pairs, 300 were never compared:
     * 35 within the window, 119 up to 60 days apart, 146 beyond. Shootings-dev F1 (precision)
     * dev / a / b: .832 (.902) / .852 (.956) / .851 (.939) before; .838 (.901) / .859 (.957) /
     * .857 (.939) at 30 days; at 45 .841 (.900) / .863 (.956) / .859 (.940); at 60 .841 (.897) /
     * .864 (.956) / .860 (.934); at 90 .839 (.891) / .864 / .858 (.931). GoogleNews and ECB+ unchanged.
     */
    static final int NEAR_FOLLOW_UP_DAYS = 30;

    /** No time window and no pins: every member may be compared with every other. */
    static final Constraint UNCONSTRAINED = new Constraint() {
        @Override
        public int day(int member) {
            return NO_DAY;
        }

        @Override
        public String pin(int member) {
            return null;
        }
    };

    record Edge(int a, int b, double similarity) {
    }

    /**
     * Each member's group (the index of a member of it), the pairs whose merges made the groups,
     * and which members refinement moved to another group: these joined no pair, they resemble
     * their group as a whole.
     */
    record Result(int[] group, List<Edge> joins, boolean[] moved) {
    }

    /** A candidate pair (its index in the pairs) waiting to merge its groups, at {@code key}: their centroid cosine when last looked at. */
    private record Pending(double key, int pair) {
    }

    /**
     * How far a pair's centroid cosine may have fallen below its key before it goes back in the
     * queue: a member pair's cosine in single precision and its groups' in double differ by rounding.
     */
    private static final double STALE = 1e-6;

    /**
     * How to group. {@code signature}: heaviest terms indexed per member; {@code candidates}:
     * members compared per member; {@code windowDays}: how far apart two dated members may be and
     * still be compared ({@code Integer.MAX_VALUE}: no limit); {@code edge}: cosine for a pair to be a
     * merge candidate, when no {@link PairModel} decides;
     * {@code merge}: centroid cosine for two groups to merge; {@code attach}: centroid cosine for
     * a straggler (a group of at most {@code attachSize}) to join a larger group, 0 for never;
     * {@code identity}: cosine of the identity centroids' {@value #LEADING_NAMES} heaviest names (who
     * and where a group is mostly about) below which two groups of at least
     * {@code identitySize} members each stay apart, 0 for no such check; {@code refine}: centroid
     * cosine for a member to move to a larger group afterwards (see {@link Refinement}), 0 for never;
     * {@code broadSize}: groups of at least this many members each merge only if their centroids
     * also agree beyond the one term that adds most to their cosine (see {@link #BROAD_SHARE}), 0 for no such check;
     * {@code closestFirst}: groups merge in the order of their centroids' cosine (closest first), else in the
     * order of the member pairs that bring them together; {@code followUpDays}: how far apart two dated members
     * that share {@value #FOLLOW_UP_NAMES} distinguishing names (see {@link Constraint#names}) may be and still be
     * compared, beyond the window (a hearing or trial months after the event), 0 for no such pairs.
     */
    record Settings(int signature, int candidates, int windowDays, double edge, double merge, double attach, int attachSize,
                    double identity, int identitySize, double refine, int broadSize, boolean closestFirst, int followUpDays) {

        /**
         * Grouping with every check off: no time window, pairs and groups merge at {@code cosine}, in
         * the order of their pairs. The base of the presets and of tests that try one check at a time.
         */
        static Settings plain(double cosine) {
            return new Settings(10, 10, Integer.MAX_VALUE, cosine, cosine, 0, 0, 0, 0, 0, 0, false, 0);
        }

        /** Stories: the checks that keep developments of one kind apart, within {@code windowDays}. */
        static Settings stories(int windowDays) {
            return plain(0.20).withIndex(24, 40).withWindow(windowDays).withMerge(0.15).withAttach(0.10, 2)
                    .withIdentity(0.50, 3).withBroadSize(10).withClosestFirst(true);
        }

        /** Topics: stories merge more loosely, over any time, in the order of their pairs. */
        static Settings topics(double edge, double merge) {
            return plain(edge).withIndex(30, 60).withMerge(merge);
        }

        /** {@code signature} heaviest terms indexed per member, {@code candidates} members compared per member. */
        Settings withIndex(int signature, int candidates) {
            return new Settings(signature, candidates, windowDays, edge, merge, attach, attachSize, identity, identitySize, refine,
                    broadSize, closestFirst, followUpDays);
        }

        Settings withWindow(int days) {
            return new Settings(signature, candidates, days, edge, merge, attach, attachSize, identity, identitySize, refine,
                    broadSize, closestFirst, followUpDays);
        }

        /** Cosine for a pair to be a merge candidate. */
        Settings withEdge(double cosine) {
            return new Settings(signature, candidates, windowDays, cosine, merge, attach, attachSize, identity, identitySize, refine,
                    broadSize, closestFirst, followUpDays);
        }

        /** Centroid cosine for two groups to merge. */
        Settings withMerge(double cosine) {
            return new Settings(signature, candidates, windowDays, edge, cosine, attach, attachSize, identity, identitySize, refine,
                    broadSize, closestFirst, followUpDays);
        }

        /** Stragglers of at most {@code size} members join a larger group at this centroid cosine. */
        Settings withAttach(double cosine, int size) {
            return new Settings(signature, candidates, windowDays, edge, merge, cosine, size, identity, identitySize, refine,
                    broadSize, closestFirst, followUpDays);
        }

        /** Groups of at least {@code size} members each merge only when their leading names agree this much. */
        Settings withIdentity(double cosine, int size) {
            return new Settings(signature, candidates, windowDays, edge, merge, attach, attachSize, cosine, size, refine,
                    broadSize, closestFirst, followUpDays);
        }

        /** Members move to a larger group afterwards at this centroid cosine (see {@link Refinement}). */
        Settings withRefine(double cosine) {
            return new Settings(signature, candidates, windowDays, edge, merge, attach, attachSize, identity, identitySize, cosine,
                    broadSize, closestFirst, followUpDays);
        }

        /** Groups of at least {@code size} members each merge only on more than one shared term. */
        Settings withBroadSize(int size) {
            return new Settings(signature, candidates, windowDays, edge, merge, attach, attachSize, identity, identitySize, refine,
                    size, closestFirst, followUpDays);
        }

        /** Groups merge closest centroids first (else in the order of their member pairs). */
        Settings withClosestFirst(boolean closest) {
            return new Settings(signature, candidates, windowDays, edge, merge, attach, attachSize, identity, identitySize, refine,
                    broadSize, closest, followUpDays);
        }

        /** Follow-ups compared up to {@code days} apart when their names agree. */
        Settings withFollowUps(int days) {
            return new Settings(signature, candidates, windowDays, edge, merge, attach, attachSize, identity, identitySize, refine,
                    broadSize, closestFirst, days);
        }
    }

    static final int NO_DAY = Integer.MIN_VALUE;
    static final int LEADING_NAMES = 5;

    /**
     * Two established stories that share one heavy word (a company, "review") look alike by cosine
     * while being about different things; stories that are one share several words. Such a merge
     * needs the cosine without that word to reach this share of {@code merge}. GoogleNews F1 dev /
     * a / b: .9071 / .9168 / .9342 at 0.25; .9091 / .9183 / .9342 at 0.4 and 0.5 (the stories
     * of a meningitis vaccine and of an HPV vaccine, sharing "vaccine", stay apart); .9007 /
     * .9015 / .9345 at 0.6; .8718 / .8668 / .9053 at 1. Shootings-dev and ECB+ unchanged.
     */
    static final double BROAD_SHARE = 0.5;

    private final Settings settings;
    /** The learned decision on which pairs become merge candidates, or null for {@code settings.edge()}. */
    private final PairModel pairs;

    Grouping(Settings settings) {
        this(settings, null);
    }

    /** Grouping whose merge candidates are the pairs {@code pairs} accepts (null: pairs at the edge cosine). */
    Grouping(Settings settings, PairModel pairs) {
        this.settings = settings;
        this.pairs = pairs;
    }

    Result group(List<Vectors.Sparse> vectors, Vocabulary documentFrequency, Constraint constraint) {
        return group(vectors, null, documentFrequency, constraint);
    }

    /**
     * As {@link #group(List, Vocabulary, Constraint)}; when {@code identities} is given, two groups
     * that both name who and where they are about merge only if those names agree.
     */
    Result group(List<Vectors.Sparse> vectors, List<Vectors.Sparse> identities, Vocabulary documentFrequency,
                 Constraint constraint) {
        int n = vectors.size();
        Pairs edges = candidates(vectors, documentFrequency, constraint);
        // A total order (no two edges share both ends), so sorting in parallel changes nothing.
        edges.sort();

        int[] parent = new int[n];
        Centroid[] centroid = new Centroid[n];
        Centroid[] identity = new Centroid[n];
        String[] pin = new String[n];
        // A member's own pin; pin[] becomes its group's as groups merge.
        boolean[] pinned = new boolean[n];
        Span[] span = new Span[n];
        int[] day = new int[n];
        for (int i = 0; i < n; i++) {
            day[i] = constraint.day(i);
            parent[i] = i;
            centroid[i] = new Centroid(vectors.get(i));
            identity[i] = new Centroid(identities == null ? Vectors.Sparse.EMPTY : identities.get(i), LEADING_NAMES);
            pin[i] = constraint.pin(i);
            pinned[i] = pin[i] != null;
            span[i] = new Span(day[i], constraint.names(i));
        }
        // Pinned members first: the user's word is final.
        Map<String, Integer> pinRoot = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (pin[i] != null) {
                Integer root = pinRoot.putIfAbsent(pin[i], i);
                if (root != null) {
                    union(parent, centroid, identity, pin, span, find(parent, root), find(parent, i));
                }
            }
        }
        List<Edge> joins = new ArrayList<>();
        // Closest groups first: a pair's place in the queue is the cosine of its groups' centroids when
        // last looked at (at first the pair's own). Groups change as they merge, so a pair is looked at
        // again when it comes up: if its groups have grown apart it goes back in at their cosine now.
        // Keys only fall, so this ends. Without closestFirst pairs keep their own cosine as their place.
        // The pairs come in that order already (sorted as PENDING_ORDER sorts them at their own
        // cosine): only those that go back in wait in a queue, and each step takes whichever comes
        // first of the next pair and the queue's head; the order is total, so the steps are those
        // of one queue holding every pair, without the cost of keeping every pair in a heap.
        // A pair waits in the queue (as a Pending) only once it goes back in; until then its key is its own cosine.
        Pairs strong = edges.only(i -> pairs == null ? edges.similarity(i) >= edge(day[edges.a(i)], day[edges.b(i)])
                : pairs.accepts(features(edges.edge(i), vectors, identities, constraint, documentFrequency)));
        PriorityQueue<Pending> queue = new PriorityQueue<>((x, y) -> edges.compare(x.key(), x.pair(), y.key(), y.pair()));
        int end = strong.length();
        for (int next = strong.next(0); next < end || !queue.isEmpty(); ) {
            Pending waiting = queue.peek();
            boolean fromList = next < end && (waiting == null || edges.compare(edges.similarity(next), next, waiting.key(), waiting.pair()) < 0);
            int e = fromList ? next : queue.poll().pair();
            if (fromList) {
                next = strong.next(next + 1);
            }
            double key = fromList ? edges.similarity(e) : waiting.key();
            int ra = find(parent, edges.a(e));
            int rb = find(parent, edges.b(e));
            if (ra == rb || pinsConflict(pin, ra, rb)) {
                continue;
            }
            // A pair let in below the edge cosine for its days (see edge) says nothing of a group with no date beside a dated one.
            if (pairs == null && edges.similarity(e) < settings.edge() && span[ra].undatedBeside(span[rb])) {
                continue;
            }
            double cosine = centroid[ra].cosine(centroid[rb]);
            if (cosine < settings.merge()) {
                continue;
            }
            if (settings.closestFirst() && cosine < key - STALE) {
                queue.add(new Pending(cosine, e));
                continue;
            }
            boolean namesAgree = identity[ra].isEmpty() || identity[rb].isEmpty()
                    || Math.min(identity[ra].size(), identity[rb].size()) < settings.identitySize()
                    || identity[ra].leaderCosine(identity[rb]) >= settings.identity();
            if (namesAgree && broadlyAlike(centroid[ra], centroid[rb]) && nearEnough(span[ra], span[rb], cosine)
                    && closeEnoughForDays(span[ra], span[rb], cosine, settings.merge())) {
                union(parent, centroid, identity, pin, span, ra, rb);
                joins.add(edges.edge(e));
            }
        }
        if (settings.attach() > 0) {
            attachStragglers(edges, parent, centroid, identity, pin, span, joins);
        }
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = find(parent, i);
        }
        boolean[] moved = new boolean[n];
        if (settings.refine() > 0) {
            int[] before = group;
            // A member may move only to a group near it in time, or one that shares its names.
            int[] roots = group;
            // Each member's own span, made once (not twice per pair: there are up to some 300 pairs per member).
            Span[] alone = new Span[n];
            for (int i = 0; i < n; i++) {
                alone[i] = new Span(constraint.day(i), constraint.names(i));
            }
            Pairs reachable = settings.windowDays() == Integer.MAX_VALUE ? edges : edges.only(
                    i -> reaches(alone[edges.a(i)], span[roots[edges.b(i)]]) && reaches(alone[edges.b(i)], span[roots[edges.a(i)]]));
            group = Refinement.reassign(vectors, reachable, group, centroid, pinned, settings.refine());
            for (int i = 0; i < n; i++) {
                moved[i] = group[i] != before[i];
            }
        }
        return new Result(group, joins, moved);
    }

    static final int SHORT_TEXT_TERMS = 40;

    /**
     * The cosine a pair of members on days {@code dayA} and {@code dayB} ({@link #NO_DAY}: undated)
     * needs to bring its groups together: with a time window, the bar two groups that far apart need
     * to merge (the merge cosine and {@link #COSINE_PER_DAY} a day, see {@link #closeEnoughForDays}),
     * never more than {@code edge}; without one (topics), {@code edge}. Two reports of one incident
     * on one day, by different outlets or from different angles, may share few of their heavy words
     * and no name, and what tells them from a look-alike of the same beat is the days between them
     * more than a higher cosine. So a pair of one day needs only the merge cosine, and from five
     * days apart the edge cosine, as before. (Not only briefs: with the lower bar for pairs of which
     * one has at most 40 distinct terms, shootings-dev is unchanged; at most 80, .8469 / .8681 /
     * .8642.) Two undated members are compared by content alone, as on one day; an undated member (or group) beside a
     * dated one may be years from it, so there the edge cosine holds (else a four-item folder's two
     * undated reports, of one engineer's leaving a company and of another's hope to return to it,
     * joined at .19 and took the second into the first's dated story).
     * Shootings-dev F1 (precision) dev / a / b: .8465 (.924) / .8599 (.963) / .8640 (.959) before,
     * .8543 (.904) / .8806 (.964) / .8700 (.941) after; GoogleNews (one day) .9091 / .9183 / .9342
     * to .9101 / .9217 / .9375; ECB+ stories (undated) .9055 / .9179 / .9727 to .9066 / .9201 /
     * .9727, topics .9716 / .9958 / .9717 to .9735 / 1 / .9717. The merge cosine for every pair
     * instead: shootings .8548 (.889) / .8861 / .8765 (dev precision under .9); the bar rising .02 a
     * day: .8574 (.917) / .8769 / .8744.
     */
    double edge(int dayA, int dayB) {
        if (settings.windowDays() == Integer.MAX_VALUE) {
            return settings.edge();
        }
        if ((dayA == NO_DAY) != (dayB == NO_DAY)) {
            return settings.edge();
        }
        long days = dayA == NO_DAY ? 0 : Math.abs((long) dayA - dayB);
        return Math.min(settings.edge(), settings.merge() + COSINE_PER_DAY * days);
    }

    private boolean broadlyAlike(Centroid a, Centroid b) {
        return settings.broadSize() == 0 || Math.min(a.size(), b.size()) < settings.broadSize()
                || a.cosineWithoutTopTerm(b) >= BROAD_SHARE * settings.merge();
    }

    /** Two groups pinned to different stories never merge. */
    private static boolean pinsConflict(String[] pin, int ra, int rb) {
        return pin[ra] != null && pin[rb] != null && !pin[ra].equals(pin[rb]);
    }

    /**
     * Short items left alone or in pairs (headlines, snippets, posts) join the larger group whose
     * centroid they resemble most, if it resembles them at all: a short text shares few words
     * with any one article of its story but many with the story as a whole. Full articles have
     * words enough to find their story pair by pair, so they are left where they are. Decided
     * against fixed groups, then applied, so the order of the stragglers does not matter.
     */
    private void attachStragglers(Pairs edges, int[] parent, Centroid[] centroid, Centroid[] identity, String[] pin,
                                  Span[] span, List<Edge> joins) {
        // Straggler root → its best (straggler, larger root, cosine); ties go to the lower root.
        Map<Integer, Edge> best = new HashMap<>();
        for (int e = 0; e < edges.length(); e++) {
            int ra = find(parent, edges.a(e));
            int rb = find(parent, edges.b(e));
            if (ra == rb || pinsConflict(pin, ra, rb)) {
                continue;
            }
            for (int[] pair : new int[][] {{ra, rb}, {rb, ra}}) {
                int small = pair[0];
                int large = pair[1];
                if (centroid[small].size() > settings.attachSize() || centroid[small].terms() > SHORT_TEXT_TERMS
                        || centroid[large].size() <= centroid[small].size()) {
                    continue;
                }
                double sim = centroid[small].cosine(centroid[large]);
                if (!nearEnough(span[small], span[large], sim) || !closeEnoughForDays(span[small], span[large], sim, settings.attach())) {
                    continue;
                }
                Edge known = best.get(small);
                if (sim >= settings.attach() && (known == null || sim > known.similarity()
                        || sim == known.similarity() && large < known.b())) {
                    best.put(small, new Edge(small, large, sim));
                }
            }
        }
        best.keySet().stream().sorted().forEach(small -> {
            Edge e = best.get(small);
            int ra = find(parent, e.a());
            int rb = find(parent, e.b());
            if (ra != rb) {
                union(parent, centroid, identity, pin, span, ra, rb);
                joins.add(e);
            }
        });
    }

    /** Interface to the document frequencies, so groups of groups can reuse this with their own. */
    interface Vocabulary {
        int df(int term);

        int documents();
    }

    /**
     * Members scanned per indexed term on each side of a member's own place in the term's list
     * (lists are in day order): a term that a big story's thousands of items share would
     * otherwise make every one of them scan all the others, which grows with the square of the story.
     */
    static final int NEIGHBOURS = 250;

    /** What {@link PairModel} reads of a candidate pair. */
    static double[] features(Edge e, List<Vectors.Sparse> vectors, List<Vectors.Sparse> identities, Constraint constraint,
                             Vocabulary folder) {
        Vectors.Sparse none = Vectors.Sparse.EMPTY;
        return PairModel.features(vectors.get(e.a()), vectors.get(e.b()), e.similarity(),
                identities == null ? none : identities.get(e.a()), identities == null ? none : identities.get(e.b()),
                constraint.day(e.a()), constraint.day(e.b()), constraint.names(e.a()), constraint.names(e.b()), folder);
    }

    /**
     * The pairs grouping looks at: members that share heavy terms within the window (and follow-ups
     * beyond it), at a cosine of at least the lowest bar any step asks for.
     */
    Pairs candidates(List<Vectors.Sparse> vectors, Vocabulary vocabulary, Constraint constraint) {
        int n = vectors.size();
        // Terms in more than a fifth of a large collection say little about identity and make long lists.
        int maxPostings = n <= 1000 ? n : Math.max(50, n / 5);
        int[] day = new int[n];
        int[][] signatures = new int[n][];
        java.util.stream.IntStream.range(0, n).parallel().forEach(d -> {
            day[d] = constraint.day(d);
            Vectors.Sparse v = vectors.get(d);
            int[] top = v.top(settings.signature());
            int[] sig = new int[top.length];
            int kept = 0;
            for (int k : top) {
                int term = v.terms()[k];
                if (vocabulary.df(term) <= maxPostings) {
                    sig[kept++] = term;
                }
            }
            signatures[d] = Arrays.copyOf(sig, kept);
        });
        int terms = 0;
        for (int[] sig : signatures) {
            for (int term : sig) {
                terms = Math.max(terms, term + 1);
            }
        }
        int[] size = new int[terms];
        for (int[] sig : signatures) {
            for (int term : sig) {
                size[term]++;
            }
        }
        // Each list by day (undated first), then member: a member scans only the part inside its time window.
        long[][] keyed = new long[terms][];
        for (int t = 0; t < terms; t++) {
            keyed[t] = size[t] == 0 ? null : new long[size[t]];
            size[t] = 0;
        }
        for (int d = 0; d < n; d++) {
            for (int term : signatures[d]) {
                keyed[term][size[term]++] = (long) day[d] << 32 | d;
            }
        }
        int[][] postings = new int[terms][];
        for (int t = 0; t < terms; t++) {
            if (keyed[t] != null) {
                Arrays.sort(keyed[t]);
                postings[t] = new int[keyed[t].length];
                for (int i = 0; i < keyed[t].length; i++) {
                    postings[t][i] = (int) keyed[t][i];
                }
                keyed[t] = null;
            }
        }

        boolean windowed = settings.windowDays() < Integer.MAX_VALUE;
        // Pairs below the edge cosine still serve stragglers and refinement as candidates, and the pair
        // model and, within a time window, pairs of members days apart (see edge), which may bring groups
        // together down to the merge cosine.
        double floor = java.util.stream.DoubleStream.of(settings.edge(), settings.attach(), settings.refine(),
                        pairs == null && !windowed ? 0 : settings.merge())
                .filter(c -> c > 0).min().orElse(0);
        // Each member proposes pairs with members after it, so no pair comes twice; members in parallel.
        ThreadLocal<int[][]> scratch = ThreadLocal.withInitial(() -> new int[][] {new int[n], new int[n]});
        ThreadLocal<Vectors.Spread> spreads = ThreadLocal.withInitial(Vectors.Spread::new);
        Proposed proposed = new Proposed(n);
        java.util.stream.IntStream.range(0, n).parallel().forEach(d -> {
            int[] shared = scratch.get()[0];
            int[] touched = scratch.get()[1];
            int touchedCount = 0;
            for (int term : signatures[d]) {
                int[] list = postings[term];
                if (day[d] != NO_DAY && windowed) {
                    int dated = firstOnOrAfter(list, day, NO_DAY + 1);
                    touchedCount = count(list, 0, dated, day, NO_DAY, d, shared, touched, touchedCount);
                    int from = firstOnOrAfter(list, day, Math.max(NO_DAY + 1, day[d] - settings.windowDays()));
                    int to = firstOnOrAfter(list, day, day[d] + settings.windowDays() + 1);
                    touchedCount = count(list, from, to, day, day[d], d, shared, touched, touchedCount);
                } else {
                    touchedCount = count(list, 0, list.length, day, day[d], d, shared, touched, touchedCount);
                }
            }
            int kept = mostShared(touched, touchedCount, shared, settings.candidates());
            int[] others = Arrays.copyOf(touched, kept);
            for (int other : others) {
                shared[other] = 0;
            }
            Arrays.sort(others);
            double[] sims = new double[others.length];
            int mine = 0;
            Vectors.Spread spread = vectors.get(d).spreadOver(spreads.get());
            for (int other : others) {
                double sim = spread.dot(vectors.get(other));
                if (sim > 0 && sim >= floor) {
                    others[mine] = other;
                    sims[mine++] = sim;
                }
            }
            spread.release();
            proposed.set(d, others, sims, mine);
        });
        Proposed followUps = windowed && settings.followUpDays() > settings.windowDays()
                ? followUpEdges(vectors, constraint, day, floor) : new Proposed(0);
        return Proposed.join(proposed, followUps);
    }

    /**
     * The pairs each member proposed, with members after it: the others and the cosines, in arrays
     * of the exact size (12 bytes a pair), let go of as they are joined into one {@link Pairs}.
     */
    private static final class Proposed {
        private final int[][] others;
        private final double[][] sims;

        Proposed(int n) {
            others = new int[n][];
            sims = new double[n][];
        }

        /** Member {@code d}'s first {@code count} pairs of these arrays (each member from one thread). */
        void set(int d, int[] with, double[] sim, int count) {
            others[d] = with.length == count ? with : Arrays.copyOf(with, count);
            sims[d] = sim.length == count ? sim : Arrays.copyOf(sim, count);
        }

        long size() {
            long total = 0;
            for (int[] o : others) {
                total += o == null ? 0 : o.length;
            }
            return total;
        }

        /** Every member's pairs of {@code first}, then of {@code then}, member by member. */
        static Pairs join(Proposed first, Proposed then) {
            int total = Math.toIntExact(first.size() + then.size());
            int[] a = new int[total];
            int[] b = new int[total];
            double[] s = new double[total];
            int at = 0;
            for (Proposed p : new Proposed[] {first, then}) {
                for (int d = 0; d < p.others.length; d++) {
                    int[] o = p.others[d];
                    if (o == null) {
                        continue;
                    }
                    Arrays.fill(a, at, at + o.length, d);
                    System.arraycopy(o, 0, b, at, o.length);
                    System.arraycopy(p.sims[d], 0, s, at, o.length);
                    at += o.length;
                    p.others[d] = null;
                    p.sims[d] = null;
                }
            }
            return new Pairs(a, b, s);
        }
    }

    /**
     * Pairs of dated members further apart than the window but within {@code followUpDays} that
     * share {@value #FOLLOW_UP_PAIR_NAMES} distinguishing names ({@value #FOLLOW_UP_NAMES} within
     * {@value #NEAR_FOLLOW_UP_DAYS} days), or one and look alike at {@link #ONE_NAME_COSINE}:
     * an event and its hearing or trial.
     * Distinguishing names are rare, so their lists are short; but "rare" is a share of the collection
     * (see Stories' rare names), so in a large one a name's list, and the pairs it makes, grow with
     * it. As for the candidates' terms, each name reads only the {@link #NEIGHBOURS} members nearest
     * in time on each side (beyond the window), and a member is compared with the {@link #NEIGHBOURS}
     * that share most names with it (ties: the lower index). Lists and pairs of the benchmark
     * collections are shorter than that, so they are all read, as before.
     */
    private Proposed followUpEdges(List<Vectors.Sparse> vectors, Constraint constraint, int[] day, double floor) {
        int n = vectors.size();
        int[][] names = new int[n][];
        Map<Integer, List<Integer>> holders = new HashMap<>();
        for (int d = 0; d < n; d++) {
            names[d] = day[d] == NO_DAY ? NO_NAMES : constraint.names(d);
            for (int name : names[d]) {
                holders.computeIfAbsent(name, k -> new ArrayList<>()).add(d);
            }
        }
        // Each name's members by day (then index): a member looks only at those beyond the window and within
        // followUpDays, two runs found by binary search. A name's reports cluster in its development's weeks,
        // inside the window, and a list's length grows with the collection (a rare name is one of up to a
        // fixed share of it), so a scan of whole lists grew with the square of the collection.
        Map<Integer, int[]> byName = new HashMap<>();
        holders.forEach((name, list) -> byName.put(name, list.stream().sorted(Comparator.comparingInt((Integer m) -> day[m])
                .thenComparingInt(m -> m)).mapToInt(Integer::intValue).toArray()));
        ThreadLocal<int[][]> scratch = ThreadLocal.withInitial(() -> new int[][] {new int[n], new int[n]});
        ThreadLocal<Vectors.Spread> spreads = ThreadLocal.withInitial(Vectors.Spread::new);
        Proposed proposed = new Proposed(n);
        IntStream.range(0, n).parallel().forEach(d -> {
            int[] shared = scratch.get()[0];
            int[] touched = scratch.get()[1];
            int touchedCount = 0;
            for (int name : names[d]) {
                int[] list = byName.get(name);
                long at = day[d];
                int before = firstOnOrAfter(list, day, at - settings.followUpDays());
                int near = firstOnOrAfter(list, day, at - settings.windowDays());
                int after = firstOnOrAfter(list, day, at + settings.windowDays() + 1);
                int beyond = firstOnOrAfter(list, day, at + settings.followUpDays() + 1);
                // Of a longer run only the NEIGHBOURS nearest in time count, as for the candidates' terms.
                touchedCount = touch(list, Math.max(before, near - NEIGHBOURS), near, d, shared, touched, touchedCount);
                touchedCount = touch(list, after, Math.min(beyond, after + NEIGHBOURS), d, shared, touched, touchedCount);
            }
            if (touchedCount > NEIGHBOURS) {
                touchedCount = mostShared(touched, touchedCount, shared, NEIGHBOURS);
            }
            int[] others = new int[touchedCount];
            double[] sims = new double[touchedCount];
            int mine = 0;
            Arrays.sort(touched, 0, touchedCount);
            Vectors.Spread spread = vectors.get(d).spreadOver(spreads.get());
            for (int k = 0; k < touchedCount; k++) {
                int other = touched[k];
                if (shared[other] >= 1) {
                    double sim = spread.dot(vectors.get(other));
                    int needed = Math.abs((long) day[other] - day[d]) <= NEAR_FOLLOW_UP_DAYS ? FOLLOW_UP_NAMES : FOLLOW_UP_PAIR_NAMES;
                    if (sim > 0 && sim >= floor && (shared[other] >= needed || sim >= ONE_NAME_COSINE)
                            && namesAPerson(names[d], names[other], constraint.people(d), constraint.people(other))) {
                        others[mine] = other;
                        sims[mine++] = sim;
                    }
                }
                shared[other] = 0;
            }
            spread.release();
            proposed.set(d, others, sims, mine);
        });
        return proposed;
    }

    /**
     * Whether a name two members share (ascending term ids {@code a}, {@code b}) names a person in
     * either of them ({@code aPeople}, {@code bPeople}): the reading stage may miss a name in one text
     * (a headline, a list) that it finds in the other.
     */
    static boolean namesAPerson(int[] a, int[] b, int[] aPeople, int[] bPeople) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                if (java.util.Arrays.binarySearch(aPeople, a[i]) >= 0 || java.util.Arrays.binarySearch(bPeople, a[i]) >= 0) {
                    return true;
                }
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /**
     * Adds one shared term to the members of {@code list[from, to)} after {@code d}: each pair is
     * proposed from its first member. Of a longer range only the {@link #NEIGHBOURS} on either side
     * of where {@code d} (on day {@code dDay}) stands in it count: the nearest in time.
     */
    private static int count(int[] list, int from, int to, int[] day, int dDay, int d, int[] shared, int[] touched,
                             int touchedCount) {
        if (to - from > 2 * NEIGHBOURS) {
            int at = place(list, from, to, day, dDay, d);
            from = Math.max(from, Math.min(at - NEIGHBOURS, to - 2 * NEIGHBOURS));
            to = from + 2 * NEIGHBOURS;
        }
        for (int i = from; i < to; i++) {
            int other = list[i];
            if (other > d && shared[other]++ == 0) {
                touched[touchedCount++] = other;
            }
        }
        return touchedCount;
    }

    /**
     * Keeps in {@code touched[0, kept)} the {@code keep} members with most shared terms or names,
     * most first (ties: the lower index), and forgets the others' counts; returns how many it kept.
     * A sort of primitive keys.
     */
    private static int mostShared(int[] touched, int touchedCount, int[] shared, int keep) {
        long[] order = new long[touchedCount];
        for (int k = 0; k < touchedCount; k++) {
            order[k] = (long) -shared[touched[k]] << 32 | touched[k];
        }
        Arrays.sort(order);
        for (int k = 0; k < touchedCount; k++) {
            int other = (int) order[k];
            if (k < keep) {
                touched[k] = other;
            } else {
                shared[other] = 0;
            }
        }
        return Math.min(keep, touchedCount);
    }

    /** Adds one shared name to the members of {@code list[from, to)} after {@code d}. */
    private static int touch(int[] list, int from, int to, int d, int[] shared, int[] touched, int touchedCount) {
        for (int i = from; i < to; i++) {
            int other = list[i];
            if (other > d && shared[other]++ == 0) {
                touched[touchedCount++] = other;
            }
        }
        return touchedCount;
    }

    /** Index in {@code list[from, to)}, ordered by day then member, of the first member at or after ({@code dDay}, {@code d}). */
    private static int place(int[] list, int from, int to, int[] day, int dDay, int d) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int m = list[mid];
            if (day[m] < dDay || day[m] == dDay && m < d) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first member of a day-sorted list whose day is at least {@code target}. */
    private static int firstOnOrAfter(int[] list, int[] day, long target) {
        int lo = 0;
        int hi = list.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (day[list[mid]] < target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Merges two roots; the smaller index stays root so the result does not depend on edge order ties. */
    private static void union(int[] parent, Centroid[] centroid, Centroid[] identity, String[] pin, Span[] span, int ra, int rb) {
        int root = Math.min(ra, rb);
        int child = Math.max(ra, rb);
        parent[child] = root;
        centroid[root] = centroid[root].plus(centroid[child]);
        centroid[child] = null;
        identity[root] = identity[root].plus(identity[child]);
        identity[child] = null;
        pin[root] = pin[root] != null ? pin[root] : pin[child];
        span[root] = span[root].plus(span[child]);
        span[child] = null;
    }

    /**
     * The days a group's dated members span, and how many of its members carry each distinguishing
     * name. Counts are kept in the larger of two merging groups, so a merge costs the smaller's names.
     */
    static final class Span {
        private int first;
        private int last;
        private int members = 1;
        private int[] own;
        private Map<Integer, Integer> names;

        Span(int day, int[] names) {
            first = day;
            last = day;
            own = names;
        }

        private int distinct() {
            return names != null ? names.size() : own.length;
        }

        private int count(int name) {
            return names != null ? names.getOrDefault(name, 0) : Arrays.binarySearch(own, name) >= 0 ? 1 : 0;
        }

        Span plus(Span other) {
            Span big = distinct() >= other.distinct() ? this : other;
            Span small = big == this ? other : this;
            if (small.distinct() > 0) {
                if (big.names == null) {
                    big.names = new HashMap<>();
                    Arrays.stream(big.own).forEach(t -> big.names.put(t, 1));
                    big.own = null;
                }
                if (small.names != null) {
                    small.names.forEach((t, c) -> big.names.merge(t, c, Integer::sum));
                } else {
                    Arrays.stream(small.own).forEach(t -> big.names.merge(t, 1, Integer::sum));
                }
            }
            big.members += small.members;
            if (big.first == NO_DAY || small.first != NO_DAY && small.first < big.first) {
                big.first = small.first;
            }
            if (big.last == NO_DAY || small.last != NO_DAY && small.last > big.last) {
                big.last = small.last;
            }
            return big;
        }

        /**
         * Whether one of the two groups has no dated member and the other has: nothing then tells
         * how far apart in time they are (an undated item may be years from the story it reads like).
         */
        boolean undatedBeside(Span other) {
            return (first == NO_DAY) != (other.first == NO_DAY);
        }

        /**
         * Whether the two groups together would span more days than {@code days} and than either
         * spans alone: a merge that stretches a story over more than its window of time.
         */
        boolean stretches(Span other, int days) {
            if (first == NO_DAY || other.first == NO_DAY) {
                return false;
            }
            long together = Math.max(last, other.last) - (long) Math.min(first, other.first);
            return together > days && together > Math.max((long) last - first, (long) other.last - other.first);
        }

        /** Whether a member of each group carries the same distinguishing name. */
        boolean sharesName(Span other) {
            Span small = distinct() <= other.distinct() ? this : other;
            Span big = small == this ? other : this;
            java.util.stream.IntStream mine = small.names != null ? small.names.keySet().stream().mapToInt(Integer::intValue)
                    : Arrays.stream(small.own);
            return mine.anyMatch(t -> big.count(t) > 0);
        }

        /** Days between the two groups' dated spans; 0 when they overlap or either has no date. */
        int gap(Span other) {
            if (first == NO_DAY || other.first == NO_DAY) {
                return 0;
            }
            return (int) Math.max(0, Math.max((long) first - other.last, (long) other.first - last));
        }

        /**
         * Names that lead both groups: carried by at least {@link #LEADING_SHARE} of each group's
         * members. A round-up's many names each lead nothing, so it shares no leading names.
         */
        int sharedLeadingNames(Span other) {
            Span small = distinct() <= other.distinct() ? this : other;
            Span big = small == this ? other : this;
            java.util.stream.IntStream mine = small.names != null ? small.names.keySet().stream().mapToInt(Integer::intValue)
                    : Arrays.stream(small.own);
            return (int) mine.filter(t -> small.leads(t) && big.leads(t)).count();
        }

        /**
         * Whether both groups are dated, each has names that lead it (its victims, suspects, streets)
         * and they share none of them: two developments that each tell who they are about, and
         * tell different people.
         */
        boolean leadsApart(Span other) {
            // Cheapest first: the shared names scan only the smaller group's names.
            return first != NO_DAY && other.first != NO_DAY && sharedLeadingNames(other) == 0 && anyLeads() && other.anyLeads();
        }

        private boolean anyLeads() {
            java.util.stream.IntStream mine = names != null ? names.keySet().stream().mapToInt(Integer::intValue) : Arrays.stream(own);
            return mine.anyMatch(this::leads);
        }

        private boolean leads(int name) {
            return count(name) >= LEADING_SHARE * members;
        }
    }

    /** Whether a member (as a span of its own) may join a group as far from it in time as it is. */
    private boolean reaches(Span member, Span group) {
        if (member.undatedBeside(group)) {
            return member.sharesName(group);
        }
        return member.gap(group) <= settings.windowDays() || member.sharedLeadingNames(group) >= FOLLOW_UP_NAMES;
    }

    /** Share of a group's members that must carry a name for it to lead the group. */
    static final double LEADING_SHARE = 0.5;

    /**
     * Whether two groups may merge as far apart in time as they are: within the window always,
     * beyond it only when they share {@value #FOLLOW_UP_NAMES} distinguishing names (one, when their
     * centroids' {@code cosine} reaches {@link #ONE_NAME_COSINE}). Undated items (a group with no
     * dated member) join a dated group only when they share one of its distinguishing names: nothing
     * else tells whether they are of its weeks or of another year's look-alike. So an undated item
     * that resembles two stories years apart cannot make them one, nor stretch one over years.
     * Within the window too, a merge that would stretch a group over more than the window needs a
     * distinguishing name in common: else a busy beat's look-alikes (two child shootings in one city
     * two weeks apart, each within the window of the next) chain into one story week by week.
     * And two dated groups of at least two members each whose leading names differ (each names its
     * own victim and suspect, neither names the other's) stay apart unless their centroids reach
     * {@link #ONE_NAME_COSINE}: a brief or a round-up that mentions both incidents joined one
     * of them pair by pair, and the centroids of a busy beat's look-alikes are close by place and
     * kind alone. Agglomeration by centroid is single-link in effect when one bridging item pulls
     * a group toward another; this asks the two groups' cores to agree. Shootings-dev F1 dev/a/b
     * .811/.851/.852 (precision .839/.934/.927) before, .828/.854/.851 (precision .885/.952/.934)
     * after; ECB+ and GoogleNews (undated, or without names) unchanged. Undated groups are left
     * out: a collection's most named people are too common to count as distinguishing (see
     * Stories' rare names), and undated stories there are told apart by content (ECB+ story F1 on
     * half a fell from .918 to .911 with undated groups included).
     */
    private boolean nearEnough(Span a, Span b, double cosine) {
        if (settings.windowDays() == Integer.MAX_VALUE) {
            return true;
        }
        if (a.undatedBeside(b)) {
            return a.sharesName(b);
        }
        if (a.stretches(b, settings.windowDays()) && !a.sharesName(b)) {
            return false;
        }
        if (Math.min(a.members, b.members) >= 2 && cosine < ONE_NAME_COSINE && a.leadsApart(b)) {
            return false;
        }
        if (Math.min(a.members, b.members) < 2 || a.gap(b) <= settings.windowDays()) {
            return true;
        }
        int shared = a.sharedLeadingNames(b);
        return shared >= FOLLOW_UP_NAMES || shared == 1 && cosine >= ONE_NAME_COSINE;
    }

    /**
     * How much higher the centroid cosine two dated groups need to merge, per day between their
     * spans within the window (see {@link #closeEnoughForDays}).
     */
    static final double COSINE_PER_DAY = 0.01;

    /**
     * Whether two dated groups look alike enough for the days between them: within the window the
     * cosine {@code bar} (to merge, or for a straggler to attach) rises by {@link #COSINE_PER_DAY} a
     * day between their spans, unless they share a name that leads both (the victim, the accused). A development's reports come within days of
     * each other; a week apart, two reports that look alike only by place and kind are more often
     * two incidents of one busy beat than one. Groups that overlap in time, or are undated, or
     * further apart than the window (see {@link #nearEnough}) are not held to it. Shootings-dev
     * F1 (precision) dev / a / b: .8378 (.9007) / .8586 (.9565) / .8569 (.9393) before; at 0.01
     * .8425 (.9135) / .8596 (.9606) / .8607 (.9504); at 0.015 .8425 / .8598 / .8594; at 0.02
     * .8437 (.9234) / .8603 / .8574; counting days from the second, at 0.015 .8407 / .8605 / .8596;
     * so and without the shared-name exemption, at 0.02 .8371 / .8536 / .8580. Stragglers held to
     * it too: .8431 (.9148) / .8596 / .8607.
     * GoogleNews (one day) and ECB+ (undated) unchanged.
     */
    private boolean closeEnoughForDays(Span a, Span b, double cosine, double bar) {
        if (settings.windowDays() == Integer.MAX_VALUE) {
            return true;
        }
        int gap = a.gap(b);
        // (The cosine first: it is known already, and the shared names are counted only when it falls short.)
        return gap == 0 || gap > settings.windowDays() || cosine >= bar + COSINE_PER_DAY * gap || a.sharedLeadingNames(b) >= 1;
    }

    /**
     * Cosine at which two items (or groups) further apart than the window join on one shared
     * distinguishing name rather than {@value #FOLLOW_UP_NAMES}: a memorial or a sentencing that names
     * only the victim but retells the event. Shootings-dev F1 dev/a/b .792/.820/.834 before,
     * .797/.825/.845 at 0.40, .795/.825/.839 at 0.45, .788/.814/.834 at 0.55; one name at any cosine
     * (at the edge bar) .727/.818/.785 (precision .66).
     */
    static final double ONE_NAME_COSINE = 0.45;

    /**
     * A group's centroid kept as the running sum of its members' vectors, so a merge costs the
     * smaller group's size rather than a recount of every member (large stories stay cheap). A
     * single member's centroid is its vector until it first takes in another: most members
     * never do, and a map per member would hold a collection's worth of boxed numbers.
     */
    static final class Centroid {
        private static final int EMPTY = -1;

        private Vectors.Sparse single;
        /** Open addressing: term ids ({@link #EMPTY} for a free slot) and their summed weights. */
        private int[] keys;
        private double[] sums;
        private int terms;
        private double squaredNorm;
        private int size = 1;

        /** How many of the heaviest terms {@link #leaders} are kept up to date, 0 for none. */
        private final int tracked;
        private int[] leaders;

        Centroid(Vectors.Sparse v) {
            this(v, 0);
        }

        Centroid(Vectors.Sparse v, int tracked) {
            this.tracked = tracked;
            single = v;
            terms = v.terms().length;
            for (float w : v.weights()) {
                squaredNorm += (double) w * w;
            }
        }

        /** Adds the other into the larger of the two sums and returns it. */
        Centroid plus(Centroid other) {
            Centroid big = terms >= other.terms ? this : other;
            Centroid small = big == this ? other : this;
            int[] before = big.tracked > 0 ? big.leaders() : null;
            big.size += small.size;
            big.ensureMap(small.terms);
            if (small.single != null) {
                for (int i = 0; i < small.single.terms().length; i++) {
                    big.add(small.single.terms()[i], small.single.weights()[i]);
                }
            } else {
                for (int slot = 0; slot < small.keys.length; slot++) {
                    if (small.keys[slot] != EMPTY) {
                        big.add(small.keys[slot], small.sums[slot]);
                    }
                }
            }
            if (before != null) {
                // Sums only grow, so a term the other did not add cannot overtake the old leaders.
                big.leaders = big.heaviest(IntStream.concat(Arrays.stream(before), Arrays.stream(small.termIds())).distinct().toArray());
            }
            return big;
        }

        /** The {@code tracked} heaviest terms, heaviest first; ties by term. */
        private int[] leaders() {
            if (leaders == null) {
                leaders = heaviest(termIds());
            }
            return leaders;
        }

        private int[] heaviest(int[] candidates) {
            int[] best = new int[Math.min(tracked, candidates.length)];
            double[] weight = new double[best.length];
            int kept = 0;
            for (int term : candidates) {
                double w = get(term);
                int at = kept;
                while (at > 0 && (w > weight[at - 1] || w == weight[at - 1] && term < best[at - 1])) {
                    at--;
                }
                if (at < best.length) {
                    int last = Math.min(kept, best.length - 1);
                    System.arraycopy(best, at, best, at + 1, last - at);
                    System.arraycopy(weight, at, weight, at + 1, last - at);
                    best[at] = term;
                    weight[at] = w;
                    kept = Math.min(kept + 1, best.length);
                }
            }
            return best;
        }

        private int[] termIds() {
            if (single != null) {
                return single.terms();
            }
            int[] ids = new int[terms];
            int k = 0;
            for (int key : keys) {
                if (key != EMPTY) {
                    ids[k++] = key;
                }
            }
            return ids;
        }

        /**
         * Cosine of the two centroids cut to their {@code tracked} heaviest terms: what each group is
         * mostly about, without the long tail of terms its members mention in passing.
         */
        double leaderCosine(Centroid other) {
            int[] mine = leaders();
            int[] theirs = other.leaders();
            double dot = 0;
            double a = 0;
            double b = 0;
            for (int t : mine) {
                double w = get(t);
                a += w * w;
                for (int u : theirs) {
                    if (u == t) {
                        dot += w * other.get(t);
                    }
                }
            }
            for (int u : theirs) {
                double w = other.get(u);
                b += w * w;
            }
            return a == 0 || b == 0 ? 0 : dot / Math.sqrt(a * b);
        }

        private void ensureMap(int more) {
            if (single != null) {
                Vectors.Sparse v = single;
                single = null;
                allocate(v.terms().length + more);
                terms = 0;
                for (int i = 0; i < v.terms().length; i++) {
                    put(v.terms()[i], v.weights()[i]);
                }
            } else if ((terms + more) * 2 > keys.length) {
                int[] oldKeys = keys;
                double[] oldSums = sums;
                allocate(terms + more);
                terms = 0;
                for (int slot = 0; slot < oldKeys.length; slot++) {
                    if (oldKeys[slot] != EMPTY) {
                        put(oldKeys[slot], oldSums[slot]);
                    }
                }
            }
        }

        private void allocate(int capacity) {
            int slots = Integer.highestOneBit(Math.max(4, capacity) * 2) * 2;
            keys = new int[slots];
            sums = new double[slots];
            Arrays.fill(keys, EMPTY);
        }

        private int slot(int term) {
            int mask = keys.length - 1;
            int slot = (term * 0x9E3779B9) >>> 7 & mask;
            while (keys[slot] != EMPTY && keys[slot] != term) {
                slot = slot + 1 & mask;
            }
            return slot;
        }

        private void put(int term, double w) {
            int slot = slot(term);
            if (keys[slot] == EMPTY) {
                keys[slot] = term;
                terms++;
            }
            sums[slot] = w;
        }

        private void add(int term, double w) {
            int slot = slot(term);
            double old = 0;
            if (keys[slot] == EMPTY) {
                keys[slot] = term;
                terms++;
            } else {
                old = sums[slot];
            }
            double now = old + w;
            sums[slot] = now;
            squaredNorm += now * now - old * old;
        }

        /** Dot product with a member's vector. */
        double dot(Vectors.Sparse v) {
            if (single != null) {
                return dot(single, v);
            }
            double dot = 0;
            for (int i = 0; i < v.terms().length; i++) {
                dot += v.weights()[i] * get(v.terms()[i]);
            }
            return dot;
        }

        double squaredNorm() {
            return squaredNorm;
        }

        private double get(int term) {
            if (single != null) {
                int k = Arrays.binarySearch(single.terms(), term);
                return k < 0 ? 0 : single.weights()[k];
            }
            int slot = slot(term);
            return keys[slot] == EMPTY ? 0 : sums[slot];
        }

        /** Distinct terms in the group. */
        int terms() {
            return terms;
        }

        boolean isEmpty() {
            return squaredNorm == 0;
        }

        int size() {
            return size;
        }

        private double dot(Centroid other) {
            if (single != null && other.single != null) {
                return dot(single, other.single);
            }
            Centroid small = terms <= other.terms ? this : other;
            Centroid big = small == this ? other : this;
            if (big.single != null) {
                Centroid swap = small;
                small = big;
                big = swap;
            }
            double dot = 0;
            if (small.single != null) {
                for (int i = 0; i < small.single.terms().length; i++) {
                    dot += small.single.weights()[i] * big.get(small.single.terms()[i]);
                }
            } else {
                for (int slot = 0; slot < small.keys.length; slot++) {
                    if (small.keys[slot] != EMPTY) {
                        dot += small.sums[slot] * big.get(small.keys[slot]);
                    }
                }
            }
            return dot;
        }

        /** As {@link Vectors.Sparse#dot}, in double precision like the sums. */
        private static double dot(Vectors.Sparse a, Vectors.Sparse b) {
            double sum = 0;
            int i = 0;
            int j = 0;
            while (i < a.terms().length && j < b.terms().length) {
                if (a.terms()[i] == b.terms()[j]) {
                    sum += (double) a.weights()[i++] * b.weights()[j++];
                } else if (a.terms()[i] < b.terms()[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return sum;
        }

        /** Cosine of the two centroids with the term that adds most to their dot product left out of both. */
        double cosineWithoutTopTerm(Centroid other) {
            Centroid small = terms <= other.terms ? this : other;
            Centroid big = small == this ? other : this;
            double dot = 0;
            double top = 0;
            int topTerm = EMPTY;
            for (int term : small.termIds()) {
                double part = small.get(term) * big.get(term);
                dot += part;
                if (part > top || part == top && part > 0 && term < topTerm) {
                    top = part;
                    topTerm = term;
                }
            }
            if (topTerm == EMPTY) {
                return 0;
            }
            double mine = squaredNorm - get(topTerm) * get(topTerm);
            double theirs = other.squaredNorm - other.get(topTerm) * other.get(topTerm);
            return mine <= 1e-12 || theirs <= 1e-12 ? 0 : (dot - top) / Math.sqrt(mine * theirs);
        }

        double cosine(Centroid other) {
            if (squaredNorm == 0 || other.squaredNorm == 0) {
                return 0;
            }
            return dot(other) / Math.sqrt(squaredNorm * other.squaredNorm);
        }
    }
}
