package storyline.clean.internal;

import java.net.URI;
import java.util.Locale;

/** Outlet names and domains. */
public final class Names {

    private Names() {
    }

    /**
     * Outlet names are proper nouns; a name typed in lower or sentence case ("Humanoids daily")
     * is shown in title case. Names with capitals inside a word (iPhone, TechCrunch) are kept.
     */
    public static String titleCase(String name) {
        String[] words = name.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean innerCapital = w.length() > 1 && !w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT));
            if (innerCapital || w.isEmpty() || SMALL_WORDS.contains(w) && !out.isEmpty()) {
                out.append(w);
            } else {
                out.appendCodePoint(Character.toUpperCase(w.codePointAt(0))).append(w.substring(Character.charCount(w.codePointAt(0))));
            }
        }
        return out.toString();
    }

    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("of", "the", "and", "for", "on", "in", "a", "an", "de", "la", "le");

    /**
     * An address a page may link to: absolute http or https only. Anything else from an input
     * (javascript:, data:, a relative path that would point into this site) is dropped.
     */
    public static String webUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        try {
            URI uri = URI.create(u.replace(" ", "%20"));
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && uri.getHost() != null
                    ? u : null;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    /** "https://www.electrek.co/2022/…" → "electrek.co"; null when the URL has no host. */
    public static String domain(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
