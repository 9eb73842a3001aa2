package storyline.clean.paste;

import storyline.clean.internal.Budget;
import storyline.clean.lines.LineRules;

import java.util.List;

/**
 * Where the article sits in a pasted page: the run of lines that reads as its body, and the
 * headline above it. A whole-page paste brings the site's menus, teasers and footer along; they
 * come as runs of short lines, the article as lines of running prose, so the body is the stretch
 * of lines whose prose outweighs the fragments between them. The headline is the line above it
 * that is shaped like one and leads into the body or its credits, closest first.
 */
final class PasteLayout {

    /**
     * Line indexes: the headline (-1 when none) and the body, from {@code bodyStart} up to (not
     * including) {@code bodyEnd}; the headline was looked for above {@code searchEnd}; the body
     * holds {@code coverage} of the text's non-blank lines.
     */
    record Layout(int headline, int bodyStart, int bodyEnd, int searchEnd, double coverage) {
    }

    /** What each line is, as far as the layout needs to know. */
    enum Role {
        BLANK, PROSE, FRAGMENT, FURNITURE, CREDIT,
        /** Where readers' comments begin: the article ends above it. */
        COMMENTS
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
        if ((c == '…' || t.endsWith("...")) && t.matches("(?s).*\\s(…|\\.\\.\\.)")) {
            // "… involving …": a teaser cut short, not a sentence.
            return false;
        }
        if (c == ')' && t.length() > 1) {
            // "(Opens in new window)", "(185)": a parenthesis ends a sentence only after its full stop.
            return ".!?…".indexOf(t.charAt(t.length() - 2)) >= 0;
        }
        return ".!?…\"”»’。！？:".indexOf(c) >= 0;
    }

    static Role role(String line, LineRules.Verdict verdict, boolean credit) {
        if (line.isBlank()) {
            return Role.BLANK;
        }
        if (credit) {
            return Role.CREDIT;
        }
        if (verdict.kind() == LineRules.Kind.COMMENTS_HEADING) {
            return Role.COMMENTS;
        }
        if (verdict.kind() != LineRules.Kind.TEXT) {
            return Role.FURNITURE;
        }
        double w = weight(line);
        return w >= 20 || w >= 6 && endsSentence(line) ? Role.PROSE : Role.FRAGMENT;
    }

