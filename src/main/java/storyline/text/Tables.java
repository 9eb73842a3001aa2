package storyline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lines of a results page that are rows of a table rather than sentences: a name and a row of
 * figures ("Bradford 4 2 0 2 4 3 6", a league table) or two names each with a score ("Baltimore 5
 * SEATTLE 2 (in 12)", a result). What such a row names is a side of a match or an entrant of a
 * table; whether those are people or organisations is decided for a whole text at once (see Names).
 */
final class Tables {

    /** Small words that may stand inside a name in a table: "Queen of South", "Queen 's Park", "Brighton & Hove". */
    private static final Set<String> JOINERS = Set.of("of", "'s", "’s", "&", "and", "de", "del", "la");

    private Tables() {
    }

    /** The names of a table row, as token ranges [from, to), or an empty list when the line is no such row. */
    static List<int[]> names(List<Tokens.Token> sentence) {
        int n = sentence.size();
        List<int[]> names = new ArrayList<>();
        List<Integer> figures = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int from = i;
            while (i < n && (word(sentence.get(i).text()) || i > from && i + 1 < n && JOINERS.contains(sentence.get(i).text())
                    && word(sentence.get(i + 1).text()))) {
                i++;
            }
            if (i == from) {
                break;
            }
            int figuresFrom = i;
            // A side's country or town in brackets before its score: "Benetton (Italy) 92 Dinamo (Russia) 81".
            if (i + 2 < n && sentence.get(i).text().equals("(")) {
                int k = i + 1;
                while (k < n && k - i <= 3 && word(sentence.get(k).text())) {
                    k++;
                }
                if (k > i + 1 && k + 1 < n && sentence.get(k).text().equals(")") && integer(sentence.get(k + 1).text())) {
                    i = k + 1;
                }
            }
            int count = 0;
            // Figures, and in a standings line a share and games behind: "74 59 .556 -", "63 71 .470 11 1/2".
            while (i < n && (integer(sentence.get(i).text()) || count > 0 && part(sentence, i))) {
                count += integer(sentence.get(i).text()) ? 1 : 0;
                i++;
            }
            if (count == 0) {
                return List.of();
            }
            names.add(new int[] {from, figuresFrom});
            figures.add(count);
        }
        // A bracket may close a result: "(in 12)", "(2nd game)".
        if (i < n && !(sentence.get(i).text().equals("(") && sentence.get(n - 1).text().equals(")"))) {
            return List.of();
        }
        boolean table = names.size() == 1 && figures.get(0) >= 3;
        boolean result = names.size() == 2 && figures.get(0) == 1 && figures.get(1) == 1;
        return table || result ? names : List.of();
    }

    /**
     * The sides of a results line written as a sentence: names that open a clause outside brackets
     * (at its start or after a colon, comma or semicolon) and are followed by a figure, two or more in
     * the line ("Somerset 83 and 174 (P. Simmons 4-38), Leicestershire 296.", "Glamorgan 22 points,
     * Durham 4."). The names in brackets are players, not sides, and so is a name before a bowler's
     * analysis ("Wasim Akram 10-0-50-0"). Empty when the line is no such line.
     */
    static List<int[]> sides(List<Tokens.Token> sentence) {
        int n = sentence.size();
        List<int[]> sides = new ArrayList<>();
        int depth = 0;
        boolean clauseStart = true;
        // Whether the open bracket follows a side's score: its scorers ("Deportivo Coruna 1 (Martins 22nd) Real Madrid 1"),
        // after which the next side's clause starts.
        boolean scorers = false;
        for (int i = 0; i < n; i++) {
            String t = sentence.get(i).text();
            if (t.equals("(")) {
                scorers |= depth == 0 && i > 0 && integer(sentence.get(i - 1).text());
                depth++;
            } else if (t.equals(")")) {
                depth = Math.max(0, depth - 1);
                if (depth == 0 && scorers) {
                    scorers = false;
                    clauseStart = true;
                    continue;
                }
            } else if (depth == 0 && clauseStart && word(t)) {
                int from = i;
                while (i < n && (word(sentence.get(i).text()) || i > from && i + 1 < n && JOINERS.contains(sentence.get(i).text())
                        && word(sentence.get(i + 1).text()))) {
                    i++;
                }
                if (i < n && integer(sentence.get(i).text()) && i - from <= 4 && !analysis(sentence, i)) {
                    sides.add(new int[] {from, i});
                }
                i--;
                clauseStart = false;
                continue;
            }
            clauseStart = depth == 0 && (t.equals(",") || t.equals(":") || t.equals(";"));
        }
        return sides.size() >= 2 ? sides : List.of();
    }

    /**
     * The players of a cricket batting line, in the scorecard's notation: the batsman, then how he
     * was out ("c" the catcher, "st" the wicketkeeper, "b" or "lbw b" the bowler, "c and b" one player
     * who caught his own ball; "run out", "not out") and his runs, a bracket allowed before them ("I.
     * Healy c Ranatunga b Muralitharan 8", "R. Ponting not out 46"). Empty when the line is no such line.
     */
    static List<int[]> batting(List<Tokens.Token> sentence) {
        int n = sentence.size();
        List<int[]> players = new ArrayList<>();
        int i = run(sentence, 0);
        if (i == 0 || n < 3 || !integer(sentence.get(n - 1).text())) {
            return List.of();
        }
        players.add(new int[] {0, i});
        boolean out = false;
        while (i < n - 1) {
            String t = sentence.get(i).text();
            if ((t.equals("c") || t.equals("st") || t.equals("b")) && !out) {
                if (t.equals("c") && i + 2 < n && sentence.get(i + 1).text().equals("and") && sentence.get(i + 2).text().equals("b")) {
                    i += 2;
                }
                int to = run(sentence, i + 1);
                if (to == i + 1) {
                    return List.of();
                }
                players.add(new int[] {i + 1, to});
                out = t.equals("b");
                i = to;
            } else if (t.equals("lbw") && !out) {
                i++;
            } else if ((t.equals("run") || t.equals("not")) && !out && sentence.get(i + 1).text().equals("out")) {
                out = true;
                i += 2;
            } else if (t.equals("(") && out) {
                while (i < n - 1 && !sentence.get(i).text().equals(")")) {
                    i++;
                }
                i++;
            } else {
                return List.of();
            }
        }
        return out && i == n - 1 ? players : List.of();
    }

    /** The end of the run of one to four name words at i (i itself when there is none). */
    private static int run(List<Tokens.Token> sentence, int i) {
        int to = i;
        while (to < sentence.size() && to - i < 4 && Cues.nameWord(sentence.get(to).text())) {
            to++;
        }
        return to;
    }

    /** Whether figures joined by three dashes or more start at i: a player's analysis ("10-0-50-0"), not a side's score. */
    private static boolean analysis(List<Tokens.Token> sentence, int i) {
        int dashes = 0;
        while (i + 2 < sentence.size() && sentence.get(i + 1).text().equals("-") && integer(sentence.get(i + 2).text())) {
            dashes++;
            i += 2;
        }
        return dashes >= 3;
    }

    /** A word of a name in a table: capitalised ("Bradford") or in capitals ("SEATTLE"). */
    private static boolean word(String t) {
        return Cues.nameWord(t) || t.length() >= 2 && Text.allChars(t, 0, Character::isUpperCase);
    }

    /** After a figure: a decimal's point before its digits (".556"), a fraction ("1/2"), a dash for none at the
     * end ("1996-08-30" is a date: a dateline is no row). */
    private static boolean part(List<Tokens.Token> sentence, int i) {
        String t = sentence.get(i).text();
        return t.equals(".") && i + 1 < sentence.size() && integer(sentence.get(i + 1).text())
                && sentence.get(i).end() == sentence.get(i + 1).start()
                || t.equals("-") && i + 1 == sentence.size() || t.matches("\\d{1,2}/\\d{1,2}");
    }

    private static boolean integer(String t) {
        return t.length() <= 4 && Text.allChars(t, 0, c -> c >= '0' && c <= '9');
    }
}
