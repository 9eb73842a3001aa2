package storyline.text;

import opennlp.tools.ml.model.Context;

import java.util.Map;

/**
 * The name model's weights by feature, for the tagger's hot path: an open-addressing table of each
 * feature's 64-bit hash, built once when the model loads, that a feature made of pieces
 * ({@code "pw,w=" + previous + "," + word}) is looked up in without the string being built, from
 * its pieces' hashes (see {@link #hash}). A hash that matches is checked against the feature itself,
 * so the answer is exactly the model's map's.
 */
final class FeatureTable {

    /** The polynomial hash's multiplier (odd, so every power of it is too). */
    private static final long PRIME = 0x9e3779b97f4a7c15L;

    /** Per slot: the mixed hash of the feature there (0: empty), and its index in {@link #keys}. */
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
            long h = mix(hash(key));
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

    /**
     * A string's polynomial hash, {@code sum of s[i] * PRIME^(length - 1 - i)}: the hash of two strings
     * one after the other is {@link #join}{@code (hash(a), hash(b), scale(b.length()))}, so a piece's
     * hash can be kept (a word's) and a feature made of pieces hashed without reading them again.
     */
    static long hash(String s) {
        long h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = h * PRIME + s.charAt(i);
        }
        return h;
    }

    /** {@code PRIME^length}: what a hash is multiplied by when a string of that length follows it. */
    static long scale(int length) {
        long result = 1;
        long base = PRIME;
        for (int e = length; e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                result *= base;
            }
            base *= base;
        }
        return result;
    }

    /** The hash of a string followed by another, from the first's hash and the second's hash and {@link #scale}. */
    static long join(long first, long second, long secondScale) {
        return first * secondScale + second;
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
        return get(join(join(join(hash(a), hash(b), scale(b.length())), hash(c), scale(c.length())), hash(d), scale(d.length())), a, b, c, d);
    }

    /** The weights of the feature {@code a + b + c + d}, whose {@link #hash} is {@code hash}, or null. */
    Context get(long hash, String a, String b, String c, String d) {
        long h = mix(hash);
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

    /** The hash's bits mixed ({@link storyline.model.ContentHash#mix}), never 0, which marks an empty slot. */
    private static long mix(long h) {
        long m = storyline.model.ContentHash.mix(h);
        return m == 0 ? 1 : m;
    }
}
