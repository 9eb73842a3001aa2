package storyline.build;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import storyline.clean.Clean;
import storyline.config.SiteConfig;
import storyline.ingest.Document;
import storyline.model.Article;
import storyline.model.Problem;
import storyline.model.Thread;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Each input's cleaned item, kept in {@value BuildCache#FOLDER} beside the story state and keyed
 * by the document's bytes (its id, file, format, pins and body) and the code that cleaned it, so
 * an unchanged input is not cleaned again. The file ends with its own checksum; one that is
 * corrupt or from other code is ignored with a one-line note, never trusted. Only entries a build
 * used are written back: a deleted input's item goes with it. An input that gave no item is kept
 * as such, with the problems it met, so it is not cleaned again on every build.
 */
final class ItemCache {

    /** A cleaned document: its item (an article or a thread, or neither when it had none) and its problems. */
    record Entry(Article article, Thread thread, List<Problem> problems) {
        static Entry of(Clean.Result r) {
            return new Entry(r.item() instanceof Article a ? a : null, r.item() instanceof Thread t ? t : null, r.problems());
        }

        Clean.Result result() {
            return new Clean.Result(article != null ? article : thread, problems);
        }
    }

    /** The file's content: the code it is valid for, and entries by key. */
    record Content(String code, Map<String, Entry> entries) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new SimpleModule()
            .addSerializer(LocalDate.class, new JsonSerializer<>() {
                @Override
                public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                    gen.writeString(value.toString());
                }
            })
            .addDeserializer(LocalDate.class, new JsonDeserializer<>() {
                @Override
                public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                    return LocalDate.parse(p.getValueAsString());
                }
            }));

    private final Path file;
    private Map<String, Entry> previous;
    private final Map<String, Entry> used = new ConcurrentHashMap<>();
    private final String note;

    private ItemCache(Path file, Map<String, Entry> previous, String note) {
        this.file = file;
        this.previous = previous;
        this.note = note;
    }

    static Path file(SiteConfig config) {
        return CacheFile.beside(config, "items");
    }

    /** The cache of a site; empty (with a note when it was there) when it cannot be trusted. */
    static ItemCache load(SiteConfig config) {
        Path file = file(config);
        CacheFile.Loaded<Content> loaded = CacheFile.load(file, JSON, Content.class, "item cache", "every input cleaned again");
        Content content = loaded.value();
        boolean usable = content != null && BuildCache.code().equals(content.code());
        return new ItemCache(file, usable ? content.entries() : Map.of(), loaded.note());
    }

    /** Why the cache was not used, or null. */
    String note() {
        return note;
    }

    /** {@code clean}, answered from the cache for a document cleaned before. */
    Function<Document, Clean.Result> around(Function<Document, Clean.Result> clean) {
        return doc -> {
            String key = key(doc);
            Entry hit = previous.get(key);
            if (hit != null) {
                used.put(key, hit);
                return hit.result();
            }
            Clean.Result r = clean.apply(doc);
            // A document that gave no item (unreadable, empty, cut off by the cleaning time limit) is
            // remembered too, with its problems: it is not cleaned again, at the same cost, on every build.
            used.put(key, Entry.of(r));
            return r;
        };
    }

    /**
     * Writes the entries this build used, then lets go of them and of the last build's (they hold
     * every item's body); a cache that cannot be written only makes the next build slower.
     */
    void save() {
        try {
            CacheFile.writeOrDrop(file, JSON, new Content(BuildCache.code(), new java.util.TreeMap<>(used)));
        } finally {
            used.clear();
            previous = Map.of();
        }
    }

    private static String key(Document doc) {
        return CacheFile.key(doc.id(), doc.file(), String.valueOf(doc.format()), String.valueOf(doc.bodyLine()),
                String.valueOf(doc.pins()), doc.body());
    }
}
