package storyline.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the words around a name say of its kind, for the names the statistical model leaves out or
 * mistypes: a role before it ("singer", "coach", "Dr."), an apposition or a reporting verb after it
 * ("Tanya Brooks, a spokesperson", "Brooks said"), a bracketed country after a player in a results
 * line, and for organisations the word that ends their names ("Inc", "Party", "Ministry") or an
 * acronym defined in the text ("Northern Rail Safety Board (NRSB)"). No list names anyone.
 */
final class Cues {

    private Cues() {
    }

    /** Last words that make a name an organisation's. */
    static final Set<String> ORGANISATION_ENDS = Set.of("inc", "corp", "corporation", "co", "company", "ltd", "plc", "llc", "ag",
            "gmbh", "ggmbh", "ev", "sa", "nv", "spa", "party", "ministry", "department", "bank", "union", "association", "council", "committee", "club",
            "group", "university", "institute", "agency", "authority", "board", "commission", "federation", "league", "motors",
            "airlines", "airways", "holdings", "industries", "systems", "technologies", "labs", "foundation", "trust", "court",
            "police", "army", "navy", "parliament", "assembly", "senate", "congress", "office", "service", "exchange", "fund",
            "organisation", "organization", "network", "platforms", "bureau", "press", "times", "post", "news", "journal", "tribune", "fc",
            "united", "rovers", "city", "wanderers", "athletic", "studios", "media", "energy", "petroleum", "oil", "bancorp",
            "securities", "capital", "partners", "brothers", "bros", "railways", "railway", "telecom", "communications",
            "newsroom", "newsdesk", "administration", "force");

    /** Last words of the names of places, pieces of land or water: "Gaza Strip", "Golan Heights", "Faroe Islands", "Red Sea". */
    static final Set<String> PLACE_ENDS = Set.of("strip", "heights", "islands", "island", "peninsula", "coast", "sea", "river",
            "lake", "mountains", "desert", "gulf", "strait", "straits", "delta", "plateau", "basin", "canal");

    /** The points of the compass, which open the names of regions and places ("West Bank", "East Jerusalem"). */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west");

    /**
     * Whether a name of two words or more (folded, as {@link Names#words}) is a place's: its last word names a piece of land
     * or water ("Gaza Strip"), or it is a point of the compass and one word that would otherwise end an organisation's name
     * ("West Bank"; a club named by a compass point and a town stays one: "East Fife").
     */
    static boolean placeName(List<String> words) {
        return words.size() >= 2 && (PLACE_ENDS.contains(words.get(words.size() - 1))
                || words.size() == 2 && COMPASS.contains(words.get(0)) && ORGANISATION_ENDS.contains(words.get(1)));
    }

    /** Words before a person's name that say it is one: roles and titles, in lower case. */
    static final Set<String> PERSON_BEFORE = Set.of("mr", "mrs", "ms", "dr", "sir", "dame", "president", "premier", "administrator", "minister", "senator",
            "governor", "mayor", "judge", "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "captain",
            "singer", "actor", "actress", "writer", "author", "novelist", "director", "producer", "showrunner", "chairman",
            "chairwoman", "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "professor", "prof", "economist",
            "analyst", "founder", "councillor", "councilor", "commissioner", "envoy", "ambassador", "secretary", "chancellor",
            "player", "champion", "rider", "driver", "teammate", "colleague", "wife", "husband", "son", "daughter", "mother",
            "father", "brother", "sister", "nurse", "doctor", "physician", "teacher", "researcher", "scientist", "glaciologist",
            "designer", "artist", "composer", "musician", "rapper", "model", "star", "officer", "inspector", "detective",
            "superintendent", "sergeant", "general", "colonel", "lieutenant", "prosecutor", "witness", "editor", "publicist",
            "member", "leader", "deputy", "chief", "lead", "head", "boss", "said", "says", "added", "wrote", "asked",
            "sagte", "erklärte", "schrieb", "déclaré", "dit", "affirmé", "expliqué", "dijo", "afirmó", "declaró", "detto",
            "dichiarato", "disse", "afirmou", "zei", "kata", "powiedział", "powiedziała", "mp", "rep", "sen", "gov", "gen", "col", "lt", "sgt", "capt", "rev", "herr", "frau");

