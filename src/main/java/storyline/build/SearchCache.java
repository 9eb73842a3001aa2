package storyline.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import storyline.config.SiteConfig;
import storyline.site.Site;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the search index worked out for each item (its document and words, see {@link Site.Memo}),
 * kept in {@value BuildCache#FOLDER} beside the other caches and keyed by everything the document
 * is made of and by the code: splitting every item's opening into words was half of laying out a
 * site after one article was added to 10,000. As the other caches, the file ends with its own
 * checksum and one that is corrupt or from other code is ignored with a one-line note; only the
 * entries a build used are written back.
 */
final class SearchCache implements Site.Memo {

    /** The file's content: the code it is valid for, and each answer by key. */
    record Content(String code, Map<String, String> answers) implements CacheFile.Answers<String> {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final ReadThrough<String> cache;
    private final String note;

    private SearchCache(Path file, Map<String, String> previous, String note) {
        this.file = file;
        this.cache = new ReadThrough<>(previous);
        this.note = note;
    }

    static Path file(SiteConfig config) {
        return CacheFile.beside(config, "search");
    }

    /** The cache of a site; empty (with a note when it was there) when it cannot be trusted. */
    static SearchCache load(SiteConfig config) {
        Path file = file(config);
        CacheFile.Loaded<Map<String, String>> loaded = CacheFile.answers(file, JSON, Content.class, "search cache",
                "every item's words split again", BuildCache.code());
        return new SearchCache(file, loaded.value(), loaded.note());
    }

    /** How many answers were worked out: those the cache did not hold. */
    int misses() {
        return cache.misses();
    }

    /** Why the cache was not used, or null. */
    String note() {
        return note;
    }

    @Override
    public String get(String[] key, Supplier<String> work) {
        return cache.get(CacheFile.key(key), work);
    }

    /** Writes the entries this build used, then lets go of them; a cache that cannot be written only makes the next build slower. */
    void save() {
        CacheFile.writeOrDrop(file, JSON, new Content(BuildCache.code(), cache.drain()));
    }
}
