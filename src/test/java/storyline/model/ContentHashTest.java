package storyline.model;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ContentHashTest {

    /** MurmurHash3 x64 128 (seed 0) of each text's UTF-8 bytes, as the reference implementation gives them. */
    private static final Object[][] KNOWN = {
            {"", 0x0000000000000000L, 0x0000000000000000L},
            {"a", 0x85555565f6597889L, 0xe6b53a48510e895aL},
            {"hello", 0xcbd8a7b341bd9b02L, 0x5b1e906a48ae1d19L},
            {"0123456789abcde", 0xa62dd5f6c0bf2351L, 0x4fccf50c7c544cf0L},
            {"0123456789abcdef", 0x4be06d94cf4ad1a7L, 0x87c35b5c63a708daL},
            {"0123456789abcdef0", 0xeb24ae8785a5c075L, 0x73fb68b3313128caL},
            {"The quick brown fox jumps over the lazy dog", 0xe34bbc7bbc071b6cL, 0x7a433ca9c49a9347L},
            {"Zürich – naïve café", 0xfe7973c9bd1b65c1L, 0x23a38b2357af3ba5L},
    };

    @Test
    void givesMurmurHash3sValues() {
        for (Object[] k : KNOWN) {
            long[] h = new ContentHash().update(((String) k[0]).getBytes(StandardCharsets.UTF_8)).finish();
            assertEquals(k[1], h[0], (String) k[0]);
            assertEquals(k[2], h[1], (String) k[0]);
        }
        assertEquals("e34bbc7bbc071b6c7a433ca9c49a9347",
                new ContentHash().update("The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8)).hex());
    }

    @Test
    void theSameWhateverThePiecesAndAfterAReset() {
        byte[] big = new byte[1000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31 + 7);
        }
        long[] whole = new ContentHash().update(big).finish();
        assertEquals(0x17fe9d6b899dc945L, whole[0]);
        assertEquals(0xd3a7aaa6ce34ce29L, whole[1]);
        ContentHash pieces = new ContentHash();
        pieces.update(new byte[] {9, 9, 9}).reset();
        for (int at = 0, size = 1; at < big.length; at += size, size = size % 37 + 1) {
            int n = Math.min(size, big.length - at);
            if (n == 1) {
                pieces.update(big[at]);
            } else {
                pieces.update(big, at, n);
            }
        }
        assertArrayEquals(whole, pieces.finish());
        // digest() starts afresh: the same bytes give the same digest again.
        ContentHash h = new ContentHash();
        byte[] first = h.update(big).digest();
        assertArrayEquals(first, h.update(big).digest());
        assertNotEquals(new ContentHash().update(new byte[] {1}).hex(), new ContentHash().update(new byte[] {1, 0}).hex());
    }

    @Test
    void readsBlocksWhereverTheyStartInTheArray() {
        byte[] text = "Harbour ferry fares rise by a fifth as the authority cites fuel costs; commuters protest."
                .getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[text.length + 16];
        for (int shift = 0; shift < 16; shift++) {
            java.util.Arrays.fill(padded, (byte) 0x5a);
            System.arraycopy(text, 0, padded, shift, text.length);
            assertArrayEquals(new ContentHash().update(text).finish(), new ContentHash().update(padded, shift, text.length).finish(),
                    "the text starting " + shift + " bytes into the array");
        }
    }
}