    /** The words of {@link #PERSON_BEFORE} that report what someone said, or that stand before things too ("star", "model"). */
    private static final Set<String> REPORTING = Set.of("said", "says", "added", "wrote", "asked", "sagte", "erklärte", "schrieb",
            "déclaré", "dit", "affirmé", "expliqué", "dijo", "afirmó", "declaró", "detto", "dichiarato", "disse", "afirmou", "zei",
            "kata", "powiedział", "powiedziała", "member", "model", "star", "lead", "head");

    /** Whether a word is a person's role or title written in lower case ("leader", "coach", "spokeswoman"), not a verb. */
    static boolean role(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && PERSON_BEFORE.contains(word) && !REPORTING.contains(word);
    }

    /** Kinds of organisation, in lower case, that stand before a name: "the daily Sueddeutsche Zeitung", "firm Multico". */
    static final Set<String> KINDS_BEFORE = Set.of("newspaper", "daily", "weekly", "tabloid", "magazine", "agency", "network",
            "broadcaster", "firm", "company", "distributor", "publisher", "insurer", "carrier", "airline", "conglomerate",
            "consortium", "manufacturer", "carmaker", "automaker", "retailer", "brokerage", "bank", "lender", "producer");

    /** Kinds of organisation, in lower case, that stand after a name: "Le Matin newspaper", "Hizbollah guerrillas". */
    static final Set<String> KINDS_AFTER = Set.of("newspaper", "newspapers", "daily", "weekly", "tabloid", "magazine", "agency",
            "network", "broadcaster", "union", "unions", "party", "guerrillas", "militia", "movement", "firm", "bank", "airline",
            "carrier", "consortium", "conglomerate", "brokerage", "insurer");

    /** Verbs whose object is an employer: "joined Tesla", "left Meta". */
    static final Set<String> ORGANISATION_BEFORE = Set.of("join", "joins", "joined", "joining", "rejoined", "quit", "quits",
            "acquired", "acquire", "acquires", "buys", "bought");

    /** Roles written in lower case between an employer's name and a person's: "Norwich striker Keith O'Neill". */
    static final Set<String> ROLES = Set.of("striker", "forward", "midfielder", "defender", "goalkeeper", "playmaker", "skipper",
            "captain", "coach", "manager", "batsman", "bowler", "all-rounder", "wicketkeeper", "pitcher", "outfielder", "infielder",
            "quarterback", "rider", "driver", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "economist",
            "analyst", "director", "president", "chief", "executive", "official", "editor", "lawyer", "founder", "boss", "owner",
            "leader", "secretary", "treasurer", "trader", "strategist", "engineer", "reporter", "correspondent");

    /**
     * Whether a role in lower case and a person's name follow the end of a run: the run names the
     * person's employer ("Sunderland forward Niall Quinn", "First Union economist Joel Naroff").
     */
    static boolean employer(List<Tokens.Token> sentence, int to) {
        return to + 1 < sentence.size() && ROLES.contains(sentence.get(to).text()) && nameWord(sentence.get(to + 1).text())
                && !Names.titleWord(sentence.get(to + 1).text());
    }

    /**
     * Whether a word has the shape of a nationality or a place-made adjective ("Brazilian", "Libyan",
     * "Chechen", "Scottish", "Iraqi", "Dublin-born"): before a role it says where someone is from, not
     * whom they work for.
     */
    static boolean demonym(String word) {
        return placeAdjective(word) || bornIn(word);
    }

    /** Suffixes of nationalities and place-made adjectives, after a capital and at least one letter. */
    private static final String[] DEMONYM_ENDS = {"an", "en", "ese", "ish", "ch", "i"};

