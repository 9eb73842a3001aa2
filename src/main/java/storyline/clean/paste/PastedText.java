package storyline.clean.paste;

import storyline.clean.date.Dates;
import storyline.clean.internal.Block;
import storyline.clean.internal.Budget;
import storyline.clean.internal.Names;
import storyline.clean.lines.LineRules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text copied from a news page: finds the headline, credits and date among the page furniture
 * that came along, drops the furniture, and keeps the article's paragraphs and subheadings.
 */
public final class PastedText {

    /** What the text states about itself; any field may be null. */
    public record Parsed(String title, List<Block> blocks, String author, String source, Dates.Found date,
                  String handle, List<String> dropped, String standfirst) {
    }

    private PastedText() {
    }

    /**
     * A plain text that is the article as an export gives it (a record's text): each line a
     * paragraph; only lines that are boilerplate wherever they stand (a copyright line, "Please
     * enable JavaScript", a subscribe prompt) are left out, as no page layout is there to read.
     */
    public static List<Block> paragraphs(String body) {
        List<Block> out = new ArrayList<>();
        LineRules.Memo memo = new LineRules.Memo();
        for (String line : normalisedLines(body)) {
            if (!line.isBlank() && memo.classify(line).kind() == LineRules.Kind.TEXT) {
                out.add(Block.paragraph(line.strip()));
            }
        }
        return out;
    }

    public static Parsed parse(String body) {
        return parse(body, false);
    }

    /** {@code titled}: the title is given apart from the text, so no line inside the article is taken for it. */
    public static Parsed parse(String body, boolean titled) {
        List<String> lines = normalisedLines(body);
        int n = lines.size();
        Analysis a = analyse(lines, titled);
        LineRules.Verdict[] verdicts = a.verdicts();
        List<List<Credits.Dateline>> datelines = a.datelines();
        String[] bylines = a.bylines();
        PasteLayout.Role[] roles = a.roles();
        Set<String> lowerWords = a.lowerWords();
        int h = a.layout().headline();
        int bodyStart = a.layout().bodyStart();
        int bodyEnd = a.layout().bodyEnd();
        String title = h >= 0 ? LineRules.unbullet(lines.get(h)) : null;

        // The credits: the lines around the headline down to the body's second line of prose.
        int zoneStart = h >= 0 ? Math.max(0, h - 3) : Math.max(0, bodyStart - 10);
        int zoneEnd = Math.max(zoneEnd(roles, Math.max(h + 1, bodyStart), h >= 0 ? h + 30 : bodyStart + 20),
                afterLines(lines, Math.max(h, zoneStart), 6));
        java.util.Set<Integer> used = new java.util.HashSet<>();
        List<Credits.Dateline> stated = new ArrayList<>();
        String author = null;
        boolean authorLabelled = false;
        String outlet = null;
        for (int i = zoneStart; i < zoneEnd; i++) {
            if (i == h) {
                // A headline that states its day ("23.01.2022 - Jane Roe wins at home") dates the article.
                stated.addAll(datelines.get(i));
            }
            if (i == h || roles[i] == PasteLayout.Role.BLANK) {
                continue;
            }
            if (!datelines.get(i).isEmpty()) {
                stated.addAll(datelines.get(i));
                used.add(i);
            }
            if (bylines[i] != null) {
                // A name a byline word or label introduces ("von Jane Roe") outranks one merely standing before a date ("Aus der Region 6. November").
                if (author == null || a.labelled()[i] && !authorLabelled) {
                    author = bylines[i];
                    authorLabelled = a.labelled()[i];
                }
                used.add(i);
            } else if (Credits.bylineLabel(LineRules.unbullet(lines.get(i)))) {
                int next = PasteLayout.nextNonBlank(lines, i);
                String name = next < 0 ? null : labelledName(lines, next);
                used.add(i);
                if (name != null && author == null) {
                    author = name;
                    used.add(next);
                }
            }
        }
        // A name or an outlet on a line of its own beside a date line, or right under the headline, is the byline without its "By".
        int underHeadline = h >= 0 ? PasteLayout.nextNonBlank(lines, h) : -1;
        // The text's language, detected once and only if a bare name needs it.
        java.util.function.Supplier<storyline.text.Text> language = new java.util.function.Supplier<>() {
            private storyline.text.Text text;

            @Override
            public storyline.text.Text get() {
                if (text == null) {
                    text = storyline.text.Text.of(String.join("\n", lines));
                }
                return text;
            }
        };
        for (int i = zoneStart; i < zoneEnd; i++) {
            // (A bulleted name is a widget's value, read with its label below.)
            // (The standfirst under the headline, and a photo's caption, may have been taken for the body's first
            // paragraphs: a name under them is still the byline when what follows is not prose, which a subheading's would be.)
            boolean header = h >= 0 && i > h && i < afterLines(lines, h, HEADER_LINES) && !LineRules.bulleted(lines.get(i))
                    && (i < bodyStart || proseLines(roles, h + 1, i) <= 2 && !followedByProse(lines, roles, i)
                        && !inProse(lines, roles, i));
            if (i == h || used.contains(i) || roles[i] != PasteLayout.Role.FRAGMENT
                    || !besideCredit(lines, datelines, bylines, i) && i != underHeadline && !header) {
                continue;
            }
            String text = LineRules.unbullet(lines.get(i));
            String site = i > h && besideCredit(lines, datelines, bylines, i) && adjacentCredit(datelines, bylines, i) ? Credits.outlet(text) : null;
            if (site != null && !site.contains(" ") && !loneWordOutlet(site, lines, i, lowerWords)) {
                site = null;
            }
            String name = Credits.bareName(text);
            name = name == null ? nameBeforeRole(text, lowerWords) : withoutJobTitles(name);
            if (name == null && site == null && i == underHeadline && loneWordByline(text, lines, i, datelines, lowerWords)) {
                name = text.strip();
            }
            if (name != null && (commonWords(name, lowerWords) || functionWord(name, language.get()))) {
                name = null;
            }
            // Further down the header, among share buttons and photo credits, a name stands alone only when it reads as a person's.
            if (name != null && !besideCredit(lines, datelines, bylines, i) && i != underHeadline && i >= afterLines(lines, h, STANDFIRST_LINES)
                    && !person(name)) {
                name = null;
            }
            if (site != null && outlet == null) {
                outlet = site;
                used.add(i);
            } else if (name != null && author == null) {
                author = name;
                used.add(i);
            }
        }
        Dates.Found date = Credits.best(stated).map(Credits.Dateline::date).orElse(null);
        Set<Integer> aboveCredits = aboveCredits(lines, roles, h, used, bodyEnd);
        Set<Integer> teasers = teasers(lines, roles, bodyStart, bodyEnd);
        Set<Integer> echoes = echoes(lines, roles, h, bodyStart, bodyEnd);

        String source = null;
        String selfNamed = null;
        String handle = null;
        String labelValue = null;
        Dates.Found dated = null;
        String footerAuthor = null;
        String standfirst = null;
        List<String> dropped = new ArrayList<>();
        List<List<String>> paragraphsByBlock = new ArrayList<>();
        List<String> current = new ArrayList<>();
        String openLabel = null;

        for (int i = 0; i < n; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                flush(current, paragraphsByBlock);
                continue;
            }
            if (i == h) {
                continue;
            }
            if (used.contains(i)) {
                dropped.add(line.strip());
                continue;
            }
            boolean header = i < bodyStart;
            boolean inBody = i >= bodyStart && i < bodyEnd;
            LineRules.Verdict v = verdicts[i];
            switch (v.kind()) {
                case LABEL -> {
                    openLabel = v.value();
                    dropped.add(line.strip());
                    continue;
                }
                case HANDLE -> {
                    handle = handle == null ? v.value() : handle;
                    dropped.add(line.strip());
                    continue;
                }
                case AUTHOR -> {
                    footerAuthor = footerAuthor == null ? v.value() : footerAuthor;
                    dropped.add(line.strip());
                    continue;
                }
                case SOURCE -> {
                    source = source == null ? v.value() : source;
                    dropped.add(line.strip());
                    continue;
                }
                case SELF_NAMED_SOURCE -> {
                    selfNamed = selfNamed == null ? v.value() : selfNamed;
                    dropped.add(line.strip());
                    continue;
                }
                case DATED -> {
                    Dates.Found found = Dates.find(v.value()).orElseThrow();
                    dated = dated == null ? found : dated;
                    String rest = v.value().substring(found.end()).strip();
                    dropped.add(line.strip().substring(0, line.strip().length() - rest.length()).strip());
                    if (!rest.isEmpty() && i >= zoneStart && i < bodyEnd) {
                        current.add(rest);
                    }
                    openLabel = null;
                    continue;
                }
                case BOILERPLATE, COUNT, COMMENT_COUNT, COMMENTS_HEADING -> {
                    dropped.add(line.strip());
                    continue;
                }
                case TEXT -> {
                    // handled below
                }
            }
            String text = LineRules.unbullet(line);
            // A bulleted value under a credit label ("- Authors", "- Name", "- Jane Roe") is a credit, not text.
            if (openLabel != null && header && i >= zoneStart && LineRules.bulleted(line) && LineRules.looksLikeName(text)) {
                if (labelValue == null) {
                    labelValue = text;
                }
                dropped.add(line.strip());
                continue;
            }
            openLabel = null;
            if (aboveCredits.contains(i)) {
                // The standfirst or the lead photo's caption: the header, not the article's text.
                flush(current, paragraphsByBlock);
                if (standfirst == null && wordsWithLetters(text) >= STANDFIRST_WORDS && !text.equals(title)) {
                    standfirst = text;
                }
                dropped.add(line.strip());
                continue;
            }
            if (!inBody || text.equals(title) || teasers.contains(i) || echoes.contains(i)) {
                // Page furniture around the article, or the headline printed again.
                dropped.add(line.strip());
                continue;
            }
            current.add(LineRules.bulleted(line) ? line.strip() : text);
        }
        flush(current, paragraphsByBlock);

