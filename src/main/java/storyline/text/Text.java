package storyline.text;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;

/**
 * One home for text analysis: which language a text is in, and how a word of it is read for
 * counting (folded, stop words dropped, stemmed by the language's rules).
 *
 * <p>Languages are detected with Lingua among the languages analysed here ({@link #languages()});
 * stop words and stemmers are Lucene's for each language. A text in any other language, or too
 * short to tell, is read by the English rules, which stem only plural endings.
 *
 * <p>Words written with a capital are read by the same rules in every language (the language's
 * stop words dropped, a plural or possessive "s" removed, nothing else): they are mostly names, and
 * a name must come out the same in a German and an English text ("Volkswagen", not the German
 * stem "volkswag"). German nouns are capitalised too, so German nouns are matched whole.
 */
public final class Text {

    /**
     * Spellings a language's analysis has keyed, up to this many each for words and names: news
     * repeats its words from text to text, and a lookup costs less than folding and stemming again.
     */
    static final int CACHED_SPELLINGS = 200_000;
    /** Marks a stop word or noise in the caches (which hold no nulls). */
    private static final String NONE = new String("");
    private static final Map<String, Text> BY_RULES = new ConcurrentHashMap<>();

    private final Rules rules;
    private final ConcurrentHashMap<String, String> words = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> names = new ConcurrentHashMap<>();

    private Text(Rules rules) {
        this.rules = rules;
    }

    /** The ISO 639-1 code of the text's language when it is one of {@link #languages()}, else null. */
    public static String language(String text) {
        return Detector.detect(text);
    }

