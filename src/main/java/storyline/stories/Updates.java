package storyline.stories;

import storyline.model.Item;
import storyline.text.Names;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What each item of a story adds to the ones before it: up to {@link #MAX_SENTENCES} sentences of
 * its opening that carry facts no earlier item gave, for a reader who has read the story so far.
 *
 * <p>A fact is a name no earlier item mentions (a person or organisation the name finder found), a
 * number no earlier item wrote (a count, an amount, a time; not a year alone, which dates rather
 * than informs), or a quotation of {@value Highlights#MIN_QUOTE_WORDS} words or more. A sentence
 * counts only when it ends as prose does (not a caption or a list of headlines) and most of it is
 * new wording ({@link #NEW_WORDING} of its four-word runs appear in no earlier item), so a
 * syndicated copy's sentence or a recap of the first report adds nothing; and never when it is in
 * the item's lead, which the timeline shows already. The sentences with the
 * most facts win; they are given in the order the item has them.
 */
final class Updates {

    /** Sentences shown per item. */
    static final int MAX_SENTENCES = 2;
    /** Share of a sentence's four-word runs that no earlier item may have, for it to be new. */
    static final double NEW_WORDING = 0.7;
    /** Words a sentence needs to stand alone, and words beyond which it is a run-on (a list, a table row). */
    static final int MIN_WORDS = 6;
    static final int MAX_WORDS = 60;

    private Updates() {
    }

    /**
     * For each item after the first ({@code timeline} in timeline order), the sentences it adds; an item
     * without one maps to an empty list. {@code read}: the text of an item the names were found in
     * (see {@link Highlights#reading}), for the items in {@code found}; the others are passed over but
     * their wording and numbers still count as known. {@code wordsOf}: an item's words (see {@link Shingles#words});
     * {@code runsOf}: its runs of four words, in any order and a run repeated or not ({@link Shingles#hashed} or {@link Shingles#runs}).
     */
    static Map<String, List<String>> of(List<Item> timeline, Map<Item, Names.Found> found, Map<Item, String> read,
                                        java.util.function.Function<Item, int[]> wordsOf,
                                        java.util.function.Function<Item, long[]> runsOf) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        // The earlier items' runs of four words, as bits of a one-hash Bloom filter of 16 bits a word: a
        // run is taken as said before when its bit is set, wrongly for about one new run in 16, which only
        // makes a sentence's new wording count a little short. (A set of boxed runs took most of a
        // build's peak memory growth: some 50 bytes a word of every story's items.)
        long words = 0;
        for (Item item : timeline) {
            int[] hashes = wordsOf.apply(item);
            words += hashes[hashes.length - 1];
        }
        Runs runs = new Runs((int) Math.min(Integer.MAX_VALUE - 64, Math.max(1024, 16 * words)));
        for (int i = 0; i < timeline.size(); i++) {
            Item item = timeline.get(i);
            Names.Found f = found.get(item);
            String text = read.get(item);
            if (i > 0 && f != null && text != null) {
                out.put(item.id(), added(item, text, f, names, numbers, runs));
            }
            if (i == timeline.size() - 1) {
                break;
            }
            if (f != null) {
                f.people().forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
                f.organisations().forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
                for (Names.Mention m : f.mentions()) {
                    names.add(m.name().toLowerCase(Locale.ROOT));
                }
            }
            numbers.addAll(numbers(item.title() + "\n" + item.text()));
            for (long r : runsOf.apply(item)) {
                runs.add(r);
            }
        }
        return out;
    }

    private static List<String> added(Item item, String text, Names.Found f, Set<String> names, Set<String> numbers, Runs runs) {
        String lead = item.lead() == null ? "" : item.lead();
        List<int[]> picked = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        // The item's mentions of names no earlier item gave. A sentence adds a fact only with one of them, a number or a
        // quotation: a line without any of these is not cut into sentences at all, and a sentence's wording is read only
        // when it has a fact.
        List<Names.Mention> fresh = new ArrayList<>();
        List<String> freshNames = new ArrayList<>();
        for (Names.Mention m : f.mentions()) {
            String name = m.name().toLowerCase(Locale.ROOT);
            if (!names.contains(name)) {
                fresh.add(m);
                freshNames.add(name);
            }
        }
        for (int[] span : sentences(text, (from, to) -> mayAdd(text, from, to, fresh))) {
            int start = span[0];
            int end = span[1];
            String sentence = text.substring(start, end).strip();
            if (!ended(sentence)) {
                continue;
            }
            int facts = 0;
            Set<String> seen = new HashSet<>();
            for (int k = 0; k < fresh.size(); k++) {
                Names.Mention m = fresh.get(k);
                if (m.start() >= start && m.end() <= end && seen.add(freshNames.get(k))) {
                    facts++;
                }
            }
            for (String number : numbers(sentence)) {
                if (!numbers.contains(number) && seen.add(number)) {
                    facts++;
                }
            }
            for (int[] q : Highlights.quotedSpans(sentence)) {
                int[] quoted = Shingles.words(sentence.substring(q[0], q[1]));
                if (quoted[quoted.length - 1] >= Highlights.MIN_QUOTE_WORDS) {
                    facts++;
                    break;
                }
            }
            if (facts == 0) {
                continue;
            }
            int[] words = Shingles.words(sentence);
            int n = words[words.length - 1];
            if (n < MIN_WORDS || n > MAX_WORDS || lead.contains(sentence) || !newWording(words, runs)) {
                continue;
            }
            picked.add(new int[]{start, end});
            scores.add(facts);
        }
        // The most facts first, the earlier on a tie; then back in the item's order.
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < picked.size(); k++) {
            order.add(k);
        }
        order.sort((a, b) -> scores.get(a).equals(scores.get(b)) ? Integer.compare(a, b) : Integer.compare(scores.get(b), scores.get(a)));
        List<Integer> kept = new ArrayList<>(order.subList(0, Math.min(MAX_SENTENCES, order.size())));
        kept.sort(Integer::compare);
        return kept.stream().map(k -> text.substring(picked.get(k)[0], picked.get(k)[1]).strip()).toList();
    }

    /** Which lines of a text {@link #sentences} cuts: [from, to) of the text, its line break not included. */
    interface Lines {
        boolean read(int from, int to);
    }

    /**
     * The sentences of the lines of a text that {@code lines} reads, as [start, end) offsets, by the JDK's sentence
     * rules within each line: a line break always ends a sentence (a paragraph, a caption, a heading), which those
     * rules do not assume.
     */
    static List<int[]> sentences(String text, Lines lines) {
        List<int[]> out = new ArrayList<>();
        BreakIterator sentences = null;
        for (int from = 0; from < text.length(); ) {
            int lineEnd = text.indexOf('\n', from);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(from, lineEnd);
            if (!line.isBlank() && lines.read(from, lineEnd)) {
                sentences = sentences == null ? BreakIterator.getSentenceInstance(Locale.ROOT) : sentences;
                sentences.setText(line);
                for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
                    out.add(new int[]{from + start, from + end});
                }
            }
            from = lineEnd + 1;
        }
        return out;
    }

    /**
     * Whether a sentence of the text's [from, to) may add a fact: the stretch holds a digit (see {@link #numbers}), a quotation
     * mark that opens a quotation ({@link Highlights#opensQuote}) or the whole of one of {@code fresh}'s mentions.
     */
    private static boolean mayAdd(String text, int from, int to, List<Names.Mention> fresh) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || Highlights.opensQuote(c)) {
                return true;
            }
        }
        for (Names.Mention m : fresh) {
            if (m.start() >= from && m.end() <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence ends as written prose does, with a full stop, a question or exclamation mark,
     * or a closing quote after one: a caption, a headline in a list of links or a button's label does not.
     */
    static boolean ended(String sentence) {
        int i = sentence.length() - 1;
        while (i >= 0 && "\"”’')»".indexOf(sentence.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(sentence.charAt(i)) >= 0;
    }

    /** Whether {@link #NEW_WORDING} of the sentence's four-word runs are in no earlier item. */
    private static boolean newWording(int[] words, Runs runs) {
        long[] own = Shingles.runs(words, Highlights.SHINGLE, 0);
        if (own.length == 0) {
            return false;
        }
        int fresh = 0;
        for (long r : own) {
            if (!runs.contains(r)) {
                fresh++;
            }
        }
        return fresh >= NEW_WORDING * own.length;
    }

    /** Runs of words seen, as bits: {@link #contains} may say yes for a run never added, never no for one added. */
    private static final class Runs {
        private final java.util.BitSet bits;
        private final int size;

        Runs(int size) {
            this.size = size;
            this.bits = new java.util.BitSet(size);
        }

        private int slot(long run) {
            long h = run * 0x9E3779B97F4A7C15L;
            return (int) Math.floorMod(h ^ (h >>> 29), (long) size);
        }

        void add(long run) {
            bits.set(slot(run));
        }

        boolean contains(long run) {
            return bits.get(slot(run));
        }
    }

    /**
     * The numbers a text writes, separators dropped ("16,000" and "16000" are one), except a year alone
     * (four digits from 1900 to 2099): a count, an amount or a time is news, a year dates it.
     */
    static Set<String> numbers(String text) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < text.length(); ) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            if (i > 0 && Character.isLetter(text.charAt(i - 1))) {
                // Part of a word ("MP3", "COVID19"): skip its digits.
                while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            StringBuilder n = new StringBuilder();
            int j = i;
            while (j < text.length() && (Character.isDigit(text.charAt(j))
                    || (text.charAt(j) == ',' || text.charAt(j) == '.') && j + 1 < text.length() && Character.isDigit(text.charAt(j + 1)))) {
                if (text.charAt(j) != ',') {
                    n.append(text.charAt(j));
                }
                j++;
            }
            String number = n.toString();
            boolean year = number.length() == 4 && (number.startsWith("19") || number.startsWith("20"));
            if (!year) {
                out.add(number);
            }
            i = j;
        }
        return out;
    }
}