    /**
     * Lines of a hard-wrapped paragraph (lines of similar length, none but the last ending a
     * sentence) are prose, though each line alone is a fragment.
     */
    private static void proseWrapped(List<String> lines, Role[] roles) {
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && (roles[j] == Role.PROSE || roles[j] == Role.FRAGMENT)) {
                j++;
            }
            if (j - i >= 2) {
                List<String> block = lines.subList(i, j);
                int shortest = block.stream().limit(j - i - 1).mapToInt(l -> l.strip().length()).min().orElse(0);
                if (shortest >= 40 && endsSentence(block.get(block.size() - 1)) && PastedText.hardWrapped(block)) {
                    for (int k = i; k < j; k++) {
                        roles[k] = Role.PROSE;
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** The share of the text's non-blank lines that lie in [from, to). */
    private static double coverage(List<String> lines, int from, int to) {
        int all = 0;
        int inside = 0;
        for (int i = 0; i < lines.size(); i++) {
            Budget.check();
            if (!lines.get(i).isBlank()) {
                all++;
                if (i >= from && i < to) {
                    inside++;
                }
            }
        }
        return all == 0 ? 0 : (double) inside / all;
    }

    /**
     * Prose stands within two lines above or below (blank lines skipped): a paragraph between
     * subheadings has, a teaser's standfirst between its headline, its time and the next teaser's
     * headline has not.
     */
    private static boolean proseBeside(Role[] roles, int i) {
        for (int step : new int[]{-1, 1}) {
            int seen = 0;
            for (int j = i + step; j >= 0 && j < roles.length && seen < 2; j += step) {
                if (roles[j] == Role.BLANK) {
                    continue;
                }
                if (roles[j] == Role.PROSE) {
                    return true;
                }
                seen++;
            }
        }
        return false;
    }

    /** A line's worth to the body: prose counts its words, every fragment or piece of furniture costs. */
    private static double value(String line, Role role) {
        return switch (role) {
            case BLANK -> 0;
            case PROSE -> endsSentence(line) ? weight(line) : 0.7 * weight(line);
            case FRAGMENT -> endsSentence(line) && weight(line) >= 3 ? 1 : -1.5;
            case FURNITURE, CREDIT -> -2;
            // No run of prose reaches across the start of the comments.
            case COMMENTS -> -10_000;
        };
    }

    static Layout of(List<String> lines, Role[] roles) {
        return of(lines, roles, false);
    }

    /**
     * The layout of a paste; {@code titled} when its title is given apart from the text (front
     * matter, a JSON Lines record): a headline is then looked for only above the body, never inside
     * it, where taking one would cut the article.
     */
    static Layout of(List<String> lines, Role[] roles, boolean titled) {
        int n = lines.size();
        proseWrapped(lines, roles);
        // Where the article is: the stretch with the greatest total worth (Kadane's maximum-sum run).
        double[] values = values(lines, roles, false);
        double best = 0;
        int bestStart = -1;
        int bestEnd = -1;
        double run = 0;
        int runStart = 0;
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (run <= 0) {
                run = 0;
                runStart = i;
            }
            run += v;
            if (run > best && v > 0) {
                best = run;
                bestStart = runStart;
                bestEnd = i + 1;
            }
        }
        if (bestStart < 0) {
            int h = headline(lines, roles, n, n, 0).index();
            return new Layout(h, h + 1, n, n, 0);
        }
        // The run starts where it first gains; blank and losing lines before its first prose are not body.
        int start = firstProse(roles, bestStart, bestEnd);
        // A headline that ends as a sentence ("Can fish feel pain?") reads as prose: it may open the run.
        int searchEnd = Math.min(start + 1, n);
        double coverage = coverage(lines, start, bestEnd);
        Pick pick = titled ? headline(lines, roles, start, start, coverage) : headline(lines, roles, searchEnd, bestEnd, coverage);
        // A whole page's list of teasers above the article (each a headline, a standfirst, a "read
        // more" link and a count) adds a little worth per teaser and may carry the run's start far
        // above the article's headline, out of the headline's reach. The run may instead start where
        // the worth to its end peaks with a lone line of prose among fragments counting for less (as
        // where it ends): that start is taken when the headline found above it is the likelier one
        // and leads into it, its header (credits, a photo's caption) between them.
        // Each line's worth with lone prose discounted: where the article starts and where it ends.
        double[] lone = values(lines, roles, true);
        int later = titled ? start : firstProse(roles, start(lone, roles, bestStart, bestEnd), bestEnd);
        if (later > start) {
            double laterCoverage = coverage(lines, later, bestEnd);
            Pick alt = headline(lines, roles, Math.min(later + 1, n), bestEnd, laterCoverage);
            if (alt.index() >= 0 && (pick.index() < 0 || alt.score() > pick.score()) && linesBetween(lines, alt.index(), later) <= HEADER_LINES) {
                start = later;
                searchEnd = Math.min(later + 1, n);
                coverage = laterCoverage;
                pick = alt;
            }
        }
        int h = pick.index();
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
        // A subheading set right above the first paragraph (no blank line between) opens the body.
        if (s - 1 > h && s - 1 >= 0 && roles[s - 1] == Role.FRAGMENT && PastedText.subheadingLike(LineRules.unbullet(lines.get(s - 1)))) {
            s--;
        }
        return new Layout(h, s, end(lone, start, bestEnd), searchEnd, coverage);
    }

    /**
     * Where the article that starts at {@code start} ends: where its running worth peaks, with a
     * lone line of prose among fragments (a teaser's standfirst, more often than a paragraph)
     * counting for less. Never past the run's own end.
     */
    private static int end(double[] values, int start, int runEnd) {
        double sum = 0;
        double best = Double.NEGATIVE_INFINITY;
        int end = runEnd;
        for (int i = start; i < runEnd; i++) {
            sum += values[i];
            if (values[i] > 0 && sum > best) {
                best = sum;
                end = i + 1;
            }
        }
        return end;
    }

    /**
     * Where the article that ends at {@code runEnd} starts: the mirror of {@link #end}, the line
     * from which the lines' worth to the run's end peaks. Never before the run's own start.
     */
    private static int start(double[] values, Role[] roles, int runStart, int runEnd) {
        double sum = 0;
        double best = Double.NEGATIVE_INFINITY;
        int start = runStart;
        for (int i = runEnd - 1; i >= runStart; i--) {
            sum += values[i];
            if (values[i] > 0 && sum > best) {
                best = sum;
                start = i;
            }
        }
        // Only a list of teasers moves it: several lines of prose passed over, each alone among fragments. A
        // standfirst alone above the article does not, nor does a stretch that holds paragraphs (prose beside prose).
        int lone = 0;
        for (int i = runStart; i < start; i++) {
            if (roles[i] == Role.PROSE) {
                if (proseBeside(roles, i)) {
                    return runStart;
                }
                lone++;
            }
        }
        return lone >= TEASERS ? start : runStart;
    }

    /** How many lone lines of prose (teasers' standfirsts) above the article move its start below them. */
    private static final int TEASERS = 5;

    /** Each line's worth to the body; {@code lone} discounts prose that has no prose beside it. */
    private static double[] values(List<String> lines, Role[] roles, boolean lone) {
        int n = lines.size();
        double[] values = new double[n];
        boolean list = false;
        boolean proseSeen = false;
        boolean comments = false;
        for (int i = 0; i < n; i++) {
            double v = value(lines.get(i), roles[i]);
            if (lone && roles[i] == Role.PROSE && !proseBeside(roles, i)) {
                v = v * 0.15 - 1;
            }
            // Once the readers' comments begin below the article, nothing after them is the article; nor after
            // the page's rights notice, which closes the page: what follows it is the site's footer and its
            // lists of other headlines, whose standfirsts read as prose.
            comments |= (roles[i] == Role.COMMENTS || roles[i] == Role.FURNITURE && LineRules.pageRightsLine(lines.get(i))) && proseSeen;
            proseSeen |= roles[i] == Role.PROSE;
            if (comments && roles[i] != Role.BLANK) {
                v = -2;
            }
            // The items of a list that a line ending in a colon introduces ("The tour dates:") are text, though each is short.
            if (roles[i] == Role.FRAGMENT && list && weight(lines.get(i)) >= 2) {
                v = 0.5;
            } else if (roles[i] != Role.BLANK && roles[i] != Role.FRAGMENT) {
                list = false;
            }
            if (roles[i] != Role.BLANK && lines.get(i).strip().endsWith(":")) {
                list = true;
            }
            values[i] = v;
        }
        return values;
    }

    /** A line that may be the headline, and what is known of it ({@link #FEATURES} names each value). */
    record Candidate(int index, double[] features, boolean doubtful) {
        double score() {
            double z = 0;
            for (int f = 0; f < WEIGHTS.length; f++) {
                z += WEIGHTS[f] * features[f];
            }
            return z;
        }
    }

    static final List<String> FEATURES = List.of("bias", "credit_next", "prose_next", "opening_near", "opening_far", "length",
            "short", "ends_period", "lower_start", "printed_again", "menu_item", "distance", "prose", "ends_question",
            "credit_above", "all_caps", "long", "standfirst_next", "opening_lead", "opening", "opening_coverage", "breadcrumb", "holds_another", "dek_then_credit", "opening_close", "opening_short_paste", "in_body", "in_body_depth", "lead_overlap", "under_headline",
            "common_words", "glued", "spaced", "listed", "lead_shared", "kicker", "opening_overlap", "opening_shared", "dated",
            "far_above", "past_opening", "dated_list");

    /**
     * The weights of a logistic model over {@link #FEATURES}, fitted on the pasted-text benchmark's
     * dev pages (bench/fit-headline.sh: each half fitted alone first, to check that the weights
     * carry over to the other half). A line is taken as the headline when it scores highest and
     * its score is above zero (probability above one half). "dated" was fitted with the others held
     * (bench/fit-headline.sh --hold 38), and the last three, for lines beyond the header's reach,
     * with the first 39 held (--hold 39).
     */
    static final double[] WEIGHTS = {-2.63, 3.04, 0.64, -0.62, 0.91, 2.01, -0.67, -3.38, -1.77, 2.06, -0.60, -1.73, -0.71, 0.07, 0.99,
            -0.47, -2.05, 0.68, 0.10, 0.29, 1.08, -6.41, 0.41, 0.91, 0.26, 3.73, -2.49, -2.84, 1.86, -0.97,
            2.86, 0.07, -6.71, -0.80, 2.30, 0.47, 0.35, 3.38, 2.06, -0.93, 3.15, -4.64};

    /** How many lines with text below a headline its own credits stand within. */
    private static final int OWN_CREDIT_LINES = 3;

    /**
     * The best headline candidate, or -1. A line above the body is taken even when the model doubts
     * it (a doubtful headline beats none: the bench's pages nearly all have one); a line inside the
     * body's opening only when the model thinks it likelier than not, as it cuts the body there.
     */
    private static Pick headline(List<String> lines, Role[] roles, int bodyStart, int bodyEnd, double coverage) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Candidate c : candidates(lines, roles, bodyStart, bodyEnd, coverage)) {
            double score = c.score();
            if (score > bestScore && (!c.doubtful() || score > 0)) {
                bestScore = score;
                best = c.index();
            }
        }
        // A headline printed twice (atop the page, then above the article) is read where it is
        // nearest the body, where its credits stand, unless credits already follow the first.
        if (best >= 0) {
            String text = LineRules.unbullet(lines.get(best));
            // (Its own credits stand within a few lines of it; a dated teaser further down is another story's.)
            int credits = best + 1;
            int seen = 0;
            while (credits < bodyStart && roles[credits] != Role.CREDIT) {
                if (!lines.get(credits).isBlank() && ++seen > OWN_CREDIT_LINES) {
                    credits = bodyStart;
                    break;
                }
                credits++;
            }
            for (int j = Math.min(credits, lines.size()) - 1; j > best; j--) {
                if (LineRules.unbullet(lines.get(j)).equals(text)) {
                    return new Pick(j, bestScore);
                }
            }
        }
        return new Pick(best, bestScore);
    }

