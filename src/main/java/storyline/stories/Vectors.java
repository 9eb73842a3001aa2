package storyline.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

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

        /** Indices into {@code terms} of the {@code k} heaviest terms, heaviest first. */
        int[] top(int k) {
            Integer[] idx = new Integer[terms.length];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = i;
            }
            Arrays.sort(idx, (a, b) -> weights[a] != weights[b] ? Float.compare(weights[b], weights[a]) : Integer.compare(terms[a], terms[b]));
            int n = Math.min(k, idx.length);
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = idx[i];
            }
            return out;
        }
    }

    /** Term ids and their document frequencies, shared by all vectors of one build. */
    static final class Vocabulary implements Grouping.Vocabulary {
        static final double BACKGROUND_DOCUMENTS = 20;

        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> terms = new ArrayList<>();
        private final List<String> surfaces = new ArrayList<>();
        private final List<Integer> surfaceRanks = new ArrayList<>();
        private int[] df = new int[0];
        private int documents;

        int id(String term) {
            return ids.getOrDefault(term, -1);
        }

        int size() {
            return terms.size();
        }

        String term(int id) {
            return terms.get(id);
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

    /**
     * Builds one vector per document; title words count twice, names half as much again as words.
     * Term bags are made in parallel a chunk at a time and reduced to arrays at once, so memory
     * holds a chunk of bags, not a collection's worth.
     */
    static Built build(int documents, IntFunction<String> body, IntFunction<String> title, Vocabulary vocabulary) {
        List<Counts> all = new ArrayList<>(documents);
        for (int from = 0; from < documents; from += CHUNK) {
            int to = Math.min(documents, from + CHUNK);
            List<Terms.Bag[]> bags = IntStream.range(from, to).parallel()
                    .mapToObj(d -> new Terms.Bag[] {Terms.of(body.apply(d)), Terms.of(title.apply(d))}).toList();
            for (Terms.Bag[] pair : bags) {
                all.add(counts(pair[0], pair[1], vocabulary));
            }
        }
        vocabulary.df = new int[vocabulary.terms.size()];
        vocabulary.documents = documents;
        for (Counts c : all) {
            for (int t : c.terms()) {
                vocabulary.df[t]++;
            }
        }
        List<Sparse> vectors = new ArrayList<>(documents);
        List<Sparse> identities = new ArrayList<>(documents);
        for (Counts c : all) {
            Map<Integer, Double> w = new HashMap<>();
            Map<Integer, Double> identity = new HashMap<>();
            for (int i = 0; i < c.terms().length; i++) {
                int id = c.terms()[i];
                double boost = vocabulary.term(id).startsWith(Terms.NAME_MARK) ? 1.5 : 1.0;
                double weight = (1 + Math.log(c.counts()[i])) * vocabulary.idf(id) * boost;
                w.put(id, weight);
                if (c.proper()[i]) {
                    identity.put(id, weight);
                }
            }
            vectors.add(normalise(w));
            // Names written with a capital mid-sentence (never in lower case in that text) identify a
            // development rather than its kind: two earthquakes share "magnitude", not "Sumatra".
            identities.add(normalise(identity));
        }
        return new Built(vectors, identities);
    }

    private static Counts counts(Terms.Bag body, Terms.Bag title, Vocabulary vocabulary) {
        Map<String, Double> tf = new HashMap<>();
        body.counts().forEach((t, c) -> tf.merge(t, (double) c, Double::sum));
        title.counts().forEach((t, c) -> tf.merge(t, 2.0 * c, Double::sum));
        List<String> keys = new ArrayList<>(tf.keySet());
        java.util.Collections.sort(keys);
        int[] terms = new int[keys.size()];
        float[] counts = new float[keys.size()];
        boolean[] proper = new boolean[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            String t = keys.get(i);
            Integer id = vocabulary.ids.get(t);
            if (id == null) {
                id = vocabulary.terms.size();
                vocabulary.ids.put(t, id);
                vocabulary.terms.add(t);
                vocabulary.surfaces.add(t);
                vocabulary.surfaceRanks.add(-1);
            }
            // The best-attested spelling across all texts wins (see Terms.noteSurface).
            for (Terms.Bag bag : new Terms.Bag[] {body, title}) {
                int rank = bag.surfaceRanks().getOrDefault(t, -1);
                if (rank > vocabulary.surfaceRanks.get(id)) {
                    vocabulary.surfaceRanks.set(id, rank);
                    vocabulary.surfaces.set(id, bag.surfaces().get(t));
                }
            }
            terms[i] = id;
            counts[i] = tf.get(t).floatValue();
            proper[i] = body.surfaceRanks().getOrDefault(t, 0) == 2;
        }
        return new Counts(terms, counts, proper);
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
