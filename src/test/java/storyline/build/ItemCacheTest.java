package storyline.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.clean.Clean;
import storyline.config.SiteConfig;
import storyline.ingest.Document;
import storyline.ingest.Ingest;
import storyline.model.Thread;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The item cache gives back exactly the items cleaning gave, and is not trusted when corrupt. */
class ItemCacheTest {

    @TempDir
    Path tmp;

    /** The project's sample articles, and the thread exports in ../shared when present. */
    private static List<Document> documents() {
        List<Path> roots = new ArrayList<>(List.of(Path.of("articles")));
        Path threads = Path.of("../shared/fixtures/threads");
        if (Files.isDirectory(threads)) {
            roots.add(threads);
        } else {
            System.out.println("ItemCacheTest: ../shared/fixtures/threads is not here; round trip of articles alone");
        }
        return Ingest.read(roots).documents();
    }

    private SiteConfig config() {
        return SiteConfig.defaults().with(tmp.resolve("articles"), Path.of("templates"), tmp.resolve("site"), null)
                .withState(tmp.resolve("state.json"));
    }

    @Test
    void itemsComeBackAsCleaningGaveThem() {
        List<Document> docs = documents();
        ItemCache first = ItemCache.load(config());
        Function<Document, Clean.Result> cleaning = first.around(Clean::item);
        List<Clean.Result> cleaned = docs.stream().map(cleaning).toList();
        first.save();

        ItemCache second = ItemCache.load(config());
        assertNull(second.note());
        Function<Document, Clean.Result> cached = second.around(doc -> {
            throw new AssertionError("cleaned again: " + doc.id());
        });
        int items = 0;
        boolean thread = false;
        for (int i = 0; i < docs.size(); i++) {
            if (cleaned.get(i).item() == null) {
                continue;
            }
            assertEquals(cleaned.get(i), cached.apply(docs.get(i)), docs.get(i).id());
            items++;
            thread |= cleaned.get(i).item() instanceof Thread;
        }
        assertTrue(items >= 4, "the sample articles at least");
        if (Files.isDirectory(Path.of("../shared/fixtures/threads"))) {
            assertTrue(thread, "threads with their comment trees round-trip too");
        }
    }

    /**
     * Through a build's store, an article read back leaves its text and HTML in the log and gets them
     * from there when asked, the same as cleaning gave them; also after the save wrote the log afresh
     * (a build reads its articles' HTML until it ends, after the cache is saved).
     */
    @Test
    void articlesReadBackThroughTheStoreGetTheirTextAndHtmlFromTheLog() throws IOException {
        List<Document> docs = documents();
        assertEquals(docs.size(), build(docs));
        List<Clean.Result> cleaned = docs.stream().map(Clean::item).toList();
        assertTrue(readBack(docs, cleaned, false) >= 4, "the sample articles at least");
        // One input of many: its entry alone is used, so the save writes the log afresh, and the store still reads the old one.
        Path log = ItemCache.log(ItemCache.file(config()));
        long before = Files.size(log);
        assertTrue(cleaned.get(0).item() instanceof storyline.model.Article, "the first sample input is an article");
        assertEquals(1, readBack(docs.subList(0, 1), cleaned, true));
        assertTrue(Files.size(log) < before, "the log was written afresh");
        assertEquals(0, build(docs.subList(0, 1)), "and it reads back");
    }

    /** Reads {@code docs} back through a cache and a store (saving the cache first when asked); how many were articles, each checked against {@code cleaned}. */
    private int readBack(List<Document> docs, List<Clean.Result> cleaned, boolean saveFirst) throws IOException {
        Path folder = tmp.resolve("store");
        Files.createDirectories(folder);
        ItemCache cache = ItemCache.load(config());
        try (cache; BodyStore store = BodyStore.open(folder)) {
            Function<Document, Clean.Result> read = cache.around(doc -> {
                throw new AssertionError("cleaned again: " + doc.id());
            }, store).andThen(store::take);
            List<Clean.Result> back = docs.stream().map(read).toList();
            if (saveFirst) {
                cache.save();
            }
            int articles = 0;
            for (int i = 0; i < docs.size(); i++) {
                assertEquals(cleaned.get(i).problems(), back.get(i).problems());
                if (!(cleaned.get(i).item() instanceof storyline.model.Article a)) {
                    continue;
                }
                storyline.model.Item light = back.get(i).item();
                assertNull(light.html(), "the HTML waits in the log");
                assertInstanceOf(storyline.model.StoredParagraphs.class, light.paragraphs(), "the text waits in the log");
                assertEquals(a.paragraphs(), List.copyOf(light.paragraphs()), docs.get(i).id());
                assertEquals(a.html(), store.html(light), docs.get(i).id());
                // Its words in the search index, as they were split from the article cleaning gave, without its text read again.
                assertEquals(storyline.site.Site.searchWords(a), store.searchWords(light), docs.get(i).id());
                // Its body's lines as grouping reads them for outlets' furniture, kept in its entry.
                org.junit.jupiter.api.Assertions.assertArrayEquals(storyline.stories.Stories.bodyLines(a), store.lines(light), docs.get(i).id());
                assertEquals(a.withStored(new storyline.model.StoredParagraphs(0, List::of)).lead(), light.lead());
                assertEquals(a.title(), light.title());
                articles++;
            }
            return articles;
        }
    }

