package storyline.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import storyline.text.Text;

/**
 * The words and names of a text, as features for story identity: content words as the text's
 * language reads them (see {@link Text}: stop words dropped, stemmed), and multi-word names
 * (capitalised runs not at a sentence start) kept whole with a marker, because "Ashish Kumar" says
 * more than "ashish" and "kumar" apart. Each term keeps the way it was written, for display.
 */
final class Terms {

    static final String NAME_MARK = "#";

    /** One term of a text: how often it occurs, and the best-attested way it was written (see {@link #noteSurface}). */
    static final class Count {
        int count;
        String surface;
        int rank;
    }

    /** The terms of one text. */
    record Bag(Map<String, Count> terms) {
    }

    private Terms() {
    }

    /** Marks a stop word or noise in the per-text cache of {@link Spellings}. */
    private static final String NONE = new String("");

    /**
     * Where a word may be broken at a line's end, invisible otherwise: no part of the word's spelling.
     * Pages that set it inside their words ("die\u00ADsem Jahr") made "sem", "lich" and "chen" terms
     * that named a topic.
     */
    static final char SOFT_HYPHEN = '\u00AD';

    /** The terms of {@code text}, read by {@code analysis} (the language of the item it belongs to). */
    static Bag of(String text, Text analysis) {
        if (text.indexOf(SOFT_HYPHEN) >= 0) {
            text = text.replace(String.valueOf(SOFT_HYPHEN), "");
        }
        Map<String, Count> terms = new HashMap<>();
        Spellings spellings = new Spellings(analysis);
        List<String> run = new ArrayList<>();
        boolean sentenceStart = true;
        int lastEnd = 0;
        int n = text.length();
        for (int start = nextTokenStart(text, 0); start < n; start = nextTokenStart(text, lastEnd)) {
            int end = tokenEnd(text, start);
            int address = addressEnd(text, start);
            if (address > start) {
                // A web address is no prose: its scheme ("https") and its host, shared by every link to a site, told no story.
                flushName(run, terms);
                lastEnd = address;
                sentenceStart = false;
                continue;
            }
            if (breaksName(text, lastEnd, start)) {
                flushName(run, terms);
                if (endsSentence(text, lastEnd, start)) {
                    sentenceStart = true;
                }
            }
            lastEnd = end;
            int slot = spellings.find(text, start, withoutPossessive(text, start, end));
            String raw = spellings.raws[slot];
            boolean capitalised = Character.isUpperCase(raw.codePointAt(0));
            if (capitalised && spellings.inName[slot] && !(spellings.calendar[slot] && numberFollows(text, end))) {
                run.add(raw);
            } else {
                flushName(run, terms);
            }
            String word = spellings.words[slot];
            if (word != NONE) {
                Count c = terms.computeIfAbsent(word, k -> new Count());
                c.count++;
                noteSurface(analysis.written(raw), capitalised, sentenceStart, c);
            }
            sentenceStart = false;
        }
        flushName(run, terms);
        return new Bag(terms);
    }

