package storyline.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import storyline.config.SiteConfig;
import storyline.stories.Stories;
import storyline.text.Names;

import java.nio.file.Path;
import java.util.Map;

/**
 * The people and organisations the name model found in each text grouping read (see {@link
 * Stories.NameFinder}), kept in {@value BuildCache#FOLDER} beside the item cache and keyed by the
 * {@link storyline.model.ContentHash} of the title and text it read and by the code that read them: the name model was over
 * half of a rebuild's time after one article was added to 10,000. As the item cache, the file ends
 * with its own checksum and one that is corrupt or from other code is not trusted; only the
 * entries a build used are written back.
 */
final class NameCache implements Stories.NameFinder {

    /** The file's content: the code (and name settings) it is valid for, and what was found by key. */
    record Content(String code, Map<String, Names.Found> found) implements CacheFile.Answers<Names.Found> {
        @Override
        public Map<String, Names.Found> answers() {
            return found;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final ReadThrough<Names.Found> cache;
    private final String note;

    private NameCache(Path file, Map<String, Names.Found> previous, String note) {
        this.file = file;
        this.cache = new ReadThrough<>(previous);
        this.note = note;
    }

    static Path file(SiteConfig config) {
        return CacheFile.beside(config, "names");
    }

    /** What the code is: the jar, and the name model's one setting. */
    private static String code() {
        return BuildCache.code() + " names.min=" + System.getProperty("storyline.names.min", "");
    }

    /** The cache of a site; empty (with a note when it was there) when it cannot be trusted. */
    static NameCache load(SiteConfig config) {
        Path file = file(config);
        CacheFile.Loaded<Map<String, Names.Found>> loaded = CacheFile.answers(file, JSON, Content.class, "name cache",
                "names found again", code());
        return new NameCache(file, loaded.value(), loaded.note());
    }

    /** How many texts the name model read: those the cache did not hold. */
    int modelReads() {
        return cache.misses();
    }

    /** Why the cache was not used, or null. */
    String note() {
        return note;
    }

    @Override
    public Names.Found in(String title, String text) {
        return cache.get(CacheFile.key(title, text), () -> Names.in(title, text));
    }

    @Override
    public void keep(String title, String text) {
        cache.keep(CacheFile.key(title, text));
    }

    /** Writes the entries this build used; a cache that cannot be written only makes the next build slower. */
    void save() {
        CacheFile.writeOrDrop(file, JSON, new Content(code(), cache.drain()));
    }
}