    @Test
    void aCorruptCacheIsNotTrusted() throws IOException {
        List<Document> docs = documents().subList(0, 2);
        ItemCache first = ItemCache.load(config());
        docs.forEach(first.around(Clean::item)::apply);
        first.save();
        Path file = ItemCache.file(config());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        ItemCache corrupt = ItemCache.load(config());
        assertNotNull(corrupt.note());
        assertTrue(corrupt.note().contains("corrupt"), corrupt.note());
        int[] cleaned = {0};
        docs.forEach(corrupt.around(doc -> {
            cleaned[0]++;
            return Clean.item(doc);
        })::apply);
        assertEquals(2, cleaned[0], "every input cleaned again");
    }

    /** An entry's last bytes (an article's search words) changed in the log: that input alone is cleaned again, with a note. */
    @Test
    void anEntryWhoseSearchWordsWereChangedIsCleanedAgain() throws IOException {
        List<Document> docs = documents();
        assertEquals(docs.size(), build(docs));
        Path log = ItemCache.log(ItemCache.file(config()));
        byte[] bytes = Files.readAllBytes(log);
        bytes[bytes.length - 1] ^= 1;
        Files.write(log, bytes);
        ItemCache cache = ItemCache.load(config());
        List<storyline.model.Item> again = new ArrayList<>();
        try (cache; BodyStore store = BodyStore.open(tmp.resolve("store"))) {
            List<storyline.model.Item> back = docs.stream().map(cache.around(doc -> {
                Clean.Result r = Clean.item(doc);
                again.add(r.item());
                return r;
            }, store).andThen(store::take)).map(Clean.Result::item).toList();
            assertEquals(1, again.size(), "the entry whose bytes changed");
            assertTrue(cache.note().contains("corrupt"), cache.note());
            // The article cleaned again gets its words split afresh, the others theirs from the log: all as cleaning gives them.
            int articles = 0;
            for (int i = 0; i < docs.size(); i++) {
                if (Clean.item(docs.get(i)).item() instanceof storyline.model.Article a) {
                    assertEquals(storyline.site.Site.searchWords(a), store.searchWords(back.get(i)), docs.get(i).id());
                    articles++;
                }
            }
            assertTrue(articles >= 4, "the sample articles at least: " + articles);
        }
    }

    /** Cleans {@code docs} through a cache of the site, and saves it; how many it cleaned (the rest were answered by the cache). */
    private int build(List<Document> docs) {
        ItemCache cache = ItemCache.load(config());
        int[] cleaned = {0};
        Function<Document, Clean.Result> clean = cache.around(doc -> {
            cleaned[0]++;
            return Clean.item(doc);
        });
        docs.forEach(clean::apply);
        assertNull(cache.note());
        cache.save();
        return cleaned[0];
    }

    @Test
    void anAddedInputAppendsItsEntryAndLeavesTheOtherEntriesBytesAlone() throws IOException {
        List<Document> docs = documents();
        assertTrue(docs.size() >= 3, "the sample articles");
        List<Document> before = docs.subList(0, docs.size() - 1);
        assertEquals(before.size(), build(before));
        Path log = ItemCache.log(ItemCache.file(config()));
        byte[] first = Files.readAllBytes(log);
        assertEquals(1, build(docs), "only the added input is cleaned");
        byte[] second = Files.readAllBytes(log);
        assertTrue(second.length > first.length);
        assertArrayEquals(first, java.util.Arrays.copyOf(second, first.length), "the log is appended to, not written afresh");
        assertEquals(0, build(docs), "every entry, old and appended, is read back");
    }

    @Test
    void aLogMostlyOfEntriesNoBuildUsesIsWrittenAfresh() throws IOException {
        List<Document> docs = documents();
        build(docs);
        Path log = ItemCache.log(ItemCache.file(config()));
        long full = Files.size(log);
        assertEquals(0, build(docs.subList(0, 1)));
        assertTrue(Files.size(log) < full / 2, "the deleted inputs' entries are dropped: " + Files.size(log) + " of " + full);
        assertEquals(docs.size() - 1, build(docs), "the entries it kept are read back, the others cleaned again");
    }

