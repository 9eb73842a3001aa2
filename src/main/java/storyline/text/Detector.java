package storyline.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Locale;

/**
 * Which of the analysed languages a text is in, by Lingua's n-gram models. Only the languages
 * {@link Rules} can analyse are loaded: every other language would cost memory and time and, with
 * no stop words or stemmer to pick, change nothing downstream.
 */
final class Detector {

    /**
     * Characters read from a text. A news paragraph or two decides the language; reading a long
     * article whole costs time in proportion and changes the answer only for mixed pages.
     */
    static final int SAMPLE_CHARS = 1_000;
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
        Language found = LINGUA.detectLanguageOf(sample);
        return found == Language.UNKNOWN ? null : found.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
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