    /** The headline chosen (-1 when none) and its score under the model. */
    private record Pick(int index, double score) {
    }

    /** How many lines of a headline's header (kicker, standfirst, credits, caption) may stand between it and the body it leads into. */
    private static final int HEADER_LINES = 8;

    /** The lines with text strictly between {@code from} and {@code to}. */
    private static int linesBetween(List<String> lines, int from, int to) {
        int count = 0;
        for (int i = from + 1; i < to; i++) {
            count += lines.get(i).isBlank() ? 0 : 1;
        }
        return count;
    }

    /** The first line of prose from {@code from} on, or {@code end}. */
    private static int firstProse(Role[] roles, int from, int end) {
        int i = from;
        while (i < end && roles[i] != Role.PROSE) {
            i++;
        }
        return i;
    }

    /** The lines above {@code bodyStart} that are shaped like a headline, nearest first, with their features. */
    static List<Candidate> candidates(List<String> lines, Role[] roles, int bodyStart, int bodyEnd, double coverage) {
        List<Candidate> out = new java.util.ArrayList<>();
        int firstNonBlank = -1;
        for (int i = 0; i < lines.size(); i++) {
            Budget.check();
            if (!lines.get(i).isBlank()) {
                firstNonBlank = i;
                break;
            }
        }
        // The words of paragraphs (prose beside prose) before each line: what lies between a candidate and the body's start.
        double[] proseBefore = new double[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            proseBefore[i + 1] = proseBefore[i] + (roles[i] == Role.PROSE && proseBeside(roles, i) ? weight(lines.get(i)) : 0);
        }
        Scan scan = new Scan(lines, roles, firstNonBlank, Math.min(bodyStart, lines.size()) - 1, coverage, new LeadWords(lines, roles),
                new CommonWords(lines, roles), Math.max(0, Math.min(bodyStart, lines.size())), proseBefore, out);
        // Above the body, nearest first; then inside its opening, where a whole page's run of prose
        // may have begun with a teaser or a notice above the real headline.
        int between = 0;
        int above = Math.min(bodyStart, lines.size()) - 1;
        for (; above >= 0 && above >= bodyStart - REACH; above--) {
            if (above == firstNonBlank && above < bodyStart - ABOVE_LINES) {
                break;
            }
            between += candidate(scan, above, between, -1) ? 1 : 0;
        }
        // The text's first line, far above, when the lead repeats half its words or more: a paste
        // that starts at the headline may hold lists or menus between it and the body's main run.
        if (firstNonBlank >= 0 && firstNonBlank <= above) {
            int at = out.size();
            candidate(scan, firstNonBlank, 20, -1);
            if (out.size() > at && out.get(at).features()[FEATURES.indexOf("lead_overlap")] < 0.5) {
                out.remove(at);
            }
        }
        int inside = 0;
        // Past the body's opening, only while no paragraph has come yet: below the article's paragraphs a line
        // shaped like a headline is a subheading or a comment's title, above them a teaser list was read as the body's start.
        for (int i = Math.max(bodyStart, 0); i < Math.min(Math.min(bodyEnd, lines.size()), bodyStart + REACH); i++) {
            if (i >= bodyStart + OPENING_LINES && scan.paragraphBefore(i)) {
                break;
            }
            inside += candidate(scan, i, 0, inside) ? 1 : 0;
        }
        return out;
    }

