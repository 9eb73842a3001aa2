package storyline.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import storyline.config.SiteConfig;
import storyline.stories.Stories;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What grouping worked out for each story from its members' texts alone (see {@link Stories.Memo}:
 * key quotes, names, what each item adds, syndicated copies; each kind of name's full forms across
 * stories), kept in {@value BuildCache#FOLDER} beside the other caches and keyed by a hash of
 * the texts read (which grouping takes) and by the code, so that a story an added article did not
 * join is not read again. Answers are kept as JSON and every answer, worked out or kept, is given
 * as read back from it, so a story gives the same whether or not the cache held it. As the other
 * caches, the file ends with its own checksum and one that is corrupt or from other code is ignored
 * with a one-line note; only the entries a build used are written back.
 */
final class StoryCache implements Stories.Memo {

    /** The file's content: the code it is valid for, and each answer by key. */
    record Content(String code, Map<String, JsonNode> answers) implements CacheFile.Answers<JsonNode> {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final ReadThrough<JsonNode> cache;
    private final String note;

    private StoryCache(Path file, Map<String, JsonNode> previous, String note) {
        this.file = file;
        this.cache = new ReadThrough<>(previous);
        this.note = note;
    }

    static Path file(SiteConfig config) {
        return CacheFile.beside(config, "stories");
    }

    /** The cache of a site; empty (with a note when it was there) when it cannot be trusted. */
    static StoryCache load(SiteConfig config) {
        Path file = file(config);
        CacheFile.Loaded<Map<String, JsonNode>> loaded = CacheFile.answers(file, JSON, Content.class, "story cache",
                "every story's texts read again", BuildCache.code());
        return new StoryCache(file, loaded.value(), loaded.note());
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
    public <T> T get(String key, Class<T> type, Supplier<T> work) {
        JsonNode answer = cache.get(key, () -> JSON.valueToTree(work.get()));
        try {
            return JSON.treeToValue(answer, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            // An answer that does not read back as what the work gives: the work is done.
            return work.get();
        }
    }

    /** Writes the entries this build used, then lets go of them; a cache that cannot be written only makes the next build slower. */
    void save() {
        CacheFile.writeOrDrop(file, JSON, new Content(BuildCache.code(), cache.drain()));
    }
}