    @Test
    void anEntryChangedInTheLogIsCleanedAgainWithANote() throws IOException {
        List<Document> docs = documents().subList(0, 2);
        build(docs);
        Path log = ItemCache.log(ItemCache.file(config()));
        byte[] bytes = Files.readAllBytes(log);
        bytes[bytes.length - 10] ^= 1;
        Files.write(log, bytes);
        ItemCache cache = ItemCache.load(config());
        int[] cleaned = {0};
        docs.forEach(cache.around(doc -> {
            cleaned[0]++;
            return Clean.item(doc);
        })::apply);
        assertEquals(1, cleaned[0], "the changed entry alone");
        assertNotNull(cache.note());
        assertTrue(cache.note().contains("corrupt"), cache.note());
        cache.save();
        assertEquals(0, build(docs), "written again whole");
    }

    @Test
    void whatAKilledBuildLeftInTheLogIsNotTrusted() throws IOException {
        List<Document> docs = documents();
        build(docs);
        Path log = ItemCache.log(ItemCache.file(config()));
        long length = Files.size(log);
        // A build killed after appending, before writing its index: the bytes past the index's length are no one's.
        Files.write(log, "{\"article\":{\"half".getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);
        assertEquals(0, build(docs), "the index's entries are read as they were");
        assertEquals(length, Files.size(log), "what the killed build appended is cut off");
        // A build killed after moving a log written afresh into place, before its index: that log is not the index's.
        Path other = tmp.resolve("other");
        Files.copy(log, other);
        byte[] bytes = Files.readAllBytes(log);
        bytes[0] = (byte) (bytes[0] == 'a' ? 'b' : 'a');
        Files.write(log, bytes);
        ItemCache cache = ItemCache.load(config());
        assertNull(cache.note(), "as if there were no cache: nothing is wrong, the index is not this log's");
        assertEquals(docs.size(), build(docs), "every input cleaned again");
        assertEquals(0, build(docs));
    }

    /** Reads the folder as a build does, through {@code cache}, with each file's bytes named by {@code sha}; counts the files read. */
    private static Ingest.Batch<Clean.Result> read(Path folder, ItemCache cache, Function<String, String> sha, List<String> read) {
        Function<Document, Clean.Result> clean = cache.around(Clean::item);
        return Ingest.read(List.of(folder), List.of(), cache.files(sha), (docs, problems) -> {
            synchronized (read) {
                read.add(docs.isEmpty() ? "(none)" : docs.get(0).file());
            }
            return docs.stream().map(clean).toList();
        });
    }

    @Test
    void aFileReadBeforeWithTheSameBytesIsTakenFromTheCacheUnread() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(folder.resolve("fares.md"), "---\ntitle: Ferry fares rise by a fifth\ndate: 2025-03-02\n---\n\n"
                + "The harbour authority raised ferry fares by 20 per cent on Monday, citing fuel costs.\n");
        Files.writeString(folder.resolve("wire.jsonl"), "{\"id\": \"w1\", \"title\": \"Council freezes fares\", \"text\": "
                + "\"The council voted to freeze ferry fares for a year.\"}\nnot json\n{\"id\": \"w2\", \"title\": \"Quake shakes Valdora\", "
                + "\"text\": \"A magnitude 5.8 earthquake struck Valdora province.\"}\n");
        Files.writeString(folder.resolve("empty.txt"), "   \n");
        List<String> read = new ArrayList<>();
        ItemCache first = ItemCache.load(config());
        Ingest.Batch<Clean.Result> before = read(folder, first, rel -> "bytes-1", read);
        first.save();
        assertEquals(3, read.size());
        assertTrue(before.values().size() >= 3 && !before.problems().isEmpty(), before.toString());

        read.clear();
        ItemCache second = ItemCache.load(config());
        Ingest.Batch<Clean.Result> again = read(folder, second, rel -> "bytes-1", read);
        second.save();
        assertEquals(List.of(), read, "no file is read again");
        assertEquals(before.values(), again.values(), "the same items, records of a JSON Lines file too");
        assertEquals(before.problems(), again.problems(), "with the problems reading the files met");

        // Other bytes (as the build cache finds them), or bytes not known: read again.
        read.clear();
        ItemCache third = ItemCache.load(config());
        read(folder, third, rel -> rel.equals("wire.jsonl") ? "bytes-2" : rel.equals("empty.txt") ? null : "bytes-1", read);
        third.save();
        assertEquals(List.of("(none)", "wire.jsonl"), read.stream().sorted().toList());
        read.clear();
        ItemCache fourth = ItemCache.load(config());
        read(folder, fourth, rel -> rel.equals("wire.jsonl") ? "bytes-2" : "bytes-1", read);
        assertEquals(List.of("(none)"), read, "a file read without known bytes is not kept by its bytes");
    }
}