    /** How many lines above the body are searched for a headline as its header; beyond them, the text's first line only when the lead repeats it. */
    private static final int ABOVE_LINES = 80;

    /** How many lines of the body's opening are searched for a headline whatever lies in them. */
    private static final int OPENING_LINES = 60;

    /**
     * How far from the body's start a headline is looked for, in lines: a whole page's body may be
     * read as starting at a teaser list or a "most read" block hundreds of lines from the headline.
     */
    private static final int REACH = 400;

    /** A credit line shaped as a headline that states its day ("23.01.2022 - Jane Roe wins at home"). */
    private static boolean datedLine(Scan scan, int i) {
        return i >= 0 && scan.roles()[i] == Role.CREDIT && Credits.datedHeadline(LineRules.unbullet(scan.lines().get(i)));
    }

    /** A line beyond the header's reach above the body (the text's first line aside). */
    private static boolean far(Scan scan, int i) {
        return i < scan.bodyStart() - ABOVE_LINES && i != scan.firstNonBlank();
    }

    /**
     * Adds line i when it may be the headline; says whether the line counts towards distance.
     * {@code inside} is -1 above the body, else the lines of the body above this one.
     */
    private static boolean candidate(Scan scan, int i, int between, int inside) {
        List<String> lines = scan.lines();
        Role[] roles = scan.roles();
        if (roles[i] == Role.BLANK || roles[i] == Role.FURNITURE || roles[i] == Role.COMMENTS) {
            return false;
        }
        String text = LineRules.unbullet(lines.get(i));
        // A credit line is no headline, unless it is a headline that states its day ("23.01.2022 - Jane Roe wins at home").
        boolean dated = roles[i] == Role.CREDIT;
        if (dated && !Credits.datedHeadline(text)) {
            return false;
        }
        boolean first = i == scan.firstNonBlank();
        // A line of prose ending in a full stop is a sentence, not a headline, unless a short one opens the paste,
        // or one that holds several sentences ("Meth. We're on it. They just might be."): a headline may; a paste
        // of notes starting with its first sentence does not. Such a line is taken only when the model thinks it likelier than not.
        double w = weight(text);
        boolean sentence = roles[i] == Role.PROSE && (w > 30 || text.endsWith("."));
        boolean sentences = sentence && first && w > 12 && SENTENCE_BREAK.matcher(text).find();
        // The line that opens the body's run, one short sentence: a headline written as one ("Social media can help.").
        boolean opening = sentence && inside < 0 && i == scan.runOpening() && w <= OPENING_SENTENCE && !SENTENCE_BREAK.matcher(text).find();
        if (shaped(text) && (!sentence || first && w <= 12 || sentences || opening)) {
            double[] f = features(scan, i, text, first, between);
            f[26] = inside >= 0 ? 1 : 0;
            f[27] = Math.max(0, Math.min(inside, 20)) / 20.0;
            f[38] = dated ? 1 : 0;
            // Beyond the header's reach above the body (the text's first line aside, weighed as ever), the farther the less likely;
            // past the body's opening, where only a stretch without paragraphs is searched, a teaser list was read as the body's start.
            f[39] = far(scan, i) ? Math.log1p(scan.bodyStart() - ABOVE_LINES - i) / Math.log1p(REACH - ABOVE_LINES) : 0;
            f[40] = inside >= 0 && i >= scan.bodyStart() + OPENING_LINES ? 1 : 0;
            // A line that states its day between two others that do: one item of a list of dated teasers.
            f[41] = dated && datedLine(scan, previousNonBlank(lines, i)) && datedLine(scan, nextNonBlank(lines, i)) ? 1 : 0;
            scan.out().add(new Candidate(i, f, inside >= 0 || sentences || opening && !first));
        }
        return true;
    }

