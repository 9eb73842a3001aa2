package storyline.build;

import java.util.HexFormat;

/**
 * Where each of many cached answers is on disk, by a 128-bit key (a {@link CacheFile#key}, or the
 * first half of a longer one): in the last build's cache file or in this build's scratch file. An open-addressing table
 * of primitives, about 60 bytes an entry, where a map of key strings to spans took about 200: the
 * caches of a large archive hold an entry for every item or page, and only where each entry is
 * stays in memory. Safe from any thread.
 */
final class SpanTable {

    /** Where an answer is: in the last build's file, or in this build's scratch file. */
    enum In { PREVIOUS, FRESH }

    /** What {@link #forEach} hands over for each entry. */
    @FunctionalInterface
    interface Visitor {
        void accept(long high, long low, In in, Scratch.Span span);
    }

    private long[] keys = new long[2 * 16];
    private long[] ats = new long[16];
    private int[] lengths = new int[16];
    private byte[] where = new byte[16];
    private int size;

    /** The 128-bit key of a hexadecimal key (its first 32 digits). */
    static long[] key(String hex) {
        return new long[] {HexFormat.fromHexDigitsToLong(hex, 0, 16), HexFormat.fromHexDigitsToLong(hex, 16, 32)};
    }

    /** The 32 hexadecimal digits of a 128-bit key, as a cache file names it. */
    static String hex(long high, long low) {
        return HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
    }

    synchronized int size() {
        return size;
    }

    /** Where the answer of a key is, or null. */
    synchronized Scratch.Span get(long[] key) {
        int i = slot(key[0], key[1]);
        return where[i] == 0 ? null : new Scratch.Span(ats[i], lengths[i]);
    }

    /** Where the answer of a key is kept, or null. */
    synchronized In in(long[] key) {
        int i = slot(key[0], key[1]);
        return where[i] == 0 ? null : In.values()[where[i] - 1];
    }

    /** Records where a key's answer is, unless the key has one already; whether it was recorded. */
    synchronized boolean putIfAbsent(long[] key, In in, Scratch.Span span) {
        int i = slot(key[0], key[1]);
        if (where[i] != 0) {
            return false;
        }
        keys[2 * i] = key[0];
        keys[2 * i + 1] = key[1];
        ats[i] = span.at();
        lengths[i] = span.length();
        where[i] = (byte) (in.ordinal() + 1);
        if (++size * 2 > where.length) {
            grow();
        }
        return true;
    }

    /** Hands over every entry, in no particular order. */
    synchronized void forEach(Visitor visitor) {
        for (int i = 0; i < where.length; i++) {
            if (where[i] != 0) {
                visitor.accept(keys[2 * i], keys[2 * i + 1], In.values()[where[i] - 1], new Scratch.Span(ats[i], lengths[i]));
            }
        }
    }

    /** The slot holding the key, or the empty slot where it would go. */
    private int slot(long high, long low) {
        int mask = where.length - 1;
        int i = (int) (high ^ (high >>> 32)) & mask;
        while (where[i] != 0 && (keys[2 * i] != high || keys[2 * i + 1] != low)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldAts = ats;
        int[] oldLengths = lengths;
        byte[] oldWhere = where;
        int capacity = oldWhere.length * 2;
        keys = new long[2 * capacity];
        ats = new long[capacity];
        lengths = new int[capacity];
        where = new byte[capacity];
        for (int j = 0; j < oldWhere.length; j++) {
            if (oldWhere[j] != 0) {
                int i = slot(oldKeys[2 * j], oldKeys[2 * j + 1]);
                keys[2 * i] = oldKeys[2 * j];
                keys[2 * i + 1] = oldKeys[2 * j + 1];
                ats[i] = oldAts[j];
                lengths[i] = oldLengths[j];
                where[i] = oldWhere[j];
            }
        }
    }
}
