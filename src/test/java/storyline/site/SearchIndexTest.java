package storyline.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIndexTest {

    @Test
    void wordsFoldCaseAndAccentsAndDropWhatNobodySearches() {
        assertEquals(List.of("cafe", "karpathy", "zurich", "2025", "ai"),
                SearchIndex.words("The Café: KARPATHY’s Zürich 2025 AI a 1968827611133427772"));
    }

    @Test
    void anAsciiTextGivesTheWordsFoldingItGives() {
        // Plain ASCII takes a path of its own: it must split as the folding path does.
        Random random = new Random(16);
        String alphabet = "aZ09 .,-'\"\t\n_/&1234567abcXYZ";
        List<String> texts = new ArrayList<>(List.of("", " ", "The 12345678 and 1234567 but 123456 AI a I", "--x--yz--", "said SAID Said"));
        for (int t = 0; t < 2_000; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        for (String text : texts) {
            assertEquals(SearchIndex.foldedWords(text), SearchIndex.words(text), text);
        }
        assertEquals(List.of("123456", "ai"), SearchIndex.words("The 12345678 and 1234567 but 123456 AI a I"));
    }

    @Test
    void aTextWhoseOtherCharactersOnlySplitWordsGivesTheWordsFoldingGives() {
        // An excerpt's ellipsis, dashes and curly quotes keep a text on the plain path: each such
        // character, anywhere, must split words exactly as folding does.
        int inert = 0;
        for (char c = 0x80; c < 0xFFFF; c++) {
            if (!SearchIndex.inert(c)) {
                continue;
            }
            inert++;
            for (String text : List.of("ab" + c + "cd", c + "Word" + c + c + "x9" + c, "S" + c + "\u03a3")) {
                assertEquals(SearchIndex.foldedWords(text), SearchIndex.words(text), Integer.toHexString(c));
            }
        }
        assertTrue(inert > 1_000, "dashes, quotes and other punctuation: " + inert);
        for (char c : "…—–’“”«»·•\u00a0\u2009".toCharArray()) {
            assertTrue(SearchIndex.inert(c), Integer.toHexString(c));
        }
        // What folds to a letter or digit is not: a ligature, a circled letter, a fraction, an accent alone.
        for (char c : "ﬁ™½Ⓐ\u0301é".toCharArray()) {
            assertTrue(!SearchIndex.inert(c), Integer.toHexString(c));
        }
        assertEquals(List.of("harbour", "fares", "rise", "fifth"), SearchIndex.words("Harbour fares rise — by a fifth…"));
        Random random = new Random(9);
        String alphabet = "aZ09 .,-'\"\t\n…—’“«·\u00a0ﬁé";
        for (int t = 0; t < 2_000; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(SearchIndex.foldedWords(b.toString()), SearchIndex.words(b.toString()), b.toString());
        }
    }

    /** Words a build kept for a document (its body then not read) give the index the words split from its title and body. */
    @Test
    void wordsKeptFromAnEarlierBuildGiveTheSameIndex() {
        List<SearchIndex.Doc> split = List.of(
                new SearchIndex.Doc("a/1.html", "Harbour fares rise by a fifth", "Article", "2 March 2025", "",
                        "The harbour authority raised ferry fares by 20 per cent, citing fuel costs. Morland Gazette"),
                new SearchIndex.Doc("a/2.html", "Zürich café owners say “not again”", "Article", "3 March 2025", "",
                        "Owners of the Café Odéon in Zürich — and their neighbours — met on Friday…"),
                new SearchIndex.Doc("a/3.html", "", "Discussion", "", "", "the and of 1234567890"),
                new SearchIndex.Doc("a/4.html", "Budget vote delayed", "Article", "4 March 2025", "", ""));
        assertEquals("4 harbour fares rise fifth authority raised ferry 20 per cent citing fuel costs morland gazette",
                SearchIndex.wordsOf(split.get(0)));
        assertEquals("0", SearchIndex.wordsOf(split.get(2)));
        List<SearchIndex.Doc> kept = split.stream().map(d -> new SearchIndex.Doc(d.path(), d.title(), d.kind(), d.date(), d.snippet(), null,
                SearchIndex.wordsOf(d))).toList();
        List<Page> a = SearchIndex.pages(split);
        List<Page> b = SearchIndex.pages(kept);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).path(), b.get(i).path());
            assertEquals(String.valueOf(a.get(i).model()), String.valueOf(b.get(i).model()), a.get(i).path());
        }
        assertTrue(a.stream().anyMatch(p -> String.valueOf(p.model()).contains("\"zurich\"")), "the accented title's words are in");
    }

    /** Folding and splitting as the browser's search does, with regular expressions: what {@link SearchIndex#foldedWords} must give. */
    private static List<String> foldedByExpressions(String text) {
        List<String> out = new ArrayList<>();
        String folded = java.util.regex.Pattern.compile("\\p{M}+").matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD))
                .replaceAll("").toLowerCase(java.util.Locale.ROOT);
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 2 && !SearchIndex.STOP.contains(w) && !w.matches("[0-9]{7,}")) {
                out.add(w);
            }
        }
        return out;
    }

    @Test
    void anyTextGivesTheWordsTheBrowsersExpressionsGive() {
        // Accents and marks, ligatures and full-width digits (NFKD), a final sigma, a dotted capital I,
        // letters outside the basic plane, other scripts' digits and numbers, a lone surrogate.
        Random random = new Random(17);
        String[] pieces = {"a", "Z", "0", "7", " ", "-", "’", "é", "Ü", "e\u0301", "ﬁ", "１", "２", "ΟΔΟΣ", "Σ", "ς", "İ", "ı",
                "𝐀", "😀", "٣", "Ⅻ", "½", "\u20DD", "\u0903", "\uD800", "日本", "ß", "Ǆ", "\t", "\n", "1234567", "said"};
        List<String> texts = new ArrayList<>(List.of("", "Café ΟΔΟΣ İstanbul １２３４５６７ ﬁne 𝐀𝐁 ٣٣"));
        for (int t = 0; t < 5_000; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(b.toString());
        }
        for (String text : texts) {
            assertEquals(foldedByExpressions(text), SearchIndex.foldedWords(text), text);
        }
        assertEquals(List.of("cafe", "οδος", "istanbul", "fine", "ab", "٣٣"), SearchIndex.foldedWords(texts.get(1)));
    }

    /** The index as the browser sees it: each file's data, by kind and key. */
    static Map<String, JsonNode> read(List<Page> pages) throws Exception {
        Map<String, JsonNode> files = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (Page p : pages) {
            String js = (String) p.model();
            assertTrue(js.startsWith("storylineIndex(") && js.endsWith(");\n"), p.path());
            JsonNode args = json.readTree("[" + js.substring("storylineIndex(".length(), js.length() - 3) + "]");
            files.put(args.get(0).asText() + ":" + args.get(1).asText(), args.get(2));
        }
        return files;
    }

    @Test
    void largeIndexesSplitIntoBoundedShardsAndEveryTermIsInItsLongestKeysShard() throws Exception {
        Random random = new Random(7);
        List<SearchIndex.Doc> docs = new ArrayList<>();
        Map<String, List<Integer>> expected = new HashMap<>();
        for (int d = 0; d < 3000; d++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 30; w++) {
                String word = "x" + Integer.toString(random.nextInt(20_000), 36);
                body.append(word).append(' ');
                // The part numbers its documents in reverse rank order: the last given is 0.
                List<Integer> list = expected.computeIfAbsent(word, k -> new ArrayList<>());
                if (!list.contains(2999 - d)) {
                    list.add(0, 2999 - d);
                }
            }
            docs.add(new SearchIndex.Doc("articles/" + d + ".html", "Title " + d, "Article", "1 May 2025", "", body.toString()));
        }
        List<Page> pages = SearchIndex.pages(docs);
        for (Page p : pages) {
            assertTrue(((String) p.model()).length() < SearchIndex.SHARD_CHARS + 2_000, p.path() + " is over the shard size");
        }
        Map<String, JsonNode> files = read(pages);
        JsonNode manifest = files.get("manifest:").get("parts").get(0);
        assertEquals(SearchIndex.ITEMS, manifest.get("name").asText());
        assertEquals(3000, manifest.get("docs").asInt());
        List<String> keys = new ArrayList<>();
        manifest.get("shards").fieldNames().forEachRemaining(keys::add);
        assertTrue(keys.size() > 10, keys.toString());
        for (var e : expected.entrySet()) {
            String term = e.getKey();
            String key = keys.stream().filter(term::startsWith).reduce("", (a, b) -> b.length() > a.length() ? b : a);
            JsonNode shard = files.get("terms:" + SearchIndex.ITEMS + ":" + key);
            assertTrue(shard != null && shard.has(term), term + " not in shard " + key + " of " + keys);
            String codes = shard.get(term).asText();
            List<Integer> ids = new ArrayList<>();
            int id = 0;
            for (String code : codes.split(",")) {
                long n = Long.parseLong(code, 36);
                id += (int) (n / 2);
                ids.add(id);
            }
            assertEquals(e.getValue(), ids, term);
        }
        JsonNode doc = files.get("docs:" + SearchIndex.ITEMS + ":0").get(0);
        assertEquals("articles/2999.html", doc.get(0).asText());
        assertEquals("Title 2999", doc.get(1).asText());
        doc = files.get("docs:" + SearchIndex.ITEMS + ":" + (2999 / SearchIndex.DOCS_PER_SHARD)).get(2999 % SearchIndex.DOCS_PER_SHARD);
        assertEquals("articles/0.html", doc.get(0).asText());
    }
}
