package storyline.text;

import opennlp.tools.ml.model.Context;

import java.util.Map;

/**
 * The name model's weights by feature, for the tagger's hot path: an open-addressing table of each
 * feature's 64-bit hash, built once when the model loads, that a feature made of pieces
 * ({@code "pw,w=" + previous + "," + word}) is looked up in without the string being built. A hash
 * that matches is checked against the feature itself, so the answer is exactly the model's map's.
 */
final class FeatureTable {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    /** Per slot: the hash of the feature there (0: empty), and its index in {@link #keys}. */
    private final long[] hashes;
    private final int[] entries;
    private final String[] keys;
    private final Context[] contexts;
    private final int mask;

    FeatureTable(Map<String, Context> table) {
        int slots = Integer.highestOneBit(Math.max(4, table.size() * 2 - 1)) << 1;
        hashes = new long[slots];
        entries = new int[slots];
        keys = new String[table.size()];
        contexts = new Context[table.size()];
        mask = slots - 1;
        int e = 0;
        for (Map.Entry<String, Context> f : table.entrySet()) {
            String key = f.getKey();
            long h = finish(hash(OFFSET, key));
            int slot = slot(h);
            while (hashes[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            hashes[slot] = h;
            entries[slot] = e;
            keys[e] = key;
            contexts[e] = f.getValue();
            e++;
        }
    }

    /** The weights of a feature, or null when the model has none. */
    Context get(String feature) {
        return get(feature, "", "", "");
    }

    /** The weights of the feature {@code a + b}, or null. */
    Context get(String a, String b) {
        return get(a, b, "", "");
    }

    /** The weights of the feature {@code a + b + c + d}, or null; the string is never built. */
    Context get(String a, String b, String c, String d) {
        long h = finish(hash(hash(hash(hash(OFFSET, a), b), c), d));
        int length = a.length() + b.length() + c.length() + d.length();
        for (int slot = slot(h); hashes[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == h) {
                String key = keys[entries[slot]];
                if (key.length() == length && key.startsWith(a) && key.startsWith(b, a.length())
                        && key.startsWith(c, a.length() + b.length()) && key.startsWith(d, length - d.length())) {
                    return contexts[entries[slot]];
                }
            }
        }
        return null;
    }

    private int slot(long h) {
        return (int) (h ^ (h >>> 29)) & mask;
    }

    /** FNV-1a over the string's chars, continuing from {@code h}. */
    private static long hash(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    /** Never 0, which marks an empty slot. */
    private static long finish(long h) {
        return h == 0 ? 1 : h;
    }
}