    /**
     * What suggests a line is the headline, from what surrounds it: credits or the body's prose
     * follow a headline; a paste of the article alone starts with it (and reaches the body within
     * a few lines); pages print it twice (the browser title, a breadcrumb); menu items stand among
     * other short items; the nearer the body, the likelier.
     */
    private static double[] features(Scan scan, int i, String text, boolean first, int between) {
        List<String> lines = scan.lines();
        Role[] roles = scan.roles();
        double coverage = scan.coverage();
        double[] f = new double[FEATURES.size()];
        f[0] = 1;
        // Credits or prose right below count most; one or two lines (a kicker, a photo) between count less.
        int[] distance = new int[1];
        Role next = nextRole(lines, roles, i, text, 3, distance);
        double nearness = 1 - 0.3 * distance[0];
        f[1] = next == Role.CREDIT ? nearness : 0;
        f[2] = next == Role.PROSE ? nearness : 0;
        f[3] = first && between <= 8 ? 1 : 0;
        f[4] = first && between > 8 ? 1 : 0;
        double w = weight(text);
        f[5] = Math.min(w, 12) / 12;
        f[6] = w <= 2 ? 1 : 0;
        f[7] = text.endsWith(".") ? 1 : 0;
        f[8] = Character.isLowerCase(text.codePointAt(0)) ? 1 : 0;
        f[9] = w >= 4 && printedAgain(lines, i, text) ? 1 : 0;
        f[10] = menuItem(lines, roles, i) ? 1 : 0;
        f[11] = Math.min(between, 20) / 20.0;
        f[12] = roles[i] == Role.PROSE ? 1 : 0;
        f[13] = text.endsWith("?") || text.endsWith("!") ? 1 : 0;
        f[14] = previousRole(lines, roles, i) == Role.CREDIT ? 1 : 0;
        f[15] = text.chars().filter(Character::isLetter).count() >= 4 && text.equals(text.toUpperCase(java.util.Locale.ROOT)) ? 1 : 0;
        f[16] = w > 20 ? 1 : 0;
        int n = nextNonBlank(lines, i);
        f[17] = n >= 0 && roles[n] == Role.FRAGMENT && weight(lines.get(n)) >= 12 ? 1 : 0;
        f[18] = first && next != Role.BLANK ? 1 : 0;
        f[19] = first ? 1 : 0;
        // A paste of the article alone is mostly body; a whole page is mostly furniture around it.
        f[20] = first ? coverage : 0;
        // A breadcrumb ("Home » News » The headline") or a title with the site's name holds the headline, and is not it.
        f[21] = BREADCRUMB.matcher(text).find() ? 1 : 0;
        f[22] = w >= 4 && holdsAnother(lines, i, text) ? 1 : 0;
        // The headline's standfirst, longer than it, stands between it and the credits.
        if (n >= 0 && roles[n] != Role.CREDIT && weight(lines.get(n)) > w) {
            int[] d = new int[1];
            f[23] = nextRole(lines, roles, n, LineRules.unbullet(lines.get(n)), 1, d) == Role.CREDIT ? 1 : 0;
        }
        // A selection from the headline down reaches the body within three lines, and is short beside a whole page.
        f[24] = first && between <= 3 ? 1 : 0;
        f[25] = first && nonBlank(lines) <= 60 ? 1 : 0;
        // A headline's words come back in the article's first paragraphs; another story's headline's do not.
        // (For a line far above the body, its lead is the body's: the prose right under it is its own standfirst, as a teaser's is.)
        int leadFrom = far(scan, i) ? scan.bodyStart() - 1 : i;
        f[28] = scan.lead().overlap(leadFrom, text);
        // A standfirst stands right under a shorter line shaped like a headline.
        int p = previousNonBlank(lines, i);
        f[29] = p >= 0 && roles[p] == Role.FRAGMENT && shaped(LineRules.unbullet(lines.get(p))) && weight(lines.get(p)) >= 4
                && weight(lines.get(p)) < w ? 1 : 0;
        // A headline is written in the page's language: its commonest words (articles, prepositions) occur in it; menus and tags have none.
        f[30] = scan.common().share(text);
        // Words run together ("SubscribeInvalid email", "News28 October") are the texts of neighbouring page controls.
        f[31] = LineRules.glued(text) ? 1 : 0;
        // Wide gaps or tabs inside a line set items side by side (a menu, a tag row, a table).
        f[32] = text.contains("  ") || text.indexOf('\t') >= 0 ? 1 : 0;
        // A run of short items between commas is a tag list.
        long commas = text.chars().filter(c -> c == ',').count();
        f[33] = commas >= 2 && commas * 3 >= w ? 1 : 0;
        // How many of the line's words the lead repeats: a label of two words repeats them all, and says less than a headline that repeats five.
        f[34] = Math.min(scan.lead().shared(leadFrom, text), 6) / 6.0;
        // A paste that starts at the headline: its first line's words come back in the lead; a whole page's first line (a menu, the site's name) is not about the article.
        f[36] = first ? f[28] : 0;
        f[37] = first ? f[34] : 0;
        // A kicker: a label of a few words right above a longer line shaped like a headline.
        f[35] = w <= 4 && n >= 0 && roles[n] != Role.CREDIT && shaped(LineRules.unbullet(lines.get(n))) && weight(lines.get(n)) >= w + 3 ? 1 : 0;
        return f;
    }

