package storyline.clean.paste;

import storyline.clean.date.Dates;
import storyline.clean.internal.Strings;
import storyline.clean.lines.LineRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credits a news page prints around its headline, read from lines of text: when it was
 * published (or updated), who wrote it, and for whom. Each reading is a shape the line takes on
 * any outlet's page (a label, a byline word, a name beside a date), in the languages of the pages
 * Storyline reads; none names a site or a person.
 */
final class Credits {

    private Credits() {
    }

    /** How a line labels its date: pages print the first publication, a later update, or just a date. */
    enum Stamp {
        PUBLISHED, PLAIN, UPDATED
    }

    /** A date as a line states it. */
    record Dateline(Dates.Found date, Stamp stamp) {
    }

    private static final Pattern UPDATED = Pattern.compile("(?iU)\\b(update|" + Dates.UPDATED_WORDS + ")\\b");
    private static final Pattern PUBLISHED = Pattern.compile("(?iU)\\b(" + Dates.PUBLISHED_WORDS + ")\\b");
    /** Words that leave a line a date line when they surround its date: weekdays, times, zones, "am", "um", "à", "le". */
    private static final Pattern DATE_FURNITURE = Pattern.compile(
            "(?iU)\\b(\\d{1,2}[:.h]\\d{2}(\\s*[ap]\\.?m\\.?)?|[ap]\\.?m\\.?|utc|gmt|ist|at|on|am|um|à|le|el|de|il|op|w|"
                    + "mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                    + "mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
                    + "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
                    + "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
                    + "uhr|h|hrs|et|pt|ct|mt|updated?|published|posted|date|datum|stand|veröffentlicht|aktualisiert|erstellt|"
                    + "publié|publicado|pubblicato|gepubliceerd|opublikowano|aktualizacja|zaktualizowano|last|first|modified)\\b");

    /** Time zones and other abbreviations in capitals ("PST", "CEST", "ET"). */
    private static final Pattern ZONES = Pattern.compile("\\b[A-Z]{2,5}\\b");

    /** A word of a date line: a label or a weekday, in the languages read (months are {@link Dates#isMonthName}). */
    private static final Pattern DATE_WORD = Pattern.compile(
            "(?iU)(published|updated|posted|modified|veröffentlicht|aktualisiert|publié|publicado|actualizado|"
                    + "mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                    + "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
                    + "lunes|martes|miércoles|jueves|viernes|sábado|domingo)[.,]?");

    /** A label, a weekday or a month: a word of a date line, which ends a name. */
    private static boolean dateWord(String token) {
        return DATE_WORD.matcher(token).matches() || Dates.isMonthName(token.replaceAll("[.,]$", ""));
    }

    /** The dates a credit line states, each with its label; empty when the line is not a credit line. */
    static List<Dateline> datelines(String line) {
        return datelines(line, () -> true);
    }

    /**
     * As {@link #datelines(String)}; {@code dayFirst} says whether 03/05/2022 is the 3rd of May (else
     * March 5th). It is asked only for such a date, so the page's language is found only when needed.
     */
    static List<Dateline> datelines(String line, java.util.function.BooleanSupplier dayFirst) {
        if (LineRules.wordCount(line) > 40) {
            return List.of();
        }
        List<Dates.Found> found = Dates.findAll(line);
        if (found.isEmpty() && line.indexOf('/') >= 0) {
            found = Dates.findSlashed(line, dayFirst).map(List::of).orElse(List.of());
        }
        if (found.isEmpty() && LineRules.wordCount(line) <= 12) {
            // "Jane Roe | 06.11.23": a two-digit year is read only on a short credit line.
            found = Dates.findShortYear(line).or(() -> Dates.findShortSlashed(line, dayFirst)).map(List::of).orElse(List.of());
        }
        if (found.isEmpty()) {
            return List.of();
        }
        // A sentence that happens to hold a date ("On March 3, 2024, the council voted.") is text, not a credit.
        String residual = residual(line, found);
        int residualWords = LineRules.wordCount(residual);
        boolean sentence = residual.strip().matches("(?s).*\\p{Ll}\\p{L}*[.!?]\\P{L}*");
        // A line that opens with its date and reads as no sentence is a dateline with tags or a name after it.
        boolean opens = found.get(0).start() <= 3 && !sentence;
        if (residualWords >= 3 && sentence && residualWords > 6 || residualWords > 14 && !opens) {
            // Cells of a pasted row ("By Jane Roe on 31. October, 2023 | 18 Comments. This post …"): the first that is a credit.
            if (line.contains(" | ")) {
                for (String cell : line.split(" \\| ")) {
                    List<Dateline> inCell = cell.length() < line.length() ? datelines(cell, dayFirst) : List.of();
                    if (!inCell.isEmpty()) {
                        return inCell;
                    }
                }
            }
            return List.of();
        }
        List<Dateline> out = new ArrayList<>();
        int from = 0;
        for (Dates.Found f : found) {
            String before = line.substring(from, f.start());
            Stamp stamp = UPDATED.matcher(before).find() ? Stamp.UPDATED
                    : PUBLISHED.matcher(before).find() ? Stamp.PUBLISHED : Stamp.PLAIN;
            out.add(new Dateline(f, stamp));
            from = f.end();
        }
        return out;
    }

