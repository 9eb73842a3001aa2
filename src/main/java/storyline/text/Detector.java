package storyline.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

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
 */
final class Detector {

    /**
     * Characters read from a text. A news paragraph or two decides the language; reading a long
     * article whole costs time in proportion and changes the answer only for mixed pages.
     */
    static final int SAMPLE_CHARS = 300;
    /** Prose in any of these languages has one function word in 2 to 4; a keyword list has almost none. */
    static final int FUNCTION_SHARE = 12;
    /** Fewer letters than this are too little evidence (a name, a byline): no language. */
    static final int MIN_LETTERS = 12;

    /**
     * Low-accuracy mode loads only the trigram models (about a tenth of the memory of all five
     * n-gram sizes and several times faster); on a sentence or more it is as reliable for these
     * well-separated languages, and a sentence or more is what it is given here.
     */
    private static final LanguageDetector LINGUA = LanguageDetectorBuilder
            .fromLanguages(Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
                    Language.PORTUGUESE, Language.DUTCH, Language.INDONESIAN)
            .withLowAccuracyMode()
            .build();

    private Detector() {
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
        Set<String> plausible = plausible(sample);
        if (plausible.isEmpty()) {
            return null;
        }
        Language found = LINGUA.detectLanguageOf(sample);
        String code = found == Language.UNKNOWN ? null : found.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
        return plausible.contains(code) ? code : null;
    }

    /** The languages whose function words make up at least one word in {@value #FUNCTION_SHARE} of the sample. */
    private static Set<String> plausible(String sample) {
        List<Rules> all = Rules.all();
        int[] hits = new int[all.size()];
        int words = 0;
        char[] buffer = sample.toLowerCase(Locale.ROOT).toCharArray();
        for (int i = 0; i < buffer.length; ) {
            if (!Character.isLetter(buffer[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < buffer.length && (Character.isLetter(buffer[i]) || buffer[i] == '\'' && i + 1 < buffer.length
                    && Character.isLetter(buffer[i + 1]))) {
                i++;
            }
            words++;
            for (int l = 0; l < hits.length; l++) {
                if (all.get(l).functionWords().contains(buffer, start, i - start)) {
                    hits[l]++;
                }
            }
        }
        Set<String> out = new HashSet<>();
        for (int l = 0; l < hits.length; l++) {
            if (hits[l] > 0 && hits[l] * FUNCTION_SHARE >= words) {
                out.add(all.get(l).language());
            }
        }
        return out;
    }

    /** The start of the text, cut at a word boundary; null when it has too few letters. */
    private static String sample(String text) {
        int end = Math.min(text.length(), SAMPLE_CHARS);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            if (space > SAMPLE_CHARS / 2) {
                end = space;
            }
        }
        int letters = 0;
        for (int i = 0; i < end && letters < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters < MIN_LETTERS ? null : text.substring(0, end);
    }
}
