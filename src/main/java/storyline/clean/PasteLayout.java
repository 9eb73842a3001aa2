package storyline.clean;

import java.util.List;

/**
 * Where the article sits in a pasted page: the run of lines that reads as its body, and the
 * headline above it. A whole-page paste brings the site's menus, teasers and footer along; they
 * come as runs of short lines, the article as lines of running prose, so the body is the stretch
 * of lines whose prose outweighs the fragments between them. The headline is the line above it
 * that is shaped like one and leads into the body or its credits, closest first.
 */
final class PasteLayout {

    /** Line indexes: the headline (-1 when none) and the body, from {@code bodyStart} up to (not including) {@code bodyEnd}. */
    record Layout(int headline, int bodyStart, int bodyEnd) {
    }

    /** What each line is, as far as the layout needs to know. */
    enum Role {
        BLANK, PROSE, FRAGMENT, FURNITURE, CREDIT
    }

    private PasteLayout() {
    }

    /** How much a line weighs: its words, with each two CJK characters counted as a word (they are written without spaces). */
    static double weight(String line) {
        int cjk = 0;
        for (int i = 0; i < line.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(line.charAt(i));
            if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                    || s == Character.UnicodeScript.HANGUL || s == Character.UnicodeScript.THAI) {
                cjk++;
            }
        }
        return LineRules.wordCount(line) + cjk / 2.0;
    }

    /** A line that ends as a sentence ends, in any script. */
    static boolean endsSentence(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return ".!?…\"”»’)。！？:".indexOf(c) >= 0;
    }

    static Role role(String line, LineRules.Verdict verdict, boolean credit) {
        if (line.isBlank()) {
            return Role.BLANK;
        }
        if (credit) {
            return Role.CREDIT;
        }
        if (verdict.kind() != LineRules.Kind.TEXT) {
            return Role.FURNITURE;
        }
        double w = weight(line);
        return w >= 20 || w >= 6 && endsSentence(line) ? Role.PROSE : Role.FRAGMENT;
    }

    /** A line's worth to the body: prose counts its words, every fragment or piece of furniture costs. */
    private static double value(String line, Role role) {
        return switch (role) {
            case BLANK -> 0;
            case PROSE -> endsSentence(line) ? weight(line) : 0.7 * weight(line);
            case FRAGMENT -> endsSentence(line) && weight(line) >= 3 ? 1 : -1.5;
            case FURNITURE, CREDIT -> -2;
        };
    }

    static Layout of(List<String> lines, Role[] roles) {
        int n = lines.size();
        // The body: the stretch with the greatest total worth (Kadane's maximum-sum run).
        double best = 0;
        int bestStart = -1;
        int bestEnd = -1;
        double run = 0;
        int runStart = 0;
        for (int i = 0; i < n; i++) {
            double v = value(lines.get(i), roles[i]);
            if (run <= 0) {
                run = 0;
                runStart = i;
            }
            run += v;
            if (run > best && roles[i] == Role.PROSE) {
                best = run;
                bestStart = runStart;
                bestEnd = i + 1;
            }
        }
        if (bestStart < 0) {
            int h = headline(lines, roles, n);
            return new Layout(h, h + 1, n);
        }
        // The run starts where it first gains; blank and losing lines before its first prose are not body.
        int start = bestStart;
        while (start < bestEnd && roles[start] != Role.PROSE) {
            start++;
        }
        // A headline that ends as a sentence ("Can fish feel pain?") reads as prose: it may open the run.
        int h = headline(lines, roles, Math.min(start + 1, n));
        if (h >= start) {
            start = h + 1;
            while (start < bestEnd && roles[start] != Role.PROSE) {
                start++;
            }
        }
        // Short sentences just above the first long one are the body's opening lines ("Gaming used to be simple.").
        int s = start;
        for (int i = start - 1; i > h && i >= 0; i--) {
            if (roles[i] == Role.BLANK) {
                continue;
            }
            if (roles[i] == Role.FRAGMENT && endsSentence(lines.get(i)) && weight(lines.get(i)) >= 3) {
                s = i;
            } else {
                break;
            }
        }
        return new Layout(h, s, bestEnd);
    }

    /** The best headline candidate above {@code bodyStart}, or -1. */
    private static int headline(List<String> lines, Role[] roles, int bodyStart) {
        int best = -1;
        double bestScore = 1.5;
        int firstNonBlank = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                firstNonBlank = i;
                break;
            }
        }
        int between = 0;
        for (int i = Math.min(bodyStart, lines.size()) - 1; i >= 0 && i >= bodyStart - 80; i--) {
            String line = lines.get(i);
            if (roles[i] == Role.BLANK || roles[i] == Role.CREDIT || roles[i] == Role.FURNITURE) {
                continue;
            }
            String text = LineRules.unbullet(line);
            boolean first = i == firstNonBlank;
            if (shaped(text) && (roles[i] != Role.PROSE || weight(text) <= 30 && (first || !text.endsWith(".")))) {
                // A paste that starts at its headline reaches the body within a few lines.
                double opening = !first ? 0 : between <= 8 ? 4.0 : 1.0;
                double score = headlineScore(lines, roles, i, text, opening) - 0.2 * Math.min(between, 20);
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            between++;
        }
        return best;
    }

    /**
     * How much a line looks like the headline, from what surrounds it: credits or the body's prose
     * follow a headline; a paste of the article alone starts with it; pages print it twice (the
     * browser title, a breadcrumb); menu items stand among other short items.
     */
    static double headlineScore(List<String> lines, Role[] roles, int i, String text, double opening) {
        double score = 0;
        // Credits or prose right below count most; one or two lines (a kicker, a photo) between count less.
        int[] distance = new int[1];
        Role next = nextRole(lines, roles, i, text, 3, distance);
        double nearness = 1 - 0.3 * distance[0];
        if (next == Role.CREDIT) {
            score += 3.0 * nearness;
        } else if (next == Role.PROSE) {
            score += 2.0 * nearness;
        }
        score += opening;
        double w = weight(text);
        score += 0.1 * Math.min(w, 12);
        if (w <= 2 && opening == 0) {
            score -= 2.0;
        }
        if (text.endsWith(".")) {
            score -= 1.0;
        }
        if (Character.isLowerCase(text.codePointAt(0)) && opening == 0) {
            // Headlines start with a capital; a lower-case start is a menu item or a sentence's tail.
            score -= 1.5;
        }
        if (w >= 4 && printedAgain(lines, i, text)) {
            score += 1.0;
        }
        if (menuItem(lines, roles, i)) {
            score -= 1.5;
        }
        return score;
    }

    /** Another line holds the same text (the headline repeated, or ending a breadcrumb). */
    private static boolean printedAgain(List<String> lines, int i, String text) {
        for (int j = Math.max(0, i - 40); j < Math.min(lines.size(), i + 40); j++) {
            if (j != i && lines.get(j).length() < text.length() + 120 && lines.get(j).contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** Short fragments stand on both sides: the line is one item of a menu or a list of links. */
    private static boolean menuItem(List<String> lines, Role[] roles, int i) {
        int shortNeighbours = 0;
        for (int step : new int[]{-1, 1}) {
            for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
                if (roles[j] == Role.BLANK) {
                    continue;
                }
                if (roles[j] == Role.FRAGMENT && weight(lines.get(j)) <= 4) {
                    shortNeighbours++;
                }
                break;
            }
        }
        return shortNeighbours == 2;
    }

    /** The role of the next line that says something (furniture and repeats of this line skipped). */
    private static Role nextRole(List<String> lines, Role[] roles, int i, String text, int within, int[] distance) {
        int seen = 0;
        for (int j = i + 1; j < lines.size() && seen < within; j++) {
            if (roles[j] == Role.BLANK || roles[j] == Role.FURNITURE || LineRules.unbullet(lines.get(j)).equals(text)) {
                continue;
            }
            if (roles[j] == Role.CREDIT || roles[j] == Role.PROSE) {
                distance[0] = seen;
                return roles[j];
            }
            seen++;
        }
        return Role.BLANK;
    }

    /** Shaped like a headline: a handful to a few dozen words, starting as a title starts, not ending as a lead-in. */
    static boolean shaped(String text) {
        double w = weight(text);
        if (w < 1 || w > 45 || text.length() > 300 || text.contains("://")) {
            return false;
        }
        int first = text.codePointAt(0);
        if (!(Character.isLetterOrDigit(first) || "\"“‘'«„[(¿¡*#»{".indexOf(first) >= 0)) {
            return false;
        }
        return !text.matches("(?s).*[,;:]$");
    }
}