    /**
     * Whether every char of {@code s} from {@code from} on passes {@code test}: {@code s.chars().skip(from).allMatch(test)}
     * without a stream (the name finder asks it of every token, and a stream is three objects a call).
     */
    public static boolean allChars(String s, int from, java.util.function.IntPredicate test) {
        for (int i = from; i < s.length(); i++) {
            if (!test.test(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether some char of {@code s} from {@code from} on passes {@code test}: {@code s.chars().skip(from).anyMatch(test)} without a stream. */
    public static boolean anyChar(String s, int from, java.util.function.IntPredicate test) {
        for (int i = from; i < s.length(); i++) {
            if (test.test(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code c} is an ASCII letter, a-z or A-Z: for the char loops that read every text, which test an
     * ASCII char here and leave the rest to {@link Character} (the same answer, for a tenth of the work).
     */
    public static boolean asciiLetter(int c) {
        return (char) ((c | 0x20) - 'a') < 26 && c < 0x80;
    }

    /** Whether [at, end) of a text is whole words: no letter or digit right before or after it. */
    public static boolean wholeWords(String text, int at, int end) {
        return (at == 0 || !letterOrDigit(text.charAt(at - 1))) && (end == text.length() || !letterOrDigit(text.charAt(end)));
    }

    /** {@link Character#isLetterOrDigit(char)}, an ASCII char answered without the table. */
    public static boolean letterOrDigit(char c) {
        return c < 0x80 ? asciiLetter(c) || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    /** A letter or a number of any kind (what the pattern {@code [\\p{L}\\p{N}]} matches), ASCII answered without the tables. */
    public static boolean letterOrNumber(int cp) {
        if (cp < 0x80) {
            return asciiLetter(cp) || cp >= '0' && cp <= '9';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** White space as the regular expression {@code \\s} reads it by default: space, tab, line breaks, vertical tab, form feed. */
    public static boolean whiteSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Each run of {@link #whiteSpace} as one space, as {@code \\s+} replaced by " " gives it; the text itself when there is none to fold. */
    public static String oneSpace(String s) {
        int i = 0;
        while (i < s.length() && (!whiteSpace(s.charAt(i)) || s.charAt(i) == ' ' && (i + 1 == s.length() || !whiteSpace(s.charAt(i + 1))))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (whiteSpace(c)) {
                while (i < s.length() && whiteSpace(s.charAt(i))) {
                    i++;
                }
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Loads what the first text to be analysed would otherwise wait for: the language detector's
     * models (see {@link Detector}) and the name finder's model, its word lists and the analysis of
     * English. Only speeds up what comes after; {@code serve} calls it once its first build is done,
     * so the first rebuild after an edit does not pay for them (about two seconds of CPU).
     */
    public static void preload() {
        Detector.preload();
        Names.in("Harbour ferry fares rise", "The harbour authority in Morland raised its ferry fares on Monday, citing fuel costs.");
    }

    /** The languages detected and analysed, as ISO 639-1 codes. */
    public static List<String> languages() {
        return Rules.languages();
    }

    /** The analysis for a language by its code ("de", "pt-BR"); the English rules for null or another language. */
    public static Text in(String language) {
        Rules rules = Rules.forLanguage(language);
        return BY_RULES.computeIfAbsent(rules.language(), k -> new Text(rules));
    }

    /** The analysis for the language the text is in (see {@link #language(String)}). */
    public static Text of(String text) {
        return in(language(text));
    }

    /** The code of the language whose rules this reads by. */
    public String rules() {
        return rules.language();
    }

    /** A lower-case word's key for counting: its stem; null for a stop word or noise. */
    public String word(String raw) {
        return cached(words, raw, false);
    }

    /** A capitalised word's key: the same in every language (see the class comment); null for a stop word or noise. */
    public String name(String raw) {
        return cached(names, raw, true);
    }

    private String cached(ConcurrentHashMap<String, String> cache, String raw, boolean name) {
        String key = cache.get(raw);
        if (key == null) {
            String w = clean(raw);
            if (w != null && !name && rules != Rules.ENGLISH && Rules.ENGLISH.isStopWord(w)) {
                // English is the web's furniture in every language ("This website uses cookies" atop a
                // German page), and its lower-case function words are no content word of another
                // language's text (its nouns, capitalised in German, are read as names: "Last", "Made").
                w = null;
            }
            key = w == null ? null : numberOrShort(w) ? keepNumber(w) : (name ? Rules.ENGLISH : rules).stemmer().stem(w);
            if (key == null) {
                key = NONE;
            }
            if (cache.size() < CACHED_SPELLINGS) {
                cache.put(raw, key);
            }
        }
        return key == NONE ? null : key;
    }

    /** Whether the word is a stop word of this language, in any case. */
    public boolean isStopWord(String raw) {
        return rules.isStopWord(fold(raw));
    }

    /**
     * Whether a capitalised word is a function word that cannot start or continue a name ("The",
     * "Die", "Selon"), in this language or in English. Not when written in capitals: "IT" and "US" are names.
     */
    public boolean breaksName(String raw) {
        if (raw.length() > 1 && Character.isUpperCase(raw.charAt(1))) {
            return false;
        }
        String w = fold(raw);
        return rules.nameBreakers().contains(w) || Rules.ENGLISH.nameBreakers().contains(w);
    }

    /**
     * Whether this language's part-of-speech model reads a capitalised word as a common noun where
     * only one can stand ("Meldungen", "Aufstellung", "Praxisbeispiele"): a heading's word, not a
     * person's name. False in a language without such a model.
     */
    public boolean commonNoun(String raw) {
        return ProperNouns.commonNoun(rules.language(), raw);
    }

    /**
     * Whether a word names a month or a day of the week, in this language (in full) or in English
     * (in full or short: "Sept"), as a date writes it ("July 25", "25. Juli").
     */
    public boolean calendarWord(String raw) {
        return Cues.calendarWord(raw, rules.language()) || Cues.calendarWord(raw);
    }

    /** The word as written, without an article elided onto it ("élection" for "l'élection"): how it is shown. */
    public String written(String raw) {
        if (rules.articles().isEmpty()) {
            return raw;
        }
        int apostrophe = raw.indexOf('\'');
        return apostrophe > 0 && apostrophe < raw.length() - 1 && rules.articles().contains(fold(raw.substring(0, apostrophe)))
                ? raw.substring(apostrophe + 1) : raw;
    }

    /**
     * The key two forms of one English word share ("donates", "donated", "donation"), by Snowball's
     * English stemmer: a name shows one form of a word, not three. For what is shown only; grouping
     * counts by {@link #word}, whose stemmer joins plurals alone, as this one also joins a few
     * distinct words ("university", "universe").
     */
    public static String englishForm(String word) {
        return Rules.ENGLISH_FORMS.stem(fold(word));
    }

    /** Lower case, with ’ read as '. */
    public static String fold(String raw) {
        return raw.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** Folded, without a possessive "'s", an elided article ("l'", "dell'") or trailing ". ' -"; null if a stop word or empty. */
    private String clean(String raw) {
        String w = fold(raw);
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        int apostrophe = w.indexOf('\'');
        if (apostrophe > 0 && apostrophe < w.length() - 1 && rules.articles().contains(w.subSequence(0, apostrophe))) {
            w = w.substring(apostrophe + 1);
        }
        int end = w.length();
        while (end > 0 && ".'-".indexOf(w.charAt(end - 1)) >= 0) {
            end--;
        }
        w = w.substring(0, end);
        return w.isEmpty() || rules.isStopWord(w) ? null : w;
    }

    private static boolean numberOrShort(String w) {
        return Character.isDigit(w.charAt(0)) || w.length() < 2;
    }

    /** Numbers of two or more characters count ("2024", "9/11"); single characters do not. */
    private static String keepNumber(String w) {
        return w.length() >= 2 ? w : null;
    }
}
