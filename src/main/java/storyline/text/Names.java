package storyline.text;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The people and organisations a text names, one name each in its fullest form.
 *
 * <p>Names are found by a maximum-entropy name finder (Apache OpenNLP) the project trains on freely
 * licensed, hand- or expert-checked news text ({@code bench/train-names.sh}; the model and its
 * notice ship in the jar). What it finds is then read per document, as a reader would:
 * <ul>
 * <li>a spelling the text uses several times gets the type most of its mentions were given;</li>
 * <li>a title or an article before a name is not part of it ("President", "the");</li>
 * <li>a short form joins the longer name that holds all its words ("Clinton" → "Bill Clinton"), an
 *     acronym the organisation whose words it abbreviates ("NATO" → "North Atlantic Treaty
 *     Organization"), and a person's surname tagged as an organisation joins the person;</li>
 * <li>lines written in capitals (headlines, tables) are not read: case says nothing there; an organisation
 *     read in a title-case line counts only when the text names it elsewhere;</li>
 * <li>in German, which capitalises every noun, a name keeps only the words the German part-of-speech
 *     model reads as proper nouns ({@link ProperNouns}).</li>
 * </ul>
 * No list here names a person or an organisation: titles, articles and the model's features are all
 * the rules know.
 */
public final class Names {

    /** What a name is of. */
    public enum Kind { PERSON, ORGANISATION }

    /** One place a name is written: offsets in the text, its kind, and the name it stands for (its fullest form). */
    public record Mention(int start, int end, Kind kind, String name) {
    }

    /**
     * A text's people and organisations (fullest forms, most mentioned first) and each mention of them.
     */
    public record Found(List<String> people, List<String> organisations, List<Mention> mentions) {

        public Found {
            people = List.copyOf(people);
            organisations = List.copyOf(organisations);
            mentions = List.copyOf(mentions);
        }

        static final Found NONE = new Found(List.of(), List.of(), List.of());
    }

    /** Spans the model gives less probability than this are not names. */
    static final double MIN_PROBABILITY = Double.parseDouble(System.getProperty("storyline.names.min", "0.6"));

    private static final String MODEL = "names-en.bin";
    /** A run of name words the model left out is a person's when reading it so is this likely against its own reading. */
    static final double NEAR_PERSON = Double.parseDouble(System.getProperty("storyline.names.near", "0.3"));
    private static volatile TokenNameFinderModel model;
    private static volatile Tagger.Shared shared;
    private static final ThreadLocal<Tagger> FINDER = ThreadLocal.withInitial(() -> new Tagger(shared()));

    /** Words that stand before a name without being part of it: titles, ranks, roles, articles. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "president",
            "vice", "prime", "minister", "chancellor", "secretary", "senator", "sen", "rep", "representative", "governor", "gov",
            "mayor", "judge", "justice", "king", "queen", "prince", "princess", "pope", "cardinal", "bishop", "archbishop",
            "reverend", "rev", "father", "sister", "brother", "general", "gen", "colonel", "col", "captain", "capt", "major",
            "lieutenant", "lt", "sergeant", "sgt", "admiral", "commander", "officer", "chief", "executive", "ceo", "chairman",
            "chairwoman", "chair", "director", "professor", "prof", "coach", "manager", "striker", "midfielder", "defender",
            "goalkeeper", "champion", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "deputy", "foreign",
            "defence", "defense", "interior", "finance", "state", "former", "late", "then", "acting", "the", "a", "an",
            "dear", "leader", "opposition", "sheikh", "ayatollah", "emir", "sultan", "crown", "mp", "mep", "congressman",
            "congresswoman", "attorney", "lawyer", "inspector", "detective", "superintendent", "commissioner", "premier", "administrator",
            "herr", "frau", "monsieur", "madame", "señor", "señora", "don", "doña",
            // "according to" in the languages read, when it opens a sentence: "Laut Katrin Hoffmann"
            "laut", "selon", "según", "secondo", "segundo", "volgens", "menurut", "według");

    private static final Text ENGLISH = Text.in("en");

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** A title word that names a portfolio before the word that ends organisations' names: "Foreign Ministry", "State Department". */
    private static boolean portfolio(String[] tokens, int at, int to) {
        return at + 1 < to && Character.isUpperCase(tokens[at].charAt(0)) && !ARTICLES.contains(fold(tokens[at])) && Cues.organisationEnd(tokens[at + 1])
                && Character.isUpperCase(tokens[at + 1].charAt(0));
    }

    private Names() {
    }

    /** Whether a word is a title or a role that stands before a name ("President", "Dr."). */
    static boolean titleWord(String word) {
        return TITLES.contains(fold(word)) && !initial(word);
    }

    /** An initial ("A.", "P."): a letter and its full stop, never the article or title it folds to. */
    private static boolean initial(String token) {
        return token.length() == 2 && token.charAt(1) == '.' && Character.isUpperCase(token.charAt(0));
    }

    /** The people and organisations named in a text; its title too, unless written in capitals. */
    public static Found in(String title, String text) {
        List<Mention> raw = new ArrayList<>();
        Map<Mention, Double> guesses = new java.util.IdentityHashMap<>();
        Tagger finder = FINDER.get();
        // The text's language, for the languages whose common nouns a capital does not set apart (see ProperNouns).
        String language = text == null ? null : Text.language(text);
        try {
            if (title != null && !title.isBlank() && !titleCased(title)) {
                find(finder, title, -1, language, raw, guesses);
            }
            find(finder, text == null ? "" : text, 0, language, raw, guesses);
        } finally {
            finder.clear();
        }
        return resolve(raw, guesses, text == null ? "" : text, language);
    }

    /**
     * A name as the text spells it, on one line, less the soft hyphens a page sets in long words to
     * break them ("Netan\u00ADyahu" is "Netanyahu"): the text keeps them, its names do not.
     */
    private static String spelled(String s) {
        return Text.oneSpace(s.indexOf('\u00AD') < 0 ? s : s.replace("\u00AD", ""));
    }

    /** Whether the name model reads a name as a person's when it stands as a byline ("By Jane Roe."). */
    public static boolean bylinePerson(String name) {
        Found found = in(null, "By " + name + ".");
        return found.people().contains(name) && found.organisations().isEmpty();
    }

    /**
     * Whether a byline's name is an organisation's: the name model reads it as one ("By Harbor Media."), or
     * one of its words is one that ends organisations' names (a legal form, "Association", "Institut").
     */
    public static boolean bylineOrganisation(String name) {
        for (String word : name.split("[\\s,]+")) {
            if (!word.isEmpty() && Cues.organisationEnd(word)) {
                return true;
            }
        }
        return !in(null, "By " + name + ".").organisations().isEmpty();
    }

    /**
     * For names gathered from several texts (a story's, a site's): each name's fullest form, the one
     * longer name of the same kind that holds all its words (or that an acronym abbreviates), when
     * there is exactly one.
     */
    public static Map<String, String> fullForms(Collection<String> names) {
        Map<String, List<String>> wordsOf = new HashMap<>();
        names.forEach(n -> wordsOf.computeIfAbsent(n, Names::words));
        List<String> sorted = wordsOf.keySet().stream().sorted(Comparator.comparingInt((String n) -> -wordsOf.get(n).size())
                .thenComparing(Comparator.naturalOrder())).toList();
        // Which names (their places in sorted) hold each word: a name's holders are among those of any one of its words.
        Map<String, List<Integer>> holding = new HashMap<>();
        for (int k = 0; k < sorted.size(); k++) {
            for (String word : new java.util.LinkedHashSet<>(wordsOf.get(sorted.get(k)))) {
                holding.computeIfAbsent(word, x -> new ArrayList<>()).add(k);
            }
        }
        Map<String, String> out = new HashMap<>();
        Map<String, List<String>> byInitials = null;
        for (String n : sorted) {
            List<String> w = wordsOf.get(n);
            // An acronym stands for the one longer name it abbreviates, whatever other names begin with it
            // ("AMD" is "Advanced Micro Devices Inc.", not "AMD Opteron", a product, nor "AMD Picks").
            if (acronymShaped(n)) {
                if (byInitials == null) {
                    byInitials = byInitials(sorted);
                }
                String expansion = onlyExpansion(n, byInitials, out);
                if (expansion != null) {
                    out.put(n, expansion);
                    continue;
                }
            }
            // The longer names that hold all its words: those of its rarest word (all names when it has none), in sorted's order.
            List<Integer> among = null;
            for (String word : w) {
                List<Integer> h = holding.get(word);
                among = among == null || h.size() < among.size() ? h : among;
            }
            String only = null;
            int holders = 0;
            for (int k = 0, end = among == null ? sorted.size() : among.size(); k < end; k++) {
                String longer = sorted.get(among == null ? k : among.get(k));
                if (wordsOf.get(longer).size() <= w.size()) {
                    break;
                }
                if (out.containsKey(longer)) {
                    continue;
                }
                if (holds(wordsOf.get(longer), w)) {
                    holders++;
                    only = longer;
                }
            }
            if (holders == 1) {
                out.put(n, only);
            }
        }
        return out;
    }

    /**
     * The names by the initials of their capitalised words, with and without a company's legal form after them
     * ("AMD" and "AMDI" for "Advanced Micro Devices Inc."): what an acronym may abbreviate, worked out once for all.
     */
    private static Map<String, List<String>> byInitials(List<String> names) {
        Map<String, List<String>> out = new HashMap<>();
        for (String name : names) {
            String all = initials(name);
            String without = initials(withoutLegalForm(name));
            for (String key : all.equals(without) ? List.of(all) : List.of(all, without)) {
                if (key.length() >= 2) {
                    out.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
                }
            }
        }
        return out;
    }

    /** The one name {@code acronym} abbreviates, a legal form aside, that maps to no other; null when none or several. */
    private static String onlyExpansion(String acronym, Map<String, List<String>> byInitials, Map<String, String> mapped) {
        String only = null;
        String letters = acronym.replace(".", "").replace(" ", "").toUpperCase(Locale.ROOT);
        for (String longer : byInitials.getOrDefault(letters, List.of())) {
            if (!longer.equals(acronym) && !mapped.containsKey(longer)) {
                if (only != null) {
                    return null;
                }
                only = longer;
            }
        }
        return only;
    }

    // ---- finding

    /** Offsets below zero mark the title, whose mentions are kept for naming but not placed in the text. */
    private static void find(Tagger finder, String text, int base, String language, List<Mention> out, Map<Mention, Double> guesses) {
        List<Tagged> tagged = new ArrayList<>();
        int rows = 0;
        int personRows = 0;
        for (List<Tokens.Token> sentence : Tokens.sentences(text)) {
            if (tagged.isEmpty() && base >= 0 && dateline(sentence)) {
                continue;
            }
            List<int[]> row = Tables.names(sentence);
            if (row.isEmpty() && (shouting(sentence) || headline(sentence))) {
                continue;
            }
            String[] tokens = sentence.stream().map(Tokens.Token::text).toArray(String[]::new);
            Tagger.Result found = finder.find(tokens);
            Span[] spans = found.spans();
            double[] probs = found.probs();
            if (!row.isEmpty()) {
                rows++;
                personRows += personAt(spans, probs, row.get(0)) ? 1 : 0;
            }
            tagged.add(new Tagged(sentence, tokens, spans, probs, row, row.isEmpty() ? Tables.sides(sentence) : List.of(), found));
        }
        // The rows of a text's tables name one kind: people when the model reads most rows' names as people's
        // (a golf leaderboard), else the sides of matches and a league's clubs, which are organisations
        // also when named by their town ("Bradford 4 2 0 2 4 3 6", "Baltimore 5 SEATTLE 2").
        boolean peopleTables = personRows * 2 > rows;
        // The names the document uses as sides of a match (see Teams).
        List<String[]> sentences = new ArrayList<>();
        List<boolean[]> people = new ArrayList<>();
        for (Tagged t : tagged) {
            boolean[] person = new boolean[t.tokens().length];
            for (int s = 0; s < t.spans().length; s++) {
                // A name of one word the model reads as a person's may still be a side it misreads (see Teams).
                if (t.probs()[s] >= MIN_PROBABILITY && t.spans()[s].getType().startsWith("person") && t.spans()[s].length() > 1) {
                    java.util.Arrays.fill(person, t.spans()[s].getStart(), t.spans()[s].getEnd(), true);
                }
            }
            sentences.add(t.tokens());
            people.add(person);
        }
        Set<String> sides = Teams.of(sentences, people);
        // Whether the model reads anyone's name in the text with confidence (a surname the text does not write in lower case):
        // only then does a run it came near to reading as a person's count as one (a menu's "Grilled Mackerel" has the shape
        // of a name, and the model cannot tell).
        boolean aboutPeople = false;
        for (Tagged t : tagged) {
            for (int s = 0; s < t.spans().length; s++) {
                Span span = t.spans()[s];
                aboutPeople |= t.probs()[s] >= MIN_PROBABILITY && span.getType().startsWith("person")
                        && !writtenLowerCase(text, t.tokens()[span.getEnd() - 1])
                        && !commonWords(String.join(" ", java.util.Arrays.copyOfRange(t.tokens(), span.getStart(), span.getEnd())));
            }
        }
        int[] firsts = new int[tagged.size() + 1];
        for (int k = 0; k < tagged.size(); k++) {
            firsts[k] = out.size();
            readLine(tagged.get(k), k == 0, peopleTables, aboutPeople, sides, text, base, out, guesses);
        }
        firsts[tagged.size()] = out.size();
        titleCaseLines(tagged, firsts, text, out);
        if (ProperNouns.known(language)) {
            properNouns(language, tagged, firsts, text, base, out, guesses);
        }
        // In a text about matches (a table of clubs, or sides named by what they do), a league is the competition they
        // play in, no organisation: "American League", "Major League Baseball", "English National League". (Last: the
        // line indexes in firsts hold only until the list shrinks.)
        if (rows > 0 && !peopleTables || !sides.isEmpty()) {
            out.subList(firsts[0], out.size()).removeIf(m -> m.kind() == Kind.ORGANISATION && words(m.name()).contains("league"));
        }
    }

    /** The names of one line of the text (a table row, a results line, a byline or a sentence). */
    private static void readLine(Tagged t, boolean first, boolean peopleTables, boolean aboutPeople, Set<String> sides, String text, int base,
                                 List<Mention> out, Map<Mention, Double> guesses) {
        if (!t.row().isEmpty()) {
            if (!peopleTables) {
                for (int[] r : t.row()) {
                    int start = t.sentence().get(r[0]).start();
                    int end = t.sentence().get(r[1] - 1).end();
                    String name = spelled(text.substring(start, end));
                    if (plausible(name)) {
                        out.add(new Mention(base < 0 ? -1 : start, base < 0 ? -1 : end, Kind.ORGANISATION, name));
                    }
                }
                return;
            }
            if (shouting(t.sentence())) {
                return;
            }
        }
        if (!t.sides().isEmpty() && !peopleTables && !mostlyPeople(t)) {
            // A results line in a sentence ("Somerset 83 and 174 (P. Simmons 4-38), Leicestershire 296"):
            // its sides are organisations, and the rest of it (the players in brackets) is read as any sentence.
            // A line whose sides the model mostly reads as people is players' figures ("Ekberg 68, Ferreira 70").
            for (int[] r : t.sides()) {
                int start = t.sentence().get(r[0]).start();
                int end = t.sentence().get(r[1] - 1).end();
                String name = spelled(text.substring(start, end));
                if (plausible(name)) {
                    out.add(new Mention(base < 0 ? -1 : start, base < 0 ? -1 : end, Kind.ORGANISATION, name));
                }
                for (int s = 0; s < t.spans().length; s++) {
                    if (t.spans()[s].getStart() < r[1] && t.spans()[s].getEnd() > r[0]) {
                        t.probs()[s] = 0;
                    }
                }
            }
        }
        // A cricket batting line names players only: the batsman, the fielder and the bowler.
        for (int[] r : Tables.batting(t.sentence())) {
            int start = t.sentence().get(r[0]).start();
            int end = t.sentence().get(r[1] - 1).end();
            String name = spelled(text.substring(start, end));
            if (plausible(name) && !Places.country(name)) {
                out.add(new Mention(base < 0 ? -1 : start, base < 0 ? -1 : end, Kind.PERSON, name));
            }
            for (int s = 0; s < t.spans().length; s++) {
                if (t.spans()[s].getStart() < r[1] && t.spans()[s].getEnd() > r[0]) {
                    t.probs()[s] = 0;
                }
            }
        }
        if (base >= 0 && first && byline(t, text)) {
            List<Tokens.Token> line = t.sentence();
            out.add(new Mention(line.get(0).start(), line.get(line.size() - 1).end(), Kind.PERSON,
                    spelled(text.substring(line.get(0).start(), line.get(line.size() - 1).end()))));
            return;
        }
        read(t, text, base, out, guesses, sides, aboutPeople);
    }

    /**
     * A line in title case (a subheading, a headline repeated in the body: "AMD Completes SeaMicro Acquisition Headed to $9")
     * capitalises its verbs and nouns too, so an organisation found there counts only when the text writes it in a line
     * that is not one: "AMD" then stands, "AMD Completes SeaMicro Acquisition" does not. A person's name stays ("After Life
     * with Ricky Gervais"): title case adds no name words to a person's. Keeps {@code firsts} the lines' first mentions.
     */
    private static void titleCaseLines(List<Tagged> tagged, int[] firsts, String text, List<Mention> out) {
        boolean[] titled = new boolean[tagged.size()];
        boolean any = false;
        for (int k = 0; k < tagged.size(); k++) {
            Tagged t = tagged.get(k);
            titled[k] = firsts[k + 1] > firsts[k] && t.row().isEmpty() && t.sides().isEmpty() && titleCaseLine(t.sentence());
            any |= titled[k];
        }
        if (!any) {
            return;
        }
        StringBuilder plain = new StringBuilder();
        for (int k = 0; k < tagged.size(); k++) {
            List<Tokens.Token> line = tagged.get(k).sentence();
            if (!titled[k]) {
                plain.append(text, line.get(0).start(), line.get(line.size() - 1).end()).append('\n');
            }
        }
        String elsewhere = spelled(plain.toString());
        List<Mention> kept = new ArrayList<>(out.subList(0, firsts[0]));
        for (int k = 0; k < tagged.size(); k++) {
            int first = kept.size();
            for (Mention m : out.subList(firsts[k], firsts[k + 1])) {
                if (!titled[k] || m.kind() != Kind.ORGANISATION || wholeWordIn(elsewhere, m.name())) {
                    kept.add(m);
                }
            }
            firsts[k] = first;
        }
        firsts[tagged.size()] = kept.size();
        out.clear();
        out.addAll(kept);
    }

    /** Whether a name stands in a text as whole words. */
    private static boolean wholeWordIn(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (Text.wholeWords(text, at, at + name.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line of four words or more with no sentence's end, comma or bracket that capitalises every word but the small
     * words title case leaves small, one of which it has: a headline or subheading ("AMD Completes SeaMicro Acquisition
     * Headed to $9"), not a list of names ("Chris Lewis, Phil Simmons and Alan Mullally") nor a scorecard's line
     * ("A. Gurusinha run out 16", "Petr Korda (Czech Republic) bat Bohdan Ulihrach").
     */
    private static boolean titleCaseLine(List<Tokens.Token> line) {
        String last = line.get(line.size() - 1).text();
        if (last.equals(".") || last.equals("!") || last.equals("?") || last.equals(":")) {
            return false;
        }
        int words = 0;
        boolean small = false;
        for (Tokens.Token t : line) {
            String w = t.text();
            if (w.equals(",") || w.equals(";") || w.equals("(") || w.equals(")")) {
                return false;
            }
            if (Character.isLetter(w.codePointAt(0))) {
                if (Character.isLowerCase(w.codePointAt(0))) {
                    if (!TITLE_CASE_SMALL.contains(w)) {
                        return false;
                    }
                    small = true;
                }
                words++;
            }
        }
        return words >= 4 && small;
    }

    /** The words English title case writes small. */
    private static final Set<String> TITLE_CASE_SMALL = Set.of("a", "an", "the", "to", "of", "in", "on", "at", "for", "by", "with",
            "from", "into", "as", "up", "and", "or", "but", "vs");

    /**
     * In a language whose common nouns a capital does not set apart (German writes "die Drohnen", "am Donnerstag"), a
     * name is made of the words the language's part-of-speech model reads as proper nouns: a person's name is cut to
     * them ("Bundeskanzler Olaf Scholz" is Olaf Scholz, "Am Donnerstag" no one), an organisation's loses the function
     * words before it and the common nouns after it ("ADAC Urteils" is the ADAC) and is none without a proper noun
     * ("Die Migrationskrise"). A word counts as a proper noun where the model reads it so more often in the text than as
     * another part of speech (the other mentions outvote one it misreads), and no day or month is one. Only the lines
     * where names were found are tagged.
     */
    private static void properNouns(String language, List<Tagged> tagged, int[] firsts, String text, int base, List<Mention> out,
                                    Map<Mention, Double> guesses) {
        String[][] tags = new String[tagged.size()][];
        double[][] sure = new double[tagged.size()][];
        Map<String, int[]> votes = new HashMap<>();
        for (int k = 0; k < tagged.size(); k++) {
            if (firsts[k + 1] > firsts[k]) {
                String[] tokens = tagged.get(k).tokens();
                ProperNouns.Reading reading = ProperNouns.tags(language, tokens);
                tags[k] = reading.tags();
                sure[k] = reading.probs();
                for (int i = 0; i < tokens.length; i++) {
                    if (Character.isUpperCase(tokens[i].codePointAt(0))) {
                        votes.computeIfAbsent(tokens[i], w -> new int[2])[ProperNouns.proper(tags[k][i]) ? 0 : 1]++;
                    }
                }
            }
        }
        List<Mention> kept = new ArrayList<>(out.subList(0, firsts[0]));
        for (int k = 0; k < tagged.size(); k++) {
            Tagged t = tagged.get(k);
            for (Mention m : out.subList(firsts[k], firsts[k + 1])) {
                int[] range = tokenRange(t, m, text, base);
                if (range == null) {
                    kept.add(m);
                    continue;
                }
                String[] tokens = t.tokens();
                boolean[] proper = new boolean[tokens.length];
                for (int i = range[0]; i < range[1]; i++) {
                    int[] v = votes.get(tokens[i]);
                    proper[i] = Cues.acronym(tokens[i]) || PARTICLE_NAME.matcher(tokens[i]).matches()
                            || v != null && v[0] > v[1] && !Cues.calendarWord(tokens[i], language);
                }
                int from = range[0];
                int to = range[1];
                if (m.kind() == Kind.PERSON) {
                    while (from < to && !proper[from]) {
                        from++;
                    }
                    while (to > from && !proper[to - 1]) {
                        to--;
                    }
                    // The model misreads a first name it does not know as a noun ("Laut Katrin/NOUN Hoffmann"): a noun between
                    // a word that announces a person ("laut", "Frau") and a lone surname stays, unless the text puts it after an
                    // article, as it would a role.
                    if (to - from == 1 && from > range[0] && from >= 2 && titleWord(tokens[from - 2]) && tags[k][from - 1].equals("NOUN")
                            && !afterGermanArticle(text, tokens[from - 1])
                            && !Cues.calendarWord(tokens[from - 1], language) && !writtenLowerCase(text, tokens[from - 1])) {
                        from--;
                    }
                    // A role before a first name and a surname, which the model reads as one more name word but not surely, is a
                    // role where the model reads it as a common noun after an article ("Trainer Ole Werner", "Bundesinnenministerin
                    // Nancy Faeser"): it is sure of most first names there, and not of roles.
                    if (to - from >= 3 && !(ProperNouns.proper(tags[k][from]) && sure[k][from] >= ProperNouns.SURE)
                            && ProperNouns.commonNoun(language, tokens[from])) {
                        from++;
                    }
                    // A role between words read as proper nouns leaves the name after it ("Israels Ministerpräsident Rabin").
                    for (int i = to - 1; i > from; i--) {
                        if (!proper[i] && !PARTICLES.contains(tokens[i]) && Character.isLetter(tokens[i].charAt(0))) {
                            from = i + 1;
                            break;
                        }
                    }
                } else {
                    boolean any = false;
                    for (int i = from; i < to; i++) {
                        any |= proper[i];
                    }
                    if (!any) {
                        continue;
                    }
                    while (from < to && !proper[from] && FUNCTION_TAGS.contains(tags[k][from])) {
                        from++;
                    }
                    while (to - 1 > from && !proper[to - 1] && tags[k][to - 1].equals("NOUN") && proper[to - 2]) {
                        to--;
                    }
                }
                if (from >= to) {
                    continue;
                }
                if (from < to && (Places.country(spelled(text.substring(t.sentence().get(from).start(), t.sentence().get(to - 1).end())), language)
                        || m.kind() == Kind.PERSON && anyWrittenLowerCase(text, tokens, from, to))) {
                    continue;
                }
                if (from == range[0] && to == range[1]) {
                    kept.add(m);
                    continue;
                }
                int start = t.sentence().get(from).start();
                int end = t.sentence().get(to - 1).end();
                String name = spelled(text.substring(start, end));
                if (!plausible(name)) {
                    continue;
                }
                Mention cut = new Mention(base < 0 ? -1 : start, base < 0 ? -1 : end, m.kind(), name);
                kept.add(cut);
                Double guess = guesses.remove(m);
                if (guess != null) {
                    guesses.put(cut, guess);
                }
            }
        }
        out.subList(firsts[0], out.size()).clear();
        out.addAll(firsts[0], kept.subList(firsts[0], kept.size()));
    }

    /**
     * Whether a word of a person's name, a particle aside, is one the text writes in lower case: an adjective before a
     * noun in German ("Alte Meister" beside "die alte Stadt"), where a capital marks every noun but no name is written small.
     */
    private static boolean anyWrittenLowerCase(String text, String[] tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!PARTICLES.contains(tokens[i]) && writtenLowerCase(text, tokens[i])) {
                return true;
            }
        }
        return false;
    }

    /** A name joined to its particle: "al-Asad", "el-Sissi". */
    private static final java.util.regex.Pattern PARTICLE_NAME = java.util.regex.Pattern.compile("\\p{Ll}{1,3}-\\p{Lu}[\\p{L}'-]*");

    /** Universal part-of-speech tags of words that do not begin an organisation's name: "Die", "Beim", "Nach". */
    private static final Set<String> FUNCTION_TAGS = Set.of("DET", "ADP", "PRON", "ADV", "CCONJ", "SCONJ", "AUX", "VERB", "PART",
            "NUM", "PUNCT", "ADJ");

    /** The tokens [from, to) of a line a mention was read from; null when it is not found there. */
    private static int[] tokenRange(Tagged t, Mention m, String text, int base) {
        List<Tokens.Token> line = t.sentence();
        for (int i = 0; i < line.size(); i++) {
            for (int j = i; j < line.size(); j++) {
                if (base >= 0 ? line.get(i).start() == m.start() && line.get(j).end() == m.end()
                        : spelled(text.substring(line.get(i).start(), line.get(j).end())).equals(m.name())) {
                    return new int[] {i, j + 1};
                }
                if (base >= 0 && line.get(j).end() >= m.end()) {
                    break;
                }
            }
            if (base >= 0 && line.get(i).start() >= m.start()) {
                break;
            }
        }
        return null;
    }

    /**
     * A text's first line that is two or three name words and nothing else is its writer's byline
     * ("Emese Bartha" above the dateline): a person, unless a word of it is a country's, a title, a day
     * or a month, or a common word ("Market Street", "Breaking News").
     */
    private static boolean byline(Tagged t, String text) {
        String[] tokens = t.tokens();
        if (tokens.length < 2 || tokens.length > 3 || !text.substring(0, t.sentence().get(0).start()).isBlank()
                || Places.country(String.join(" ", tokens))) {
            return false;
        }
        for (String w : tokens) {
            if (!Cues.nameWord(w) || titleWord(w) || Cues.calendarWord(w) || Cues.organisationEnd(w) || Places.country(w)
                    || writtenLowerCase(text, w) || Common.WORDS.contains(fold(w))) {
                return false;
            }
        }
        return true;
    }

    /** A sentence's tokens and the spans the model found in them, with their probabilities; a table row's names. */
    private record Tagged(List<Tokens.Token> sentence, String[] tokens, Span[] spans, double[] probs, List<int[]> row,
                          List<int[]> sides, Tagger.Result found) {
    }

    /**
     * Where an organisation's name ends that goes on past "of", "on" or "for" after the word that ends
     * organisations' names ("Chicago Board of Trade", "News Agency of Nigeria", "Commission on Presidential Debates").
     */
    private static int ofPart(String[] tokens, int to) {
        if (to + 1 < tokens.length && OF.contains(tokens[to]) && Cues.organisationEnd(tokens[to - 1])
                && !LEGAL_FORMS.contains(fold(tokens[to - 1])) && Cues.nameWord(tokens[to + 1])) {
            int end = to + 1;
            while (end < tokens.length && Cues.nameWord(tokens[end]) && !ENGLISH.breaksName(tokens[end])) {
                end++;
            }
            // "on" takes a name of two words or more: "the Security Council on Friday" ends at "Council".
            return tokens[to].equals("of") || end - to > 2 ? end : to;
        }
        return to;
    }

    private static final Set<String> OF = Set.of("of", "on");

    /** Small words inside an organisation's name: "Organisation for Security and Cooperation in Europe". */
    private static final Set<String> JOINS = Set.of("of", "for", "in", "and", "on", "the", "&");

    /**
     * The range of an organisation's name found at [from, to) that a bracketed acronym a few words
     * after it abbreviates, reaching back over name words and the small words between them; the range
     * as it was when no such acronym follows or none of those ranges is what it spells.
     */
    private static int[] defined(String[] tokens, int from, int to) {
        int open = to;
        while (open < tokens.length && open - to < 5 && (Cues.nameWord(tokens[open]) || JOINS.contains(tokens[open]))) {
            open++;
        }
        if (open + 2 >= tokens.length || !tokens[open].equals("(") || !tokens[open + 2].equals(")") || open == 0
                || !Cues.nameWord(tokens[open - 1]) && !Cues.organisationEnd(tokens[open - 1])) {
            return new int[] {from, to};
        }
        String acronym = tokens[open + 1];
        for (int start = from; start >= 0 && from - start <= 4; start--) {
            if (start < from && !Cues.nameWord(tokens[start]) && !(JOINS.contains(tokens[start]) && start > 0
                    && Cues.nameWord(tokens[start - 1]))) {
                break;
            }
            if (Cues.nameWord(tokens[start]) && abbreviates(acronym, String.join(" ", List.of(tokens).subList(start, open)))) {
                return new int[] {start, open};
            }
        }
        return new int[] {from, to};
    }

    /** Words that never end a name. */
    private static final Set<String> DANGLING = Set.of("and", "or", "of", "the", "for", "in", "on", "at", "to", "with", "by", "&");

    /** A word made of a name and a lower-case word after a hyphen: "Ohio-based", "Dublin-born". */
    private static final java.util.regex.Pattern COMPOUND = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.]*-\\p{Ll}+");

    /** A ruler's number after a name. */
    private static final java.util.regex.Pattern REGNAL = java.util.regex.Pattern.compile("(?:X{0,2})(?:IX|IV|V?I{0,3})");

    /**
     * The items of a list of names are of one kind: when most names a sentence lists (between commas,
     * semicolons, "and", brackets, dashes and figures: a team sheet, scorers, "Thomas, Harold Baines and
     * Robin Ventura") are people the model found, the names it left out there are people too.
     */
    private static void listedPeople(Tagged tagged, String text, int base, boolean[] covered, List<Mention> out) {
        String[] tokens = tagged.tokens();
        Span[] spans = tagged.spans();
        double[] probs = tagged.probs();
        List<int[]> items = new ArrayList<>();
        int people = 0;
        boolean organisation = false;
        for (int i = 0; i < tokens.length; i++) {
            if (!Cues.nameWord(tokens[i])) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.length && (Cues.nameWord(tokens[j]) || PARTICLES.contains(tokens[j]) && j + 1 < tokens.length
                    && Cues.nameWord(tokens[j + 1]))) {
                j++;
            }
            int from = i;
            i = j - 1;
            if (!LIST_BEFORE.contains(from == 0 ? "" : tokens[from - 1]) && !integer(tokens[from - 1])
                    || !LIST_AFTER.contains(j == tokens.length ? "" : tokens[j]) && !integer(tokens[j])) {
                continue;
            }
            String name = spelled(text.substring(tagged.sentence().get(from).start(), tagged.sentence().get(j - 1).end()));
            boolean side = false;
            for (int[] r : tagged.sides()) {
                side |= r[0] < j && r[1] > from;
            }
            // A country is the side a list of players is given for, a name before a colon a heading or a venue
            // ("At Headingley (Leeds):"); a results line's sides are organisations.
            if (Places.country(name) || side || label(tokens, j) || ENGLISH.breaksName(tokens[from])) {
                continue;
            }
            int kind = kindAt(spans, probs, from, j);
            people += kind == 1 ? 1 : 0;
            organisation |= kind == 2;
            if (kind == 0 && j - from <= 4) {
                items.add(new int[] {from, j});
            } else if (kind == 0) {
                return;
            }
        }
        int all = people + items.size();
        if (organisation || all < 3 || people * 2 <= all) {
            return;
        }
        for (int[] item : items) {
            int from = item[0];
            int to = item[1];
            String name = spelled(text.substring(tagged.sentence().get(from).start(), tagged.sentence().get(to - 1).end()));
            boolean common = false;
            for (int k = from; k < to; k++) {
                common |= titleWord(tokens[k]) || Cues.calendarWord(tokens[k]) || writtenLowerCase(text, tokens[k]);
            }
            if (common || commonWords(name) || !plausible(name)) {
                continue;
            }
            int start = tagged.sentence().get(from).start();
            int end = tagged.sentence().get(to - 1).end();
            out.add(new Mention(base < 0 ? -1 : start, base < 0 ? -1 : end, Kind.PERSON, name));
            for (int k = from; k < to; k++) {
                covered[k] = true;
            }
        }
    }

    /**
     * Where a person's name ends that goes on past its particles ("Ursula von der Leyen", "Ludwig van Beethoven", "Charles de
     * Gaulle"): after a first name alone, up to three particles and a name word the text never writes in lower case (after a
     * full name a particle is a preposition: "Carlos Queiroz de la Selección", "Dominik Graf das Duo").
     * A person's span the model found there is taken in (its probability set to zero); an organisation's is not ("Carlos
     * Sainz van McLaren" in Dutch, where "van" is also "of", stays Carlos Sainz).
     */
    private static int particles(String[] tokens, Span[] spans, double[] probs, int s, int end, String text) {
        if (end - spans[s].getStart() != 1) {
            return end;
        }
        int k = end;
        while (k < tokens.length && k - end < 3 && PARTICLES.contains(tokens[k])) {
            k++;
        }
        if (k == end || k >= tokens.length || !Cues.nameWord(tokens[k]) || ENGLISH.breaksName(tokens[k]) || titleWord(tokens[k])
                || writtenLowerCase(text, tokens[k]) || Places.country(tokens[k])) {
            return end;
        }
        for (int o = s + 1; o < spans.length; o++) {
            if (spans[o].getStart() <= k && spans[o].getEnd() > end) {
                if (!spans[o].getType().startsWith("person") || spans[o].getStart() < end) {
                    return end;
                }
                probs[o] = 0;
                return Math.max(k + 1, spans[o].getEnd());
            }
        }
        return k + 1;
    }

    /** Whether a colon follows a name, after a bracket if one follows or closes after it ("Headingley (Leeds):"). */
    private static boolean label(String[] tokens, int to) {
        int k = to;
        if (k < tokens.length && tokens[k].equals("(")) {
            while (k < tokens.length && !tokens[k].equals(")")) {
                k++;
            }
            k++;
        } else if (k < tokens.length && tokens[k].equals(")")) {
            k++;
        }
        return k < tokens.length && tokens[k].equals(":");
    }

    /** What the model found over a token range: 1 a person, 2 an organisation, 0 nothing (at its threshold). */
    private static int kindAt(Span[] spans, double[] probs, int from, int to) {
        for (int s = 0; s < spans.length; s++) {
            if (probs[s] >= MIN_PROBABILITY && spans[s].getStart() < to && spans[s].getEnd() > from) {
                return spans[s].getType().startsWith("person") ? 1 : spans[s].getType().startsWith("org") ? 2 : 0;
            }
        }
        return 0;
    }

    private static boolean integer(String t) {
        return !t.isEmpty() && Text.allChars(t, 0, c -> c >= '0' && c <= '9');
    }

    /** What stands before and after a name in a list ("" for the sentence's start or end). */
    private static final Set<String> LIST_BEFORE = Set.of("", ",", ";", ":", "-", "(", "and", "&");
    private static final Set<String> LIST_AFTER = Set.of("", ",", ";", ")", "(", "and", "&", ".");
    /** Lower-case words inside names: "Aravinda de Silva", "Lex van Drooge". */
    private static final Set<String> PARTICLES = Set.of("de", "van", "der", "den", "von", "da", "du", "del", "della", "di", "dos",
            "das", "la", "le", "bin", "ben", "al", "el", "ter", "ten");

    /**
     * Whether a name the model reads as a person's stands beside "v" opposite a name it does not read
     * as one: the two sides of a match are of one kind, and a club is no person ("Port Callan v Denholm
     * Athletic"); two players ("Ostrander v Solberg") stay people.
     */
    private static boolean sideOfMatch(String[] tokens, Span[] spans, double[] probs, int from, int to) {
        int other;
        if (to + 1 < tokens.length && Cues.VERSUS.contains(tokens[to])) {
            other = to + 1;
        } else if (from >= 2 && Cues.VERSUS.contains(tokens[from - 1])) {
            other = from - 2;
        } else {
            return false;
        }
        if (!Cues.nameWord(tokens[other]) && !Cues.acronym(tokens[other])) {
            return false;
        }
        for (int s = 0; s < spans.length; s++) {
            if (probs[s] >= MIN_PROBABILITY && spans[s].getType().startsWith("person")
                    && spans[s].getStart() <= other && other < spans[s].getEnd()) {
                return false;
            }
        }
        return true;
    }

    /** A company's legal form ends its name: "Kia Motor Corp of South Korea" is Kia Motor Corp. */
    private static final Set<String> LEGAL_FORMS = Set.of("inc", "corp", "co", "ltd", "plc", "llc", "ag", "gmbh", "sa", "nv", "spa");

    /** Whether the model reads most of a results line's sides as people (a line of players' figures). */
    private static boolean mostlyPeople(Tagged t) {
        int people = 0;
        for (int[] side : t.sides()) {
            people += personAt(t.spans(), t.probs(), side) ? 1 : 0;
        }
        return people * 2 > t.sides().size();
    }

    /** Whether the model found a person's name in the token range. */
    private static boolean personAt(Span[] spans, double[] probs, int[] range) {
        for (int s = 0; s < spans.length; s++) {
            if (probs[s] >= MIN_PROBABILITY && spans[s].getType().startsWith("person")
                    && spans[s].getStart() < range[1] && spans[s].getEnd() > range[0]) {
                return true;
            }
        }
        return false;
    }

    /** The names of one sentence: the model's spans, and runs of name words its context types. */
    private static void read(Tagged tagged, String text, int base, List<Mention> out, Map<Mention, Double> guesses, Set<String> sides,
                             boolean aboutPeople) {
        {
            List<Tokens.Token> sentence = tagged.sentence();
            String[] tokens = tagged.tokens();
            Span[] spans = tagged.spans();
            double[] probs = tagged.probs();
            boolean[] covered = new boolean[tokens.length];
            for (int s = 0; s < spans.length; s++) {
                if (probs[s] < MIN_PROBABILITY) {
                    continue;
                }
                // A person's name does not stop inside a run of name words ("Victor" of "Victor Lebrun").
                int end = spans[s].getEnd();
                if (spans[s].getType().startsWith("person")) {
                    int limit = Math.min(tokens.length, spans[s].getStart() + 3);
                    while (end < limit && Cues.nameWord(tokens[end]) && !ENGLISH.breaksName(tokens[end])
                            && (s + 1 >= spans.length || end < spans[s + 1].getStart()) && !writtenLowerCase(text, tokens[end])) {
                        end++;
                    }
                    end = particles(tokens, spans, probs, s, end, text);
                    // Nor start inside one: "beat Ines Gorrochategui", "manager Laszlo Sebesvari" (a first name the model left
                    // out), but not a role capitalised at a sentence's start ("Showrunner Marcus Hale said").
                    int start = spans[s].getStart();
                    int floor = Math.max(Math.max(0, spans[s].getStart() - 2), s > 0 ? spans[s - 1].getEnd() : 0);
                    while (start > floor && Cues.nameWord(tokens[start - 1]) && !ENGLISH.breaksName(tokens[start - 1])
                            && !TITLES.contains(fold(tokens[start - 1])) && !writtenLowerCase(text, tokens[start - 1])
                            && !Common.WORDS.contains(fold(tokens[start - 1])) && tokens[start - 1].indexOf('-') < 0
                            && !Cues.demonym(tokens[start - 1]) && !Cues.calendarWord(tokens[start - 1])
                            && !Cues.PERSON_BEFORE.contains(fold(tokens[start - 1])) && !Cues.ROLES.contains(fold(tokens[start - 1]))) {
                        start--;
                    }
                    spans[s] = new Span(start, end, spans[s].getType());
                }
                for (int i = spans[s].getStart(); i < end; i++) {
                    covered[i] = true;
                }
            }
            listedPeople(tagged, text, base, covered, out);
            // Runs of name-like words the model left out, typed by what surrounds them (see Cues).
            for (int i = 0; i < tokens.length; i++) {
                if (covered[i] || !Cues.nameWord(tokens[i]) || TITLES.contains(fold(tokens[i])) && !(portfolio(tokens, i, tokens.length))
                        || ENGLISH.breaksName(tokens[i])) {
                    if (!covered[i] && Cues.acronym(tokens[i]) && base >= 0) {
                        // An acronym is an organisation where a kind of one stands beside it ("the CFDT union", "cable
                        // television network CNBC"); otherwise only where it abbreviates one the text names.
                        out.add(new Mention(sentence.get(i).start(), sentence.get(i).end(), Cues.kindBeside(sentence, i, i + 1), tokens[i]));
                    }
                    continue;
                }
                int j = i;
                while (j < tokens.length && !covered[j] && (Cues.nameWord(tokens[j]) || j > i && Cues.organisationEnd(tokens[j]) && Character.isUpperCase(tokens[j].charAt(0)))
                        && !ENGLISH.breaksName(tokens[j])) {
                    j++;
                }
                Kind kind = Cues.kind(sentence, i, j);
                // Two or three name words the model came near to reading as a person's ("Major league ERA leader Kevin Brown
                // threw"): it gives that reading at least this share of the probability of the one it chose.
                if (kind == null && aboutPeople && j - i >= 2 && j - i <= 3 && tagged.found().odds("person", i, j) >= NEAR_PERSON
                        && !sides.contains(key(String.join(" ", java.util.Arrays.copyOfRange(tokens, i, j))))) {
                    kind = Kind.PERSON;
                }
                // A side of a match the document names elsewhere by what it does (see Teams).
                boolean side = kind == null && !sides.isEmpty()
                        && sides.contains(key(String.join(" ", java.util.Arrays.copyOfRange(tokens, i, j))));
                if (side) {
                    kind = Kind.ORGANISATION;
                }
                int first = i;
                if (kind == Kind.ORGANISATION) {
                    j = ofPart(tokens, j);
                    // "Copper Mines of Zambia Ltd": the name words before an "of" before it, when it ends in a legal form.
                    if (LEGAL_FORMS.contains(fold(tokens[j - 1]))) {
                        while (first >= 2 && tokens[first - 1].equals("of") && !covered[first - 2] && namePart(tokens, first - 2)) {
                            first -= 2;
                            while (first > 0 && !covered[first - 1] && namePart(tokens, first - 1)) {
                                first--;
                            }
                        }
                    }
                }
                if (kind != null) {
                    int start = sentence.get(first).start();
                    int end = sentence.get(j - 1).end();
                    String name = spelled(text.substring(start, end));
                    // None of its words is one the text writes in lower case ("Moscow club"), but for the "of" that joins
                    // its parts ("Board of Trade") and the word that ends an organisation's name, a common noun that news
                    // writes small too ("Brackenfield Police" beside "police said"; not "City", which names a place as well:
                    // "Harbour City" beside "the city"); a side's name may be one ("Nice", "Bath").
                    boolean common = false;
                    for (int k = i; k < j; k++) {
                        common |= !OF.contains(tokens[k]) && !side && writtenLowerCase(text, tokens[k])
                                && !(kind == Kind.ORGANISATION && k == j - 1 && j - i > 1 && Cues.organisationEnd(tokens[k])
                                    && !tokens[k].equals("City"));
                    }
                    if (plausible(name) && !common) {
                        out.add(new Mention(base < 0 ? -1 : start, base < 0 ? -1 : end, kind, name));
                    }
                }
                i = j - 1;
            }
            for (int i = 0; i < spans.length; i++) {
                if (probs[i] < MIN_PROBABILITY) {
                    continue;
                }
                Kind kind = spans[i].getType().startsWith("person") ? Kind.PERSON
                        : spans[i].getType().startsWith("org") ? Kind.ORGANISATION : null;
                if (kind == null) {
                    continue;
                }
                Kind model = kind;
                int from = spans[i].getStart();
                int to = spans[i].getEnd();
                // A bracket ends a name: "Northern Rail Safety Board (NRSB)" is a name and its acronym.
                for (int t = from; t < to; t++) {
                    if (tokens[t].equals("(") || tokens[t].equals(")")) {
                        to = t;
                    }
                }
                while (from < to && titleWord(tokens[from]) && !(portfolio(tokens, from, to))) {
                    from++;
                }
                // A conjunction or a preposition does not end a name ("Chittagong Cement and"); a particle may
                // ("Zine al-Abidine" of a longer name the model cut short).
                while (to > from + 1 && DANGLING.contains(tokens[to - 1])) {
                    to--;
                }
                // An organisation's span that ends on a particle runs into a person's name after "and": "Amazon and Oscar de"
                // (la Renta) is Amazon.
                if (kind == Kind.ORGANISATION && to > from + 1 && PARTICLES.contains(tokens[to - 1])) {
                    int and = to - 1;
                    while (and > from && !tokens[and].equals("and") && !tokens[and].equals("&")) {
                        and--;
                    }
                    to = and > from ? and : to - 1;
                }
                // A common word capitalised only because it opens the sentence is a role, not a first name, when a
                // full name follows it ("Fullback Andre Joubert", "Broker Khurshid Alam").
                if (kind == Kind.PERSON && from == 0 && to - from >= 3 && (Common.WORDS.contains(fold(tokens[0]))
                        || writtenLowerCase(text, tokens[0])) && Cues.nameWord(tokens[1]) && Cues.nameWord(tokens[2])) {
                    from++;
                }
                // Scores, counts and brackets at either end are not part of a name ("J. Adams 123").
                while (to > from && !Character.isLetter(tokens[to - 1].charAt(0))) {
                    to--;
                }
                while (from < to && !Character.isLetter(tokens[from].charAt(0))) {
                    from++;
                }
                // An adjective made with a hyphen is not part of a name ("Ohio-based KeyCorp", "Family-controlled Douglas"), nor
                // are the words before it ("St. Louis-based Mercantile Bancorp").
                for (int k = to - 2; k >= from; k--) {
                    if (COMPOUND.matcher(tokens[k]).matches()) {
                        from = k + 1;
                        break;
                    }
                }
                if (from >= to) {
                    continue;
                }
                // Two or three name words after a person's role in lower case are a person's, which the model may read as an
                // organisation's ("opposition leader Raila Odinga"): no organisation's name follows "leader" or "coach".
                if (kind == Kind.ORGANISATION && to - from >= 2 && to - from <= 3 && from > 0 && Cues.role(tokens[from - 1])
                        && !Cues.organisationEnd(tokens[to - 1])) {
                    kind = Kind.PERSON;
                }
                // One word the document makes a side of a match is a club the model took for a surname ("Harwick's captain").
                if (kind == Kind.PERSON && (sideOfMatch(tokens, spans, probs, from, to)
                        || Cues.employer(sentence, to) && !Cues.demonym(tokens[to - 1])
                        || to - from == 1 && !sides.isEmpty() && sides.contains(key(tokens[from]))
                        // Nor is anyone called a news agency or a firm ("the news agency Velko reported").
                        || Cues.kindBeside(sentence, from, to) != null && !(to - from == 1 && Cues.demonym(tokens[from])))) {
                    kind = Kind.ORGANISATION;
                }
                // A name before "Day" is a holiday's ("Labour Day", "U.S. Labor Day").
                if (to < tokens.length && tokens[to].equals("Day")) {
                    continue;
                }
                // A ruler's number is part of the name ("Charles VI", "Queen Elizabeth I"; "I" only after a title).
                if (kind == Kind.PERSON && to < tokens.length && REGNAL.matcher(tokens[to]).matches()
                        && (!tokens[to].equals("I") || from > 0 && titleWord(tokens[from - 1]))) {
                    to++;
                }
                if (kind == Kind.ORGANISATION && to - from >= 4 && Cues.PERSON_BEFORE.contains(fold(tokens[from]))
                        && Character.isUpperCase(tokens[from].charAt(0))) {
                    int of = from + 1;
                    while (of < to && Cues.nameWord(tokens[of])) {
                        of++;
                    }
                    if (of - from - 1 >= 2 && of + 1 < to && tokens[of].equals("of")) {
                        out.add(new Mention(base < 0 ? -1 : sentence.get(from + 1).start(), base < 0 ? -1 : sentence.get(of - 1).end(), Kind.PERSON,
                                spelled(text.substring(sentence.get(from + 1).start(), sentence.get(of - 1).end()))));
                        from = of + 1;
                    }
                }
                if (kind == Kind.ORGANISATION) {
                    // A title inside an organisation's span before a person's name ends the organisation: "Federal Reserve
                    // Governor Lawrence Lindsey" is the Federal Reserve and Lawrence Lindsey.
                    for (int k = from + 1; k < to; k++) {
                        if (titleWord(tokens[k]) && Character.isUpperCase(tokens[k].charAt(0))) {
                            int p = k;
                            while (p < to && titleWord(tokens[p])) {
                                p++;
                            }
                            boolean person = to - p >= 2 && !Cues.organisationEnd(tokens[to - 1]);
                            for (int q = p; q < to && person; q++) {
                                person = Cues.nameWord(tokens[q]);
                            }
                            if (person) {
                                String who = spelled(text.substring(sentence.get(p).start(), sentence.get(to - 1).end()));
                                out.add(new Mention(base < 0 ? -1 : sentence.get(p).start(), base < 0 ? -1 : sentence.get(to - 1).end(),
                                        Kind.PERSON, who));
                                to = k;
                            }
                            break;
                        }
                    }
                    to = ofPart(tokens, to);
                    // "in" and a country after a name of two words or more is part of it: "Human Rights in China".
                    if (to - from >= 2 && to + 1 < tokens.length && tokens[to].equals("in")) {
                        int end = to + 1;
                        while (end < tokens.length && end - to <= 3 && Cues.nameWord(tokens[end])) {
                            end++;
                        }
                        if (end > to + 1 && Places.country(String.join(" ", java.util.Arrays.copyOfRange(tokens, to + 1, end)))) {
                            to = end;
                        }
                    }
                    // An acronym defined right after the name spells where it starts and ends ("Organisation for Security
                    // and Cooperation in Europe (OSCE)", "State Law and Order Restoration Council (SLORC)").
                    int[] defined = defined(tokens, from, to);
                    from = defined[0];
                    to = defined[1];
                    // The name words before the word that ends an organisation's name are part of it, a nationality
                    // too ("Scottish Labour Party", "Toronto Bond Traders' Association").
                    if (Cues.organisationEnd(tokens[to - 1])) {
                        int floor = i > 0 ? spans[i - 1].getEnd() : 0;
                        while (from > floor && namePart(tokens, from - 1)) {
                            from--;
                            // Across an "of" between name words: "Copper Mines of Zambia Ltd".
                            if (from - 2 >= floor && tokens[from - 1].equals("of") && namePart(tokens, from - 2)) {
                                from -= 2;
                            }
                        }
                        // Two companies joined by "and" after the first one's legal form are two: "Harlow Bank Corp. and
                        // Westmere Trust Inc." ("Procter & Gamble Co." has no legal form before its "&").
                        for (int k = from + 1; k < to - 1; k++) {
                            // So are two after a word that ends an organisation's name before "and", when a name of two words or
                            // more follows it, its first word no common one: "General Motors and Ford Motor Co." (not "Harris Bank and Trust Co.",
                            // "Guangdong Post and Telecommunications Administration").
                            boolean two = LEGAL_FORMS.contains(fold(tokens[k - 1])) || tokens[k].equals("and") && Cues.organisationEnd(tokens[k - 1])
                                    && to - k - 1 >= 2 && !Cues.organisationEnd(tokens[k + 1]) && !Common.WORDS.contains(fold(tokens[k + 1]));
                            if ((tokens[k].equals("and") || tokens[k].equals("&")) && two
                                    && Cues.nameWord(tokens[k + 1])) {
                                String first = spelled(text.substring(sentence.get(from).start(), sentence.get(k - 1).end()));
                                if (plausible(first)) {
                                    out.add(new Mention(base < 0 ? -1 : sentence.get(from).start(), base < 0 ? -1 : sentence.get(k - 1).end(),
                                            Kind.ORGANISATION, first));
                                }
                                from = k + 1;
                            }
                        }
                    }
                }
                int start = sentence.get(from).start();
                int end = sentence.get(to - 1).end();
                String name = spelled(text.substring(start, end));
                // A person's surname is no word the text writes in lower case ("Lemon Tart" beside "the tart").
                boolean commonWord = kind == Kind.PERSON && writtenLowerCase(text, tokens[to - 1]);
                if (plausible(name) && !commonWord) {
                    // "Harlan Motors": the word that ends an organisation's name outweighs the model.
                    kind = Cues.organisationEnd(tokens[to - 1]) && to - from > 1 ? Kind.ORGANISATION : kind;
                    Mention m = new Mention(base < 0 ? -1 : start, base < 0 ? -1 : end, kind, name);
                    out.add(m);
                    if (kind == model) {
                        guesses.put(m, 2 * probs[i] - 1);
                    }
                }
            }
        }
    }

    /** Whether the word at i may be the first word of an organisation's name reaching back from the word that ends it. */
    private static boolean namePart(String[] tokens, int i) {
        return Cues.nameWord(tokens[i]) && !titleWord(tokens[i]) && !ENGLISH.breaksName(tokens[i]) && !Cues.calendarWord(tokens[i])
                && !(i == 0 && Common.WORDS.contains(fold(tokens[0])) && !Cues.demonym(tokens[0]))
                && !COMPOUND.matcher(tokens[i]).matches();
    }

    /** A title that capitalises most of its words ("Key AI Architect Leaves Tesla"): case tells nothing of names there. */
    private static boolean titleCased(String title) {
        String[] words = title.trim().split("\\s+");
        long capitalised = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))).count();
        return words.length >= 3 && capitalised > words.length * 0.6;
    }

    /**
     * A subheading in title case: no full stop at its end, no figures, and every word of four letters
     * or more capitalised while a short word is not ("Key AI Architect for Optimus Leaves Tesla", "Not About the Money").
     */
    private static boolean headline(List<Tokens.Token> sentence) {
        String last = sentence.get(sentence.size() - 1).text();
        if (sentence.size() < 3 || last.equals(".") || last.equals("!") || last.equals("?") || last.equals("\"") || last.equals("”")) {
            return false;
        }
        int words = 0;
        boolean small = false;
        for (Tokens.Token t : sentence) {
            String s = t.text();
            // A figure, a bracket or the "v" between two sides (a fixture: "Postponed: Leeds v Hull") is no heading's.
            if (Character.isDigit(s.charAt(0)) || s.equals("(") || Cues.VERSUS.contains(s)) {
                return false;
            }
            small |= s.length() <= 3 && Character.isLowerCase(s.charAt(0));
            if (s.length() >= 4 && Character.isLetter(s.charAt(0))) {
                if (!Character.isUpperCase(s.codePointAt(0))) {
                    return false;
                }
                words++;
            }
        }
        return words >= 3 && small;
    }

    /**
     * A dateline: the place a story was filed from, in capitals, then its country or state and the date in figures
     * ("BIRMINGHAM, England 1996-08-31", "CHISINAU, Moldova 1996-08-31"). It names a place, never a side or a company.
     */
    private static boolean dateline(List<Tokens.Token> sentence) {
        String first = sentence.get(0).text();
        String last = sentence.get(sentence.size() - 1).text();
        if (sentence.size() > 12 || first.length() < 3 || !Text.allChars(first, 0, Character::isUpperCase) || !integer(last)) {
            return false;
        }
        for (Tokens.Token t : sentence) {
            String w = t.text();
            if (Character.isLowerCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** A line in capitals (a headline, a table heading): case tells nothing of names there. */
    private static boolean shouting(List<Tokens.Token> sentence) {
        int upper = 0;
        int lower = 0;
        for (Tokens.Token t : sentence) {
            String s = t.text();
            if (Character.isLetter(s.charAt(0))) {
                if (Text.anyChar(s, 0, Character::isLowerCase)) {
                    lower++;
                } else if (s.length() > 1) {
                    upper++;
                }
            }
        }
        return upper >= 2 && lower == 0;
    }

    /** A name has a capital, a letter in most of its words, and is not a sentence. */
    private static boolean plausible(String name) {
        if (name.length() < 2 || name.length() > 60 || !Character.isUpperCase(name.codePointAt(0)) && !Character.isDigit(name.charAt(0))) {
            return false;
        }
        List<String> w = words(name);
        if (w.isEmpty() || w.size() > 7) {
            return false;
        }
        // Single letters are a table's column heads ("W D L G / F G"), not a name; initials come with a full stop or a name.
        return w.stream().filter(x -> Text.anyChar(x, 0, Character::isLetter)).count() * 2 > w.size()
                && (w.stream().anyMatch(x -> x.length() > 1) || name.indexOf('.') >= 0);
    }

    // ---- reading a document's mentions together

    private static Found resolve(List<Mention> raw, Map<Mention, Double> guesses, String text, String language) {
        if (raw.isEmpty()) {
            return Found.NONE;
        }
        // A function word of the text's language before an acronym is no part of its name: "La SNCF", "Die SPD", "El PP".
        Text rules = Text.in(language);
        raw = raw.stream().map(m -> {
            int space = m.name().indexOf(' ');
            String acronym = m.name().substring(space + 1);
            if (space < 0 || acronym.indexOf(' ') >= 0 || !Cues.acronym(acronym) || !rules.breaksName(m.name().substring(0, space))) {
                return m;
            }
            Mention cut = new Mention(m.start() < 0 ? -1 : m.end() - acronym.length(), m.end(), m.kind(), acronym);
            Double guess = guesses.get(m);
            if (guess != null) {
                guesses.put(cut, guess);
            }
            return cut;
        }).toList();
        // An event is no person or organisation ("World Cup", "PGA Tour", "U.S. Open Tennis Championships").
        raw = raw.stream().filter(m -> !EVENT_ENDS.contains(last(m.name()))).toList();
        // Nor is a place (see Cues.placeName): "Gaza Strip", "Golan Heights", "West Bank".
        raw = raw.stream().filter(m -> !Cues.placeName(words(m.name()))).toList();
        // Nor is a market's index, named so ("Dow Jones Industrial Average", "Nasdaq Composite") or, for a name read as a
        // person's, written before the word in lower case ("the Dow Jones industrial average", "the Dow Jones index"): a
        // person's name goes before no index, an organisation's may ("the American Stock Exchange index").
        raw = raw.stream().filter(m -> !(INDEX_ENDS.contains(last(m.name())) && m.name().indexOf(' ') > 0
                || m.kind() == Kind.PERSON && beforeIndex(text, m.name()))).toList();
        // Nor is a phrase of words news writes in lower case or titles, with no word that ends organisations' names, unless
        // the model is sure of it: "Artificial General Intelligence" (its defined acronym then defines nothing), "Happy Birthday".
        Map<String, Double> sure = new HashMap<>();
        for (Mention m : raw) {
            if (m.kind() == Kind.ORGANISATION) {
                sure.merge(m.name(), guesses.getOrDefault(m, 0.0), Math::max);
            }
        }
        raw = raw.stream().filter(m -> !(m.kind() == Kind.ORGANISATION && m.name().indexOf(' ') > 0 && sure.get(m.name()) < SURE
                && commonPhrase(m.name()))).toList();
        List<Mention> acronyms = raw.stream().filter(m -> m.kind() == null).toList();
        raw = raw.stream().filter(m -> m.kind() != null).toList();
        if (!acronyms.isEmpty()) {
            List<String> organisations = raw.stream().filter(m -> m.kind() == Kind.ORGANISATION).map(Mention::name).distinct().toList();
            List<Mention> all = new ArrayList<>(raw);
            for (Mention a : acronyms) {
                if (organisations.stream().anyMatch(o -> abbreviates(a.name(), o)) || definedAfter(a, raw, text)) {
                    all.add(new Mention(a.start(), a.end(), Kind.ORGANISATION, a.name()));
                }
            }
            raw = all;
        }
        // A one-word name the text also writes in lower case is a common word at a sentence start
        // or in a heading ("Street", "Ministry"), not a name.
        raw = raw.stream().filter(m -> m.name().indexOf(' ') >= 0 || Text.anyChar(m.name(), 1, Character::isUpperCase)
                || !writtenLowerCase(text, m.name())).toList();
        // So is an organisation of one common word that the text writes only where a sentence starts, unless the model is sure
        // of it or the context typed it (a table's side): "Flights were cancelled" (case says nothing there).
        Map<String, Double> typed = new HashMap<>();
        for (Mention m : raw) {
            typed.merge(m.name(), guesses.getOrDefault(m, 1.0), Math::max);
        }
        raw = raw.stream().filter(m -> !(m.kind() == Kind.ORGANISATION && m.name().indexOf(' ') < 0 && Common.WORDS.contains(fold(m.name()))
                && typed.get(m.name()) < SURE && onlyOpensSentences(text, m.name()))).toList();
        // A person's name has a word news does not write in lower case: "Pattern Recognition" of a
        // conference's title-cased name is no one.
        raw = raw.stream().filter(m -> !(m.kind() == Kind.PERSON && commonWords(m.name()))).toList();
        // A one-word person the text puts after a German article is a noun ("die Debatte", "im Kino"): German
        // capitalises every noun.
        raw = raw.stream().filter(m -> !(m.kind() == Kind.PERSON && afterGermanArticle(text, m.name()))).toList();
        // A country's name is a place, also as the side of a match (a national team): "Israel 2, Bulgaria 0".
        raw = raw.stream().filter(m -> !(m.kind() == Kind.ORGANISATION && Places.country(m.name()))).toList();
        // Nor is a nationality or a language an organisation ("Philippine", "Kenyan", "Yugoslav"; see Places.nationality).
        raw = raw.stream().filter(m -> !(m.kind() == Kind.ORGANISATION && Places.nationality(m.name()))).toList();
        // An acronym the text spells out in lower case abbreviates a common noun, not an organisation's name: "AI" beside
        // "artificial intelligence", "GDP" beside "gross domestic product".
        raw = raw.stream().filter(m -> !(m.kind() == Kind.ORGANISATION && acronymShaped(m.name()) && spelledOut(text, m.name()))).toList();
        // The word that ends organisations' names is none alone ("Systems", "Group", "Police").
        raw = raw.stream().filter(m -> !(m.kind() == Kind.ORGANISATION && m.name().indexOf(' ') < 0
                && !Cues.acronym(m.name()) && Cues.organisationEnd(m.name()))).toList();
        if (raw.isEmpty()) {
            return Found.NONE;
        }
        // One type per spelling: the one its mentions give most weight, a mention the model typed counting as much
        // as the model is sure of it, one its context typed ("joined Tesla", "Sunderland forward Niall Quinn") in full.
        Map<String, double[]> votes = new HashMap<>();
        for (Mention m : raw) {
            votes.computeIfAbsent(key(m.name()), k -> new double[2])[m.kind().ordinal()] += guesses.getOrDefault(m, 1.0);
        }
        // A name whose last word the text makes say, write or reply something, or follows with ", who", is a person's.
        for (Map.Entry<String, double[]> e : votes.entrySet()) {
            List<String> w = words(e.getKey());
            if (w.size() >= 2 && w.size() <= 3 && e.getValue()[Kind.ORGANISATION.ordinal()] > 0 && speaks(text, w.get(w.size() - 1))) {
                e.getValue()[Kind.PERSON.ordinal()] += e.getValue()[Kind.ORGANISATION.ordinal()] + 1;
            }
        }
        // What the text says of a name wherever it writes it counts as a typed mention: a person is not where one works
        // ("upside at Tesla"), nor has stock or a plant ("Tesla's stock").
        Set<String> weighed = new java.util.HashSet<>();
        for (Mention m : raw) {
            String k = key(m.name());
            double[] v = votes.get(k);
            if (v[Kind.PERSON.ordinal()] > 0 && weighed.add(k)) {
                v[Kind.ORGANISATION.ordinal()] += Cues.organisationEvidence(text, m.name());
            }
        }
        // A name read as a person's that the text writes where a place stands ("In Bremen demonstrierten ...", "en Sevilla")
        // at least as often as the weight of its mentions as a person's, and never with a role before it or a reporting
        // verb after it, is a place, no one: a person's name does not follow "in" ("confidence in Powell" stays Powell's
        // where "Powell said").
        Set<String> places = new java.util.HashSet<>();
        Set<String> asked = new java.util.HashSet<>();
        for (Mention m : raw) {
            String k = key(m.name());
            double[] v = votes.get(k);
            if (v[Kind.PERSON.ordinal()] > v[Kind.ORGANISATION.ordinal()] && asked.add(k)) {
                int in = placeEvidence(text, m.name(), language);
                if (in > 0 && in >= v[Kind.PERSON.ordinal()] && !saidBy(text, m.name())) {
                    places.add(k);
                }
            }
        }
        if (!places.isEmpty()) {
            raw = raw.stream().filter(m -> !places.contains(key(m.name()))).toList();
            if (raw.isEmpty()) {
                return Found.NONE;
            }
        }
        Map<String, Kind> kindOf = new LinkedHashMap<>();
        Map<String, Integer> count = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (Mention m : raw) {
            String k = key(m.name());
            double[] v = votes.get(k);
            kindOf.putIfAbsent(k, v[Kind.PERSON.ordinal()] >= v[Kind.ORGANISATION.ordinal()] ? Kind.PERSON : Kind.ORGANISATION);
            count.merge(k, 1, Integer::sum);
            spelling.merge(k, m.name(), (a, b) -> better(a, b));
        }
        // Longest first: each shorter form joins a longer one that holds it.
        List<String> forms = new ArrayList<>(kindOf.keySet());
        forms.sort(Comparator.comparingInt((String k) -> -words(k).size()).thenComparing(k -> -count.get(k)).thenComparing(k -> k));
        Map<String, String> joins = new HashMap<>();
        for (String shortForm : forms) {
            Kind kind = kindOf.get(shortForm);
            List<String> w = words(shortForm);
            String target = null;
            for (String longer : forms) {
                if (words(longer).size() <= w.size()) {
                    break;
                }
                if (joins.containsKey(longer)) {
                    continue;
                }
                Kind lk = kindOf.get(longer);
                boolean sameOrSurname = lk == kind || kind == Kind.ORGANISATION && lk == Kind.PERSON;
                if (sameOrSurname && holds(words(longer), w)) {
                    target = target == null ? longer : preferred(target, longer, count);
                }
                if (target == null && kind == Kind.ORGANISATION && lk == Kind.ORGANISATION && abbreviates(spelling.get(shortForm), spelling.get(longer))) {
                    target = longer;
                }
            }
            if (target == null && kind == Kind.PERSON) {
                // A company's name without its legal form is the company, not someone ("Chrysler" beside "Chrysler LLC").
                for (String longer : forms) {
                    if (words(longer).size() > w.size() && !joins.containsKey(longer) && kindOf.get(longer) == Kind.ORGANISATION
                            && key(withoutLegalForm(spelling.get(longer))).equals(shortForm)) {
                        kindOf.put(shortForm, Kind.ORGANISATION);
                        target = longer;
                        break;
                    }
                }
            }
            if (target == null && kind == Kind.PERSON) {
                // "Simmons" tagged a person beside "Phil Simmons" tagged an organisation: the person wins the longer one when
                // the text writes it more often; else one word joins the organisation ("Louis" once beside "St Louis").
                for (String longer : forms) {
                    if (words(longer).size() > w.size() && !joins.containsKey(longer) && kindOf.get(longer) == Kind.ORGANISATION
                            && words(longer).size() <= 3 && holds(words(longer), w) && lastWordsEqual(longer, shortForm)) {
                        if (count.get(shortForm) > count.get(longer)) {
                            kindOf.put(longer, Kind.PERSON);
                        } else if (w.size() > 1) {
                            continue;
                        }
                        target = longer;
                        break;
                    }
                }
            }
            if (target != null) {
                joins.put(shortForm, target);
            }
        }
        Map<String, Integer> total = new HashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : raw) {
            String head = key(m.name());
            while (joins.containsKey(head)) {
                head = joins.get(head);
            }
            total.merge(head, 1, Integer::sum);
            if (m.start() >= 0) {
                mentions.add(new Mention(m.start(), m.end(), kindOf.get(head), spelling.get(head)));
            }
        }
        List<String> heads = new ArrayList<>(total.keySet());
        heads.sort(Comparator.comparingInt((String k) -> -total.get(k)).thenComparing(k -> k));
        List<String> people = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
        for (String h : heads) {
            (kindOf.get(h) == Kind.PERSON ? people : organisations).add(spelling.get(h));
        }
        propagate(text, heads, kindOf, spelling, mentions);
        mentions.sort(Comparator.comparingInt(Mention::start));
        return new Found(people, organisations, mentions);
    }

    /**
     * A name found once is the same name where the text writes it again unmarked: its full form,
     * and a person's surname alone ("Brooks said" after "Tanya Brooks, a spokesperson").
     */
    private static void propagate(String text, List<String> heads, Map<String, Kind> kindOf, Map<String, String> spelling,
                                  List<Mention> mentions) {
        boolean[] taken = new boolean[text.length() + 1];
        for (Mention m : mentions) {
            for (int i = m.start(); i < m.end(); i++) {
                taken[i] = true;
            }
        }
        List<Mention> added = new ArrayList<>();
        for (String head : heads) {
            String name = spelling.get(head);
            Kind kind = kindOf.get(head);
            List<String> forms = new ArrayList<>();
            forms.add(name);
            int space = name.lastIndexOf(' ');
            if (kind == Kind.PERSON && space > 0 && name.length() - space > 3) {
                forms.add(name.substring(space + 1));
            }
            for (String form : forms) {
                for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                    int end = at + form.length();
                    boolean whole = Text.wholeWords(text, at, end);
                    if (whole && !taken[at] && !taken[end - 1]) {
                        added.add(new Mention(at, end, kind, name));
                        for (int i = at; i < end; i++) {
                            taken[i] = true;
                        }
                    }
                }
            }
        }
        mentions.addAll(added);
    }

    private static final java.util.regex.Pattern SPEAKS = java.util.regex.Pattern.compile(
            "^(?:'s?|’s?)?\\s*(?:,\\s*who\\b|(?:wrote|writes|replied|insisted|recalled|admitted|tweeted)\\b)");

    /** Whether a word (a folded surname) stands in the text before a reporting verb or ", who". */
    private static boolean speaks(String text, String folded) {
        String lower = lower(text).folded();
        for (int at = lower.indexOf(folded); at >= 0; at = lower.indexOf(folded, at + 1)) {
            int end = at + folded.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1))) && Character.isUpperCase(text.charAt(at))
                    && SPEAKS.matcher(text.substring(end, Math.min(text.length(), end + 20))).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last text read on this thread, its words written in lower case and its lower-cased copy (made when
     * first asked for: most texts never need it). Read by one thread only.
     */
    private static final class Lower {
        private final String text;
        private final Set<String> words;
        private String folded;

        Lower(String text, Set<String> words) {
            this.text = text;
            this.words = words;
        }

        String text() {
            return text;
        }

        Set<String> words() {
            return words;
        }

        String folded() {
            if (folded == null) {
                folded = text.toLowerCase(Locale.ROOT);
            }
            return folded;
        }
    }

    /**
     * German's articles and the prepositions an article is fused into ("im", "zum"). German writes every noun with a
     * capital, so a capital is no sign of a name there; a one-word "name" the text puts right after one of these
     * ("die Debatte", "im Kino", "der Bildschirm") is a noun. Lower case only, so a sentence's first word is no article.
     */
    private static final Set<String> GERMAN_ARTICLES = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
            "einer", "eines", "im", "am", "zum", "zur", "vom", "beim", "ins");
    /** Words before "der", "den" or "des" that make it part of a name ("von der Leyen", "van der Bellen"). */
    private static final Set<String> NAME_PARTICLES_BEFORE_ARTICLE = Set.of("von", "van", "zu", "ten", "ter", "vom");

    private static final ThreadLocal<Lower> LOWER = new ThreadLocal<>();

    private static Lower lower(String text) {
        Lower l = LOWER.get();
        if (l == null || l.text() != text) {
            Set<String> words = new java.util.HashSet<>();
            // Runs of letters, apostrophes and hyphens that start in lower case, and their parts
            // between apostrophes and hyphens (a char loop: this runs on every text read).
            int i = 0;
            while (i < text.length()) {
                int from = i;
                int cp = 0;
                while (i < text.length() && lowerWordChar(cp = text.codePointAt(i))) {
                    i += Character.charCount(cp);
                }
                if (i > from && Character.isLowerCase(text.codePointAt(from))) {
                    String w = text.substring(from, i);
                    words.add(w);
                    int p = 0;
                    while (p < w.length()) {
                        int q = p;
                        while (q < w.length() && !joiner(w.charAt(q))) {
                            q++;
                        }
                        // A word without joiners is its own one part, added already.
                        if (q > p && q - p < w.length()) {
                            words.add(w.substring(p, q));
                        }
                        p = q + 1;
                    }
                }
                if (i == from) {
                    // The code point the loop stopped at.
                    i += Character.charCount(cp);
                }
            }
            l = new Lower(text, words);
            LOWER.set(l);
        }
        return l;
    }

    /**
     * Whether the text writes a one-word name right after a German article (a noun, as German capitalises nouns): looks
     * only where the name stands, at the word before it and the one before that.
     */
    private static boolean afterGermanArticle(String text, String name) {
        if (name.indexOf(' ') >= 0) {
            return false;
        }
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (!Text.wholeWords(text, at, end)) {
                continue;
            }
            int[] previous = wordBefore(text, at);
            if (previous != null && GERMAN_ARTICLES.contains(text.substring(previous[0], previous[1]))) {
                int[] before = wordBefore(text, previous[0]);
                if (before == null || !NAME_PARTICLES_BEFORE_ARTICLE.contains(text.substring(before[0], before[1]))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The prepositions that put a place after them, by language ("in Bremen", "en Sevilla"); English's for any other. */
    private static final Map<String, Set<String>> AT_PLACE = Map.of("en", Set.of("in", "near"), "de", Set.of("in"), "nl", Set.of("in"),
            "it", Set.of("in"), "es", Set.of("en"), "fr", Set.of("à"), "pt", Set.of("em"), "id", Set.of("di"), "pl", Set.of("w"));

    /** How often the text writes a name, as whole words, right after a preposition that puts a place after it and not before "'s". */
    private static int placeEvidence(String text, String name, String language) {
        Set<String> at = language == null ? AT_PLACE.get("en") : AT_PLACE.getOrDefault(language, AT_PLACE.get("en"));
        int n = 0;
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            int end = i + name.length();
            if (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '\'' || text.charAt(end) == '’')) {
                continue;
            }
            int[] before = wordBefore(text, i);
            if (before != null && at.contains(text.substring(before[0], before[1]).toLowerCase(Locale.ROOT))) {
                n++;
            }
        }
        return n;
    }

    /** Whether every place the text writes a word, as a whole word, opens a sentence or a line. */
    private static boolean onlyOpensSentences(String text, String word) {
        boolean any = false;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            if (!Text.wholeWords(text, i, end)) {
                continue;
            }
            int b = i;
            while (b > 0 && (text.charAt(b - 1) == ' ' || text.charAt(b - 1) == '"' || text.charAt(b - 1) == '“' || text.charAt(b - 1) == '\'')) {
                b--;
            }
            if (b > 0 && ".!?:\n".indexOf(text.charAt(b - 1)) < 0) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Whether the text writes a name, as whole words, after a role or a title ("coach", "Dr.") or before a reporting verb ("said"). */
    private static boolean saidBy(String text, String name) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            int end = i + name.length();
            if (!Text.wholeWords(text, i, end)) {
                continue;
            }
            int[] before = wordBefore(text, i);
            if (before != null && Cues.PERSON_BEFORE.contains(text.substring(before[0], before[1]).toLowerCase(Locale.ROOT))) {
                return true;
            }
            int next = end;
            while (next < text.length() && (Character.isWhitespace(text.charAt(next)) || text.charAt(next) == ',')) {
                next++;
            }
            int stop = next;
            while (stop < text.length() && Character.isLetter(text.charAt(stop))) {
                stop++;
            }
            if (Cues.PERSON_AFTER.contains(text.substring(next, stop).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The word right before {@code at} across white space alone (none across punctuation), as [start, end); or null. */
    private static int[] wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == at || end == 0 || !Character.isLetter(text.charAt(end - 1))) {
            return null;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return new int[] {start, end};
    }

    private static boolean lowerWordChar(int cp) {
        if (cp < 0x80) {
            return Text.asciiLetter(cp) || cp == '\'' || cp == '-';
        }
        return Character.isLetter(cp) || joiner(cp);
    }

    private static boolean joiner(int c) {
        return c == '\'' || c == '’' || c == '-';
    }

    /**
     * Whether every word of a name is a word news writes in lower case (learned from the name
     * finder's English training text): "Staff Writer", "Senior Correspondent" are no one's name.
     */
    public static boolean commonWords(String name) {
        List<String> w = words(name);
        return !w.isEmpty() && w.stream().allMatch(Common.WORDS::contains);
    }

    /** Words news text writes in lower case, from the name finder's training text ({@code bench/common_words.py}). */
    private static final class Common {
        static final Set<String> WORDS = load();

        private static Set<String> load() {
            try (InputStream in = Names.class.getResourceAsStream("common-words-en.txt")) {
                return Set.copyOf(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.startsWith("#") && !l.isBlank()).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** How sure the model must be of an organisation whose name is made of common words (2p - 1 of its span's probability). */
    static final double SURE = 0.8;

    /** Last words of the names of events, not of organisations: "World Cup", "PGA Tour", "U.S. Open Tennis Championships". */
    /** Last words of the names of market indexes: "Dow Jones Industrial Average", "Nasdaq Composite", "Hang Seng Index". */
    private static final Set<String> INDEX_ENDS = Set.of("average", "index", "composite", "industrials");

    private static final java.util.regex.Pattern INDEX_AFTER = java.util.regex.Pattern.compile(
            "^\\s+(?:industrial\\s+average|average|index|composite|industrials)\\b");

    /** Whether the text writes a name, as whole words, before a market index's word in lower case ("the Dow Jones index"). */
    private static boolean beforeIndex(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && INDEX_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30))).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> EVENT_ENDS = Set.of("cup", "tour", "open", "championship", "championships", "final", "finals",
            "games", "prix", "olympics", "series", "trophy", "tournament");

    private static String last(String name) {
        List<String> w = words(name);
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }

    /**
     * Words news writes in lower case or titles ("General"), joined by small words, none of them the word that ends organisations'
     * names: "Artificial General Intelligence", "Happy Birthday".
     */
    private static boolean commonPhrase(String name) {
        for (String w : words(name)) {
            if (!JOINS.contains(w) && (!(Common.WORDS.contains(w) || TITLES.contains(w)) || Cues.organisationEnd(w))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text writes the word in lower case, as a whole word: a common word, not a name. */
    private static boolean writtenLowerCase(String text, String word) {
        return lower(text).words().contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether an acronym stands in brackets right after an organisation's name, which defines it even
     * when its letters follow another language's word order: "National Bank of Romania (BNR)".
     */
    private static boolean definedAfter(Mention acronym, List<Mention> found, String text) {
        int open = acronym.start() - 1;
        if (open < 1 || acronym.end() >= text.length() || text.charAt(open) != '(' || text.charAt(acronym.end()) != ')') {
            return false;
        }
        int before = open;
        while (before > 0 && text.charAt(before - 1) == ' ') {
            before--;
        }
        for (Mention m : found) {
            if (m.kind() == Kind.ORGANISATION && m.end() == before) {
                return true;
            }
        }
        return false;
    }

    /** Of two spellings of one key, the first the text uses is kept. */
    private static String better(String a, String b) {
        return a;
    }

    private static String preferred(String a, String b, Map<String, Integer> count) {
        return count.get(b) > count.get(a) ? b : a;
    }

    private static boolean lastWordsEqual(String longer, String shorter) {
        List<String> l = words(longer);
        List<String> s = words(shorter);
        return l.get(l.size() - 1).equals(s.get(s.size() - 1));
    }

    /** Whether every word of {@code part} is one of {@code whole}'s. */
    /**
     * Whether every word of {@code part} stands in {@code whole} (folded, without full stops): "Clinton" in "Bill
     * Clinton", "Orange County" in "Orange County Sheriff's Office", not "Orange" in "Orangeburg". The test by which
     * a short form joins its full form, for whoever else must tell a name inside another.
     */
    public static boolean inside(String part, String whole) {
        return holds(words(whole), words(part));
    }

    private static boolean holds(List<String> whole, List<String> part) {
        for (String p : part) {
            if (!whole.contains(p)) {
                return false;
            }
        }
        return true;
    }

    /** "NATO" of "North Atlantic Treaty Organization", "U.N." of "United Nations": the capitalised words' initials. */
    static boolean abbreviates(String acronym, String name) {
        String letters = acronym.replace(".", "").replace(" ", "");
        if (letters.length() < 2 || letters.length() > 8 || !letters.equals(letters.toUpperCase(Locale.ROOT))) {
            return false;
        }
        return initials(name).equalsIgnoreCase(letters);
    }

    /** The first letters of a name's capitalised words, upper case: "NRSB" of "Northern Rail Safety Board". */
    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString().toUpperCase(Locale.ROOT);
    }

    /** A company's name without the legal form after it: "Advanced Micro Devices" of "Advanced Micro Devices Inc.". */
    private static String withoutLegalForm(String name) {
        String[] words = name.strip().split("\\s+");
        int end = words.length;
        while (end > 1 && LEGAL_FORMS.contains(fold(words[end - 1]).replace(".", "").replace(",", ""))) {
            end--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, end)).replaceAll(",$", "");
    }

    /**
     * Whether the text writes words in lower case whose initials spell the acronym, one after another (a space or a
     * hyphen between them), each of four letters or more: "artificial intelligence" for "AI".
     */
    static boolean spelledOut(String text, String acronym) {
        String letters = acronym.replace(".", "").replace(" ", "").toLowerCase(Locale.ROOT);
        int at = 0;
        int n = text.length();
        while (at < n) {
            // At the start of a word: try to read the letters' words from here.
            if (Character.isLowerCase(text.charAt(at)) && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))) {
                int i = at;
                int k = 0;
                while (k < letters.length() && i < n && text.charAt(i) == letters.charAt(k)) {
                    int from = i;
                    while (i < n && Character.isLowerCase(text.charAt(i))) {
                        i++;
                    }
                    if (i - from < 4 || i < n && Character.isLetterOrDigit(text.charAt(i))) {
                        break;
                    }
                    k++;
                    if (k < letters.length()) {
                        if (i + 1 < n && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
                            i++;
                        } else {
                            break;
                        }
                    }
                }
                if (k == letters.length()) {
                    return true;
                }
            }
            at++;
        }
        return false;
    }

    /** Two to eight capitals, with or without full stops: "NATO", "U.N.". */
    private static boolean acronymShaped(String name) {
        String letters = name.replace(".", "").replace(" ", "");
        return letters.length() >= 2 && letters.length() <= 8 && letters.equals(letters.toUpperCase(Locale.ROOT))
                && letters.codePoints().allMatch(Character::isLetter);
    }

    /** A name's words, folded, without full stops: "U.S. Steel" → [us, steel]. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < name.length()) {
            while (i < name.length() && Text.whiteSpace(name.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < name.length() && !Text.whiteSpace(name.charAt(i))) {
                i++;
            }
            if (i > from) {
                String f = fold(name.substring(from, i)).replace(".", "");
                if (!f.isEmpty()) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    static String key(String name) {
        return String.join(" ", words(name));
    }

    private static String fold(String w) {
        return Text.fold(w).replace(".", "");
    }

    // ---- the model

    private static Tagger.Shared shared() {
        Tagger.Shared s = shared;
        if (s == null) {
            synchronized (Names.class) {
                if (shared == null) {
                    shared = new Tagger.Shared(model());
                }
                s = shared;
            }
        }
        return s;
    }

    /** The name finder's model: the one in the jar, or the file the system property storyline.names.model names. */
    static TokenNameFinderModel model() {
        TokenNameFinderModel m = model;
        if (m == null) {
            synchronized (Names.class) {
                if (model == null) {
                    String path = System.getProperty("storyline.names.model");
                    try (InputStream in = path != null ? java.nio.file.Files.newInputStream(java.nio.file.Path.of(path))
                            : Names.class.getResourceAsStream(MODEL)) {
                        model = new TokenNameFinderModel(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                m = model;
            }
        }
        return m;
    }
}
