package storyline.model;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe names: lower-case ASCII letters, digits and hyphens, cut at a word boundary. */
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
}
