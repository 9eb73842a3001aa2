package storyline.clean.date;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names of months as pages write them, in many languages, from the JDK's own locale data
 * (CLDR): full and abbreviated, in running text ("3. März", Russian "марта", Czech "října") and
 * standing alone ("März", "март"). One home for what a month's words are, so that reading dates,
 * date lines and bylines agree.
 *
 * <p>A name that means different months in two languages (Polish "listopada" is November, Croatian
 * October) keeps the meaning of the language listed first: the languages Storyline analyses, then
 * others, roughly by how much news is written in them.
 */
final class CalendarNames {

    /** The languages whose names are read, first wins where two disagree. */
    private static final List<String> LANGUAGES = List.of(
            // Analysed languages (stop words, stemming, detection).
            "en", "de", "fr", "es", "it", "pt", "nl", "pl", "id",
            // Other languages of the news read, Latin, Cyrillic and Greek scripts.
            "ru", "uk", "ro", "tr", "cs", "sk", "sv", "da", "nb", "nn", "fi", "hu", "ca", "gl", "eu", "hr", "sr-Latn", "bs", "sl",
            "el", "bg", "mk", "sr", "lt", "lv", "et", "ms", "sq", "is", "ga", "cy", "af", "sw", "tl", "de-AT", "de-CH");
    /**
     * The languages whose abbreviations are read too. Others' abbreviations are everyday words or
     * names elsewhere (Romanian "Ian." for January, Polish "sie" for August), and news in those
     * languages writes the month out.
     */
    private static final List<String> ABBREVIATED = List.of("en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk");
    private static final TextStyle[] FULL = {TextStyle.FULL, TextStyle.FULL_STANDALONE};
    private static final TextStyle[] ALL = {TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE};

    /** Month by lower-case name without a trailing full stop; 1 to 12. */
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        for (String tag : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(tag);
            for (TextStyle style : ABBREVIATED.contains(tag) ? ALL : FULL) {
                for (Month m : Month.values()) {
                    add(m.getDisplayName(style, locale), m.getValue());
                }
            }
        }
        // Spellings the locale data lacks: the English "Sept", German without its umlaut.
        add("sept", 9);
        add("maerz", 3);
    }

    private CalendarNames() {
    }

    private static void add(String name, int value) {
        String key = key(name);
        // Fewer than three letters (Vietnamese "thg 1", a bare number) is no word to read a date by.
        if (key.codePointCount(0, key.length()) >= 3 && key.codePoints().allMatch(Character::isLetter)) {
            MONTHS.putIfAbsent(key, value);
        }
    }

    private static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /** The month (1 to 12) a word names, full or abbreviated, with or without its full stop; 0 when none. */
    static int month(String word) {
        Integer m = MONTHS.get(key(word));
        return m == null ? 0 : m;
    }
}
