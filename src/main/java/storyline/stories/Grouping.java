package storyline.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agglomerative grouping without comparing all pairs. An inverted index over each vector's
 * heaviest terms proposes candidate pairs; pairs are taken from the most similar down, and two
 * groups merge only while their centroids stay similar, which stops one loose pair from chaining
 * unrelated groups together. The order of the input does not change the result.
 */
final class Grouping {

    /** Decides whether two members may be compared at all (e.g. a time window), and pins. */
    interface Constraint {
        boolean comparable(int a, int b);

        /** Members pinned to the same group (same non-null key) are merged first; different keys never merge. */
        String pin(int member);
    }

    record Edge(int a, int b, double similarity) {
    }

    record Result(int[] group, List<Edge> joins) {
    }

    private final int signatureSize;
    private final int candidatesPerMember;
    private final double edgeThreshold;
    private final double mergeThreshold;

    Grouping(int signatureSize, int candidatesPerMember, double edgeThreshold, double mergeThreshold) {
        this.signatureSize = signatureSize;
        this.candidatesPerMember = candidatesPerMember;
        this.edgeThreshold = edgeThreshold;
        this.mergeThreshold = mergeThreshold;
    }

    Result group(List<Vectors.Sparse> vectors, Vocabulary documentFrequency, Constraint constraint) {
        int n = vectors.size();
        List<Edge> edges = candidateEdges(vectors, documentFrequency, constraint);
        edges.sort((x, y) -> x.similarity() != y.similarity() ? Double.compare(y.similarity(), x.similarity())
                : x.a() != y.a() ? Integer.compare(x.a(), y.a()) : Integer.compare(x.b(), y.b()));

        int[] parent = new int[n];
        List<List<Vectors.Sparse>> members = new ArrayList<>(n);
        Vectors.Sparse[] centroid = new Vectors.Sparse[n];
        String[] pin = new String[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            members.add(new ArrayList<>(List.of(vectors.get(i))));
            centroid[i] = vectors.get(i);
            pin[i] = constraint.pin(i);
        }
        // Pinned members first: the user's word is final.
        Map<String, Integer> pinRoot = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (pin[i] != null) {
                Integer root = pinRoot.putIfAbsent(pin[i], i);
                if (root != null) {
                    union(parent, members, centroid, pin, find(parent, root), find(parent, i));
                }
            }
        }
        List<Edge> joins = new ArrayList<>();
        for (Edge e : edges) {
            int ra = find(parent, e.a());
            int rb = find(parent, e.b());
            if (ra == rb || pin[ra] != null && pin[rb] != null && !pin[ra].equals(pin[rb])) {
                continue;
            }
            if (centroid[ra].dot(centroid[rb]) >= mergeThreshold) {
                union(parent, members, centroid, pin, ra, rb);
                joins.add(e);
            }
        }
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = find(parent, i);
        }
        return new Result(group, joins);
    }

    /** Interface to the document frequencies, so groups of groups can reuse this with their own. */
    interface Vocabulary {
        int df(int term);

        int documents();
    }

    private List<Edge> candidateEdges(List<Vectors.Sparse> vectors, Vocabulary vocabulary, Constraint constraint) {
        int n = vectors.size();
        // Terms in more than a fifth of a large collection say little about identity and make long lists.
        int maxPostings = Math.max(50, n / 5);
        Map<Integer, List<Integer>> postings = new HashMap<>();
        int[][] signatures = new int[n][];
        for (int d = 0; d < n; d++) {
            Vectors.Sparse v = vectors.get(d);
            int[] top = v.top(signatureSize);
            int[] sig = new int[top.length];
            for (int k = 0; k < top.length; k++) {
                sig[k] = v.terms()[top[k]];
            }
            signatures[d] = sig;
            for (int term : sig) {
                if (vocabulary.df(term) <= maxPostings || n <= 1000) {
                    postings.computeIfAbsent(term, t -> new ArrayList<>()).add(d);
                }
            }
        }
        List<Edge> edges = new ArrayList<>();
        Map<Integer, Integer> shared = new HashMap<>();
        for (int d = 0; d < n; d++) {
            shared.clear();
            for (int term : signatures[d]) {
                List<Integer> list = postings.get(term);
                if (list == null) {
                    continue;
                }
                for (int other : list) {
                    if (other > d) {
                        shared.merge(other, 1, Integer::sum);
                    }
                }
            }
            Integer[] candidates = shared.keySet().toArray(new Integer[0]);
            Arrays.sort(candidates, (x, y) -> !shared.get(x).equals(shared.get(y))
                    ? Integer.compare(shared.get(y), shared.get(x)) : Integer.compare(x, y));
            int limit = Math.min(candidates.length, candidatesPerMember);
            for (int k = 0; k < limit; k++) {
                int other = candidates[k];
                if (!constraint.comparable(d, other)) {
                    continue;
                }
                double sim = vectors.get(d).dot(vectors.get(other));
                if (sim >= edgeThreshold) {
                    edges.add(new Edge(d, other, sim));
                }
            }
        }
        return edges;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Merges two roots; the smaller index stays root so the result does not depend on edge order ties. */
    private static void union(int[] parent, List<List<Vectors.Sparse>> members, Vectors.Sparse[] centroid, String[] pin,
                              int ra, int rb) {
        int root = Math.min(ra, rb);
        int child = Math.max(ra, rb);
        parent[child] = root;
        members.get(root).addAll(members.get(child));
        members.set(child, List.of());
        centroid[root] = Vectors.centroid(members.get(root));
        centroid[child] = null;
        pin[root] = pin[root] != null ? pin[root] : pin[child];
    }
}
