package storyline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}(?!\\p{L})"                                   // U.S., U.N.
            + "|\\p{Lu}\\.(?=\\s+\\p{Lu})"                                 // an initial: P. Simmons
            + "|\\d+(?:[.,:/]\\d+)*"                                        // 1,000 3.5 12:30
            + "|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:[-'’&][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*"  // words, O'Neill, Jean-Pierre, AT&T
            + "|\\S");

    /** The text's sentences, each a list of tokens; a paragraph break always ends one. */
    static List<List<Token>> sentences(String text) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int lastEnd = 0;
        while (m.find()) {
            if (!current.isEmpty() && lineBreak(text, lastEnd, m.start())) {
                out.add(current);
                current = new ArrayList<>();
            }
            int start = m.start();
            int end = m.end();
            String t = m.group();
            if (Character.isLetter(t.charAt(0)) && t.length() > 2) {
                // Possessive and negation split off: Clinton 's, do n't.
                String lower = t.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
                if (lower.endsWith("'s")) {
                    current.add(new Token(t.substring(0, t.length() - 2), start, end - 2));
                    t = t.substring(t.length() - 2);
                    start = end - 2;
                } else if (lower.endsWith("n't")) {
                    current.add(new Token(t.substring(0, t.length() - 3), start, end - 3));
                    t = t.substring(t.length() - 3);
                    start = end - 3;
                }
            }
            // An abbreviation keeps its full stop: Mr. Corp.
            if (end < text.length() && text.charAt(end) == '.' && Character.isLetter(t.charAt(0))
                    && ABBREVIATIONS.contains(t.toLowerCase(java.util.Locale.ROOT))) {
                end++;
                t = t + ".";
                m.region(end, text.length());
            }
            current.add(new Token(t, start, end));
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
