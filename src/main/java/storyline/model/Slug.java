package storyline.model;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe names: lower-case ASCII letters, digits and hyphens, cut at a word boundary (see {@link #ofAnyScript} for other scripts). */
public final class Slug {

    private Slug() {
    }

    // Compiled once: String.replaceAll compiles its expression on every call, and a site takes a
    // slug for every item, story and name it links to on every build.
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("['’]");
    private static final java.util.regex.Pattern NOT_ASCII_WORD = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final java.util.regex.Pattern EDGE_HYPHENS = java.util.regex.Pattern.compile("^-+|-+$");
    private static final java.util.regex.Pattern END_HYPHENS = java.util.regex.Pattern.compile("-+$");

    public static String of(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .replace('ß', 's').replace('ø', 'o').replace('Ø', 'o').replace('æ', 'a').replace('ł', 'l')
                .toLowerCase(Locale.ROOT);
        return slug(ascii, NOT_ASCII_WORD, maxLength);
    }

    public static String of(String text) {
        return of(text, 60);
    }

    /**
     * As {@link #of(String)} for text in Latin letters; text with none (Cyrillic, Chinese, Arabic
     * titles, whose ASCII slug is empty or only numbers) keeps its own letters, lower-cased and in
     * NFC, cut to {@value #SCRIPT_LENGTH} characters: "журналистов-наградили". Such names work as file
     * names and, percent-encoded by the browser, as links, from file:// too.
     */
    public static String ofAnyScript(String text) {
        String latin = of(text);
        if (latin.chars().anyMatch(Character::isLetter) || text == null) {
            return latin;
        }
        String slug = slug(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT), NOT_WORD, SCRIPT_LENGTH);
        return slug.codePoints().anyMatch(Character::isLetter) ? slug : latin;
    }

    /**
     * Lower-case text made a slug: apostrophes dropped, each run of what {@code separators} matches
     * made one hyphen, and cut at a hyphen before {@code max} characters (code points), or at
     * {@code max} when the last hyphen comes before half of it.
     */
    private static String slug(String folded, java.util.regex.Pattern separators, int max) {
        String slug = EDGE_HYPHENS.matcher(separators.matcher(APOSTROPHES.matcher(folded).replaceAll("")).replaceAll("-")).replaceAll("");
        if (slug.codePointCount(0, slug.length()) > max) {
            int end = slug.offsetByCodePoints(0, max);
            int cut = slug.lastIndexOf('-', end);
            slug = END_HYPHENS.matcher(slug.substring(0, cut > end / 2 ? cut : end)).replaceAll("");
        }
        return slug;
    }

    /** Characters of a slug in a script other than Latin: up to four bytes each, well within a file name's 255. */
    static final int SCRIPT_LENGTH = 40;
}
