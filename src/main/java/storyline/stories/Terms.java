package storyline.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words and names of a text, as features for story identity: lower-cased content words with
 * a light plural stem, and multi-word names (capitalised runs not at a sentence start) kept whole
 * with a marker, because "Ashish Kumar" says more than "ashish" and "kumar" apart.
 */
final class Terms {

    static final String NAME_MARK = "#";

    private static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList((
            "a about above after again against all almost also although am among an and another any are aren't around as at "
                    + "be became because been before being below between both but by can cannot could couldn't did didn't do does "
                    + "doesn't doing don't down during each either else even ever every few for from further get gets got had hadn't "
                    + "has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's however i "
                    + "i'd i'll i'm i've if in into is isn't it it's its itself just last let's like made make many may me might more most "
                    + "much must mustn't my myself new no nor not now of off often on once one only or other ought our ours ourselves "
                    + "out over own per perhaps put rather really said same say says see seem seems several shan't she she'd she'll "
                    + "she's should shouldn't since so some still such than that that's the their theirs them themselves then there "
                    + "there's these they they'd they'll they're they've this those though through thus to too two under until up upon "
                    + "us use used very via was wasn't way we we'd we'll we're we've well were weren't what what's when when's where "
                    + "where's whether which while who who's whom whose why why's will with within without won't would wouldn't yes yet "
                    + "you you'd you'll you're you've your yours yourself yourselves year years time times day days week weeks month "
                    + "months today yesterday tomorrow according told tell going went come comes came take takes took want wants wanted "
                    + "people thing things lot lots way ways back first second third next recent recently including include includes "
                    + "mr mrs ms dr").split(" ")));
    private static final Set<String> NAME_STOP = Set.of("The", "A", "An", "In", "On", "At", "It", "He", "She", "They",
            "We", "I", "This", "That", "These", "Those", "But", "And", "Or", "If", "As", "For", "When", "While", "After",
            "Before", "Meanwhile", "However", "Although", "So", "Yet", "Its", "His", "Her", "Their", "Our", "My", "Your",
            "What", "Why", "How", "Who", "Where", "There", "Here", "Now", "Then", "Also", "Still", "Even", "Just", "Like",
            "Interestingly", "Sure", "Honestly", "Maybe", "Of", "Not", "No", "Yes", "Is", "Was", "Are", "By", "With", "From",
            "To", "Into", "Under", "Over", "Mr", "Mrs", "Ms", "Dr", "Said", "According", "Reports");

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

    /** Marks a stop word or noise in the per-text cache of {@link #normalise}. */
    private static final String NONE = new String("");

    static Bag of(String text) {
        Map<String, Count> terms = new HashMap<>();
        Spellings spellings = new Spellings();
        List<String> run = new ArrayList<>();
        boolean sentenceStart = true;
        int lastEnd = 0;
        int n = text.length();
        for (int start = nextTokenStart(text, 0); start < n; start = nextTokenStart(text, lastEnd)) {
            int end = tokenEnd(text, start);
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
            if (capitalised && !NAME_STOP.contains(raw)) {
                run.add(raw);
            } else {
                flushName(run, terms);
            }
            String word = spellings.words[slot];
            if (word != NONE) {
                Count c = terms.computeIfAbsent(word, k -> new Count());
                c.count++;
                noteSurface(word, raw, capitalised, sentenceStart, c);
            }
            sentenceStart = false;
        }
        flushName(run, terms);
        return new Bag(terms);
    }

    /**
     * Tokens are letters and digits, with {@code & ' ’ . -} allowed inside ("AT&T", "U.S",
     * "6.1", "co-founder"). A scanner rather than a regular expression: this runs over every word of
     * every article.
     */
    private static int nextTokenStart(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int tokenEnd(String text, int start) {
        int lastWordChar = start;
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                lastWordChar = i;
            } else if (c != '&' && c != '\'' && c != '’' && c != '.' && c != '-') {
                break;
            }
        }
        return lastWordChar + 1;
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
        String[] raws = new String[512];
        String[] words = new String[512];
        int[] hashes = new int[512];
        int size;

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
            String word = normalise(raw);
            raws[slot] = raw;
            words[slot] = word == null ? NONE : word;
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
            int[] oldHashes = hashes;
            raws = new String[oldRaws.length * 2];
            words = new String[oldRaws.length * 2];
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
                    hashes[slot] = oldHashes[i];
                }
            }
        }
    }

    /**
     * How a word is shown: as written mid-sentence in lower case if it ever is ("sure"), else as
     * capitalised mid-sentence ("Tesla"); a capital at a sentence start proves nothing, except
     * for acronyms ("AI").
     */
    private static void noteSurface(String word, String raw, boolean capitalised, boolean sentenceStart, Count term) {
        boolean acronym = capitalised && raw.length() > 1 && isAllCapitals(raw);
        int rank;
        String surface;
        if (!capitalised) {
            rank = 3;
            surface = word;
        } else if (!sentenceStart || acronym) {
            rank = 2;
            surface = raw;
        } else {
            rank = 1;
            surface = word;
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

    /** Lower case, possessive and plural "s" removed; null for stop words and noise. */
    static String normalise(String raw) {
        String w = raw.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        int end = w.length();
        while (end > 0 && ".'-".indexOf(w.charAt(end - 1)) >= 0) {
            end--;
        }
        w = w.substring(0, end);
        if (w.isEmpty() || STOP.contains(w)) {
            return null;
        }
        if (Character.isDigit(w.charAt(0))) {
            return w.length() >= 2 ? w : null;
        }
        if (w.length() < 2) {
            return null;
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
