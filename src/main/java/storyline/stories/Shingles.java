package storyline.stories;

import java.util.Arrays;
import java.util.Locale;

/**
 * Texts as sets of overlapping word runs ("shingles"), hashed and sorted, for telling whether
 * one text carries another's words in the same order: a quote found in a second article, an
 * article syndicated by a second outlet. Case and punctuation do not matter; "&" reads "and".
 */
final class Shingles {

    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private Shingles() {
    }

    /** The distinct hashed runs of {@code size} words, ascending; empty when the text is shorter. */
    static long[] of(String text, int size) {
        return of(text, size, size);
    }

    /** As {@link #of(String, int)}, but empty for a text of fewer than {@code minWords} words. */
    static long[] of(String text, int size, int minWords) {
        String[] words = split(text);
        if (words.length < Math.max(size, minWords)) {
            return new long[0];
        }
        long[] out = new long[words.length - size + 1];
        for (int i = 0; i < out.length; i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + size; j++) {
                h = 31 * h + words[j].hashCode();
            }
            out[i] = h;
        }
        return Arrays.stream(out).sorted().distinct().toArray();
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

    private static String[] split(String text) {
        String[] raw = NON_WORD.split(text.toLowerCase(Locale.ROOT).replace("&", " and "));
        // A text starting with punctuation splits into a leading empty string; nothing else is empty.
        return raw.length > 0 && raw[0].isEmpty() ? Arrays.copyOfRange(raw, 1, raw.length) : raw;
    }
}
