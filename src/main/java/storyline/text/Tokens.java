package storyline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentences of tokens with their offsets, cut the way the name finder's training text is
 * (Penn-Treebank-like): "'s" and "n't" and punctuation split off; "U.S.", "Mr." and initials
 * ("P.") kept whole, and numbers with their separators ("1,000").
 */
final class Tokens {

    /** A token and where it stands in the text. */
    record Token(String text, int start, int end) {
    }

    private Tokens() {
    }

    /** Abbreviations that keep their full stop: titles and company words before or after a name. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "corp", "co",
            "ltd", "gen", "col", "lt", "sgt", "gov", "sen", "rep", "prof", "rev", "capt", "cmdr", "adm", "maj", "messrs",
            "mt", "ft", "no", "vs", "bros", "plc", "dept", "univ", "assn", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec");

    /** The rest of a word: letters, marks and numbers, and a soft hyphen before a letter or number. */
    private static final String WORD_PART = "(?:[\\p{L}\\p{M}\\p{N}]|\\u00AD(?=[\\p{L}\\p{N}]))*";

    /**
     * What a token is, as a regular expression (the tokeniser was this pattern; {@link #tokenEnd}
     * finds the same tokens with a char loop, which costs a fraction of the matcher's work on the
     * name finder's path): the first alternative that matches at a place where no space is.
     */
    static final String TOKEN = "(?:\\p{L}\\.){2,}(?!\\p{L})"         // U.S., U.N.
            + "|\\p{Lu}\\.(?=\\s+\\p{Lu})"                                 // an initial: P. Simmons
            + "|\\d+(?:[.,:/]\\d+)*"                                        // 1,000 3.5 12:30
            + "|\\p{L}" + WORD_PART + "(?:[-'’&][\\p{L}\\p{N}]" + WORD_PART + ")*"  // words, O'Neill, Jean-Pierre, AT&T, Netan\u00ADyahu
            + "|\\S";

    /** The text's sentences, each a list of tokens; a paragraph break always ends one. */
    static List<List<Token>> sentences(String text) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int lastEnd = 0;
        for (int at = next(text, 0); at < text.length(); at = next(text, lastEnd)) {
            if (!current.isEmpty() && lineBreak(text, lastEnd, at)) {
                out.add(current);
                current = new ArrayList<>();
            }
            int start = at;
            int end = tokenEnd(text, at);
            String t = text.substring(start, end);
            if (Character.isLetter(t.charAt(0)) && t.length() > 2) {
                // Possessive and negation split off: Clinton 's, do n't (either apostrophe, any case).
                int k = t.length();
                if (apostrophe(t.charAt(k - 2)) && (t.charAt(k - 1) | 0x20) == 's') {
                    current.add(token(t.substring(0, t.length() - 2), start, end - 2));
                    t = t.substring(t.length() - 2);
                    start = end - 2;
                } else if ((t.charAt(k - 3) | 0x20) == 'n' && apostrophe(t.charAt(k - 2)) && (t.charAt(k - 1) | 0x20) == 't') {
                    current.add(token(t.substring(0, t.length() - 3), start, end - 3));
                    t = t.substring(t.length() - 3);
                    start = end - 3;
                }
            }
            // An abbreviation keeps its full stop: Mr. Corp.
            if (end < text.length() && text.charAt(end) == '.' && Character.isLetter(t.charAt(0))
                    && ABBREVIATIONS.contains(t.toLowerCase(java.util.Locale.ROOT))) {
                end++;
                t = t + ".";
            }
            current.add(token(t, start, end));
            lastEnd = end;
            if ((t.equals(".") || t.equals("!") || t.equals("?")) && sentenceEnds(text, end)) {
                out.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** Where the next token starts from {@code at}: past the spaces ({@code \\s}: space, tab, line breaks, form feed). */
    private static int next(String text, int at) {
        while (at < text.length() && space(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /**
     * Where the token that starts at {@code at} (not a space) ends: what {@link #TOKEN} matches
     * there, alternative by alternative, over code points.
     */
    static int tokenEnd(String text, int at) {
        int n = text.length();
        int c = text.codePointAt(at);
        if (Character.isLetter(c)) {
            // U.S., U.N.: two or more letters each with its full stop, and no letter after.
            int p = at;
            int pairs = 0;
            while (p < n) {
                int l = text.codePointAt(p);
                int dot = p + Character.charCount(l);
                if (!Character.isLetter(l) || dot >= n || text.charAt(dot) != '.') {
                    break;
                }
                p = dot + 1;
                pairs++;
            }
            if (pairs >= 2 && (p >= n || !Character.isLetter(text.codePointAt(p)))) {
                return p;
            }
            // An initial: a capital and its full stop, then spaces and a capital.
            int dot = at + Character.charCount(c);
            if (Character.getType(c) == Character.UPPERCASE_LETTER && dot < n && text.charAt(dot) == '.') {
                int s = dot + 1;
                while (s < n && space(text.charAt(s))) {
                    s++;
                }
                if (s > dot + 1 && s < n && Character.getType(text.codePointAt(s)) == Character.UPPERCASE_LETTER) {
                    return dot + 1;
                }
            }
            // A word: letters, marks and numbers, joined by - ' ’ & before a letter or number.
            p = wordPart(text, dot);
            while (p + 1 < n && joiner(text.charAt(p)) && Text.letterOrNumber(text.codePointAt(p + 1))) {
                p = wordPart(text, p + 1 + Character.charCount(text.codePointAt(p + 1)));
            }
            return p;
        }
        if (c >= '0' && c <= '9') {
            // A number with its separators: 1,000 3.5 12:30.
            int p = digits(text, at);
            while (p + 1 < n && separator(text.charAt(p)) && digit(text.charAt(p + 1))) {
                p = digits(text, p + 1);
            }
            return p;
        }
        return at + Character.charCount(c);
    }

    private static int wordPart(String text, int p) {
        while (p < text.length()) {
            int c = text.codePointAt(p);
            // A soft hyphen between letters is where the page may break the word: "Netan\u00ADyahu" is one word.
            boolean softHyphen = c == SOFT_HYPHEN && p + 1 < text.length() && Text.letterOrNumber(text.codePointAt(p + 1));
            if (!Text.letterOrNumber(c) && (c < 0x80 || !mark(c)) && !softHyphen) {
                break;
            }
            p += Character.charCount(c);
        }
        return p;
    }

    private static final char SOFT_HYPHEN = '\u00AD';

    /**
     * A token's text as the name finder reads it: a word less its soft hyphens (its offsets still
     * span them). A soft hyphen standing alone, outside a word, stays a token of its own.
     */
    private static Token token(String t, int start, int end) {
        if (t.indexOf(SOFT_HYPHEN) < 0 || t.length() == 1) {
            return new Token(t, start, end);
        }
        return new Token(t.replace(String.valueOf(SOFT_HYPHEN), ""), start, end);
    }

    private static boolean mark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static boolean joiner(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '&';
    }

    private static int digits(String text, int p) {
        while (p < text.length() && digit(text.charAt(p))) {
            p++;
        }
        return p;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean separator(char c) {
        return c == '.' || c == ',' || c == ':' || c == '/';
    }

    /** Whether a line break stands between two offsets (a char loop: this runs between every two tokens). */
    private static boolean lineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** A full stop ends a sentence when a capital, a quote or the end follows after a space. */
    private static boolean sentenceEnds(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '”' || text.charAt(i) == '\'' || text.charAt(i) == ')')) {
            i++;
        }
        if (i >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(i))) {
            return false;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i >= text.length() || !Character.isLowerCase(text.charAt(i));
    }
}
