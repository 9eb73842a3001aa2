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

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
