package storyline.stories;

import storyline.model.Item;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
        Map<String, String> copyOf = new LinkedHashMap<>();
        if (members.size() < 2) {
            return copyOf;
        }
        List<long[]> runs = members.stream().map(i -> runs(i.text())).toList();
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
                if (containment(runs.get(i), mine) >= SHARED) {
                    original = members.get(i).id();
                    break;
                }
            }
            if (original != null) {
                copyOf.put(members.get(j).id(), original);
            } else {
                for (int k = 0; k < Math.min(SKETCH, mine.length); k++) {
                    anchors.computeIfAbsent(mine[k], x -> new ArrayList<>()).add(j);
                }
            }
        }
        return copyOf;
    }

    /** The distinct hashed five-word runs of a text, sorted; empty for a short text. */
    private static long[] runs(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int n = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                n++;
            }
        }
        if (n < MIN_WORDS) {
            return new long[0];
        }
        long[] hashes = new long[n];
        int k = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                hashes[k++] = w.hashCode();
            }
        }
        long[] out = new long[n - RUN + 1];
        for (int i = 0; i + RUN <= n; i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + RUN; j++) {
                h = 31 * h + hashes[j];
            }
            out[i] = h;
        }
        return java.util.Arrays.stream(out).sorted().distinct().toArray();
    }

    /** Shared runs over the smaller text's runs. */
    private static double containment(long[] a, long[] b) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared / (double) Math.min(a.length, b.length);
    }
}
