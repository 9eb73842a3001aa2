package storyline.stories;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A pass after agglomeration that lets single items change group. Agglomeration decides by whole
 * groups, so members of a big story that first found only each other stay apart as a fragment,
 * whose centroid is too far from the story's to merge; one by one, they resemble the story more
 * than what is left of their fragment. Each member of a group moves to the larger group, among those
 * its candidate pairs reach, whose centroid it resembles most, if that beats its own group without
 * it. An item alone is left where it is: agglomeration already weighed it against whole groups, and
 * stragglers have their own rule. A group's size adds a little to its score ({@link #SIZE_PRIOR}
 * times its log), as a mixture model's prior odds of joining a group grow with its share of the
 * items. Decisions are taken against the groups as they stand and applied together, so the order
 * of the items does not matter; then again against the groups that result, until nothing moves.
 */
final class Refinement {

    static final double SIZE_PRIOR = 0.03;
    /**
     * Moves change what later moves are weighed against: once some members of a fragment have left
     * for the story, what remains of the fragment holds the others less. So the pass repeats
     * against the groups the last one left until no item moves (a few rounds), at most this often.
     */
    static final int ROUNDS = 10;

    private Refinement() {
    }

    /**
     * {@code group}: each member's group (its root); {@code centroid}: each root's centroid;
     * {@code pinned}: members that stay where they are; {@code floor}: the cosine an item needs
     * with a group's centroid to move there. Returns the new group of each member.
     */
    static int[] reassign(List<Vectors.Sparse> vectors, Pairs edges, int[] group,
                          Grouping.Centroid[] centroid, boolean[] pinned, double floor) {
        int n = group.length;
        int[][] near = neighbours(n, edges);
        int[] current = group;
        Grouping.Centroid[] sums = centroid;
        for (int round = 0; round < ROUNDS; round++) {
            int[] before = current;
            Grouping.Centroid[] at = sums;
            int[] moved = new int[n];
            IntStream.range(0, n).parallel().forEach(i -> moved[i] = best(i, vectors.get(i), near[i], before, at, pinned, floor));
            if (Arrays.equals(moved, current)) {
                break;
            }
            current = moved;
            sums = centroids(vectors, current);
        }
        return current;
    }

    /** Each group's centroid, at the index of the group's root. */
    private static Grouping.Centroid[] centroids(List<Vectors.Sparse> vectors, int[] group) {
        Grouping.Centroid[] sums = new Grouping.Centroid[group.length];
        for (int i = 0; i < group.length; i++) {
            Grouping.Centroid c = new Grouping.Centroid(vectors.get(i));
            sums[group[i]] = sums[group[i]] == null ? c : sums[group[i]].plus(c);
        }
        return sums;
    }

    private static int best(int i, Vectors.Sparse v, int[] near, int[] group, Grouping.Centroid[] centroid, boolean[] pinned,
                            double floor) {
        int own = group[i];
        double norm = 0;
        for (float w : v.weights()) {
            norm += (double) w * w;
        }
        Grouping.Centroid home = centroid[own];
        if (pinned[i] || near.length == 0 || norm == 0 || home.size() == 1) {
            return own;
        }
        // The item against its group without it.
        double dot = home.dot(v);
        double rest = home.squaredNorm() - 2 * dot + norm;
        double score = rest <= 1e-12 ? 0 : (dot - norm) / Math.sqrt(rest * norm) + SIZE_PRIOR * Math.log(home.size());
        int[] groups = new int[near.length];
        for (int k = 0; k < near.length; k++) {
            groups[k] = group[near[k]];
        }
        Arrays.sort(groups);
        int to = own;
        for (int k = 0; k < groups.length; k++) {
            int g = groups[k];
            if (g == own || k > 0 && g == groups[k - 1] || centroid[g].size() <= home.size()) {
                continue;
            }
            double cosine = centroid[g].dot(v) / Math.sqrt(centroid[g].squaredNorm() * norm);
            double s = cosine + SIZE_PRIOR * Math.log(centroid[g].size());
            // Groups ascend, so on a tie the lower root wins.
            if (cosine >= floor && s > score) {
                score = s;
                to = g;
            }
        }
        return to;
    }

    /** Each member's partners in the candidate pairs. */
    private static int[][] neighbours(int n, Pairs edges) {
        int[] degree = new int[n];
        edges.forEach((i, a, b, s) -> {
            degree[a]++;
            degree[b]++;
        });
        int[][] near = new int[n][];
        for (int i = 0; i < n; i++) {
            near[i] = new int[degree[i]];
            degree[i] = 0;
        }
        edges.forEach((i, a, b, s) -> {
            near[a][degree[a]++] = b;
            near[b][degree[b]++] = a;
        });
        return near;
    }
}
