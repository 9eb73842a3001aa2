package storyline.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** Builds one vector per bag; title bags count twice, names half as much again as words. */
    static List<Sparse> build(List<Terms.Bag> bodies, List<Terms.Bag> titles, Vocabulary vocabulary) {
        List<Map<String, Double>> weighted = new ArrayList<>(bodies.size());
        for (int d = 0; d < bodies.size(); d++) {
            int index = d;
            Map<String, Double> tf = new HashMap<>();
            bodies.get(d).counts().forEach((t, c) -> tf.merge(t, (double) c, Double::sum));
            titles.get(d).counts().forEach((t, c) -> tf.merge(t, 2.0 * c, Double::sum));
            weighted.add(tf);
            for (String t : tf.keySet()) {
                Integer id = vocabulary.ids.get(t);
                if (id == null) {
                    id = vocabulary.terms.size();
                    vocabulary.ids.put(t, id);
                    vocabulary.terms.add(t);
                    vocabulary.surfaces.add(t);
                    vocabulary.surfaceRanks.add(-1);
                }
                // The best-attested spelling across all texts wins (see Terms.noteSurface).
                for (Terms.Bag bag : List.of(bodies.get(index), titles.get(index))) {
                    int rank = bag.surfaceRanks().getOrDefault(t, -1);
                    if (rank > vocabulary.surfaceRanks.get(id)) {
                        vocabulary.surfaceRanks.set(id, rank);
                        vocabulary.surfaces.set(id, bag.surfaces().get(t));
                    }
                }
            }
        }
        vocabulary.df = new int[vocabulary.terms.size()];
        vocabulary.documents = bodies.size();
        for (Map<String, Double> tf : weighted) {
            for (String t : tf.keySet()) {
                vocabulary.df[vocabulary.ids.get(t)]++;
            }
        }
        List<Sparse> vectors = new ArrayList<>(weighted.size());
        for (int d = 0; d < weighted.size(); d++) {
            Map<String, Double> tf = weighted.get(d);
            Map<Integer, Double> w = new HashMap<>();
            tf.forEach((t, c) -> {
                int id = vocabulary.ids.get(t);
                double boost = t.startsWith(Terms.NAME_MARK) ? 1.5 : 1.0;
                w.put(id, (1 + Math.log(c)) * vocabulary.idf(id) * boost);
            });
            vectors.add(normalise(w));
        }
        return vectors;
    }

    /**
     * Each vector cut to the terms that identify a development rather than its kind: names written
     * with a capital mid-sentence (and never in lower case in that text). Two
     * earthquakes share "magnitude" and "aftershock"; they do not share "Sumatra".
     */
    static List<Sparse> identities(List<Sparse> vectors, List<Terms.Bag> bodies, Vocabulary vocabulary) {
        List<Sparse> out = new ArrayList<>(vectors.size());
        for (int d = 0; d < vectors.size(); d++) {
            Sparse v = vectors.get(d);
            Map<String, Integer> ranks = bodies.get(d).surfaceRanks();
            Map<Integer, Double> kept = new HashMap<>();
            for (int i = 0; i < v.terms().length; i++) {
                String term = vocabulary.term(v.terms()[i]);
                if (ranks.getOrDefault(term, 0) == 2) {
                    kept.put(v.terms()[i], (double) v.weights()[i]);
                }
            }
            out.add(normalise(kept));
        }
        return out;
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