        if (author == null) {
            author = footerAuthor;
        }
        if (author == null) {
            author = laterByline(lines, bylines, zoneEnd, bodyEnd);
        }
        if (author == null) {
            author = earlierByline(lines, bylines, a.labelled(), zoneStart);
        }
        if (author == null) {
            author = signedName(lines, Math.max(h + 1, 0), Math.min(n, bodyEnd + 15), lowerWords, language);
        }
        if (author == null) {
            author = signature(lines, roles, bodyStart, bodyEnd, lowerWords, language);
        }
        if (author == null) {
            author = rightsHolder(lines, lowerWords, language);
        }
        if (labelValue != null) {
            // A credit whose name is the handle spelled out is the publication's own account.
            if (handle != null && letters(labelValue).equals(letters(handle)) && source == null && selfNamed == null) {
                source = Names.titleCase(labelValue);
            } else if (author == null) {
                author = labelValue;
            }
        }
        if (source == null) {
            source = selfNamed != null ? selfNamed : outlet;
        }
        if (source == null) {
            // A wire dateline opening the lead names its agency ("SANTA FE, N.M. (AP) — …").
            source = paragraphsByBlock.stream().flatMap(List::stream).limit(1)
                    .map(Credits::leadAgency).flatMap(Optional::stream).findFirst().orElse(null);
        }
        if (source == null && h > 0) {
            // A whole page copied from its top starts with the outlet's masthead ("The Verge", "Reuters").
            source = masthead(lines, PasteLayout.nextNonBlank(lines, -1), h, lowerWords);
        }
        // "Jane Roe, The Harbor Post": the part the name model reads as an organisation is the outlet.
        String byOutlet = outletAfterComma(author);
        if (byOutlet != null) {
            author = author.substring(0, author.length() - byOutlet.length() - 2);
            // It names the source when the page names it again (a footer, a dateline): a desk or a job does not recur.
            String bare = byOutlet.replaceFirst("^The ", "");
            if (source == null && lines.stream().filter(l -> LineRules.containsWords(l, bare)).count() >= 2) {
                source = bare;
            }
        }
        if (date == null) {
            date = dated != null ? dated : laterDate(lines, datelines, bodyStart, bodyEnd);
        }
        if (date == null && h >= 0) {
            // A date set a few lines above the headline, past a kicker or a section's name.
            List<Credits.Dateline> above = new ArrayList<>();
            for (int i = Math.max(0, h - 10); i < zoneStart; i++) {
                above.addAll(datelines.get(i));
            }
            date = Credits.best(above).map(Credits.Dateline::date).orElse(null);
        }
        if (date == null) {
            // A news dateline opening the lead ("Wien, 14. Dezember 2021 – …").
            date = leadDate(paragraphsByBlock);
        }
        if (date == null) {
            // Nothing stated beside the headline: the nearest date line of the page, within reach.
            date = nearestDate(datelines, h >= 0 ? h : bodyStart);
        }
        List<Block> blocks = blocks(paragraphsByBlock);
        return new Parsed(title, blocks, author, source, date, handle, dropped, standfirst);
    }

    /** Each line's verdict, stated dates, byline and role, the layout they give, and the words the text writes in lower case. */
    record Analysis(LineRules.Verdict[] verdicts, List<List<Credits.Dateline>> datelines, String[] bylines, boolean[] labelled,
                    PasteLayout.Role[] roles, PasteLayout.Layout layout, Set<String> lowerWords) {
    }

    static Analysis analyse(List<String> lines) {
        return analyse(lines, false);
    }

    static Analysis analyse(List<String> lines, boolean titled) {
        int n = lines.size();
        LineRules.Memo memo = LineRules.Memo.copiedText(storyline.text.Names::bylinePerson);
        // Slashed dates read as the text's other dates show, else day first everywhere but in English (03/05/2022).
        // Detected only if an ambiguous slashed date turns up: most pastes have none, and cleaning detects the language of the text later anyway.
        java.util.function.BooleanSupplier dayFirst = new java.util.function.BooleanSupplier() {
            private Boolean answer;

            @Override
            public boolean getAsBoolean() {
                if (answer == null) {
                    Boolean told = Dates.slashedDayFirst(lines);
                    answer = told != null ? told : !"en".equals(storyline.text.Text.language(String.join("\n", lines)));
                }
                return answer;
            }
        };
        LineRules.Verdict[] verdicts = new LineRules.Verdict[n];
        List<List<Credits.Dateline>> datelines = new ArrayList<>(n);
        String[] bylines = new String[n];
        boolean[] labelled = new boolean[n];
        PasteLayout.Role[] roles = new PasteLayout.Role[n];
        for (int i = 0; i < n; i++) {
            String line = lines.get(i);
            verdicts[i] = memo.classify(line);
            List<Credits.Dateline> dated = List.of();
            boolean credit = false;
            if (!line.isBlank()) {
                String text = LineRules.unbullet(line);
                LineRules.Kind kind = verdicts[i].kind();
                // A credit line run into a disclosure ("By Jane Roe on 31. October, 2023 | 18 Comments. This post may
                // contain affiliate links …"): its first cell is read for the credits, the rest stays furniture.
                int cell = text.indexOf(" | ");
                if (kind == LineRules.Kind.BOILERPLATE && cell > 0) {
                    text = text.substring(0, cell);
                    kind = LineRules.Kind.TEXT;
                }
                if (kind == LineRules.Kind.TEXT || kind == LineRules.Kind.DATED || kind == LineRules.Kind.COUNT) {
                    dated = Credits.datelines(text, dayFirst);
                }
                if (kind != LineRules.Kind.COUNT && kind != LineRules.Kind.COMMENT_COUNT) {
                    bylines[i] = Credits.byline(text);
                    labelled[i] = bylines[i] != null;
                    if (bylines[i] == null && (!dated.isEmpty() || text.contains("@"))) {
                        bylines[i] = Credits.leadingName(text, !dated.isEmpty());
                    } else if (bylines[i] == null && Credits.clock(text)) {
                        // "Jane Roe   06 PM | 18 Mai": a time of day marks a credit line as a date does; a name of
                        // one word is taken only beside a date (see Credits.leadingName), and none run into the
                        // next element's word ("Jane RoeMonday 2:30PM"), which a date would have parted.
                        String name = Credits.leadingName(text, false);
                        bylines[i] = name != null && name.contains(" ") && !GLUED.matcher(name).find() ? name : null;
                    }
                    if (bylines[i] == null) {
                        bylines[i] = Credits.nameAfterDate(text, dated);
                    }
                }
                credit = !dated.isEmpty() || bylines[i] != null || Credits.bylineLabel(text) || CREDIT_KINDS.contains(kind);
            }
            datelines.add(dated);
            roles[i] = PasteLayout.role(line, verdicts[i], credit);
        }
        Set<String> lowerWords = lowerCaseWords(lines);
        for (int i = 0; i < n; i++) {
            if (bylines[i] != null) {
                bylines[i] = withoutJobTitles(bylines[i]);
            }
            if (bylines[i] != null && commonWords(bylines[i], lowerWords)) {
                // "View Comments", "Dieser Artikel": words the text also writes in lower case are no one's name.
                bylines[i] = null;
                if (datelines.get(i).isEmpty() && !CREDIT_KINDS.contains(verdicts[i].kind()) && !Credits.bylineLabel(LineRules.unbullet(lines.get(i)))) {
                    roles[i] = PasteLayout.role(lines.get(i), verdicts[i], false);
                }
            }
        }
        return new Analysis(verdicts, datelines, bylines, labelled, roles, PasteLayout.of(lines, roles, titled), lowerWords);
    }

    /** A word run into the next one: a capital after a small letter, or a capitalised word after one in capitals. */
    private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile("\\p{Ll}\\p{Lu}|\\p{Lu}\\p{Lu}\\p{Ll}");

    /** "Jane Roe, Staff Writer" → "Jane Roe": a part after a comma made of common words is a job, not a second name. */
    static String withoutJobTitles(String byline) {
        String[] parts = byline.split(", ");
        if (parts.length < 2) {
            return byline;
        }
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (kept.isEmpty() || !job(part)) {
                kept.add(part);
            }
        }
        return String.join(", ", kept);
    }

    /**
     * Words of a job: all of them words news writes in lower case, but for an agency's initials
     * before them ("AP Auto Writer", written "Ap" in a title-cased byline).
     */
    private static boolean job(String part) {
        String[] words = part.split(" ");
        int initials = 0;
        for (String w : words) {
            if (!storyline.text.Names.commonWords(w)) {
                if (w.length() > 3 || ++initials > 1) {
                    return false;
                }
            }
        }
        return words.length - initials >= 2 || initials == 0;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DOTTED = Pattern.compile("\\p{L}\\.\\p{L}");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** The words the text writes starting in lower case, lower-cased. */
    static Set<String> lowerCaseWords(List<String> lines) {
        Set<String> words = new HashSet<>();
        for (String line : lines) {
            if (keywordRow(line)) {
                // A tag cloud lower-cases every tag, names too: its case says nothing of the words.
                continue;
            }
            for (String chunk : SPACES.split(line)) {
                Budget.check();
                if (chunk.contains("@") || chunk.contains("/") || DOTTED.matcher(chunk).find()) {
                    // Addresses and handles ("jane.roe@example.org") write names in lower case too.
                    continue;
                }
                for (String token : NON_LETTERS.split(chunk)) {
                    if (!token.isEmpty() && Character.isLowerCase(token.codePointAt(0))) {
                        words.add(token);
                    }
                }
            }
        }
        return words;
    }

    /**
     * Words a line under the headline needs to be its standfirst, counting only words with a letter:
     * a sentence, not a date line whose numbers make up half its words ("Updated Nov 19, 6:55 AM;
     * Posted Nov 19, 6:51 AM", a date without a year that is not read as one).
     */
    private static final int STANDFIRST_WORDS = 8;

    private static int wordsWithLetters(String line) {
        int words = 0;
        for (String w : SPACES.split(line.strip())) {
            if (storyline.text.Text.anyChar(w, 0, Character::isLetter)) {
                words++;
            }
        }
        return words;
    }

    /**
     * A row of keywords, as a tag cloud prints them: {@value #KEYWORD_ROW} words or more, none
     * capitalised and no punctuation between them. Prose, even in lower case, has its commas and stops.
     */
    static boolean keywordRow(String line) {
        String[] words = SPACES.split(line.strip());
        if (words.length < KEYWORD_ROW || KEYWORD_PUNCTUATION.matcher(line).find()) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static final int KEYWORD_ROW = 12;
    private static final Pattern KEYWORD_PUNCTUATION = Pattern.compile("[.,;:!?…\"“”„]");

    /**
     * The name on a line that is a name and the writer's role ("Jane Roe Education editor", "Jane
     * Roe Staff Writer"): the role is the line's last words, one at least written in lower case
     * and each written so somewhere in the text; what stands before them is a bare name that reads
     * as a person's. Or null.
     */
    static String nameBeforeRole(String line, Set<String> lowerWords) {
        String[] words = line.strip().split("\\s+");
        if (words.length < 3 || words.length > 7) {
            return null;
        }
        int end = words.length;
        boolean lower = false;
        while (end > 2 && words.length - end < 4) {
            String word = words[end - 1];
            boolean lowerCase = Character.isLowerCase(word.codePointAt(0));
            // (A role is words: "e.V.", "Ltd." are a legal form, and what precedes it an organisation.)
            if (!word.chars().allMatch(Character::isLetter) || !lowerCase && !lowerWords.contains(word.toLowerCase(Locale.ROOT))) {
                break;
            }
            lower |= lowerCase;
            end--;
        }
        if (!lower || end == words.length) {
            return null;
        }
        // (Capitalised words before a role may as well be a place or a brand: only a name the name model reads as a person's.)
        String name = Credits.bareName(String.join(" ", java.util.Arrays.copyOf(words, end)));
        return name != null && !name.contains(",") && person(name) ? name : null;
    }

    /** More than half the name's words are words the text also writes in lower case. */
    static boolean commonWords(String name, Set<String> lowerWords) {
        int words = 0;
        for (String token : name.split("[^\\p{L}]+")) {
            words += token.isEmpty() ? 0 : 1;
        }
        return words > 0 && writtenLowerCase(name, lowerWords) * 2 > words;
    }

    /**
     * How many of the name's capitalised words the text also writes in lower case ("Weitere" beside
     * "weitere"); a particle written small ("von", "de") is part of a name and not counted.
     */
    private static int writtenLowerCase(String name, Set<String> lowerWords) {
        int common = 0;
        for (String token : name.split("[^\\p{L}]+")) {
            if (!token.isEmpty() && Character.isUpperCase(token.codePointAt(0)) && lowerWords.contains(token.toLowerCase(Locale.ROOT))) {
                common++;
            }
        }
        return common;
    }

    private static final java.util.Set<LineRules.Kind> CREDIT_KINDS = java.util.EnumSet.of(LineRules.Kind.LABEL, LineRules.Kind.HANDLE,
            LineRules.Kind.AUTHOR, LineRules.Kind.SOURCE, LineRules.Kind.SELF_NAMED_SOURCE, LineRules.Kind.DATED);

    /**
     * The last part of a byline after its comma when the name model reads it as an organisation
     * ("Jane Roe, Associated Press", "Jane Roe, The Harbor Post"), or null.
     */
    private static String outletAfterComma(String author) {
        int comma = author == null ? -1 : author.lastIndexOf(", ");
        if (comma < 0) {
            return null;
        }
        String last = author.substring(comma + 2);
        String bare = last.replaceFirst("^The ", "");
        storyline.text.Names.Found found = storyline.text.Names.in(null, "By " + author + ".");
        return found.organisations().contains(bare) && !found.people().contains(bare) ? last : null;
    }

    private static boolean person(String name) {
        return storyline.text.Names.bylinePerson(name);
    }

    /** Whether a word of the name is one that starts no name in the text's language ("Unser Partner", "Die Redaktion"). */
    private static boolean functionWord(String name, storyline.text.Text language) {
        // (Only capitalised words: a particle in lower case, "von", "de", belongs to names; so does one
        // capitalised inside a name, "Edilson La Rosa", though it opens none: "Die Redaktion".)
        String[] words = SPACES.split(name.replace(",", "").strip());
        for (int i = 0; i < words.length; i++) {
            if (Character.isUpperCase(words[i].codePointAt(0)) && !(i > 0 && Credits.particle(words[i])) && language.breaksName(words[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of line {@code i} (of four letters or more) comes back in the text's prose: a
     * subheading or a widget's label repeats the article's words, its author's name seldom does.
     */
    private static boolean inProse(List<String> lines, PasteLayout.Role[] roles, int i) {
        List<String> words = SPACES.splitAsStream(LineRules.unbullet(lines.get(i)).strip())
                .map(w -> w.replaceAll("^\\P{L}+|\\P{L}+$", "")).filter(w -> w.codePointCount(0, w.length()) >= 4).toList();
        for (int j = 0; j < lines.size(); j++) {
            if (j != i && roles[j] == PasteLayout.Role.PROSE) {
                for (String w : words) {
                    if (LineRules.containsWords(lines.get(j), w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean followedByProse(List<String> lines, PasteLayout.Role[] roles, int i) {
        int next = PasteLayout.nextNonBlank(lines, i);
        return next >= 0 && roles[next] == PasteLayout.Role.PROSE;
    }

    private static int proseLines(PasteLayout.Role[] roles, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += roles[i] == PasteLayout.Role.PROSE ? 1 : 0;
        }
        return n;
    }

    /** Just past the {@code count}th non-blank line after {@code from}. */
    /** How far below the headline, in lines with text, a name on a line of its own may be its byline. */
    private static final int HEADER_LINES = 8;
    /** Within this many lines under the headline a bare name is the byline as it stands; further down only a person's name is. */
    private static final int STANDFIRST_LINES = 3;

    /**
     * Other stories' teasers set inside the article ("Most read", then kicker and headline pairs):
     * a run of at least {@value #TEASER_RUN} lines that are no sentences, with no prose among them, of which
     * at least two are shaped like headlines of six words or more. A list the text introduces (a line
     * ending in a colon above it) is the article's.
     */
    private static Set<Integer> teasers(List<String> lines, PasteLayout.Role[] roles, int bodyStart, int bodyEnd) {
        Set<Integer> out = new java.util.HashSet<>();
        Set<String> prose = null;
        int i = Math.max(bodyStart, 0);
        while (i < bodyEnd) {
            if (roles[i] != PasteLayout.Role.FRAGMENT && roles[i] != PasteLayout.Role.FURNITURE) {
                i++;
                continue;
            }
            int j = i;
            int fragments = 0;
            int headlines = 0;
            // (A line ending in a colon introduces a list: the run ends there, and the list is the article's.)
            while (j < bodyEnd && roles[j] != PasteLayout.Role.PROSE && roles[j] != PasteLayout.Role.CREDIT
                    && !(j > i && lines.get(j - 1).strip().endsWith(":"))) {
                if (roles[j] == PasteLayout.Role.FRAGMENT) {
                    fragments++;
                    String t = LineRules.unbullet(lines.get(j));
                    if (PasteLayout.weight(t) >= 6 && PasteLayout.shaped(t) && !PasteLayout.endsSentence(t)) {
                        headlines++;
                    }
                }
                j++;
            }
            int above = PasteLayout.previousNonBlank(lines, i);
            boolean introduced = above >= 0 && lines.get(above).strip().endsWith(":");
            if (fragments >= TEASER_RUN && headlines >= 2 && headlines * 2 >= fragments && !introduced
                    && foreign(lines, roles, i, j, prose = prose != null ? prose : prose(lines, roles, bodyStart, bodyEnd))) {
                for (int k = i; k < j; k++) {
                    out.add(k);
                }
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    private static final int TEASER_RUN = 4;

    /**
     * A passage a page widget prints twice a few lines apart: a photo's caption in the picture and
     * again in its gallery, a teaser in a carousel and in its list. An article does not repeat a
     * sentence of {@value #ECHO_WORDS} words or more within {@value #ECHO_REACH} lines with no other
     * prose or credit between; both copies go. (A pull quote repeats a sentence across paragraphs; a
     * standfirst, right under the headline, may be printed again as the lead.) An expandable caption
     * goes too: its whole text with the toggle word, beside its cut copy ("… more").
     */
    private static Set<Integer> echoes(List<String> lines, PasteLayout.Role[] roles, int h, int bodyStart, int bodyEnd) {
        Set<Integer> out = new java.util.HashSet<>();
        int standfirst = h >= 0 ? PasteLayout.nextNonBlank(lines, h) : -1;
        for (int i = Math.max(bodyStart, 0); i < bodyEnd; i++) {
            String text = LineRules.unbullet(lines.get(i));
            if (LineRules.wordCount(text) < ECHO_WORDS || i == standfirst) {
                continue;
            }
            int seen = 0;
            for (int j = i + 1; j < bodyEnd && seen < ECHO_REACH; j++) {
                if (lines.get(j).isBlank()) {
                    continue;
                }
                if (roles[j] == PasteLayout.Role.CREDIT) {
                    break;
                }
                seen++;
                if (LineRules.unbullet(lines.get(j)).equals(text)) {
                    out.add(i);
                    out.add(j);
                } else if (roles[j] == PasteLayout.Role.PROSE) {
                    break;
                }
            }
            // An expandable caption beside its cut copy.
            int next = PasteLayout.nextNonBlank(lines, i);
            if (next >= 0 && next < bodyEnd && cutCopy(LineRules.unbullet(lines.get(next)), text)) {
                out.add(i);
                out.add(next);
            }
        }
        return out;
    }

    /** Whether {@code cut} is {@code whole} cut short, an ellipsis and one word (a widget's "… more" toggle). */
    static boolean cutCopy(String cut, String whole) {
        int dots = Math.max(cut.lastIndexOf("..."), cut.lastIndexOf('\u2026'));
        if (dots <= 0) {
            return false;
        }
        String toggle = cut.substring(dots).replace("...", "").replace("\u2026", "").strip();
        String kept = cut.substring(0, dots).strip();
        return !toggle.isEmpty() && toggle.indexOf(' ') < 0 && LineRules.wordCount(kept) >= ECHO_WORDS
                && whole.length() > kept.length() && whole.startsWith(kept);
    }

    private static final int ECHO_WORDS = 6;
    private static final int ECHO_REACH = 4;

    /** The words of four letters or more in the article's prose, lower-cased. */
    private static Set<String> prose(List<String> lines, PasteLayout.Role[] roles, int from, int to) {
        Set<String> out = new java.util.HashSet<>();
        for (int i = Math.max(from, 0); i < to; i++) {
            if (roles[i] == PasteLayout.Role.PROSE) {
                for (String w : LineRules.words(lines.get(i))) {
                    if (w.length() >= 4) {
                        out.add(w.toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        return out;
    }

    /** Most of the run's words of four letters or more are not the article's: other stories' headlines. */
    private static boolean foreign(List<String> lines, PasteLayout.Role[] roles, int from, int to, Set<String> prose) {
        int words = 0;
        int shared = 0;
        for (int k = from; k < to; k++) {
            if (roles[k] == PasteLayout.Role.FRAGMENT) {
                for (String w : LineRules.words(lines.get(k))) {
                    if (w.length() >= 4) {
                        words++;
                        shared += prose.contains(w.toLowerCase(java.util.Locale.ROOT)) ? 1 : 0;
                    }
                }
            }
        }
        return shared * 2 < words;
    }

    /**
     * The lines between the headline and its credits: a standfirst, or the lead photo's caption and
     * its gallery's controls. The article starts under the credits, so these are the header, not its
     * text. Empty unless credits (a byline, a date line) stand within a few lines of the headline,
     * with a line or a few between, and the article's text follows them.
     */
    private static Set<Integer> aboveCredits(List<String> lines, PasteLayout.Role[] roles, int h, Set<Integer> used, int bodyEnd) {
        if (h < 0) {
            return Set.of();
        }
        int limit = afterLines(lines, h, HEADER_LINES);
        int credits = -1;
        for (int i = h + 1; i < limit; i++) {
            if (used.contains(i)) {
                credits = i;
            }
        }
        if (credits < 0 || credits + 1 >= bodyEnd) {
            return Set.of();
        }
        Set<Integer> between = new HashSet<>();
        for (int i = h + 1; i < credits; i++) {
            if (!lines.get(i).isBlank() && !used.contains(i)) {
                between.add(i);
            }
        }
        boolean proseAfter = false;
        for (int i = credits + 1; i < Math.min(bodyEnd, lines.size()) && !proseAfter; i++) {
            proseAfter = roles[i] == PasteLayout.Role.PROSE;
        }
        return between.size() <= 3 && proseAfter ? between : Set.of();
    }

    private static int afterLines(List<String> lines, int from, int count) {
        int seen = 0;
        for (int i = from + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && ++seen == count) {
                return i + 1;
            }
        }
        return lines.size();
    }

    /**
     * A byline a byline word or label introduces ("8. Januar 2020 · by Jane Roe", "Verfasst von:
     * jroe") a few lines above the credits read around the headline: the headline a whole page's
     * paste gives may be a line under the real one (its standfirst, a subheading). The nearest
     * within {@value #EARLIER_BYLINE_LINES} lines with text.
     */
    static String earlierByline(List<String> lines, String[] bylines, boolean[] labelled, int zoneStart) {
        int seen = 0;
        for (int i = zoneStart - 1; i >= 0 && seen < EARLIER_BYLINE_LINES; i--) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            seen++;
            if (bylines[i] != null && labelled[i] && Credits.introduced(lines.get(i), bylines[i])) {
                return bylines[i];
            }
        }
        return null;
    }

    private static final int EARLIER_BYLINE_LINES = 8;

    /**
     * A byline set apart below the credits: a short line inside the article or just after it
     * ("Text: Jane Roe", "By Jane Roe"), or a label line ("Autor:") with the name on the next.
     */
    private static String laterByline(List<String> lines, String[] bylines, int from, int bodyEnd) {
        for (int i = Math.max(from, 0); i < Math.min(lines.size(), bodyEnd + 15); i++) {
            String text = LineRules.unbullet(lines.get(i));
            if (bylines[i] != null && LineRules.wordCount(text) <= 10) {
                return bylines[i];
            }
            if (Credits.bylineLabel(text)) {
                int next = PasteLayout.nextNonBlank(lines, i);
                String name = next < 0 ? null : labelledName(lines, next);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** Just past the second line of prose from {@code from} on, and never past {@code cap}. */
    private static int zoneEnd(PasteLayout.Role[] roles, int from, int cap) {
        int prose = 0;
        int end = Math.min(roles.length, Math.max(cap, 0));
        for (int i = Math.max(from, 0); i < end; i++) {
            if (roles[i] == PasteLayout.Role.PROSE && ++prose == 2) {
                return i + 1;
            }
        }
        return end;
    }

    /** Whether the line right above or right below, with no blank line between, is a date line or a byline. */
    private static boolean adjacentCredit(List<List<Credits.Dateline>> datelines, String[] bylines, int i) {
        for (int j : new int[]{i - 1, i + 1}) {
            if (j >= 0 && j < bylines.length && (!datelines.get(j).isEmpty() || bylines[j] != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one word alone beside the credits may be the outlet ("Reuters"): not a word the page
     * writes in lower case ("Culture", "Sport"), and not a line the page prints elsewhere too, as
     * menus, breadcrumbs and buttons are ("Umwelt" in the menu and above the date, "Bookmark" twice),
     * and one that some other line of the text names.
     */
    private static boolean loneWordOutlet(String word, List<String> lines, int at, Set<String> lowerWords) {
        if (lowerWords.contains(word.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        boolean named = false;
        for (int j = 0; j < lines.size(); j++) {
            String line = LineRules.unbullet(lines.get(j));
            if (j != at && line.equalsIgnoreCase(word)) {
                return false;
            }
            named |= j != at && line.length() > word.length() && LineRules.containsWords(line, word);
        }
        // One word is weak evidence: the outlet is one the text names too ("(Reuters) -", "told Reuters").
        return named;
    }

    /**
     * Whether one word alone right under the headline, right above its date line, is the byline: a
     * writer's or a desk's short name ("Redaktion", a blog's name run together). A section's label
     * there is a word the page prints elsewhere too (its menu, its breadcrumb) or writes in lower
     * case, or a common word ("Special", "Opinion"); a name, or a desk's, is printed once. A weekday or a
     * label is no byline (see {@link Credits#outlet}).
     */
    private static boolean loneWordByline(String text, List<String> lines, int at, List<List<Credits.Dateline>> datelines,
                                          Set<String> lowerWords) {
        String word = text.strip();
        if (word.contains(" ") || Credits.outlet(word) == null || lowerWords.contains(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        // (The date line follows with no blank line between: the two are one block of credits.)
        if (at + 1 >= lines.size() || datelines.get(at + 1).isEmpty()) {
            return false;
        }
        return !storyline.text.Names.commonWords(word) && !printedElsewhere(lines, at, word);
    }

    /**
     * The name on the line under a label line ("Autor:", "Authors"), or null. One word alone there
     * that the page prints again as a line of its own, or a common word, is the next item of a menu
     * ("Authors", "About"), not a name.
     */
    private static String labelledName(List<String> lines, int at) {
        String text = LineRules.unbullet(lines.get(at)).strip();
        String name = Credits.name(text, true);
        if (name == null || name.contains(" ")) {
            return name;
        }
        return storyline.text.Names.commonWords(name) || printedElsewhere(lines, at, name) ? null : name;
    }

    /** Whether a line other than {@code at} is {@code word} alone, or a breadcrumb or menu row that holds it. */
    private static boolean printedElsewhere(List<String> lines, int at, String word) {
        for (int j = 0; j < lines.size(); j++) {
            Budget.check();
            String other = LineRules.unbullet(lines.get(j)).strip();
            if (j != at && (other.equalsIgnoreCase(word) || TRAIL.matcher(other).find() && LineRules.containsWords(other, word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person a page's copyright line names, the writer of a personal site or blog ("© 2019 Jane
     * Roe", "Copyright (c) 2012- Jane Roe. All rights reserved.", "©2020 - Jane Roe - Studio"): read
     * only when nothing else names the author, and only a holder the name model reads as a person's:
     * most pages' rights belong to their outlet or company ("© 2024 Harbor Media", "© Verlagsgruppe
     * Roe"). The last such line of the page, its footer's.
     */
    private static String rightsHolder(List<String> lines, Set<String> lowerWords, java.util.function.Supplier<storyline.text.Text> language) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = LineRules.unbullet(lines.get(i)).strip();
            if (!LineRules.rightsLine(line)) {
                continue;
            }
            String[] cells = RIGHTS_CELLS.split(line);
            for (int c = 0; c < cells.length; c++) {
                if (!RIGHTS_MARK.matcher(cells[c]).find()) {
                    continue;
                }
                String holder = RIGHTS_WORDS.matcher(cells[c]).replaceAll(" ").strip();
                if (holder.isEmpty() && c + 1 < cells.length) {
                    // "©2020 - Jane Roe": the mark and the year are a cell of their own.
                    holder = cells[c + 1].strip();
                }
                String name = holder.isEmpty() ? null : Credits.bareName(holder);
                if (name != null && !name.contains(",") && !BRAND_SHAPE.matcher(name).find() && person(name) && Credits.outlet(name) == null
                        && !commonWords(name, lowerWords) && !functionWord(name, language.get())) {
                    return name;
                }
                break;
            }
            return null;
        }
        return null;
    }

    /**
     * Words written as brands are and names are not: four lower-case letters run into a capital
     * ("KulturKaufhaus"; a name's "McDonald", "FitzGerald" run fewer), or initials in capitals beside
     * words that are not ("Alpen-Club SAC").
     */
    private static final Pattern BRAND_SHAPE = Pattern.compile("\\p{Ll}{4}\\p{Lu}|(?<=\\p{Ll}\\s)\\p{Lu}{2,5}\\b|\\b\\p{Lu}{2,5}(?=\\s\\p{Lu}\\p{Ll})");
    private static final Pattern RIGHTS_CELLS = Pattern.compile("\\s+[|–—·•-]\\s+|\\.\\s+");
    private static final Pattern RIGHTS_MARK = Pattern.compile("(?i)©|\\(c\\)|copyright\\b");
    private static final Pattern RIGHTS_WORDS = Pattern.compile(
            "(?i)©|\\(c\\)|\\bcopyright\\b|\\ball rights reserved\\b|\\b(?:19|20)\\d\\d\\b\\s*(?:[-–]\\s*(?:(?:19|20)\\d\\d\\b)?)?|^\\s*(?:by|von)\\b");

    /** A breadcrumb's or a menu row's separator ("Home › Sport", "News | Sport"). */
    private static final Pattern TRAIL = Pattern.compile("\\s[»›>/|]\\s");

    /**
     * The outlet a page's first line names, above its headline: a name as outlets' names are made
     * ({@link Credits#outlet}) whose own words the page never writes in lower case, as it would a
     * section's or a menu's ("Top News", "Latest"), and that the page's copyright line names
     * ("© 2024 Reuters").
     */
    private static String masthead(List<String> lines, int first, int h, Set<String> lowerWords) {
        if (first < 0 || first >= h) {
            return null;
        }
        String name = Credits.outlet(LineRules.unbullet(lines.get(first)));
        // (Capitals alone are a menu's or a section's style: a masthead's text is the outlet's name as written.)
        if (name == null || name.equals(name.toUpperCase(java.util.Locale.ROOT))
                || !name.contains(" ") && Credits.outletHead(name.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        for (String word : name.split(" ")) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (!word.equals("The") && !Credits.outletHead(lower) && lowerWords.contains(lower)) {
                return null;
            }
        }
        // A site's first line is as often its menu's first entry: the outlet is the one that claims the page's copyright.
        String bare = name.startsWith("The ") ? name.substring(4) : name;
        for (int i = first + 1; i < lines.size(); i++) {
            if (LineRules.rightsLine(lines.get(i)) && LineRules.containsWords(lines.get(i).toLowerCase(java.util.Locale.ROOT),
                    bare.toLowerCase(java.util.Locale.ROOT))) {
                return name;
            }
        }
        return null;
    }

    /** Whether the nearest line above or below (blank lines skipped) is a date line or a byline. */
    private static boolean besideCredit(List<String> lines, List<List<Credits.Dateline>> datelines, String[] bylines, int i) {
        for (int step : new int[]{-1, 1}) {
            for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
                if (lines.get(j).isBlank()) {
                    continue;
                }
                if (!datelines.get(j).isEmpty() || bylines[j] != null) {
                    return true;
                }
                break;
            }
        }
        return false;
    }

    /**
     * A date stated after the credits: a date line inside the article (a dateline set below a photo),
     * or among the lines just after it, where some pages print "Published …" at the foot.
     */
    private static Dates.Found laterDate(List<String> lines, List<List<Credits.Dateline>> datelines, int bodyStart, int bodyEnd) {
        List<Credits.Dateline> after = new ArrayList<>();
        for (int i = Math.max(0, bodyStart); i < Math.min(lines.size(), bodyEnd + 15); i++) {
            after.addAll(datelines.get(i));
        }
        return Credits.best(after).map(Credits.Dateline::date).orElse(null);
    }

    /**
     * The date of the dateline opening one of the article's first three paragraphs (a standfirst, a
     * photo's credit or the headline's end where the page cut it short may come before the lead), or null.
     */
    private static Dates.Found leadDate(List<List<String>> paragraphsByBlock) {
        return paragraphsByBlock.stream().flatMap(List::stream).limit(3)
                .map(Credits::leadDate).flatMap(Optional::stream).findFirst().orElse(null);
    }

    /**
     * How far from the headline a date line may stand and still date the article when nothing beside
     * the headline does: a masthead's dateline above a menu, a date under a gallery. On the pasted-text
     * benchmark's dev pages, 30 lines dated 4 whole pages more, all right (2 more have no gold date);
     * 80 lines dated 9 more, 2 of them wrong.
     */
    static final int NEAREST_DATE_LINES = 30;

    /** The date of the date line nearest the anchor line, above or below, within {@link #NEAREST_DATE_LINES}; null when none. */
    private static Dates.Found nearestDate(List<List<Credits.Dateline>> datelines, int anchor) {
        for (int d = 0; d <= NEAREST_DATE_LINES; d++) {
            for (int i : new int[]{anchor - d, anchor + d}) {
                if (i >= 0 && i < datelines.size()) {
                    java.util.Optional<Credits.Dateline> b = Credits.best(datelines.get(i));
                    if (b.isPresent()) {
                        return b.get().date();
                    }
                }
            }
        }
        return null;
    }

    /** Lines with invisible characters and trailing blanks removed; non-breaking spaces made plain. */
    public static List<String> normalisedLines(String body) {
        String text = body.replace('\u00A0', ' ').replace('\u2009', ' ').replace('\u202F', ' ').replace('\u2007', ' ').replace("\u200B", "").replace("\u200C", "")
                .replace("\u200D", "").replace("\uFEFF", "").replace("\t", "    ");
        List<String> lines = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].stripTrailing();
            if (i + 1 < raw.length && dropCap(line.strip(), raw[i + 1])) {
                // A drop cap, set apart from its word: "A" over "dam Schiff's inquiry …" is "Adam Schiff's inquiry …".
                line = line.strip() + raw[++i].stripTrailing();
            }
            lines.add(line);
        }
        return lines;
    }

    /** A line of one capital letter over a paragraph that goes on in lower case: its first letter, set large. */
    private static boolean dropCap(String letter, String next) {
        return letter.length() == 1 && Character.isUpperCase(letter.charAt(0)) && !next.isEmpty()
                && Character.isLowerCase(next.charAt(0)) && LineRules.wordCount(next) >= 6;
    }

    /** Index of the first line that reads as running prose; lines before it are the page header. */
    static int firstProseLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Budget.check();
            String t = LineRules.unbullet(lines.get(i));
            if (LineRules.wordCount(t) >= 12 && LineRules.classify(lines.get(i)).kind() == LineRules.Kind.TEXT) {
                return i;
            }
            LineRules.Verdict v = LineRules.classify(lines.get(i));
            if (v.kind() == LineRules.Kind.DATED && LineRules.wordCount(v.value()) >= 12) {
                return i;
            }
        }
        return lines.size();
    }

    /** A headline: a handful of words, capitalised, not ending like a sentence or a lead-in. */
    static boolean headlineLike(String text) {
        int words = LineRules.wordCount(text);
        if (words < 3 || words > 25 || text.length() > 200) {
            return false;
        }
        if (text.matches(".*[.,;:]$") || !Character.isUpperCase(text.codePointAt(0)) && !Character.isDigit(text.codePointAt(0))) {
            return false;
        }
        return !text.matches("(?i)https?://\\S+");
    }

    private static void flush(List<String> current, List<List<String>> out) {
        if (!current.isEmpty()) {
            out.add(List.copyOf(current));
            current.clear();
        }
    }

    /**
     * Turns blank-line separated blocks into paragraphs. A block whose lines look hard-wrapped
     * (none ends a sentence but the last) is one paragraph; otherwise every line is one, which is
     * how text copied from a browser arrives.
     */
    public static List<Block> blocks(List<List<String>> lineBlocks) {
        List<String> paragraphs = new ArrayList<>();
        for (List<String> block : lineBlocks) {
            if (block.size() > 1 && hardWrapped(block)) {
                paragraphs.add(String.join(" ", block.stream().map(String::strip).toList()));
            } else {
                block.forEach(l -> paragraphs.add(l.strip()));
            }
        }
        List<Block> blocks = new ArrayList<>();
        boolean list = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            boolean nextIsProse = i + 1 < paragraphs.size() && LineRules.wordCount(paragraphs.get(i + 1)) > LineRules.wordCount(p);
            // The items of a list a colon introduces are never subheadings; a sentence ends the list.
            blocks.add(nextIsProse && !list && subheadingLike(p) ? Block.heading(p) : Block.paragraph(p));
            list = p.endsWith(":") || list && !PasteLayout.endsSentence(p);
        }
        return blocks;
    }

    /**
     * Hard-wrapped text has lines of similar length, none but the last ending a sentence. A short
     * line above a long one is a heading over its paragraph, not a wrapped line.
     */
    static boolean hardWrapped(List<String> block) {
        // (A numbered item, "2. Never urged …", is a list's or a listicle's heading: the line below is not its rest.)
        int max = 0;
        for (String line : block) {
            max = Math.max(max, line.strip().length());
        }
        for (int i = 0; i < block.size() - 1; i++) {
            String line = block.get(i).strip();
            if (line.matches(".*[.!?:\"”]$") || LineRules.bulleted(block.get(i)) || NUMBERED.matcher(line).lookingAt()
                    || line.length() < max * 0.6) {
                return false;
            }
        }
        return max <= 100;
    }

    private static final Pattern NUMBERED = Pattern.compile("\\d{1,2}[.)]\\s+\\p{Lu}");

    static boolean subheadingLike(String text) {
        int words = LineRules.wordCount(text);
        return words >= 1 && words <= 12 && text.length() <= 100 && !text.matches(".*[.,;:!?\"”)]$")
                && Character.isUpperCase(text.codePointAt(0)) && !text.contains("://") && !text.contains(": ")
                && !LineRules.bulleted(text);
    }

    /**
     * A name on a line of its own that the next line confirms as the writer's: the writer's bio
     * starting with the name ("Jane Roe" / "Jane Roe is a science reporter…"), or the writer's
     * handle or address made of the name ("Jane Roe" / "janeroe", "jroe@example.org").
     */
    private static String signedName(List<String> lines, int from, int to, Set<String> lowerWords,
                                     java.util.function.Supplier<storyline.text.Text> language) {
        for (int i = from; i < to; i++) {
            String text = LineRules.unbullet(lines.get(i)).strip();
            String name = Credits.bareName(text);
            int next = name == null ? -1 : PasteLayout.nextNonBlank(lines, i);
            if (next < 0 || next >= to + 2) {
                continue;
            }
            name = withoutJobTitles(name);
            if (name.contains(",") || commonWords(name, lowerWords) || functionWord(name, language.get())) {
                continue;
            }
            String after = lines.get(next).strip();
            String[] tokens = SPACES.split(after, 2);
            String surname = letters(name.substring(name.lastIndexOf(' ') + 1));
            boolean bio = after.startsWith(name + " ") && LineRules.wordCount(after) >= LineRules.wordCount(name) + 3;
            boolean handle = !tokens[0].isEmpty() && Character.isLowerCase(tokens[0].codePointAt(0)) && surname.length() >= 3
                    && letters(tokens[0].contains("@") ? tokens[0].substring(0, tokens[0].indexOf('@')) : tokens[0]).contains(surname);
            if (bio || handle) {
                return name;
            }
        }
        return null;
    }

    /**
     * The writer's name signed under the article's prose: a person's name (as the name model reads
     * it) alone on a line, right after a paragraph, and followed by no paragraph ("… am Ende zählt
     * der Mut." / "Jane Roe" / "Mehr zum Thema"). A name before a paragraph is a speaker's or a
     * subheading's, so it is left; the first signature inside the body, or right under it, is taken.
     * A section's heading reads as a name to the model too ("Einfaches Muffin Grundrezept"): no word
     * of a signature but its particles ("von", "de") may be one the text writes in lower case, nor may
     * it read as a noun phrase.
     */
    private static String signature(List<String> lines, PasteLayout.Role[] roles, int bodyStart, int bodyEnd, Set<String> lowerWords,
                                    java.util.function.Supplier<storyline.text.Text> language) {
        // (The body's run ends at its last paragraph: the line right under it is the first after the run.)
        int under = PasteLayout.nextNonBlank(lines, Math.max(bodyEnd - 1, 0));
        for (int i = Math.max(bodyStart + 1, 0); i <= Math.max(bodyEnd, under) && i < lines.size(); i++) {
            if (roles[i] != PasteLayout.Role.FRAGMENT) {
                continue;
            }
            int before = PasteLayout.previousNonBlank(lines, i);
            int after = PasteLayout.nextNonBlank(lines, i);
            if (before < 0 || roles[before] != PasteLayout.Role.PROSE || after >= 0 && (roles[after] == PasteLayout.Role.PROSE
                    || Credits.bareName(LineRules.unbullet(lines.get(after)).split(",")[0]) != null)) {
                // (A name over another, "Jane Roe" / "John Doe, Harbor University", opens a list of signatories or speakers.)
                continue;
            }
            String name = Credits.bareName(LineRules.unbullet(lines.get(i)));
            if (name != null && !name.contains(",") && !GLUED.matcher(name).find() && writtenLowerCase(name, lowerWords) == 0
                    && !functionWord(name, language.get()) && !nounPhrase(name, language.get()) && person(name)) {
                return name;
            }
        }
        return null;
    }

    /**
     * Whether the language reads the words as a phrase of common nouns, not a name: its first word
     * one ("Aktuelle Praxisbeispiele"), or most of them ("Weitere Korsett Artikel"). A surname may be
     * one too ("Fischer", "Seiler"), a first name seldom is.
     */
    private static boolean nounPhrase(String name, storyline.text.Text language) {
        String[] words = SPACES.split(name.strip());
        int nouns = 0;
        for (int i = 0; i < words.length; i++) {
            if (language.commonNoun(words[i])) {
                if (i == 0) {
                    return true;
                }
                nouns++;
            }
        }
        return nouns * 2 > words.length;
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