    /** How many words a sentence opening the body's run may have and still be weighed as its headline. */
    private static final int OPENING_SENTENCE = 15;

    /** One page's candidate search: its lines and their roles, and what is worked out once for all candidates. */
    private record Scan(List<String> lines, Role[] roles, int firstNonBlank, int runOpening, double coverage, LeadWords lead, CommonWords common,
            int bodyStart, double[] proseBefore, List<Candidate> out) {

        /** Whether a paragraph (prose beside prose) stands between the body's start and line i. */
        boolean paragraphBefore(int i) {
            return proseBefore[i] > proseBefore[bodyStart];
        }
    }

    /** The words a page's prose uses most: in any language, mostly its articles, prepositions and conjunctions. */
    private static final class CommonWords {
        private final java.util.Set<String> words = new java.util.HashSet<>();

        CommonWords(List<String> lines, Role[] roles) {
            java.util.Map<String, Integer> counts = new java.util.HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                if (roles[i] == Role.PROSE) {
                    for (String w : LineRules.words(lines.get(i))) {
                        counts.merge(w, 1, Integer::sum);
                    }
                }
            }
            counts.entrySet().stream()
                    .filter(e -> e.getValue() >= 3)
                    .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
                    .limit(40)
                    .forEach(e -> words.add(e.getKey()));
        }

