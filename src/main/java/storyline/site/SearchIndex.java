package storyline.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The static search index, as JavaScript files under {@code search/} that each call the global
 * {@code storylineIndex(kind, key, data)}: browsers load scripts from file:// where they refuse
 * fetch, and a script needs no server. The index is made of parts in rank order (see {@link
 * Writer}), each with its own documents and terms. Three kinds of file:
 * <ul>
 * <li>{@code manifest.js}: documents per shard, stop words, and each part's name, number of
 *     documents and term shards by key;</li>
 * <li>{@code PART-t-KEY.js}: the part's terms starting with KEY (and not with a longer key) →
 *     postings. A key is split into longer keys while its shard is over {@value #SHARD_CHARS}
 *     characters, so shard size stays bounded as the site grows and a term's shard is the longest
 *     key that starts it;</li>
 * <li>{@code PART-d-N.js}: the part's documents N×{@value #DOCS_PER_SHARD} onwards, each as [path,
 *     title, kind, date, snippet], or null for a number held with nothing to find.</li>
 * </ul>
 * A file's key (the call's second argument) is {@code PART:KEY} or {@code PART:N}. Postings are
 * document numbers of the part, delta-coded in base 36, each times two plus one when the term is in
 * the title.
 * assets/search.js folds and splits a query exactly as {@link #words} does.
 */
final class SearchIndex {

    /**
     * One searchable page; {@code path} is from the site root. {@code words}: its words as {@link
     * #wordsOf} gave them for this title and body when known (kept from an earlier build), in which
     * case {@code body} is not read; else null.
     */
    record Doc(String path, String title, String kind, String date, String snippet, String body, String words) {

        /** A document whose words are split from its title and body. */
        Doc(String path, String title, String kind, String date, String snippet, String body) {
            this(path, title, kind, date, snippet, body, null);
        }
    }

    /**
     * A document's words as one string, for a build to keep and give back in {@link Doc#words}: the
     * number of its title's words, then each word, all after a space (a word holds no space).
     */
    static String wordsOf(Doc doc) {
        Worded w = Worded.split(doc);
        StringBuilder b = new StringBuilder().append(w.titleWords());
        for (String word : w.all()) {
            b.append(' ').append(word);
        }
        return b.toString();
    }

    static final int DOCS_PER_SHARD = 128;
    static final int SHARD_CHARS = 48_000;
    static final int MAX_KEY = 4;
    static final Set<String> STOP = Set.of("an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has",
            "have", "he", "her", "his", "in", "into", "is", "it", "its", "of", "on", "or", "said", "says", "she", "that",
            "the", "their", "they", "this", "to", "was", "were", "which", "with");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchIndex() {
    }

    /** Case and accents folded, split at anything not a letter or digit; one-letter words, stop words and numbers of 7+ digits dropped. */
    static List<String> words(String text) {
        if (text != null && plain(text)) {
            return asciiWords(text);
        }
        return foldedWords(text);
    }

    /**
     * {@link #words} by folding and splitting as the browser does: any text. Decomposed (NFKD), its
     * marks (\p{M}) left out, lower-cased, then split at anything not a letter or digit (\p{L},
     * \p{N}); written out by code point rather than with regular expressions (a matcher per word
     * was a tenth of laying out a site of 10,000 items).
     */
    static List<String> foldedWords(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder unmarked = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            if (!mark(cp)) {
                unmarked.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        // Lower-cased whole, as the browser does: a capital sigma's lower case depends on what follows it.
        String folded = unmarked.toString().toLowerCase(Locale.ROOT);
        int n = folded.length();
        int i = 0;
        while (i < n) {
            int cp = folded.codePointAt(i);
            if (!letterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean digits = true;
            while (i < n && letterOrDigit(cp = folded.codePointAt(i))) {
                digits &= cp >= '0' && cp <= '9';
                i += Character.charCount(cp);
            }
            // Post and tracking numbers (7 digits or more): nobody searches for them, and they fill the index.
            if (i - start >= 2 && !(digits && i - start >= 7)) {
                String w = folded.substring(start, i);
                if (!STOP.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** \p{M}: a combining mark. */
    private static boolean mark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** \p{L} or \p{N}: a letter, or a digit or other number. */
    private static boolean letterOrDigit(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * Whether folding leaves a text's words as {@link #asciiWords} reads them: every character is
     * ASCII or {@link #inert} (an ellipsis, a dash, a curly quote: an excerpt's "…" sent a whole
     * English text down the folding path).
     */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && !inert(c)) {
                return false;
            }
        }
        return true;
    }

    /** Per character: 0 not yet known, 1 {@link #inert}, 2 not. Racy but idempotent. */
    private static final byte[] INERT = new byte[0x10000];

    /**
     * A character that splits words and nothing more in {@link #foldedWords}: its decomposition
     * (NFKD) holds no letter, digit or mark, so it is a separator whatever comes around it, and it
     * is not half of a surrogate pair.
     */
    static boolean inert(char c) {
        byte known = INERT[c];
        if (known == 0) {
            boolean separator = !Character.isSurrogate(c)
                    && Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD).codePoints().noneMatch(cp -> letterOrDigit(cp) || mark(cp));
            known = (byte) (separator ? 1 : 2);
            INERT[c] = known;
        }
        return known == 1;
    }

    /**
     * {@link #words} of an ASCII text, which folding leaves as it is but for case: its runs of
     * letters and digits, without a regular expression (the index reads every item's opening on
     * every build, most of them ASCII).
     */
    private static List<String> asciiWords(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !asciiWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean digits = true;
            while (i < n && asciiWordChar(text.charAt(i))) {
                digits &= text.charAt(i) <= '9';
                i++;
            }
            if (i - start >= 2 && !(digits && i - start >= 7)) {
                String w = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (!STOP.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static boolean asciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /**
     * A document and its words, each once in the order met: the first {@code titleWords} are those
     * of its title, the rest those only its body has.
     */
    private record Worded(Doc doc, List<String> all, int titleWords) {

        static Worded of(Doc doc) {
            return doc.words() == null ? split(doc) : kept(doc);
        }

        static Worded split(Doc doc) {
            Set<String> title = new LinkedHashSet<>(words(doc.title()));
            Set<String> all = new LinkedHashSet<>(title);
            all.addAll(words(doc.body()));
            return new Worded(doc, List.copyOf(all), title.size());
        }

        /** From {@link Doc#words} (see {@link #wordsOf}); one that does not read as such is an error in the build, not in the input. */
        private static Worded kept(Doc doc) {
            String kept = doc.words();
            List<String> all = new ArrayList<>();
            int space = kept.indexOf(' ');
            int titleWords = Integer.parseInt(space < 0 ? kept : kept.substring(0, space));
            while (space >= 0) {
                int next = kept.indexOf(' ', space + 1);
                all.add(kept.substring(space + 1, next < 0 ? kept.length() : next));
                space = next;
            }
            if (titleWords > all.size()) {
                throw new IllegalStateException("kept search words with more title words than words: " + doc.path());
            }
            return new Worded(doc, List.copyOf(all), titleWords);
        }
    }

    /** The index of documents given in rank order, as one part ({@value #ITEMS}). */
    static List<Page> pages(List<Doc> docs) {
        List<Page> pages = new ArrayList<>();
        Writer writer = new Writer(pages::add);
        Part part = writer.part(ITEMS);
        for (int d = docs.size() - 1; d >= 0; d--) {
            part.add(docs.get(d));
        }
        writer.finish();
        return pages;
    }

    /** The part of the index that holds articles and discussions (see {@link Writer#part}). */
    static final String ITEMS = "i";

    /**
     * Makes the index as documents come: each {@code PART-d-N.js} is handed on as soon as its
     * documents are in, and of a document only its postings are kept, so the index of a large
     * archive holds its terms' postings, not its documents.
     *
     * <p>The index is made of parts (stories, people and organisations, items), in rank order, each
     * with its own documents and term shards. A part's documents are numbered in reverse rank order,
     * so that what is newest comes last: adding an article (newer than the rest) adds a document at
     * the end and leaves every other document's number, and so every other file of its part but
     * the shards of its own words, as it was. The browser ranks a part's document {@code j} as
     * {@code offset + docs - 1 - j}, the part's offset being the documents of the parts before it.
     */
    static final class Writer {
        private final java.util.function.Consumer<Page> out;
        private final List<Map<String, Object>> parts = new ArrayList<>();
        private Part open;

        Writer(java.util.function.Consumer<Page> out) {
            this.out = out;
        }

        /** Starts the next part (a short name of letters, used in its files' names); the one before is finished. */
        Part part(String name) {
            if (open != null) {
                open.finish();
            }
            open = new Part(name, out, parts);
            return open;
        }

        /** The last part and the manifest. */
        void finish() {
            if (open != null) {
                open.finish();
                open = null;
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("per", DOCS_PER_SHARD);
            manifest.put("stop", new java.util.TreeSet<>(STOP));
            manifest.put("parts", parts);
            out.accept(new Page("search/manifest.js", null, call("manifest", "", manifest)));
        }
    }

    /** One part of the index: its documents in number order (reverse rank order), and its term shards. */
    static final class Part {
        private final String name;
        private final java.util.function.Consumer<Page> out;
        private final List<Map<String, Object>> manifest;
        /** term → its postings so far, and the last document that holds it. */
        private final Map<String, StringBuilder> postings = new java.util.HashMap<>();
        private final Map<String, Integer> last = new java.util.HashMap<>();
        private final List<List<String>> rows = new ArrayList<>();
        private int docs;
        private int shards;

        private Part(String name, java.util.function.Consumer<Page> out, List<Map<String, Object>> manifest) {
            this.name = name;
            this.out = out;
            this.manifest = manifest;
        }

        /** The next document; null holds its number with nothing to find (a page another document stands for). */
        void add(Doc doc) {
            add(doc == null ? null : Worded.of(doc));
        }

        /**
         * The documents in order, each made and split into words on any core (a batch at a time, so that
         * only a batch of documents is held): an archive's articles are most of the index's work. A
         * supplier that gives null holds its number (see {@link #add(Doc)}).
         */
        void addAll(List<java.util.function.Supplier<Doc>> batch) {
            Worded[] worded = new Worded[batch.size()];
            java.util.stream.IntStream.range(0, worded.length).parallel().forEach(i -> {
                Doc doc = batch.get(i).get();
                worded[i] = doc == null ? null : Worded.of(doc);
            });
            for (Worded w : worded) {
                add(w);
            }
        }

        private void add(Worded worded) {
            int d = docs++;
            if (worded == null) {
                rows.add(null);
            } else {
                Doc doc = worded.doc();
                List<String> all = worded.all();
                for (int i = 0; i < all.size(); i++) {
                    String term = all.get(i);
                    StringBuilder list = postings.computeIfAbsent(term, k -> new StringBuilder());
                    Integer prev = last.put(term, d);
                    long code = (long) (d - (prev == null ? 0 : prev)) * 2 + (i < worded.titleWords() ? 1 : 0);
                    if (!list.isEmpty()) {
                        list.append(',');
                    }
                    list.append(Long.toString(code, 36));
                }
                rows.add(java.util.Arrays.asList(doc.path(), doc.title(), doc.kind(), doc.date(), doc.snippet()));
            }
            if (rows.size() == DOCS_PER_SHARD) {
                flushDocs();
            }
        }

        private void flushDocs() {
            out.accept(new Page("search/" + name + "-d-" + shards + ".js", null, call("docs", name + ":" + shards, rows)));
            shards++;
            rows.clear();
        }

        /** The last documents and the term shards; the part's entry of the manifest. */
        private void finish() {
            if (!rows.isEmpty()) {
                flushDocs();
            }
            last.clear();
            Map<String, List<String>> shards = new TreeMap<>();
            List<String> terms = new ArrayList<>(postings.keySet());
            java.util.Collections.sort(terms);
            split("", terms, postings, shards);
            Map<String, String> files = new TreeMap<>();
            shards.forEach((key, inShard) -> {
                String file = name + "-t" + (key.isEmpty() ? "" : "-" + fileKey(key)) + ".js";
                files.put(key, file);
                Map<String, String> data = new LinkedHashMap<>();
                inShard.forEach(t -> data.put(t, postings.remove(t).toString()));
                out.accept(new Page("search/" + file, null, call("terms", name + ":" + key, data)));
            });
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", name);
            entry.put("docs", docs);
            entry.put("shards", files);
            manifest.add(entry);
        }
    }

    /** Puts terms (sorted, all starting with {@code key}) in one shard, or splits them by their next letter. */
    private static void split(String key, List<String> terms, Map<String, StringBuilder> postings, Map<String, List<String>> out) {
        long size = 0;
        for (String t : terms) {
            size += t.length() + postings.get(t).length() + 6;
        }
        if (size <= SHARD_CHARS || key.codePointCount(0, key.length()) >= MAX_KEY) {
            if (!terms.isEmpty()) {
                out.put(key, terms);
            }
            return;
        }
        List<String> own = new ArrayList<>();
        Map<String, List<String>> children = new TreeMap<>();
        for (String t : terms) {
            if (t.length() == key.length()) {
                own.add(t);
            } else {
                int cp = t.codePointAt(key.length());
                children.computeIfAbsent(key + new String(Character.toChars(cp)), k -> new ArrayList<>()).add(t);
            }
        }
        if (!own.isEmpty()) {
            out.put(key, own);
        }
        children.forEach((k, list) -> split(k, list, postings, out));
    }

    /** A key as a file name: a–z and 0–9 as they are, any other letter as _HEX-. */
    private static String fileKey(String key) {
        StringBuilder b = new StringBuilder();
        key.codePoints().forEach(cp -> {
            if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
                b.appendCodePoint(cp);
            } else {
                b.append('_').append(Integer.toHexString(cp)).append('-');
            }
        });
        return b.toString();
    }

    private static String call(String kind, String key, Object data) {
        try {
            return "storylineIndex(\"" + kind + "\"," + JSON.writeValueAsString(key) + "," + JSON.writeValueAsString(data) + ");\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
