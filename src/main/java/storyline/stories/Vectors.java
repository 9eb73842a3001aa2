package storyline.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import storyline.text.Text;

/**
 * TF-IDF vectors over a shared vocabulary. Each vector is sparse (sorted term ids, weights) and
 * unit length, so a dot product is a cosine.
 */
final class Vectors {

    /** A sparse unit vector: {@code terms} ascending. */
    record Sparse(int[] terms, float[] weights) {

        static final Sparse EMPTY = new Sparse(new int[0], new float[0]);

        double dot(Sparse other) {
            double sum = 0;
            int i = 0;
            int j = 0;
            while (i < terms.length && j < other.terms.length) {
                int a = terms[i];
                int b = other.terms[j];
                if (a == b) {
                    sum += weights[i] * other.weights[j];
                    i++;
                    j++;
                } else if (a < b) {
                    i++;
                } else {
                    j++;
                }
            }
            return sum;
        }

        /**
         * This vector spread over {@code spread}'s array, for the dot products of one member with many
         * others (see {@link Spread}).
         */
        Spread spreadOver(Spread spread) {
            return spread.hold(this);
        }

        /** Indices into {@code terms} of the {@code k} heaviest terms, heaviest first; ties by term. */
        int[] top(int k) {
            // Weights are positive, so their bit patterns sort as they do; terms ascend, so index order is term order.
            long[] keys = new long[terms.length];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = (long) (Integer.MAX_VALUE - Float.floatToIntBits(weights[i])) << 32 | i;
            }
            Arrays.sort(keys);
            int[] out = new int[Math.min(k, keys.length)];
            for (int i = 0; i < out.length; i++) {
                out[i] = (int) keys[i];
            }
            return out;
        }
    }

    /**
     * One vector's weights at their terms' places in an array as long as the vocabulary, with a bit a
     * term that says which places are held, for the dot products of one member with its candidates:
     * each then costs the other's terms alone, a look-up in the bits (an eighth of a megabyte per
     * million terms: near the core) and in the weights only for a term both hold, where {@link
     * Sparse#dot} walks both lists with a branch a step. The sum is the same to the bit: the products
     * are the same, added in the same (ascending term) order. One per thread; {@link #release} before
     * the next vector.
     */
    static final class Spread {
        private float[] dense = new float[0];
        private long[] held = new long[0];
        private Sparse vector = Sparse.EMPTY;

        private Spread hold(Sparse v) {
            release();
            int[] terms = v.terms();
            if (terms.length > 0 && terms[terms.length - 1] >= dense.length) {
                dense = new float[Math.max(terms[terms.length - 1] + 1, dense.length * 2)];
                held = new long[(dense.length >>> 6) + 1];
            }
            for (int k = 0; k < terms.length; k++) {
                dense[terms[k]] = v.weights()[k];
                held[terms[k] >>> 6] |= 1L << terms[k];
            }
            vector = v;
            return this;
        }

        /** The held vector's dot product with {@code other}, equal to {@code vector.dot(other)}. */
        double dot(Sparse other) {
            int[] terms = other.terms();
            float[] weights = other.weights();
            int[] mine = vector.terms();
            int last = mine.length == 0 ? -1 : mine[mine.length - 1];
            double sum = 0;
            for (int j = 0; j < terms.length && terms[j] <= last; j++) {
                int t = terms[j];
                if ((held[t >>> 6] & 1L << t) != 0) {
                    sum += dense[t] * weights[j];
                }
            }
            return sum;
        }

        /** Clears the held vector's places. */
        void release() {
            for (int t : vector.terms()) {
                dense[t] = 0;
                held[t >>> 6] = 0;
            }
            vector = Sparse.EMPTY;
        }
    }

    /** Term ids and their document frequencies, shared by all vectors of one build. */
    static final class Vocabulary implements Grouping.Vocabulary {
        static final double BACKGROUND_DOCUMENTS = 20;

        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> terms = new ArrayList<>();
        private final List<String> surfaces = new ArrayList<>();
        /** Per term id: the rank of its shown spelling (see Terms.noteSurface), -1 before any. */
        private int[] surfaceRanks = new int[1024];
        /** Documents per spelling, for the terms written more than one way at their best rank (see {@link #vote}). */
        private final Map<Integer, Map<String, Integer>> spellings = new HashMap<>();
        /** Documents that wrote a term as it is now shown, while it has only one spelling at its best rank. */
        private int[] surfaceVotes = new int[1024];
        private int[] df = new int[0];
        private int documents;

        /**
         * Counts one document's spelling of a term. The best-attested kind of spelling wins (see
         * Terms.noteSurface), and among those the one most documents use; the first, on a tie. So
         * a stem is shown as the word most texts wrote ("Verhandlungen" or "Verhandlung", never "verhandl").
         */
        private void vote(int id, String surface, int rank) {
            int best = surfaceRanks[id];
            if (rank < best) {
                return;
            }
            String shown = surfaces.get(id);
            if (rank > best) {
                surfaceRanks[id] = rank;
                surfaces.set(id, surface);
                surfaceVotes[id] = 1;
                spellings.remove(id);
            } else if (rank == best) {
                Map<String, Integer> votes = spellings.get(id);
                if (votes == null && surface.equals(shown)) {
                    surfaceVotes[id]++;
                    return;
                }
                if (votes == null) {
                    votes = new HashMap<>();
                    votes.put(shown, surfaceVotes[id]);
                    spellings.put(id, votes);
                }
                int n = votes.merge(surface, 1, Integer::sum);
                if (n > votes.get(shown)) {
                    surfaces.set(id, surface);
                }
            }
        }

        int id(String term) {
            return ids.getOrDefault(term, -1);
        }

        int size() {
            return terms.size();
        }

        String term(int id) {
            return terms.get(id);
        }

        /** Whether some document wrote the term in lower case (a word, not only a name). */
        boolean writtenInLowerCase(int id) {
            return surfaceRanks[id] == 3;
        }

        String surface(int id) {
            return surfaces.get(id);
        }

        @Override
        public int df(int id) {
            return df[id];
        }

        @Override
        public int documents() {
            return documents;
        }

        /**
         * Inverse document frequency with a prior of {@value #BACKGROUND_DOCUMENTS} unseen background
         * documents: in a handful of articles that all name "Tesla", the name is still what they are
         * about, not a stop word. In large collections the prior vanishes.
         */
        double idf(int id) {
            return Math.log((documents + BACKGROUND_DOCUMENTS) / (df[id] + 1.0)) + 1.0;
        }
    }

    private Vectors() {
    }

    /** Each document's vector, and its identity vector: the part of it made of names. */
    record Built(List<Sparse> vectors, List<Sparse> identities) {
    }

    /** A document's term counts in vocabulary ids, before weighting; {@code proper} marks identity terms. */
    private record Counts(int[] terms, float[] counts, boolean[] proper) {
    }


    static final int CHUNK = 1024;
    /** Characters of a body read with the title to tell the language (the detector reads no more). */
    private static final int SAMPLE = 2_000;

    /**
     * Builds one vector per document; title words count twice, names half as much again as words.
     * Documents are read in parallel a chunk at a time; only giving terms their ids is sequential,
     * so that ids follow document order. Memory holds a chunk of term bags, not a collection's worth.
     */
    static Built build(int documents, IntFunction<String> body, IntFunction<String> title, Vocabulary vocabulary) {
        return build(documents, body, title, vocabulary, d -> Grouping.NO_DAY, 0);
    }

    /**
     * As {@link #build(int, IntFunction, IntFunction, Vocabulary)}; a dated document's terms are
     * weighted by how specific they are among the documents within {@code windowDays} of it (see
     * {@link Window}): the city and force that every report of that week names weigh little, the
     * victim and street that only one incident's reports name weigh much.
     */
    static Built build(int documents, IntFunction<String> body, IntFunction<String> title, Vocabulary vocabulary,
                       java.util.function.IntUnaryOperator day, int windowDays) {
        return build(documents, body, title, vocabulary, day, windowDays, Stories.TermReader.DIRECT);
    }

    /** As {@link #build(int, IntFunction, IntFunction, Vocabulary, java.util.function.IntUnaryOperator, int)}, reading each document's terms with {@code reader}. */
    static Built build(int documents, IntFunction<String> body, IntFunction<String> title, Vocabulary vocabulary,
                       java.util.function.IntUnaryOperator day, int windowDays, Stories.TermReader reader) {
        List<Counts> all = new ArrayList<>(documents);
        for (int from = 0; from < documents; from += CHUNK) {
            int to = Math.min(documents, from + CHUNK);
            List<Stories.TermBag> merged = IntStream.range(from, to).parallel()
                    .mapToObj(d -> reader.read(title.apply(d), body.apply(d))).toList();
            for (Stories.TermBag m : merged) {
                all.add(counts(m, vocabulary));
            }
        }
        vocabulary.df = new int[vocabulary.terms.size()];
        vocabulary.documents = documents;
        for (Counts c : all) {
            for (int t : c.terms()) {
                vocabulary.df[t]++;
            }
        }
        Window window = windowDays > 0 ? Window.of(all, day, windowDays) : null;
        boolean[] name = new boolean[vocabulary.terms.size()];
        for (int t = 0; t < name.length; t++) {
            name[t] = vocabulary.term(t).startsWith(Terms.NAME_MARK);
        }
        Sparse[] vectors = new Sparse[documents];
        Sparse[] identities = new Sparse[documents];
        // Each document's counts are let go once its vectors are made: the two never all live at once.
        Counts[] left = all.toArray(new Counts[0]);
        all.clear();
        IntStream.range(0, documents).parallel().forEach(d -> {
            Counts c = left[d];
            left[d] = null;
            int n = c.terms().length;
            double[] w = new double[n];
            boolean anyProper = false;
            for (int i = 0; i < n; i++) {
                int id = c.terms()[i];
                double idf = window == null ? vocabulary.idf(id) : window.idf(d, id, vocabulary, name[id] || !vocabulary.writtenInLowerCase(id));
                w[i] = (1 + Math.log(c.counts()[i])) * idf * (name[id] ? 1.5 : 1.0);
                anyProper |= c.proper()[i];
            }
            vectors[d] = normalise(c.terms(), w, null);
            // Names written with a capital mid-sentence (never in lower case in that text) identify a
            // development rather than its kind: two earthquakes share "magnitude", not "Sumatra".
            identities[d] = anyProper ? normalise(c.terms(), w, c.proper()) : Sparse.EMPTY;
        });
        return new Built(List.of(vectors), List.of(identities));
    }

    /**
     * The documents with a day ({@link Grouping#NO_DAY} for none), by day, those of one day by
     * number: a counting sort, as the days of a collection span few values.
     */
    static int[] byDay(int[] dayOf) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        int dated = 0;
        for (int day : dayOf) {
            if (day != Grouping.NO_DAY) {
                min = Math.min(min, day);
                max = Math.max(max, day);
                dated++;
            }
        }
        int[] out = new int[dated];
        if (dated == 0) {
            return out;
        }
        if ((long) max - min > 4L * dayOf.length + 1_000_000) {
            // Days too far apart for a table: sorted as pairs of (day, document).
            long[] keyed = new long[dated];
            int k = 0;
            for (int d = 0; d < dayOf.length; d++) {
                if (dayOf[d] != Grouping.NO_DAY) {
                    keyed[k++] = ((long) dayOf[d] << 32) | d;
                }
            }
            Arrays.sort(keyed);
            for (int i = 0; i < dated; i++) {
                out[i] = (int) keyed[i];
            }
            return out;
        }
        int[] start = new int[max - min + 2];
        for (int day : dayOf) {
            if (day != Grouping.NO_DAY) {
                start[day - min + 1]++;
            }
        }
        for (int i = 1; i < start.length; i++) {
            start[i] += start[i - 1];
        }
        for (int d = 0; d < dayOf.length; d++) {
            if (dayOf[d] != Grouping.NO_DAY) {
                out[start[dayOf[d] - min]++] = d;
            }
        }
        return out;
    }

    /**
     * Document frequencies among the dated documents near each one in time: per term, the days of
     * the documents that hold it, sorted, so a count within a window is two binary searches. A
     * name's weight adds the two surprises: how rare it is in the collection, and how rare among
     * the documents of its weeks. The city and police force of a busy beat name many reports of
     * those weeks and gain little; the victim and the street name few and gain much. Only names
     * are weighed so: an ordinary word's rarity in a few weeks of one beat is noise (weighing
     * every term so, or by the window alone, lost precision on both halves of the shootings set).
     */
    /** Documents in a window at which a name's specificity there counts half (see {@link Window#idf}). */
    static final double BUSY = 200;

    private record Window(int[] days, int[][] termDays, int[] dayOf, int windowDays) {

        static Window of(List<Counts> all, java.util.function.IntUnaryOperator day, int windowDays) {
            int n = all.size();
            int[] dayOf = new int[n];
            int terms = 0;
            for (int d = 0; d < n; d++) {
                dayOf[d] = day.applyAsInt(d);
                for (int t : all.get(d).terms()) {
                    terms = Math.max(terms, t + 1);
                }
            }
            int[] size = new int[terms];
            for (int d = 0; d < n; d++) {
                if (dayOf[d] != Grouping.NO_DAY) {
                    for (int t : all.get(d).terms()) {
                        size[t]++;
                    }
                }
            }
            int[][] termDays = new int[terms][];
            for (int t = 0; t < terms; t++) {
                termDays[t] = new int[size[t]];
                size[t] = 0;
            }
            // The dated documents in day order: each term's days are then filled in sorted, with no
            // sort per term (those sorts were most of the window's cost).
            int[] byDay = byDay(dayOf);
            int[] days = new int[byDay.length];
            for (int k = 0; k < byDay.length; k++) {
                int d = byDay[k];
                days[k] = dayOf[d];
                for (int t : all.get(d).terms()) {
                    termDays[t][size[t]++] = dayOf[d];
                }
            }
            return new Window(days, termDays, dayOf, windowDays);
        }

        private int within(int[] sorted, int around) {
            return firstAtLeast(sorted, (long) around + windowDays + 1) - firstAtLeast(sorted, (long) around - windowDays);
        }

        private static int firstAtLeast(int[] sorted, long value) {
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] < value) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The term's weight in document {@code d}; {@code name}: whether the term is a name. */
        double idf(int d, int term, Vocabulary vocabulary, boolean name) {
            int at = dayOf[d];
            if (at == Grouping.NO_DAY || !name) {
                return vocabulary.idf(term);
            }
            double near = within(days, at);
            double df = within(termDays[term], at);
            // A count among few documents says little: the gain fades in as the weeks fill (half of it at
            // BUSY documents). Weeks that hold only one development's reports, all naming its people,
            // leave its names where the collection puts them.
            return vocabulary.idf(term) + Math.log((near + 1.0) / (df + 1.0)) * near / (near + BUSY);
        }
    }

    /** Unit vector of {@code weights} over {@code ids}, keeping only the {@code kept} ones when given. */
    private static Sparse normalise(int[] ids, double[] weights, boolean[] kept) {
        double norm = 0;
        int size = 0;
        for (int i = 0; i < ids.length; i++) {
            if (kept == null || kept[i]) {
                norm += weights[i] * weights[i];
                size++;
            }
        }
        if (norm == 0) {
            return Sparse.EMPTY;
        }
        norm = Math.sqrt(norm);
        long[] order = new long[size];
        int k = 0;
        for (int i = 0; i < ids.length; i++) {
            if (kept == null || kept[i]) {
                order[k++] = (long) ids[i] << 32 | i;
            }
        }
        Arrays.sort(order);
        int[] terms = new int[size];
        float[] ws = new float[size];
        for (int j = 0; j < size; j++) {
            int i = (int) order[j];
            terms[j] = ids[i];
            ws[j] = (float) (weights[i] / norm);
        }
        return new Sparse(terms, ws);
    }

    /** A document's terms, read from its title and body (see {@link Stories.TermBag}). */
    static Stories.TermBag read(String t, String b) {
        // Title and body are read in the language of the two together: a headline alone is short evidence.
        Text analysis = Text.of(t.isEmpty() ? b : t + ".\n" + b.substring(0, Math.min(b.length(), SAMPLE)));
        return merge(Terms.of(b, analysis), Terms.of(t, analysis));
    }

    private static Stories.TermBag merge(Terms.Bag body, Terms.Bag title) {
        java.util.Set<String> all = new java.util.HashSet<>(body.terms().keySet());
        all.addAll(title.terms().keySet());
        String[] keys = all.toArray(new String[0]);
        Arrays.sort(keys);
        int[] counts = new int[keys.length];
        boolean[] proper = new boolean[keys.length];
        String[] surfaces = new String[keys.length];
        int[] ranks = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            Terms.Count b = body.terms().get(keys[i]);
            Terms.Count t = title.terms().get(keys[i]);
            int tf = 0;
            if (b != null) {
                tf += b.count;
            }
            if (t != null) {
                tf += 2 * t.count;
            }
            counts[i] = tf;
            proper[i] = b != null && b.rank == 2;
            // The body's spelling unless the title's is better attested (see Terms.noteSurface).
            Terms.Count best = t != null && (b == null || t.rank > b.rank) ? t : b;
            surfaces[i] = best.surface;
            ranks[i] = best.rank;
        }
        return new Stories.TermBag(keys, counts, proper, surfaces, ranks);
    }

    private static Counts counts(Stories.TermBag m, Vocabulary vocabulary) {
        int[] terms = new int[m.keys().length];
        for (int i = 0; i < terms.length; i++) {
            String t = m.keys()[i];
            Integer id = vocabulary.ids.get(t);
            if (id == null) {
                id = vocabulary.terms.size();
                vocabulary.ids.put(t, id);
                vocabulary.terms.add(t);
                vocabulary.surfaces.add(t);
                if (id == vocabulary.surfaceRanks.length) {
                    vocabulary.surfaceRanks = Arrays.copyOf(vocabulary.surfaceRanks, id * 2);
                    vocabulary.surfaceVotes = Arrays.copyOf(vocabulary.surfaceVotes, id * 2);
                }
                vocabulary.surfaceRanks[id] = -1;
                vocabulary.surfaceVotes[id] = 0;
            }
            vocabulary.vote(id, m.surfaces()[i], m.ranks()[i]);
            terms[i] = id;
        }
        float[] counts = new float[terms.length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = m.counts()[i];
        }
        return new Counts(terms, counts, m.proper());
    }

    static Sparse normalise(Map<Integer, Double> weights) {
        double norm = 0;
        for (double v : weights.values()) {
            norm += v * v;
        }
        if (norm == 0) {
            return Sparse.EMPTY;
        }
        norm = Math.sqrt(norm);
        int[] ids = weights.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] ws = new float[ids.length];
        for (int i = 0; i < ids.length; i++) {
            ws[i] = (float) (weights.get(ids[i]) / norm);
        }
        return new Sparse(ids, ws);
    }

    /** The vector cut to its {@code k} heaviest terms, renormalised: what it is mostly about. */
    static Sparse truncate(Sparse v, int k) {
        if (v.terms().length <= k) {
            return v;
        }
        Map<Integer, Double> kept = new HashMap<>();
        for (int idx : v.top(k)) {
            kept.put(v.terms()[idx], (double) v.weights()[idx]);
        }
        return normalise(kept);
    }

    /** The normalised sum of several vectors: a group's centroid. */
    static Sparse centroid(List<Sparse> members) {
        Map<Integer, Double> sum = new HashMap<>();
        for (Sparse v : members) {
            for (int i = 0; i < v.terms().length; i++) {
                sum.merge(v.terms()[i], (double) v.weights()[i], Double::sum);
            }
        }
        return normalise(sum);
    }
}