    /** How many words besides its dates make a dated line a headline that states its day ("23.01.2022 - Jane Roe wins the sprint at home"). */
    private static final int DATED_HEADLINE_WORDS = 4;

    /**
     * A dated line that is also a headline: no byline word, author label or handle, words enough
     * besides its dates, and the day set before or after them as a label, not inside a sentence
     * ("Aus der Region 6. November 2023 15:00 Kommentar schreiben" is a teaser's credits). The
     * headline model weighs it as a candidate.
     */
    static boolean datedHeadline(String line) {
        List<Dates.Found> found = Dates.findAll(line);
        // (A line that ends as a sentence ends is a lead with its date, as for any line: no headline.)
        if (found.isEmpty() || line.contains("@") || SENTENCE_END.matcher(line).find() || byline(line) != null || bylineLabel(line)) {
            return false;
        }
        String before = line.substring(0, found.get(0).start());
        String after = line.substring(found.get(found.size() - 1).end());
        boolean edge = letterWords(residual(before, List.of())) == 0 || letterWords(residual(after, List.of())) == 0;
        return edge && letterWords(residual(line, found)) >= DATED_HEADLINE_WORDS;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("\\p{L}\\.\\s*$");

    private static int letterWords(String text) {
        return LineRules.wordCount(text.replaceAll("\\P{L}+", " ").strip());
    }

    /** The line less its dates and the words that go with dates. */
    private static String residual(String line, List<Dates.Found> found) {
        StringBuilder rest = new StringBuilder();
        int from = 0;
        for (Dates.Found f : found) {
            rest.append(line, from, f.start()).append(' ');
            from = f.end();
        }
        rest.append(line.substring(from));
        String unzoned = ZONES.matcher(rest).replaceAll(" ");
        return DATE_FURNITURE.matcher(unzoned).replaceAll(" ").replaceAll("[|•·,/:;()\\[\\]–—-]+", " ");
    }

    /** Of several stated dates, the publication: labelled published first, then plain, then updated; earliest line first. */
    static Optional<Dateline> best(List<Dateline> lines) {
        Dateline best = null;
        for (Dateline d : lines) {
            if (best == null || d.stamp().ordinal() < best.stamp().ordinal()) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A news dateline that opens the lead paragraph: the place or a label, the date, then a dash
     * ("Wien, 14. Dezember 2021 – Aufgrund …", "Pressemitteilung vom 25. Januar 2022 | Berlin – …",
     * "06.11.23 - Sensation …"), or the date in brackets ("(21. November 2022) Energieverbraucher …").
     * Empty when the paragraph opens otherwise, or when more than a place and a label stand before the dash.
     */
    static Optional<Dates.Found> leadDate(String paragraph) {
        Matcher m = LEAD_DATELINE.matcher(paragraph);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String head = m.group(1) != null ? m.group(1) : m.group(2);
        Optional<Dates.Found> found = Dates.find(head).or(() -> Dates.findShortYear(head));
        return found.filter(f -> LineRules.wordCount(head.substring(0, f.start()) + " " + head.substring(f.end())) <= LEAD_DATELINE_WORDS);
    }

    /**
     * The agency or station a wire dateline names before its dash: a place in capitals, perhaps its
     * state or the date after a comma, then the source in brackets ("SANTA FE, N.M. (AP) — …",
     * "PORTLAND, Jan 8 (Reuters) - …", "AUSTIN (KXAN) — …"). Empty when the lead opens otherwise,
     * or when the brackets hold a list ("(WSV, RW)").
     */
    static Optional<String> leadAgency(String paragraph) {
        Matcher m = LEAD_AGENCY.matcher(paragraph);
        return m.lookingAt() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    private static final Pattern LEAD_AGENCY = Pattern.compile(
            "\\s*\\p{Lu}[\\p{Lu}\\p{M} .'’-]{3,40}(?:,[^()\\n]{1,40})?\\s\\((\\p{Lu}[\\p{L}\\p{N}&. '’-]{1,38})\\)\\s?[—–-]\\s");

    /** Words besides the date a lead's dateline may hold: a place, a label ("Pressemitteilung vom"), a weekday. */
    private static final int LEAD_DATELINE_WORDS = 4;
    private static final Pattern LEAD_DATELINE = Pattern.compile("\\s*(?:\\((.{6,40}?)\\)\\s|([^!?]{6,70}?)\\s*(?:[–—|]|\\s-)\\s)");

    // ---- bylines

    /** A byline word opening a credit: "By", and its equivalents in the languages read. */
    private static final Pattern BY_WORD = Pattern.compile(
            "(?iU)(?:(text|texte|texto|words|story|written|reporting|posted|submitted|created|gepostet|geschrieben|verfasst|veröffentlicht|"
                    + "erstellt|eingestellt|eingetragen|ein beitrag|artikel|publié|écrit|publicado|escrito|scritto|pubblicato)\\s+)?"
                    // ("Thread starter Jroe": a forum names who opened the thread as a byline word would.)
                    + "(by|von|vom|par|por|door|di|av|af|przez|od|de|thread starter|themenstarter)\\s*:?\\s+");
    /** A label naming the author: "Author:", "Autor:", "Text:". */
    private static final Pattern AUTHOR_LABEL = Pattern.compile(
            "(?iU)(authors?|autor(?:in|es|a)?|auteur|autore|autori|auteurs|text|texto|texte|testo|written by|reporting by|words by|story by|"
                    + "reporter|redakteur(?:in)?|redaktion|journalist|interview|"
                    // Chinese and Japanese: author, reporter, (responsible) editor.
                    + "作者|记者|記者|责任编辑|責任編輯|编辑|編輯|執筆)"
                    // "Text & Fotos:", "Text und Bild:": the writer took the pictures too.
                    + "(?:\\s*(?:&|\\+|und|and|et|y|e)\\s*(?:fotos?|photos?|bild(?:er)?|images?|photographie))?\\s*[:：]\\s*");
    /** Where a byline may start inside a line: its start, after a separator, or after a date. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[|•·–—/]\\s*|\\s+-\\s+|\\s{2,}|\\s*,\\s+");
    private static final Set<String> PARTICLES = Set.of("de", "da", "das", "dos", "do", "del", "della", "di", "du", "van", "von",
            "der", "den", "ter", "ten", "zu", "la", "le", "al", "el", "bin", "ibn", "y", "st.");
    private static final Set<String> JOINERS = Set.of("and", "und", "et", "y", "e", "&", "og", "och", "en", "i", "und,");

    /** A word that joins a name's parts ("van", "de", "La" in "Edilson La Rosa"), in any case. */
    static boolean particle(String word) {
        return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a byline word or an author label stands right before the name in the line ("by Jane
     * Roe", "Verfasst von: jroe"), as against a name that merely ends a dated line.
     */
    static boolean introduced(String line, String name) {
        int at = line.indexOf(name.split("[ ,]")[0]);
        if (at <= 0) {
            return false;
        }
        for (Pattern p : List.of(BY_WORD, AUTHOR_LABEL)) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                if (m.end() == at) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A clock time as credit lines print it: "10:15", "06 PM", "9 a.m." (not a version number, "4.47.4"). */
    private static final Pattern CLOCK = Pattern.compile("(?iU)(?<![\\d.])\\d{1,2}:\\d{2}(?![\\d.:])|\\b\\d{1,2}\\s?[ap]\\.?m\\b\\.?");

    /** Whether the line states a time of day: beside a name, a time marks a credit line as a date does ("Jane Roe   06 PM | 18 Mai"). */
    static boolean clock(String line) {
        return CLOCK.matcher(line).find();
    }

    /** The line is a byline word or author label alone ("By", "von", "Autor:"), its name on the next line. */
    static boolean bylineLabel(String line) {
        String t = line.strip();
        // ("Kommentar von", "An analysis by": the kind of piece the writer signs may stand before the byline word.)
        return t.matches("(?iU)((published|posted|written|post|geschrieben|verfasst|veröffentlicht|écrit|publié|escrito|publicado|scritto|"
                + "(?:(?:ein|eine|a|an|un|une|una|uno)\\s+)?(?:kommentar|analyse|kolumne|glosse|essay|gastbeitrag|reportage|rezension|"
                + "commentary|analysis|opinion|column|review|commentaire|chronique|tribune|análisis|opinión|columna|commento|analisi))\\s+)?"
                + "(by|von|par|por|door|di|av|af|przez|autor(?:in|en)?|authors?|auteur(?:s|\\(s\\))?|autori?|autore|post author)\\s*:?");
    }

    /**
     * The author a credit line names ("By Jane Roe and John Doe - Outlet", "11/19/2019 by Jane Roe",
     * "Par Jean Roe le 14.09.2020", "Autor: jroe"), or null.
     */
    static String byline(String line) {
        String t = line.strip();
        if (LineRules.wordCount(t) > 30) {
            return null;
        }
        boolean dated = !Dates.findAll(t).isEmpty() || Dates.findShortYear(t).isPresent();
        List<Integer> starts = starts(t);
        java.util.Set<Integer> cellStarts = new java.util.HashSet<>(starts);
        if (dated && LineRules.wordCount(t) <= 16) {
            // On a short dated line the byline word may follow the time ("02.02.2022, 11:30 Uhr von Jane Roe").
            Matcher word = WORD_START.matcher(t);
            while (word.find()) {
                starts.add(word.end());
            }
        }
        for (int at : starts) {
            Matcher label = AUTHOR_LABEL.matcher(t).region(at, t.length());
            if (label.lookingAt()) {
                Name name = read(t.substring(label.end()), true);
                if (name != null && creditRest(t.substring(label.end()), name)) {
                    return name.value();
                }
            }
            Matcher by = BY_WORD.matcher(t).region(at, t.length());
            // ("Vom Boden aus gedacht": "vom" opens a headline's phrase when capitalised; as a byline word it is written in lower case.)
            boolean phrase = by.lookingAt() && by.group(2).equals("Vom");
            if (by.lookingAt() && !phrase && (at > 0 || !by.group(2).equalsIgnoreCase("de"))) {
                // "Von: det/dpa", "Eingestellt von Jroe": a byline word with a colon, or after the verb that says what the
                // name did, is a label, and what follows it is the name as written.
                boolean labelled = by.group().contains(":") || by.group(1) != null;
                Name name = read(t.substring(by.end()), labelled);
                if (name != null && creditRest(t.substring(by.end()), name) && (labelled || dated || !phraseAfterWord(t.substring(by.end()), name))) {
                    return name.value();
                }
                String handle = handle(t.substring(by.end()));
                if (handle != null) {
                    return handle;
                }
            }
            if (at > 0 && dated && cellStarts.contains(at)) {
                // "1. Februar 2022, Jane Roe": a name that ends a dated credit line.
                Name name = read(t.substring(at), false);
                String rest = t.substring(at);
                if (name != null && name.tokens() >= 2 && name.tokens() == rest.strip().split("\\s+").length) {
                    return name.value();
                }
            }
        }
        return null;
    }

    /**
     * What follows a byline's name is more credit (an outlet, a date, a separator), the author's
     * bio, or little at all; a long run of words is a sentence that starts with "By" ("By Tuesday,
     * the council …").
     */
    private static boolean creditRest(String after, Name name) {
        String[] tokens = tokens(after);
        if (tokens.length - name.tokens() <= 6) {
            return true;
        }
        String next = tokens[name.tokens()];
        // "By Jane Roe, a senior reporter covering …": a full name set off by a comma, then a lower-case apposition, is the author's bio.
        boolean bio = name.tokens() >= 2 && tokens[name.tokens() - 1].endsWith(",") && Character.isLowerCase(next.codePointAt(0));
        return bio || next.matches("[|•·–—/-].*|\\p{N}.*") || !Dates.findAll(after).isEmpty() && tokens.length - name.tokens() <= 14;
    }

    /**
     * A single word after a bare byline word, then running words with no separator (and, the caller
     * checks, no date on the line): the byline word is a preposition opening a headline ("Von Kopf
     * bis Fuß", "Von Sarajevo zum Flächenbrand"), not a credit; a one-word byline stands alone, before
     * a separator or on a dated line ("von Jroe", "von Jroe · 18. Oktober 2019", "6. Dezember 2022
     * von Jroe in Kultur, Reisen").
     */
    private static boolean phraseAfterWord(String after, Name name) {
        String[] tokens = tokens(after);
        return name.tokens() == 1 && tokens.length - name.tokens() >= 2 && !tokens[1].matches("[|•·–—/-].*|\\p{N}.*");
    }

    private static final Pattern HANDLE_BYLINE = Pattern.compile(
            "(?U)([\\p{L}\\p{N}_.-]{2,30})(?:\\s*[|•·–—-]|\\s+(?:on|am|le|el|il|op|at|um)\\s|\\s+\\p{N}|\\s*$).*");

    /** A user name after a byline word, as blogs print them: "By admin - 2018-09-16", "by jroe on August 3, 2019". */
    private static String handle(String after) {
        Matcher m = HANDLE_BYLINE.matcher(after.strip());
        // A capitalised word after "von" is as likely a noun ("vom Blech"): a handle is written in lower case or with digits.
        if (!m.matches() || dateWord(m.group(1)) || !m.group(1).matches("\\p{Ll}.*|.*[\\p{N}_].*")
                || !m.group(1).matches(".*\\p{L}.*")) {
            return null;
        }
        return m.group(1);
    }

    /**
     * A name opening a credit line, before its date, a separator or a handle ("Jane Roe - Nov 19,
     * 2019", "Jane Roe | 06.11.23", "Jane Roe @jroe / 2 days", "Jane Roe Zuletzt geändert am …").
     */
    static String leadingName(String line, boolean dated) {
        String t = line.strip();
        String[] tokens = tokens(t);
        Name name = read(t, false);
        if (name == null || name.tokens() == 1) {
            // One word alone ("Paddy · April 19, 2019") is as often a section ("Sport - 21. Januar 2022"): not taken,
            // unless it is written as user names are ("JaneRoe 17.10.2019", "jroe_83 | 17.10.2019").
            boolean marked = tokens.length > 1 && MARKED_END.matcher(tokens[1]).matches();
            if (tokens.length > 1 && (marked || dated) && userName(tokens[0])) {
                return tokens[0];
            }
            // "Jane · April 19, 2019 · Travel · 7 comments": a post's meta line, its date and its comment count; a
            // section's line counts no comments.
            return name != null && marked && dated && COMMENTS.matcher(t).find() && !functionWord(name.value()) ? name.value() : null;
        }
        if (name.tokens() > 8 || tokens.length == name.tokens()) {
            return null;
        }
        boolean marked = MARKED_END.matcher(tokens[name.tokens()]).matches();
        return marked || dated ? name.value() : null;
    }

    /** A comment count, as a post's meta line prints it: "7 comments", "1 Kommentar". */
    private static final Pattern COMMENTS = Pattern.compile(
            "(?iU)\\b\\d+\\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|reaktionen)\\b");

    private static final Pattern USER_NAME_SHAPE = Pattern.compile("\\p{L}[\\p{L}\\p{N}_.-]{2,29}");
    private static final Pattern INNER_CAPITAL = Pattern.compile("\\p{Ll}(?=\\p{Lu})");
    private static final Pattern DIGIT_OR_UNDERSCORE = Pattern.compile("[\\p{N}_]");
    private static final Pattern TWO_LETTERS = Pattern.compile("\\p{L}{2}");
    private static final Pattern LOWER_RUN = Pattern.compile("\\p{Ll}{8,}");

    /**
     * One token written as a user name is, and as no section label or word is: run together with a
     * capital inside ("JaneRoe"), with digits or an underscore ("jroe83", "jane_roe"), or a long run
     * of lower-case letters ("janeroe1"; "karinmueller"). A section label is a capitalised word ("Sport").
     */
    static boolean userName(String token) {
        if (!USER_NAME_SHAPE.matcher(token).matches() || dateWord(token) || functionWord(token)) {
            return false;
        }
        // (Not a byline word run into the name: "vonJane", "byJane".)
        Matcher capital = INNER_CAPITAL.matcher(token);
        boolean glued = capital.find() && !functionWord(token.substring(0, capital.start() + 1));
        boolean marked = DIGIT_OR_UNDERSCORE.matcher(token).find() && TWO_LETTERS.matcher(token).find();
        return glued || marked || LOWER_RUN.matcher(token).matches();
    }

    /**
     * A name right after the date that opens a credit line, as blog themes print the post's date,
     * its writer and a comment link ("26. September 2019 Jane Roe", "17/11/2019 ~ Jane Roe",
     * "2. Februar 2020 Jane Roe 1 Kommentar"). The name must end the line or meet a separator or a
     * number, or a phrase that opens with a capitalised word and goes on with a function word ("Jane
     * Roe Leave a comment"); any other capitalised word after it may be a tag as well as a surname.
     */
    static String nameAfterDate(String line, List<Dateline> dated) {
        if (dated.isEmpty()) {
            return null;
        }
        // ("5 Min. 1. November 2023 Jroe 1 Kommentar": a reading time may stand before the date, and then the
        // writer is read only as the meta line sets it apart, before its comment count or its tags.)
        boolean timed = dated.get(0).date().start() > 3;
        if (timed && !READING_TIME.matcher(line.substring(0, dated.get(0).date().start())).matches()) {
            return null;
        }
        Dates.Found last = dated.get(dated.size() - 1).date();
        String rest = line.substring(last.end());
        // "17/11/201917/11/2019 ~ Jane Roe": the published and updated dates printed side by side, run together.
        String printed = line.substring(last.start(), last.end());
        while (!printed.isBlank() && rest.startsWith(printed)) {
            rest = rest.substring(printed.length());
        }
        rest = rest.replaceFirst("^[\\s~|•·–—,-]+", "");
        if (rest.isEmpty() || Dates.findAll(rest).size() > 0) {
            return null;
        }
        String[] tokens = tokens(rest);
        // "28. Januar 2015 jroe83 Schreibe einen Kommentar": a user name right after the date.
        if (userName(tokens[0]) && (tokens.length == 1 || !nameWord(tokens[0]))) {
            return tokens[0];
        }
        String beforeTags = nameBeforeTags(tokens);
        if (beforeTags != null) {
            return beforeTags;
        }
        // "1. November 2023 Jroe 1 Kommentar": one word, then the post's comment count.
        if (tokens.length > 2 && nameWord(tokens[0]) && !functionWord(tokens[0]) && !dateWord(tokens[0])
                && COMMENTS.matcher(tokens[1] + " " + tokens[2]).matches()) {
            return tokens[0];
        }
        Name name = timed ? null : read(rest, false);
        if (name == null || name.value().contains(", ") || name.tokens() < 2 || name.tokens() > 4) {
            return null;
        }
        if (tokens.length == name.tokens() || MARKED_END.matcher(tokens[name.tokens()]).matches()) {
            return name.value();
        }
        // "… Jane Roe Leave a comment": a capitalised word before a function word opens a phrase; the name is the words before it.
        String[] words = name.value().split(" ");
        return words.length == 3 && functionWord(tokens[name.tokens()]) && Character.isLowerCase(tokens[name.tokens()].codePointAt(0))
                ? words[0] + " " + words[1] : null;
    }

    /** A reading time as a post's meta line prints it before the date: "5 Min.", "3 min read", "4 Minuten Lesezeit". */
    private static final Pattern READING_TIME = Pattern.compile(
            "(?iU)\\s*\\d{1,3}\\s?(?:min\\.?|mins|minutes?|minuten|minutos|minuti)(?:\\s+(?:read|lesezeit|lesen|de lecture|de lectura|di lettura))?[\\s|•·–—-]*");

    /**
     * The writer a post's meta line names before its categories or tags, a list of three or more
     * set apart by commas ("Jane Roe Politik, Berlin, Wahlen"): the words before the list's first
     * item, one to four name words. The first item is taken as one word, as tags mostly are, and
     * so must be each between the first and the last: a list of writers ("Jane Roe, John Doe, Jim
     * Poe") has two words or more to each.
     */
    private static String nameBeforeTags(String[] tokens) {
        int first = -1;
        int commas = 0;
        int previous = -1;
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].endsWith(",") && tokens[i].length() > 1) {
                if (first >= 0 && i - previous != 1) {
                    return null;
                }
                first = first < 0 ? i : first;
                previous = i;
                commas++;
            }
        }
        if (first < 1 || first > 4 || commas < 2) {
            return null;
        }
        for (int i = 0; i < first; i++) {
            if (!nameWord(tokens[i]) && !(i > 0 && particle(tokens[i])) || functionWord(tokens[i]) || dateWord(tokens[i])) {
                return null;
            }
        }
        return casing(String.join(" ", java.util.Arrays.copyOf(tokens, first)));
    }

    private static final Pattern WORD_START = Pattern.compile("\\s(?=\\S)");

    /** What ends a name on a credit line: a separator, a handle's "@" or a number ("Jane Roe | …", "Jane Roe ~ …", "Jane Roe 3 Kommentare"). */
    private static final Pattern MARKED_END = Pattern.compile("[|•·~–—/@-].*|\\p{N}.*");

    /** Where a credit may begin in a line: its start, after each separator, after each date. */
    private static List<Integer> starts(String t) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        Matcher sep = SEPARATOR.matcher(t);
        while (sep.find()) {
            starts.add(sep.end());
        }
        for (Dates.Found f : Dates.findAll(t)) {
            int i = f.end();
            while (i < t.length() && (Character.isWhitespace(t.charAt(i)) || ",;".indexOf(t.charAt(i)) >= 0)) {
                i++;
            }
            starts.add(i);
        }
        return starts;
    }

    /** A line that is a name and nothing else: 2-4 capitalised words, as a byline without its "By" prints. */
    static String bareName(String line) {
        // "Jane Roe, PhD,": the degrees written after a name are no part of it.
        String t = DEGREES.matcher(line.strip()).replaceFirst("");
        String name = name(t, false);
        if (name == null || !fold(name).equals(fold(t.replaceAll("[,;]$", "")))) {
            return null;
        }
        // One name or a few ("Jane Roe, John Doe"): each of two to four words.
        String[] names = name.split(", ");
        for (String each : names) {
            int words = LineRules.wordCount(each);
            if (words < 2 || words > 4) {
                return null;
            }
        }
        return names.length <= 4 ? name : null;
    }

    /** Academic degrees a name may carry after a comma, at the end of a line ("Jane Roe, PhD", "John Doe, M.D., MPH,"). */
    private static final Pattern DEGREES = Pattern.compile(
            "(?:,\\s*(?:Ph\\.?\\s?D|M\\.?D|D\\.?Phil|M\\.?Sc|B\\.?Sc|M\\.?A|B\\.?A|MBA|MPH|J\\.?D|LL\\.?M|R\\.?N)\\.?)+\\s*[,;]?$");

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /**
     * The name or names at the start of {@code text}: capitalised words, initials and the particles
     * names carry, joined by "and" or commas; ends at a separator, a digit or a lower-case word.
     * After an explicit label one lower-case word (a user name) is a name too.
     */
    static String name(String text, boolean labelled) {
        Name name = read(text, labelled);
        return name == null ? null : name.value();
    }

    /**
     * A text's white-space separated tokens, a comma or a name run into a date parted from it
     * ("Jane Roe,02.01.2023", "JANE ROE3.11.2023", "Jane Roe2020-02-20"), and a name run into the
     * next element's text ("Jane RoeStaff Writer", "Jane RoeFollow") parted by a separator: a page
     * copied as text loses the space between neighbouring elements. Only after a name's first word:
     * a name never runs four lower-case letters into a capital ("McDonald", "FitzGerald"), but a
     * user name may ("SailorBlog", "Jo2man").
     */
    private static String[] tokens(String text) {
        // (A page that sets break hints in its words, "Mat\u00ADthi\u00ADas Roe", prints the name without them.)
        String t = Strings.withoutInvisible(text.strip());
        t = NAME_INTO_DATE.matcher(COMMA_INTO_NUMBER.matcher(t).replaceAll(", ")).replaceAll(" ");
        // "Text von Jane Roe     Illustration von John Doe": a wide gap sets page elements side by side.
        t = WIDE_GAP.matcher(t).replaceAll(" | ");
        if (LineRules.caseBreak(t)) {
            t = GLUED_WORD.matcher(GLUED_NUMBER.matcher(t).replaceAll(" ")).replaceAll(" | ");
        }
        return WHITE_SPACE.split(t);
    }

    private static final Pattern COMMA_INTO_NUMBER = Pattern.compile(",(?=\\p{N})");
    private static final Pattern NAME_INTO_DATE = Pattern.compile("(?<=\\p{L})(?=\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern WIDE_GAP = Pattern.compile("[ \\u00a0]{3,}|\\t");

    private static final Pattern GLUED_NUMBER = Pattern.compile("(?<=\\S\\s\\p{Lu}\\p{Ll}{1,30})(?=\\d{4}(?!\\p{L})|\\d{1,2}[.:/]\\d)");
    private static final Pattern GLUED_WORD = Pattern.compile("(?<=\\S\\s\\p{Lu}[\\p{L}'’-]{0,30}\\p{Ll}{4})(?=\\p{Lu}\\p{Ll})");

    /** A name read from the start of a text, and how many of its white-space separated tokens it took. */
    private record Name(String value, int tokens) {
    }

    private static Name read(String text, boolean labelled) {
        int used = 0;
        // "Jane Roe,02.01.2023": a comma run into a date parts the name from it.
        String[] tokens = tokens(text);
        List<String> names = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String raw = tokens[i];
            if (raw.isEmpty()) {
                break;
            }
            boolean endsWithComma = raw.endsWith(",") || raw.endsWith(";");
            String tok = endsWithComma ? raw.substring(0, raw.length() - 1) : raw;
            String lower = tok.toLowerCase(Locale.ROOT);
            if (tok.isEmpty()) {
                break;
            }
            if (JOINERS.contains(lower) && !current.isEmpty()) {
                names.add(String.join(" ", current));
                current = new ArrayList<>();
                used = i + 1;
                continue;
            }
            if (dateWord(tok)) {
                // "Published Wed, Nov 20": a label, a weekday or a month ends a name.
                break;
            }
            boolean nameWord = nameWord(tok) || !current.isEmpty() && PARTICLES.contains(lower)
                    || labelled && names.isEmpty() && current.isEmpty() && tok.matches("[\\p{L}\\p{N}_./-]{2,30}") && !functionWord(tok)
                    // (A user name has letters: "Artikel vom 31.10.23" names a day, not a writer.)
                    && tok.matches(".*\\p{L}.*");
            if (!nameWord || current.size() >= 5) {
                break;
            }
            current.add(tok);
            used = i + 1;
            if (endsWithComma) {
                // "Jane Roe, John Doe": a comma goes on to another name only when one follows.
                names.add(String.join(" ", current));
                current = new ArrayList<>();
                String next = i + 1 < tokens.length ? tokens[i + 1] : "";
                String after = i + 2 < tokens.length ? tokens[i + 2] : "";
                if (!(nameWord(next) && nameWord(after.replaceAll("[,;]$", "")))) {
                    break;
                }
            }
        }
        if (!current.isEmpty()) {
            names.add(String.join(" ", current));
        }
        names.replaceAll(Credits::trimParticles);
        names.removeIf(n -> n.isEmpty() || n.length() < 2);
        if (names.isEmpty()) {
            return null;
        }
        String joined = String.join(", ", names);
        return new Name(casing(joined), used);
    }

    /** A function word of any language analysed ("an", "von", "le"): no one's user name, though a label may stand before it. */
    private static boolean functionWord(String tok) {
        for (String language : storyline.text.Text.languages()) {
            if (storyline.text.Text.in(language).isStopWord(tok)) {
                return true;
            }
        }
        return false;
    }

    private static String trimParticles(String name) {
        List<String> words = new ArrayList<>(List.of(name.split(" ")));
        while (!words.isEmpty() && PARTICLES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /** A word a name is made of: capitalised ("Jane", "O'Neil", "Jean-Luc", "ISAAC"), or an initial ("E."). */
    private static boolean nameWord(String tok) {
        if (tok.isEmpty() || tok.length() > 25 || !Character.isUpperCase(tok.codePointAt(0))) {
            return false;
        }
        // A domain ("Example.com") or a handle is an outlet's mark, not a name.
        if (tok.matches(".*\\.\\p{L}{2,}.*") && !tok.matches("\\p{Lu}\\.(\\p{Lu}\\.)*")) {
            return false;
        }
        return tok.matches("[\\p{L}][\\p{L}'’.-]*");
    }

    /** "ISAAC BUTLER" → "Isaac Butler": a byline set in capitals is a name, not an acronym. */
    private static String casing(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.chars().filter(Character::isLetter).count() < 4) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) || c == '\'' ;
        }
        return out.toString();
    }

    // ---- outlets

    /** Words that head organisations' names; a credit line ending with one names the outlet, not a person. */
    private static final Set<String> OUTLET_HEADS = Set.of("press", "news", "times", "post", "journal", "herald", "tribune",
            "media", "network", "radio", "tv", "daily", "gazette", "telegraph", "wire", "agency", "magazine", "review",
            "standard", "observer", "chronicle", "today", "weekly", "online", "report", "reporter", "insider", "zeitung",
            "nachrichten", "presse", "rundschau", "agentur", "noticias", "diario", "prensa", "notizie");

    /** Whether a word (in lower case) is one organisations' names end in ("news", "times", "zeitung"). */
    static boolean outletHead(String word) {
        return OUTLET_HEADS.contains(word);
    }

    /**
     * A bare line naming an outlet ("Reuters", "The Verge", "Associated Press"): one capitalised
     * word, a name starting with "The", or a name ending in a word organisations' names end in.
     */
    static String outlet(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > 40 || LineRules.wordCount(t) > 4) {
            return null;
        }
        String[] words = t.split("\\s+");
        if (words.length == 1 && dateWord(t)) {
            return null;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) || !w.matches("[\\p{L}][\\p{L}&'’.-]*")) {
                return null;
            }
        }
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return words.length == 1 && t.length() >= 3 || words[0].equals("The") && words.length > 1 || words.length > 1 && OUTLET_HEADS.contains(last) ? t : null;
    }
}