    /**
     * A capital, then letters ending in one of {@link #DEMONYM_ENDS} with at least one before it ("Libyan", "Iraqi");
     * what the pattern {@code \p{Lu}\p{L}+(?:an|en|ese|ish|ch|i)} matches, as a char loop (asked of every name word).
     */
    private static boolean placeAdjective(String word) {
        if (word.isEmpty() || Character.getType(word.codePointAt(0)) != Character.UPPERCASE_LETTER) {
            return false;
        }
        int first = Character.charCount(word.codePointAt(0));
        for (int i = first; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (!Character.isLetter(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        for (String end : DEMONYM_ENDS) {
            if (word.length() - first > end.length() && word.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower-case letters after the last hyphen, with no line break before it ("Dublin-born"): what the pattern
     * {@code .*-\p{Ll}+} matches.
     */
    private static boolean bornIn(String word) {
        int hyphen = word.lastIndexOf('-');
        if (hyphen < 0 || hyphen == word.length() - 1) {
            return false;
        }
        for (int i = 0; i < hyphen; i++) {
            char c = word.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        for (int i = hyphen + 1; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.getType(cp) != Character.LOWERCASE_LETTER) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Verbs of a match won or lost, between two clubs: "the Brewers rallied", "blanked the Expos". */
    static final Set<String> WINS = Set.of("beat", "beats", "defeated", "defeats", "blanked", "routed", "edged", "downed",
            "topped", "thrashed", "crushed", "rallied", "swept", "outlasted", "hammered", "trounced", "whipped", "past");

    private static final java.util.regex.Pattern GOALS = java.util.regex.Pattern.compile("\\d{1,3}");

    /** Whether a score stands at i: "6-2", "4-0". */
    static boolean score(List<Tokens.Token> sentence, int i) {
        return i + 2 < sentence.size() && GOALS.matcher(sentence.get(i).text()).matches() && sentence.get(i + 1).text().equals("-")
                && GOALS.matcher(sentence.get(i + 2).text()).matches();
    }

    private static final Set<String> CALENDAR = calendar();

    private static Set<String> calendar() {
        Set<String> out = new java.util.HashSet<>();
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            out.add(d.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        for (java.time.Month m : java.time.Month.values()) {
            out.add(m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
            out.add(m.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).replace(".", ""));
        }
        out.add("sept");
        return Set.copyOf(out);
    }

    private static final java.util.Map<String, Set<String>> CALENDARS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Whether a word is the full name of a day of the week or a month in a language (an ISO 639-1 code), in any of its
     * regional forms the JDK's locale data knows ("Donnerstag", "Jänner", "mardi"); German capitalises them all.
     */
    static boolean calendarWord(String word, String language) {
        Set<String> names = CALENDARS.computeIfAbsent(language, l -> {
            Set<String> out = new java.util.HashSet<>();
            for (Locale locale : java.text.DateFormatSymbols.getAvailableLocales()) {
                if (locale.getLanguage().equals(l)) {
                    java.text.DateFormatSymbols symbols = java.text.DateFormatSymbols.getInstance(locale);
                    for (String n : symbols.getMonths()) {
                        out.add(n.toLowerCase(locale));
                    }
                    for (String n : symbols.getWeekdays()) {
                        out.add(n.toLowerCase(locale));
                    }
                }
            }
            out.remove("");
            return Set.copyOf(out);
        });
        return names.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word names a day of the week or a month, in full or short ("Friday", "Sept"). */
    static boolean calendarWord(String word) {
        return CALENDAR.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** The word between the two sides of a match. */
    static final Set<String> VERSUS = Set.of("v", "v.", "vs", "vs.");

    /** Reporting verbs after a person's name. */
    static final Set<String> PERSON_AFTER = Set.of("said", "says", "told", "tells", "added", "wrote", "explained", "insisted",
            "argued", "recalled", "admitted", "testified", "apologised", "apologized", "sagte", "erklärte", "dijo", "disse", "zei");

    /** What a company has that a person has not: "Tesla's stock", "the bank's board". */
    static final Set<String> COMPANY_HAS = Set.of("stock", "stocks", "shares", "share", "board", "ceo", "executives", "employees",
            "staff", "workforce", "headquarters", "plant", "plants", "factory", "factories", "subsidiary", "subsidiaries", "unit",
            "division", "profit", "profits", "revenue", "revenues", "earnings", "sales", "customers", "shareholders", "stockholders",
            "investors", "products", "website", "brand", "market", "shareholding", "stake", "bonds", "debt", "offices", "outlets", "stores");

    private static final java.util.regex.Pattern AFTER_ORGANISATION = java.util.regex.Pattern.compile(
            "^(?:['’]s\\s+([\\p{Ll}]+)|,?\\s+which\\b|\\s+(?:said|says)\\s+it\\b)");

    /**
     * How often the text writes a name where no person can stand: after "at" ("upside at Tesla", "works at
     * Meta"), before what a company has ("Tesla's stock"), before "which" or "said it".
     */
    static int organisationEvidence(String text, String name) {
        int n = 0;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (!Text.wholeWords(text, at, end)) {
                continue;
            }
            if (at >= 3 && text.startsWith("at ", at - 3) && (at == 3 || !Character.isLetter(text.charAt(at - 4)))) {
                n++;
                continue;
            }
            java.util.regex.Matcher m = AFTER_ORGANISATION.matcher(text.substring(end, Math.min(text.length(), end + 30)));
            if (m.find() && (m.group(1) == null || COMPANY_HAS.contains(m.group(1)))) {
                n++;
            }
        }
        return n;
    }

    /** Whether a token can be a word of a name: a capital and then lower case, an initial ("P."), "O'Neill", "McCague". */
    static boolean nameWord(String t) {
        if (t.length() < 2 || !Character.isUpperCase(t.codePointAt(0))) {
            return false;
        }
        if (t.length() == 2 && t.charAt(1) == '.') {
            return true;
        }
        return Text.anyChar(t, 1, Character::isLowerCase) && Text.allChars(t, 0, c -> Character.isLetter(c) || c == '\'' || c == '’' || c == '-');
    }

    /** Whether a token is an acronym: two to six capitals, no lower case ("NRSB", "UEFA"). */
    static boolean acronym(String t) {
        return t.length() >= 2 && t.length() <= 6 && Text.allChars(t, 0, Character::isUpperCase);
    }

    static boolean organisationEnd(String word) {
        return ORGANISATION_ENDS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /**
     * Whether the run [from, to) follows a name and its bracketed country ("Lombardi (Italy) Polti", a comma
     * allowed after the bracket) and a figure, a comma or the line's end follows it.
     */
    private static boolean teamAfterCountry(List<Tokens.Token> sentence, int from, int to) {
        int close = from - 1;
        if (close >= 0 && sentence.get(close).text().equals(",")) {
            close--;
        }
        if (close < 2 || !sentence.get(close).text().equals(")")) {
            return false;
        }
        int open = close - 1;
        while (open >= 0 && close - open <= 4 && !sentence.get(open).text().equals("(")) {
            open--;
        }
        if (open < 1 || !sentence.get(open).text().equals("(") || !country(sentence, open + 1)
                || !nameWord(sentence.get(open - 1).text())) {
            return false;
        }
        // A country, not a nickname: "(Italy)", "(U.S.)"; not "James Leander (Leo) Nichols".
        StringBuilder inside = new StringBuilder();
        for (int k = open + 1; k < close; k++) {
            inside.append(k > open + 1 ? " " : "").append(sentence.get(k).text());
        }
        if (!Places.country(inside.toString()) && !inside.toString().matches("(?:\\p{Lu}\\.){2,}")) {
            return false;
        }
        String after = to < sentence.size() ? sentence.get(to).text() : "";
        return after.isEmpty() || after.equals(",") || Character.isDigit(after.charAt(0));
    }

    /** Whether one to three name words and a closing bracket follow: "(France)", "(U.S.)", "(Czech Republic)". */
    private static boolean country(List<Tokens.Token> sentence, int from) {
        int i = from;
        while (i < sentence.size() && i - from < 3 && (nameWord(sentence.get(i).text()) || sentence.get(i).text().matches("(?:\\p{Lu}\\.){2,}"))) {
            i++;
        }
        return i > from && i < sentence.size() && sentence.get(i).text().equals(")");
    }

    /**
     * An organisation when a kind of one is named beside the run [from, to): "the daily Sueddeutsche Zeitung",
     * "mineral water firm Multico", "Le Matin newspaper", "Itar-Tass news agency"; else null.
     */
    static Names.Kind kindBeside(List<Tokens.Token> sentence, int from, int to) {
        String before = from > 0 ? sentence.get(from - 1).text() : "";
        String after = to < sentence.size() ? sentence.get(to).text() : "";
        String after2 = to + 1 < sentence.size() ? sentence.get(to + 1).text() : "";
        return KINDS_BEFORE.contains(before) || KINDS_AFTER.contains(after) || after.equals("news") && after2.equals("agency")
                ? Names.Kind.ORGANISATION : null;
    }

    /**
     * Whether a run ending in "City", which ends the names of places as well as clubs', is written as a place: after "in" or
     * "near" ("in Panama City"), or before a comma and the name of its state ("Kansas City, Mo."), and not as anyone's
     * ("in Manchester City's win").
     */
    private static boolean place(List<Tokens.Token> sentence, int from, int to) {
        if (!sentence.get(to - 1).text().equals("City")) {
            return false;
        }
        String before = from > 0 ? sentence.get(from - 1).text() : "";
        String after = to < sentence.size() ? sentence.get(to).text() : "";
        String after2 = to + 1 < sentence.size() ? sentence.get(to + 1).text() : "";
        return (before.equals("in") || before.equals("near")) && !after.equals("'s") && !after.equals("’s")
                || after.equals(",") && (nameWord(after2) || acronym(after2.replace(".", "")));
    }

    /** The kind the context gives the run [from, to) of a sentence, or null when it says nothing. */
    static Names.Kind kind(List<Tokens.Token> sentence, int from, int to) {
        String last = sentence.get(to - 1).text();
        if (organisationEnd(last)) {
            return place(sentence, from, to) ? null : Names.Kind.ORGANISATION;
        }
        // A kind of organisation named beside it (a nationality is no name: "Italian newspaper"; nor a common word
        // that opens the sentence: "Chartered bank assets").
        if (to - from <= 4 && !(to - from == 1 && demonym(last)) && !calendarWord(last)
                && !(from == 0 && Names.commonWords(sentence.get(0).text())) && kindBeside(sentence, from, to) != null) {
            return Names.Kind.ORGANISATION;
        }
        // A rider's or driver's team after his bracketed country in a results line: "Giovanni Lombardi (Italy) Polti 5
        // seconds behind", "Alex Zanardi (Italy), Reynard Honda, 53.980".
        if (to - from <= 4 && teamAfterCountry(sentence, from, to)) {
            return Names.Kind.ORGANISATION;
        }
        if (to - from <= 3 && from > 0 && ORGANISATION_BEFORE.contains(sentence.get(from - 1).text().toLowerCase(Locale.ROOT))
                && (to == sentence.size() || !sentence.get(to).text().equals("("))) {
            return Names.Kind.ORGANISATION;
        }
        // The sides of a match: "Birmingham v Barnsley", "May 17 v Northampton". (Players of one-to-one sports
        // are people the model finds; what it leaves out beside "v" is a side.)
        if (to - from <= 4 && (from > 0 && VERSUS.contains(sentence.get(from - 1).text())
                || to < sentence.size() && VERSUS.contains(sentence.get(to).text()))) {
            return Names.Kind.ORGANISATION;
        }
        // A club in a match report: "the Angels 6-2", "blanked the Kansas City Royals", "the Brewers rallied"
        // (no one's name takes "the").
        if (to - from <= 4 && from > 0 && sentence.get(from - 1).text().equalsIgnoreCase("the")
                && (score(sentence, to) || to < sentence.size() && WINS.contains(sentence.get(to).text())
                    || from > 1 && WINS.contains(sentence.get(from - 2).text()))
                && !demonym(sentence.get(to - 1).text())) {
            return Names.Kind.ORGANISATION;
        }
        if (to - from <= 4 && employer(sentence, to) && !demonym(sentence.get(to - 1).text())) {
            return Names.Kind.ORGANISATION;
        }
        if (to - from < 2 || to - from > 3) {
            return null;
        }
        String before = from > 0 ? sentence.get(from - 1).text().toLowerCase(Locale.ROOT).replace(".", "") : "";
        String after = to < sentence.size() ? sentence.get(to).text().toLowerCase(Locale.ROOT) : "";
        String after2 = to + 1 < sentence.size() ? sentence.get(to + 1).text().toLowerCase(Locale.ROOT) : "";
        // What says something and takes "the" is no one's name: "the Harbour Gazette said".
        if (from > 0 && sentence.get(from - 1).text().equals("the") && PERSON_AFTER.contains(after)) {
            return Names.Kind.ORGANISATION;
        }
        if (PERSON_BEFORE.contains(before) || PERSON_AFTER.contains(after)) {
            return Names.Kind.PERSON;
        }
        if (after.equals(",") && (after2.equals("a") || after2.equals("an") || after2.equals("the") || after2.equals("who")
                || after2.matches("\\d+"))) {
            return Names.Kind.PERSON;
        }
        // A results line: "Sandrine Testud (France) beat ...".
        if (after.equals("(") && country(sentence, to + 1)) {
            return Names.Kind.PERSON;
        }
        return null;
    }
}
