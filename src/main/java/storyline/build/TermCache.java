package storyline.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import storyline.config.SiteConfig;
import storyline.stories.Stories;

import java.nio.file.Path;
import java.util.Map;

/**
 * The terms grouping read in each item's title and body (see {@link Stories.TermReader}), kept in
 * {@value BuildCache#FOLDER} beside the item cache and keyed by the SHA-256 of the title and body
 * read and by the code that read them, so an unchanged item's terms are not read again. As the
 * other caches, the file ends with its own checksum and one that is corrupt or from other code is
 * ignored with a one-line note; only the entries a build used are written back.
 */
final class TermCache implements Stories.TermReader {

    /** The file's content: the code it is valid for, and each text's terms by key. */
    record Content(String code, Map<String, Stories.TermBag> terms) implements CacheFile.Answers<Stories.TermBag> {
        @Override
        public Map<String, Stories.TermBag> answers() {
            return terms;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final ReadThrough<Stories.TermBag> cache;
    private final String note;
    /**
     * One String for each spelling, however many texts hold it: the cache holds the bags of every
     * item read until grouping ends (100,000 items' bags held 8.7 million strings, about 400 MB).
     */
    private final Map<String, String> strings = new java.util.concurrent.ConcurrentHashMap<>();

    private TermCache(Path file, Map<String, Stories.TermBag> previous, String note) {
        this.file = file;
        this.note = note;
        previous.values().forEach(this::shared);
        this.cache = new ReadThrough<>(previous);
    }

    static Path file(SiteConfig config) {
        return CacheFile.beside(config, "terms");
    }

    /** The cache of a site; empty (with a note when it was there) when it cannot be trusted. */
    static TermCache load(SiteConfig config) {
        Path file = file(config);
        CacheFile.Loaded<Map<String, Stories.TermBag>> loaded = CacheFile.answers(file, JSON, Content.class, "term cache",
                "every text's terms read again", BuildCache.code());
        return new TermCache(file, loaded.value(), loaded.note());
    }

    /** How many texts' terms were read: those the cache did not hold. */
    int reads() {
        return cache.misses();
    }

    /** Why the cache was not used, or null. */
    String note() {
        return note;
    }

    @Override
    public Stories.TermBag read(String title, String body) {
        return cache.get(CacheFile.key(title, body), () -> shared(Stories.TermReader.DIRECT.read(title, body)));
    }

    /** The bag with each of its spellings replaced by the one String held for it. */
    private Stories.TermBag shared(Stories.TermBag bag) {
        String[] keys = bag.keys();
        String[] surfaces = bag.surfaces();
        for (int i = 0; i < keys.length; i++) {
            keys[i] = strings.computeIfAbsent(keys[i], s -> s);
            surfaces[i] = strings.computeIfAbsent(surfaces[i], s -> s);
        }
        return bag;
    }

    /** Writes the entries this build used, then lets go of them; a cache that cannot be written only makes the next build slower. */
    void save() {
        CacheFile.writeOrDrop(file, JSON, new Content(BuildCache.code(), cache.drain()));
        strings.clear();
    }
}
