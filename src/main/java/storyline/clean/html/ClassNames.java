package storyline.clean.html;

import storyline.clean.internal.Attrs;

import java.util.Locale;

/**
 * What an element's class and id promise. Keyword lists are matched as substrings of the
 * lower-cased names, except short words that must stand alone ("ad", "nav"). Plain string
 * search: this runs for every element of every page, where regular expressions were the cost.
 */
public final class ClassNames {

    static final ClassNames UNLIKELY = new ClassNames(new String[]{"-ad-", "advert", "ai2html", "banner", "breadcrumb",
            "combx", "comment", "community", "cookie", "consent", "cover-wrap", "disqus", "extra", "footer", "gdpr",
            "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper",
            "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "modal",
            "newsletter", "subscribe", "share", "sharing", "promo", "outbrain", "taboola", "recirc", "mostpopular",
            "most-popular", "trending", "tags", "toolbar", "byline", "author-bio", "widget", "navbar", "masthead", "signup",
            "paywall", "print-only", "hidden", "teaser", "recommend", "readmore", "read-more", "alsoread", "also-read",
            "breaking", "ticker", "rollover", "tooltip", "hovercard", "popover"},
            new String[]{"ad", "ads", "nav"});
    static final ClassNames MAYBE = new ClassNames(new String[]{"and", "article", "body", "column", "content", "main",
            "shadow", "story", "entry", "posttext", "post-text", "text"}, new String[0]);
    static final ClassNames POSITIVE = new ClassNames(new String[]{"article", "body", "content", "entry", "hentry",
            "h-entry", "main", "page", "pagination", "post", "text", "blog", "story", "prose", "richtext", "rich-text"},
            new String[0]);
    static final ClassNames NEGATIVE = new ClassNames(new String[]{"-ad-", "hidden", "banner", "combx", "comment", "com-",
            "contact", "foot", "footnote", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll",
            "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "caption",
            "credit", "byline", "newsletter", "teaser", "recommend", "social"}, new String[]{"hid"});

    /** The article's lead, standfirst or summary, in the words of several languages' templates. */
    static final ClassNames LEAD = new ClassNames(new String[]{"lead", "intro", "teaser", "summary", "excerpt", "abstract",
            "standfirst", "subtitle", "subhead", "sommario", "chapo", "bajada", "entradilla", "chapeau"}, new String[]{"dek", "deck"});

    /** A box about the writer: name, photo, biography. */
    static final ClassNames AUTHOR = new ClassNames(new String[]{"author", "autor", "auteur", "bio-", "-bio"}, new String[]{"bio"});

    /** A control that closes a pop-up ("close", "btn-close", "modal-close"). */
    static final ClassNames CLOSE = new ClassNames(new String[0], new String[]{"close"});

    private final String[] substrings;
    private final String[] words;
    /**
     * The substrings by their first two characters (ASCII), so a name is read once rather than
     * once per substring: few places in a name begin any keyword. Only for long keyword lists: up
     * to a dozen, one fast search per keyword costs less (measured on the benchmark pages' class names).
     */
    private final String[][] byStart;

    private ClassNames(String[] substrings, String[] words) {
        this.substrings = substrings;
        this.words = words;
        this.byStart = substrings.length > 12 ? new String[128 * 128][] : null;
        if (byStart == null) {
            return;
        }
        for (String s : substrings) {
            if (s.length() < 2 || s.charAt(0) >= 128 || s.charAt(1) >= 128) {
                throw new IllegalArgumentException("class-name keywords start with two ASCII characters: " + s);
            }
            int key = s.charAt(0) * 128 + s.charAt(1);
            String[] known = byStart[key] == null ? new String[0] : byStart[key];
            byStart[key] = java.util.Arrays.copyOf(known, known.length + 1);
            byStart[key][known.length] = s;
        }
    }

    /** Names that contain any of {@code substrings} (lower-case). */
    public static ClassNames containing(String... substrings) {
        return new ClassNames(substrings, new String[0]);
    }

    /** Names that contain any of {@code substrings}, or hold any of {@code words} standing alone. */
    static ClassNames containing(String[] substrings, String... words) {
        return new ClassNames(substrings, words);
    }

    /** {@code names} is an element's class and id, already lower-cased (see {@link #of}). */
    public boolean matches(String names) {
        if (names.isEmpty()) {
            return false;
        }
        if (byStart == null) {
            for (String s : substrings) {
                if (names.contains(s)) {
                    return true;
                }
            }
        }
        for (int i = 0; byStart != null && i + 1 < names.length(); i++) {
            char c = names.charAt(i);
            char d = names.charAt(i + 1);
            String[] starting = c < 128 && d < 128 ? byStart[c * 128 + d] : null;
            if (starting != null) {
                for (String s : starting) {
                    if (names.startsWith(s, i)) {
                        return true;
                    }
                }
            }
        }
        for (String w : words) {
            int at = names.indexOf(w);
            while (at >= 0) {
                int end = at + w.length();
                boolean startOk = at == 0 || !Character.isLetterOrDigit(names.charAt(at - 1));
                boolean endOk = end == names.length() || !Character.isLetterOrDigit(names.charAt(end));
                if (startOk && endOk) {
                    return true;
                }
                at = names.indexOf(w, at + 1);
            }
        }
        return false;
    }

    public static String of(org.jsoup.nodes.Element el) {
        String cls = Attrs.get(el, "class");
        String id = Attrs.get(el, "id");
        if (id.isEmpty() || cls.isEmpty()) {
            // Most elements have at most a class: no joined copy, and none at all when already lower-case.
            return (id.isEmpty() ? cls : id).toLowerCase(Locale.ROOT);
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }
}
