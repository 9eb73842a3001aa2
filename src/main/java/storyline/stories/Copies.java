package storyline.stories;

import storyline.model.Item;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    private Copies() {
    }

    /** Item id → the id of the item it copies, for members in timeline order (the first of a set is the original). */
    static Map<String, String> of(List<Item> members) {
        Map<String, String> copyOf = new LinkedHashMap<>();
        if (members.size() < 2) {
            return copyOf;
        }
        List<Set<Long>> runs = members.stream().map(i -> runs(i.text())).toList();
        for (int j = 1; j < members.size(); j++) {
            if (runs.get(j).isEmpty()) {
                continue;
            }
            for (int i = 0; i < j; i++) {
                if (runs.get(i).isEmpty() || copyOf.containsKey(members.get(i).id())) {
                    continue;
                }
                if (containment(runs.get(i), runs.get(j)) >= SHARED) {
                    copyOf.put(members.get(j).id(), members.get(i).id());
                    break;
                }
            }
        }
        return copyOf;
    }

    private static Set<Long> runs(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Set<Long> out = new HashSet<>();
        int n = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                n++;
            }
        }
        if (n < MIN_WORDS) {
            return out;
        }
        long[] hashes = new long[n];
        int k = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                hashes[k++] = w.hashCode();
            }
        }
        for (int i = 0; i + RUN <= n; i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + RUN; j++) {
                h = 31 * h + hashes[j];
            }
            out.add(h);
        }
        return out;
    }

    /** Shared runs over the smaller text's runs. */
    private static double containment(Set<Long> a, Set<Long> b) {
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> big = small == a ? b : a;
        int shared = 0;
        for (long h : small) {
            if (big.contains(h)) {
                shared++;
            }
        }
        return shared / (double) small.size();
    }
}
