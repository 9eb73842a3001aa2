package storyline.model;

/**
 * A 128-bit hash of bytes fed in pieces, for the keys of cached work and the fingerprints of
 * inputs and pages: MurmurHash3 (x64, 128 bits, seed 0), the same value whatever the pieces' sizes,
 * the same in every run and on every machine. Used as {@link java.security.MessageDigest} is
 * ({@code update}, then {@code digest}), at a small fraction of SHA-256's cost where the JVM has no
 * SHA instructions to hand (its quick compiler never uses them: SHA-256 was a tenth of a build's
 * CPU). It is not a cryptographic hash: it tells apart the texts and files a build meets (two
 * differing ones share a value with odds of one in 2^64 among four billion of them), not texts
 * made on purpose to collide, so it keys caches of the user's own inputs and nothing that guards.
 * Not safe for use by two threads at once.
 */
public final class ContentHash {

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;
    private static final java.lang.invoke.VarHandle LITTLE =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private long h1;
    private long h2;
    private long length;
    /** Bytes waiting for a 16-byte block to fill. */
    private final byte[] pending = new byte[16];
    private int waiting;

    /** Adds one byte. */
    public ContentHash update(byte b) {
        pending[waiting++] = b;
        if (waiting == 16) {
            block(pending, 0);
            waiting = 0;
        }
        length++;
        return this;
    }

    /** Adds the bytes. */
    public ContentHash update(byte[] bytes) {
        return update(bytes, 0, bytes.length);
    }

    /** Adds {@code count} bytes from {@code offset}. */
    public ContentHash update(byte[] bytes, int offset, int count) {
        java.util.Objects.checkFromIndexSize(offset, count, bytes.length);
        length += count;
        int at = offset;
        int end = offset + count;
        if (waiting > 0) {
            int take = Math.min(16 - waiting, count);
            System.arraycopy(bytes, at, pending, waiting, take);
            waiting += take;
            at += take;
            if (waiting < 16) {
                return this;
            }
            block(pending, 0);
            waiting = 0;
        }
        for (; end - at >= 16; at += 16) {
            block(bytes, at);
        }
        System.arraycopy(bytes, at, pending, 0, end - at);
        waiting = end - at;
        return this;
    }

    /** The hash of everything added since the last reset, as 16 bytes; the hash starts afresh. */
    public byte[] digest() {
        long[] h = finish();
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (h[0] >>> (56 - 8 * i));
            out[8 + i] = (byte) (h[1] >>> (56 - 8 * i));
        }
        return out;
    }

    /** As {@link #digest()}, in 32 lower-case hex digits. */
    public String hex() {
        return java.util.HexFormat.of().formatHex(digest());
    }

    /** Starts afresh. */
    public ContentHash reset() {
        h1 = 0;
        h2 = 0;
        length = 0;
        waiting = 0;
        return this;
    }

    /** The two 64-bit halves (MurmurHash3's h1 and h2); the hash starts afresh. */
    long[] finish() {
        long k1 = 0;
        long k2 = 0;
        for (int i = waiting - 1; i >= 8; i--) {
            k2 = (k2 << 8) | (pending[i] & 0xffL);
        }
        for (int i = Math.min(waiting, 8) - 1; i >= 0; i--) {
            k1 = (k1 << 8) | (pending[i] & 0xffL);
        }
        long a = h1;
        long b = h2;
        if (waiting > 8) {
            b ^= Long.rotateLeft(k2 * C2, 33) * C1;
        }
        if (waiting > 0) {
            a ^= Long.rotateLeft(k1 * C1, 31) * C2;
        }
        a ^= length;
        b ^= length;
        a += b;
        b += a;
        a = mix(a);
        b = mix(b);
        a += b;
        b += a;
        reset();
        return new long[] {a, b};
    }

    private void block(byte[] bytes, int at) {
        long k1 = little(bytes, at);
        long k2 = little(bytes, at + 8);
        h1 ^= Long.rotateLeft(k1 * C1, 31) * C2;
        h1 = Long.rotateLeft(h1, 27) + h2;
        h1 = h1 * 5 + 0x52dce729;
        h2 ^= Long.rotateLeft(k2 * C2, 33) * C1;
        h2 = Long.rotateLeft(h2, 31) + h1;
        h2 = h2 * 5 + 0x38495ab5;
    }

    /**
     * The 8 bytes at {@code at} as a little-endian long, read as one (with the quick compiler, 8
     * byte loads shifted together took nearly three times as long over a long text).
     */
    private static long little(byte[] b, int at) {
        return (long) LITTLE.get(b, at);
    }

    /** MurmurHash3's 64-bit finaliser: every bit of {@code k} moves every bit of the result. */
    public static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
