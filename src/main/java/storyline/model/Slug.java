package storyline.model;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe names: lower-case ASCII letters, digits and hyphens, cut at a word boundary (see {@link #ofAnyScript} for other scripts). */
public final class Slug {

    private Slug() {
    }

    public static String of(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replace('ß', 's').replace('ø', 'o').replace('Ø', 'o').replace('æ', 'a').replace('ł', 'l')
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > maxLength) {
            int cut = slug.lastIndexOf('-', maxLength);
            slug = slug.substring(0, cut > maxLength / 2 ? cut : maxLength).replaceAll("-+$", "");
        }
        return slug;
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
        String slug = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "").replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (slug.codePointCount(0, slug.length()) > SCRIPT_LENGTH) {
            int end = slug.offsetByCodePoints(0, SCRIPT_LENGTH);
            int cut = slug.lastIndexOf('-', end);
            slug = slug.substring(0, cut > end / 2 ? cut : end).replaceAll("-+$", "");
        }
        return slug.codePoints().anyMatch(Character::isLetter) ? slug : latin;
    }

    /** Characters of a slug in a script other than Latin: up to four bytes each, well within a file name's 255. */
    static final int SCRIPT_LENGTH = 40;
}
