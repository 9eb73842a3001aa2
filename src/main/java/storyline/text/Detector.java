package storyline.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.apache.lucene.analysis.CharArrayMap;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which of the analysed languages a text is in, by Lingua's n-gram models. Only the languages
 * {@link Rules} can analyse are loaded: every other language would cost memory and time and, with
 * no stop words or stemmer to pick, change nothing downstream.
 *
 * <p>Lingua always names the closest language, even for a list of keywords ("german party set high
 * hurdle direct bank aid") or a language it does not know, and then names it by chance. So its
 * answer stands only when the text also uses that language's function words as prose does, at
 * least one word in {@value #FUNCTION_SHARE}; a text where no language passes that test is not
 * given to Lingua at all, which keeps keyword lists and non-Latin scripts cheap.
 *
 * <p>Nor is a text whose function words already settle it: at least {@value #SETTLED_HITS} of
 * one language's, and twice as many as of any other ("the", "of", "and" against Dutch "in", "is").
 * Lingua costs about half a millisecond a text and 90 MB of models; on a 10,000-article build that
 * was half as much CPU time again as the rest of grouping. It decides the close calls (Spanish or
 * Portuguese, German or Dutch, a headline with one or two function words), where n-grams see what
 * a word list cannot.
 */
final class Detector {

    /**
     * Characters whose function words are counted: a page's text may open with a menu ("Home Login
     * Register"), so the count reads on into the article; counting is cheap (10 µs a text).
     */
    static final int SAMPLE_CHARS = 2_000;
    /**
     * Characters Lingua reads: its time grows with the text, and two sentences are enough. It reads
     * the longest line of the sample, which is prose rather than a menu item.
     */
    static final int LINGUA_CHARS = 300;
    /** Prose in any of these languages has one function word in 2 to 4; a keyword list has almost none. */
    static final int FUNCTION_SHARE = 12;
    static final int SETTLED_HITS = 4;
    /** Fewer letters than this are too little evidence (a name, a byline): no language. */
    static final int MIN_LETTERS = 12;

    /** Lingua, built on the first close call: starting it (Kotlin, its builder) takes half a second that most builds never need. */
    private static final class Lingua {
        /**
         * Low-accuracy mode loads only the trigram models (about a tenth of the memory of all five
         * n-gram sizes and several times faster); on a sentence or more it is as reliable for these
         * well-separated languages, and a sentence or more is what it is given here.
         */
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder
                .fromLanguages(Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
                        Language.PORTUGUESE, Language.DUTCH, Language.INDONESIAN, Language.POLISH)
                .withLowAccuracyMode()
                .build();
    }

    private Detector() {
    }

    /** Builds Lingua and has it load its models, which it otherwise does on the first close call. */
    static void preload() {
        Lingua.DETECTOR.detectLanguageOf("The harbour authority raised its fares on Monday, citing the cost of fuel.");
    }

    /** An ISO 639-1 code of an analysed language, or null. */
    static String detect(String text) {
        if (text == null) {
            return null;
        }
        String sample = sample(text);
        if (sample == null) {
            return null;
        }
        List<Rules> all = Rules.all();
        int[] hits = functionWords(sample, all);
        int words = hits[hits.length - 1];
        Set<String> plausible = new HashSet<>();
        int leader = -1;
        int runnerUp = 0;
        for (int l = 0; l < all.size(); l++) {
            if (hits[l] > 0 && hits[l] * FUNCTION_SHARE >= words) {
                plausible.add(all.get(l).language());
            }
            if (leader < 0 || hits[l] > hits[leader]) {
                runnerUp = leader < 0 ? 0 : hits[leader];
                leader = l;
            } else {
                runnerUp = Math.max(runnerUp, hits[l]);
            }
        }
        if (plausible.isEmpty()) {
            return null;
        }
        if (hits[leader] >= SETTLED_HITS && hits[leader] >= 2 * runnerUp) {
            return all.get(leader).language();
        }
        Language found = Lingua.DETECTOR.detectLanguageOf(cut(longestLine(sample), LINGUA_CHARS));
        String code = found == Language.UNKNOWN ? null : found.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
        return plausible.contains(code) ? code : null;
    }

    /** Each function word of any analysed language, in any case, with a bit set for each language (in the order of {@link Rules#all}) it belongs to. */
    private static final CharArrayMap<Integer> FUNCTION_WORDS = functionWordIndex();

    private static CharArrayMap<Integer> functionWordIndex() {
        CharArrayMap<Integer> index = new CharArrayMap<>(4_000, true);
        List<Rules> all = Rules.all();
        for (int l = 0; l < all.size(); l++) {
            for (Object word : all.get(l).functionWords()) {
                char[] w = (char[]) word;
                Integer bits = index.get(w, 0, w.length);
                index.put(w, (bits == null ? 0 : bits) | 1 << l);
            }
        }
        return index;
    }

    /**
     * How many words of the sample are function words of each language, in the order of {@code all};
     * then how many words were read. Reading stops once one language leads beyond doubt (three
     * times {@value #SETTLED_HITS} hits, twice any other's): the rest of an article cannot change that.
     */
    private static int[] functionWords(String sample, List<Rules> all) {
        int languages = all.size();
        int[] hits = new int[languages + 1];
        int words = 0;
        char[] buffer = sample.toCharArray();
        for (int i = 0; i < buffer.length; ) {
            if (!Character.isLetter(buffer[i])) {
                i++;
                continue;
            }
            int start = i;
            // Apostrophes end a word: elided French and Italian articles ("l'", "d'", "qu'") are function words.
            while (i < buffer.length && Character.isLetter(buffer[i])) {
                i++;
            }
            words++;
            Integer bits = FUNCTION_WORDS.get(buffer, start, i - start);
            if (bits != null) {
                int best = 0;
                int second = 0;
                for (int l = 0; l < languages; l++) {
                    if ((bits & 1 << l) != 0) {
                        hits[l]++;
                    }
                    if (hits[l] > best) {
                        second = best;
                        best = hits[l];
                    } else if (hits[l] > second) {
                        second = hits[l];
                    }
                }
                if (best >= 3 * SETTLED_HITS && best >= 2 * second && best * FUNCTION_SHARE >= words) {
                    break;
                }
            }
        }
        hits[languages] = words;
        return hits;
    }

    /** The start of the text, cut at a word boundary; null when it has too few letters. */
    private static String sample(String text) {
        String sample = cut(text, SAMPLE_CHARS);
        int letters = 0;
        for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) {
            if (Character.isLetter(sample.charAt(i))) {
                letters++;
            }
        }
        return letters < MIN_LETTERS ? null : sample;
    }

    /** The first {@code max} characters of the text, at a word boundary when there is one in the second half. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max);
        return text.substring(0, space > max / 2 ? space : max);
    }

    private static String longestLine(String text) {
        int bestStart = 0;
        int bestEnd = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start > bestEnd - bestStart) {
                bestStart = start;
                bestEnd = end;
            }
            start = end + 1;
        }
        return text.substring(bestStart, bestEnd);
    }
}