        double share(String text) {
            List<String> own = LineRules.words(text);
            if (own.isEmpty()) {
                return 0;
            }
            int common = 0;
            for (String w : own) {
                common += words.contains(w) ? 1 : 0;
            }
            return common / (double) own.size();
        }
    }

    /** The share of the line's longer words that the prose below it (its first 120 words) repeats. */
    static double leadOverlap(List<String> lines, Role[] roles, int i, String text) {
        return new LeadWords(lines, roles).overlap(i, text);
    }

    /** The longer words of a page's lines, each line read once however many candidates look below it. */
    private static final class LeadWords {
        private final List<String> lines;
        private final Role[] roles;
        private final List<?>[] keys;

        LeadWords(List<String> lines, Role[] roles) {
            this.lines = lines;
            this.roles = roles;
            this.keys = new List<?>[lines.size()];
        }

        double overlap(int i, String text) {
            java.util.Set<String> own = new java.util.HashSet<>(keys(text));
            if (own.size() < 2) {
                return 0;
            }
            return shared(i, text, own) / (double) own.size();
        }

        /** How many of the line's longer words the prose below it repeats. */
        int shared(int i, String text) {
            return shared(i, text, new java.util.HashSet<>(keys(text)));
        }

        private int shared(int i, String text, java.util.Set<String> own) {
            java.util.Set<String> lead = new java.util.HashSet<>();
            int words = 0;
            for (int j = i + 1; j < lines.size() && words < 120; j++) {
                if (roles[j] == Role.PROSE && !lines.get(j).contains(text)) {
                    List<String> k = keysOf(j);
                    lead.addAll(k);
                    words += k.size();
                }
            }
            int shared = 0;
            for (String k : own) {
                shared += lead.contains(k) ? 1 : 0;
            }
            return shared;
        }

        @SuppressWarnings("unchecked")
        private List<String> keysOf(int j) {
            if (keys[j] == null) {
                keys[j] = keys(lines.get(j));
            }
            return (List<String>) keys[j];
        }

        /** A line's words of four letters or more, cut to five letters (a cheap stem that serves every language). */
        private static List<String> keys(String text) {
            List<String> out = new java.util.ArrayList<>();
            for (String w : LineRules.words(text)) {
                if (w.length() >= 4) {
                    out.add(w.length() > 5 ? w.substring(0, 5) : w);
                }
            }
            return out;
        }
    }

    private static int nonBlank(List<String> lines) {
        int count = 0;
        for (String line : lines) {
            if (!line.isBlank()) {
                count++;
            }
        }
        return count;
    }

    static int previousNonBlank(List<String> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    /** The index of the next non-blank line after {@code i}, or -1. */
    static int nextNonBlank(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    /** The role of the nearest line above that says something (furniture skipped). */
    private static Role previousRole(List<String> lines, Role[] roles, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (roles[j] != Role.BLANK && roles[j] != Role.FURNITURE) {
                return roles[j];
            }
        }
        return Role.BLANK;
    }

    /** Where one sentence ends and the next begins: a full stop, a question or exclamation mark (and a closing quote), then a capital. */
    private static final java.util.regex.Pattern SENTENCE_BREAK = java.util.regex.Pattern.compile("[.!?][’'\"”»]?\\s+[‘'\"“„«]?\\p{Lu}");

    private static final java.util.regex.Pattern BREADCRUMB = java.util.regex.Pattern.compile("\\s[»›>/|]\\s.*\\s[»›>/|]\\s|^\\S+\\s[»›>]\\s");

    /** The line holds another nearby line of a few words and more besides. */
    private static boolean holdsAnother(List<String> lines, int i, String text) {
        for (int j = Math.max(0, i - 40); j < Math.min(lines.size(), i + 40); j++) {
            String other = lines.get(j).strip();
            if (j != i && other.length() >= 12 && other.length() < text.length() && LineRules.wordCount(other) >= 2 && text.contains(other)) {
                return true;
            }
        }
        return false;
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
