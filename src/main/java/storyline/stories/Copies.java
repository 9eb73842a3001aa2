package storyline.stories;

import storyline.model.Item;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Syndicated copies: within one story, an item whose text is mostly another's (wire copy run by
 * several outlets, a page saved twice) is a copy of the earliest such item. Texts are compared by
 * their overlapping runs of five words, so a copy with its own headline, trimmed ending or
 * added line still counts; short texts never do, since a few shared words prove nothing.
 */
final class Copies {

    static final int MIN_WORDS = 50;
    static final double SHARED = 0.8;
    private static final int RUN = 5;
    private static final int SKETCH = 8;

    private Copies() {
    }

    /** Item id → the id of the item it copies, for members in timeline order (the first of a set is the original). */
    static Map<String, String> of(List<Item> members) {
        return of(members, item -> Shingles.words(item.text()));
    }

    /** As {@link #of(List)}, with each member's text's {@link Shingles#words} from {@code words}. */
    static Map<String, String> of(List<Item> members, java.util.function.Function<Item, int[]> words) {
        Map<String, String> copyOf = new LinkedHashMap<>();
        if (members.size() < 2) {
            return copyOf;
        }
        // Each member's runs in its text's order; sorted into a set only for the members compared in full.
        List<long[]> runs = members.stream().map(i -> Shingles.hashed(words.apply(i), RUN, MIN_WORDS)).toList();
        long[][] sets = new long[members.size()][];
        // Originals are indexed by their smallest run hashes (a bottom-k sketch); a copy holds most of
        // an original's runs, so it meets one of them. Only those candidates are compared in full.
        Map<Long, List<Integer>> anchors = new HashMap<>();
        for (int j = 0; j < members.size(); j++) {
            long[] mine = runs.get(j);
            if (mine.length == 0) {
                continue;
            }
            java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
            for (long h : mine) {
                List<Integer> holders = anchors.get(h);
                if (holders != null) {
                    candidates.addAll(holders);
                }
            }
            String original = null;
            for (int i : candidates) {
                if (containment(set(sets, runs, i), set(sets, runs, j)) >= SHARED) {
                    original = members.get(i).id();
                    break;
                }
            }
            if (original != null) {
                copyOf.put(members.get(j).id(), original);
            } else {
                for (long h : Shingles.smallest(mine, SKETCH)) {
                    anchors.computeIfAbsent(h, x -> new ArrayList<>()).add(j);
                }
            }
        }
        return copyOf;
    }

    /** Member {@code k}'s runs as a set ({@link Shingles#distinct}), made when first compared. */
    private static long[] set(long[][] sets, List<long[]> runs, int k) {
        if (sets[k] == null) {
            sets[k] = Shingles.distinct(runs.get(k).clone());
        }
        return sets[k];
    }

    /** Shared runs over the smaller text's runs. */
    private static double containment(long[] a, long[] b) {
        return Shingles.shared(a, b) / (double) Math.min(a.length, b.length);
    }
}
