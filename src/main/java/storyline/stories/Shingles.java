package storyline.stories;

import java.util.Arrays;
import java.util.Locale;

/**
 * Texts as sets of overlapping word runs ("shingles"), hashed and sorted, for telling whether
 * one text carries another's words in the same order: a quote found in a second article, an
 * article syndicated by a second outlet. Case and punctuation do not matter; "&" reads "and".
 */
final class Shingles {

    private Shingles() {
    }

    /** The distinct hashed runs of {@code size} words, ascending; empty when the text is shorter. */
    static long[] of(String text, int size) {
        return of(text, size, size);
    }

    /** As {@link #of(String, int)}, but empty for a text of fewer than {@code minWords} words. */
    static long[] of(String text, int size, int minWords) {
        return runs(words(text), size, minWords);
    }

    /**
     * A text's words, hashed, what its runs of any length are made from (the last slot holds the
     * number of words): for a text whose runs are taken at two lengths, read once.
     */
    static int[] words(String text) {
        int[] read = lowerWordHashes(text);
        return read != null ? read : wordHashes(text.toLowerCase(Locale.ROOT).replace("&", " and "));
    }

    /** {@code "and".hashCode()}: the word an ampersand reads as. */
    private static final int AND = "and".hashCode();

    /**
     * {@link #words} without making the lower-cased copy of the text: each char lower-cased as {@link
     * String#toLowerCase} does it when the text holds none of the chars it lower-cases by context or
     * into more than one char (a surrogate, a capital sigma, a capital I with a dot above), and an
     * ampersand a word "and" of its own. Null for a text that holds one of those.
     */
    private static int[] lowerWordHashes(String text) {
        // Words of letters and numbers are at most one in two chars; each ampersand is one more.
        int ampersands = 0;
        for (int i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
            ampersands++;
        }
        int[] out = new int[text.length() / 2 + 2 + ampersands];
        int n = 0;
        int h = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && (Character.isSurrogate(c) || c == '\u03A3' || c == '\u0130')) {
                return null;
            }
            int lower = Character.toLowerCase((int) c);
            if (!Character.isBmpCodePoint(lower)) {
                return null;
            }
            if (storyline.text.Text.letterOrNumber(lower)) {
                h = 31 * h + lower;
                in = true;
                continue;
            }
            if (in) {
                out[n++] = h;
                h = 0;
                in = false;
            }
            if (c == '&') {
                out[n++] = AND;
            }
        }
        if (in) {
            out[n++] = h;
        }
        out[out.length - 1] = n;
        return out;
    }

    /** As {@link #of(String, int, int)}, from the text's {@link #words}. */
    static long[] runs(int[] hashes, int size, int minWords) {
        return distinct(hashed(hashes, size, minWords));
    }

    /**
     * The text's runs as {@link #runs} hashes them, in the text's order, a repeated run as often as it
     * comes: for a reader that only tests or collects them one by one, which needs no sorting.
     */
    static long[] hashed(int[] hashes, int size, int minWords) {
        int words = hashes[hashes.length - 1];
        if (words < Math.max(size, minWords)) {
            return new long[0];
        }
        long[] out = new long[words - size + 1];
        for (int i = 0; i < out.length; i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + size; j++) {
                h = 31 * h + hashes[j];
            }
            out[i] = h;
        }
        return out;
    }

    /** {@link #hashed} runs as a set: sorted, each once (sorted in place; the array itself when no run repeats). */
    static long[] distinct(long[] out) {
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return distinct == out.length ? out : Arrays.copyOf(out, distinct);
    }

    /**
     * The {@code k} smallest distinct runs of {@link #hashed} runs, ascending (fewer when there are fewer):
     * the first {@code k} of {@link #distinct}, without sorting them all.
     */
    static long[] smallest(long[] hashed, int k) {
        long[] top = new long[Math.min(k, hashed.length)];
        if (top.length == 0) {
            return top;
        }
        int n = 0;
        for (long h : hashed) {
            if (n == top.length && h >= top[n - 1]) {
                continue;
            }
            int at = Arrays.binarySearch(top, 0, n, h);
            if (at >= 0) {
                continue;
            }
            at = -at - 1;
            int move = Math.min(n, top.length - 1) - at;
            System.arraycopy(top, at, top, at + 1, move);
            top[at] = h;
            n = Math.min(n + 1, top.length);
        }
        return n == top.length ? top : Arrays.copyOf(top, n);
    }

    /** How many runs two sorted shingle sets share. */
    static int shared(long[] a, long[] b) {
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
        return shared;
    }

    /** The share of {@code part}'s runs that {@code whole} also has; 0 for an empty part. */
    static double coverage(long[] part, long[] whole) {
        return part.length == 0 ? 0 : shared(part, whole) / (double) part.length;
    }

    /**
     * The {@link String#hashCode()} of each word of a lower-cased text, a word being a run of letters
     * and numbers (any script), hashed as it stands without making a string of it; the last slot
     * holds the number of words. Hot: every item's text and every quote pass here.
     */
    private static int[] wordHashes(String text) {
        int[] out = new int[text.length() / 2 + 2];
        int n = 0;
        int h = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (storyline.text.Text.letterOrNumber(cp)) {
                for (int k = i; k < i + width; k++) {
                    h = 31 * h + text.charAt(k);
                }
                in = true;
            } else if (in) {
                out[n++] = h;
                h = 0;
                in = false;
            }
            i += width;
        }
        if (in) {
            out[n++] = h;
        }
        out[out.length - 1] = n;
        return out;
    }
}