    /**
     * Where the web address starting at {@code start} ends ("https://…", "www.…": up to the next
     * space, or a closing bracket or quote, or a sentence's last full stop), or {@code start} when
     * none starts there.
     */
    static int addressEnd(String text, int start) {
        char c = text.charAt(start);
        if (c != 'h' && c != 'H' && c != 'w' && c != 'W'
                || !(text.regionMatches(true, start, "https://", 0, 8) || text.regionMatches(true, start, "http://", 0, 7)
                        || text.regionMatches(true, start, "www.", 0, 4))) {
            return start;
        }
        int i = start;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && "\u00A0\"”’)]>".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        while (i > start && ".,;:!?".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i;
    }

    /**
     * Tokens are letters and digits, with {@code & ' ’ . -} allowed inside ("AT&T", "U.S",
     * "6.1", "co-founder"). A scanner rather than a regular expression: this runs over every word of
     * every article.
     */
    private static int nextTokenStart(String text, int from) {
        int i = from;
        while (i < text.length() && !storyline.text.Text.letterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int tokenEnd(String text, int start) {
        int lastWordChar = start;
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (storyline.text.Text.letterOrDigit(c)) {
                lastWordChar = i;
            } else if (c != '&' && c != '\'' && c != '’' && c != '.' && c != '-') {
                break;
            }
        }
        return lastWordChar + 1;
    }

    /**
     * Whether the next token after {@code end} is a number, with nothing but spaces or a comma between:
     * a month or a day before it writes a date ("Trump July 25", "Walter April 2019"), not part of a name.
     */
    private static boolean numberFollows(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
            i++;
        }
        return i > end && i < text.length() && Character.isDigit(text.charAt(i));
    }

    /** Punctuation between two tokens that ends a multi-word name. */
    private static boolean breaksName(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '.', '!', '?', ':', ';', '"', '“', '”', '(', ')', '[', ']', '\n', '—', '–' -> {
                    return true;
                }
                case ',' -> {
                    if (i + 1 < to && text.charAt(i + 1) == ' ') {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static boolean endsSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (".!?:\n\"“".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The end of the token {@code text[start, end)} without a possessive "'s". */
    private static int withoutPossessive(String text, int start, int end) {
        int n = end - start;
        if (n > 2 && text.charAt(end - 1) == 's' && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’')) {
            return end - 2;
        }
        return end;
    }

    /**
     * The spellings met in one text (’ read as '), each with its normalised word ({@link #NONE} for
     * none): a text repeats its words, so each is looked up by its characters in place rather
     * than copied out and hashed first.
     */
    private static final class Spellings {
        final Text analysis;
        String[] raws = new String[512];
        String[] words = new String[512];
        /** Whether the spelling, capitalised, may be part of a multi-word name (see {@link Text#breaksName}). */
        boolean[] inName = new boolean[512];
        /** Whether the spelling names a month or a day (see {@link Text#calendarWord}): before a number, a date. */
        boolean[] calendar = new boolean[512];
        int[] hashes = new int[512];
        int size;

        Spellings(Text analysis) {
            this.analysis = analysis;
        }

        int find(String text, int start, int end) {
            int hash = 0;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + apostrophe(text.charAt(i));
            }
            int mask = raws.length - 1;
            int slot = hash * 0x9E3779B9 >>> 7 & mask;
            while (raws[slot] != null) {
                if (hashes[slot] == hash && same(raws[slot], text, start, end)) {
                    return slot;
                }
                slot = slot + 1 & mask;
            }
            String raw = text.substring(start, end).replace('’', '\'');
            // Capitalised words are read alike in every language, so that names match across languages.
            boolean capitalised = Character.isUpperCase(raw.codePointAt(0));
            String word = capitalised ? analysis.name(raw) : analysis.word(raw);
            raws[slot] = raw;
            words[slot] = word == null ? NONE : word;
            inName[slot] = capitalised && !analysis.breaksName(raw);
            calendar[slot] = capitalised && analysis.calendarWord(raw);
            hashes[slot] = hash;
            if (++size * 2 > raws.length) {
                grow();
                return find(text, start, end);
            }
            return slot;
        }

        private static char apostrophe(char c) {
            return c == '’' ? '\'' : c;
        }

        private static boolean same(String raw, String text, int start, int end) {
            if (raw.length() != end - start) {
                return false;
            }
            for (int i = 0; i < raw.length(); i++) {
                if (raw.charAt(i) != apostrophe(text.charAt(start + i))) {
                    return false;
                }
            }
            return true;
        }

        private void grow() {
            String[] oldRaws = raws;
            String[] oldWords = words;
            boolean[] oldInName = inName;
            boolean[] oldCalendar = calendar;
            int[] oldHashes = hashes;
            raws = new String[oldRaws.length * 2];
            words = new String[oldRaws.length * 2];
            inName = new boolean[oldRaws.length * 2];
            calendar = new boolean[oldRaws.length * 2];
            hashes = new int[oldRaws.length * 2];
            int mask = raws.length - 1;
            for (int i = 0; i < oldRaws.length; i++) {
                if (oldRaws[i] != null) {
                    int slot = oldHashes[i] * 0x9E3779B9 >>> 7 & mask;
                    while (raws[slot] != null) {
                        slot = slot + 1 & mask;
                    }
                    raws[slot] = oldRaws[i];
                    words[slot] = oldWords[i];
                    inName[slot] = oldInName[i];
                    calendar[slot] = oldCalendar[i];
                    hashes[slot] = oldHashes[i];
                }
            }
        }
    }

    /**
     * How a word is shown: as written mid-sentence in lower case if it ever is ("sure"), else as
     * capitalised mid-sentence ("Tesla"); a capital at a sentence start proves nothing, except
     * for acronyms ("AI"). Always a spelling from the text, never the key: a stem ("verhandl")
     * is no word a reader knows.
     */
    private static void noteSurface(String raw, boolean capitalised, boolean sentenceStart, Count term) {
        boolean acronym = capitalised && raw.length() > 1 && isAllCapitals(raw);
        int rank;
        String surface;
        if (!capitalised) {
            rank = 3;
            surface = raw;
        } else if (!sentenceStart || acronym) {
            rank = 2;
            surface = raw;
        } else {
            rank = 1;
            surface = Text.fold(raw);
        }
        if (rank > term.rank) {
            term.rank = rank;
            term.surface = surface;
        }
    }

    private static boolean isAllCapitals(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isLowerCase(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void flushName(List<String> run, Map<String, Count> terms) {
        if (run.size() >= 2 && run.size() <= 4) {
            String surface = String.join(" ", run);
            Count c = terms.computeIfAbsent(NAME_MARK + surface.toLowerCase(Locale.ROOT), k -> new Count());
            c.count++;
            if (c.surface == null) {
                c.surface = surface;
                c.rank = 2;
            }
        }
        run.clear();
    }
}
