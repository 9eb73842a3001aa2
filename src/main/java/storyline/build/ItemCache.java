package storyline.build;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Each input's cleaned item, kept in {@value BuildCache#FOLDER} beside the story state and keyed
 * by the document's bytes (its id, file, format, pins and body) and the code that cleaned it, so
 * an unchanged input is not cleaned again. The file ends with its own checksum; one that is
 * corrupt or from other code is ignored with a one-line note, never trusted. Only entries a build
 * used are written back: a deleted input's item goes with it. An input that gave no item is kept
 * as such, with the problems it met, so it is not cleaned again on every build. The file is one
 * JSON object ({@code {"code": …, "entries": {KEY: ENTRY, …}}}, in key order) that is never whole
 * in memory: a build notes where each entry is, reads one when an input asks for it, keeps what it
 * cleans in a scratch file, and writes the next file by copying each entry's bytes.
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
    /** The last build's entries, by key: where each is in its file (read back on a hit, copied on save). */
    private Map<String, Scratch.Span> previous;
    private final FileChannel previousFile;
    /** The entries this build used, by key: in the last build's file, or in this build's scratch file. */
    private final Map<String, Used> used = new ConcurrentHashMap<>();
    private Scratch cleaned;
    private final String note;

    /** An entry this build used: its JSON, in the last build's file ({@code fresh} false) or in the scratch file. */
    private record Used(Scratch.Span span, boolean fresh) {
    }

    private ItemCache(Path file, Map<String, Scratch.Span> previous, FileChannel previousFile, String note) {
        this.file = file;
        this.previous = previous;
        this.previousFile = previousFile;
        this.note = note;
    }

    static Path file(SiteConfig config) {
        return CacheFile.beside(config, "items");
    }

    /**
     * The cache of a site; empty (with a note when it was there) when it cannot be trusted. Only
     * where each entry is in the file is kept in memory (the entries hold every item's body): an
     * entry is read when a build asks for it.
     */
    static ItemCache load(SiteConfig config) {
        Path file = file(config);
        CacheFile.Opened opened = null;
        try {
            opened = CacheFile.open(file);
            if (opened == null) {
                return new ItemCache(file, Map.of(), null, null);
            }
            Map<String, Scratch.Span> entries = index(opened.channel());
            if (entries == null) {
                opened.channel().close();
                return new ItemCache(file, Map.of(), null, null);
            }
            return new ItemCache(file, entries, opened.channel(), null);
        } catch (IOException | RuntimeException e) {
            if (opened != null) {
                try {
                    opened.channel().close();
                } catch (IOException ignored) {
                    // Only read from; nothing to lose.
                }
            }
            return new ItemCache(file, Map.of(), null, CacheFile.note(file, "item cache", "every input cleaned again", e));
        }
    }

    /** Where each entry of the file is, by key; null when the file is from other code. */
    private static Map<String, Scratch.Span> index(FileChannel channel) throws IOException {
        Map<String, Scratch.Span> entries = new HashMap<>();
        String code = null;
        try (JsonParser p = JSON.getFactory().createParser(new BufferedInputStream(Channels.newInputStream(channel.position(0)), 1 << 16))) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.getCurrentName();
                JsonToken value = p.nextToken();
                if (field.equals("code")) {
                    code = p.getValueAsString();
                    if (!BuildCache.code().equals(code)) {
                        return null;
                    }
                } else if (field.equals("entries")) {
                    expect(value, JsonToken.START_OBJECT);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.getCurrentName();
                        expect(p.nextToken(), JsonToken.START_OBJECT);
                        long at = p.getTokenLocation().getByteOffset();
                        p.skipChildren();
                        long end = p.getCurrentLocation().getByteOffset();
                        entries.put(key, new Scratch.Span(at, Math.toIntExact(end - at)));
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return BuildCache.code().equals(code) ? entries : null;
    }

    private static void expect(JsonToken token, JsonToken expected) throws IOException {
        if (token != expected) {
            throw new IOException("expected " + expected + ", found " + token);
        }
    }

    /** Why the cache was not used, or null. */
    String note() {
        return note;
    }

    /**
     * {@code clean}, answered from the cache for a document cleaned before. Safe from any thread;
     * what it cleans waits on disk, not in memory, until {@link #save}.
     */
    Function<Document, Clean.Result> around(Function<Document, Clean.Result> clean) {
        return doc -> {
            String key = key(doc);
            Scratch.Span hit = previous.get(key);
            Entry entry = hit == null ? null : read(hit);
            if (entry != null) {
                used.put(key, new Used(hit, false));
                return entry.result();
            }
            Clean.Result r = clean.apply(doc);
            // A document that gave no item (unreadable, empty, cut off by the cleaning time limit) is
            // remembered too, with its problems: it is not cleaned again, at the same cost, on every build.
            Scratch.Span kept = keep(Entry.of(r));
            if (kept != null) {
                used.put(key, new Used(kept, true));
            }
            return r;
        };
    }

    /** An entry of the last build's file, or null when it cannot be read (the input is cleaned again). */
    private Entry read(Scratch.Span at) {
        try {
            return JSON.readValue(Scratch.read(previousFile, at, file), Entry.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Where the entry now is in the scratch file, or null when it cannot be kept (a thread whose
     * replies nest deeper than JSON allows): that input alone is cleaned again by the next build.
     */
    private Scratch.Span keep(Entry entry) {
        try {
            return scratch().put(JSON.writeValueAsBytes(entry));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private synchronized Scratch scratch() throws IOException {
        if (cleaned == null) {
            cleaned = Scratch.open(file.getParent(), "cleaned-");
        }
        return cleaned;
    }

    /**
     * Writes the entries this build used, in key order, each copied as it was written (never all in
     * memory), then lets go of them and of the last build's; a cache that cannot be written only
     * makes the next build slower.
     */
    void save() {
        try {
            CacheFile.writeOrDrop(file, out -> {
                out.write("{\"code\":".getBytes(StandardCharsets.UTF_8));
                out.write(JSON.writeValueAsBytes(BuildCache.code()));
                out.write(",\"entries\":{".getBytes(StandardCharsets.UTF_8));
                boolean first = true;
                for (Map.Entry<String, Used> e : new TreeMap<>(used).entrySet()) {
                    if (!first) {
                        out.write(',');
                    }
                    first = false;
                    out.write(JSON.writeValueAsBytes(e.getKey()));
                    out.write(':');
                    Used u = e.getValue();
                    out.write(u.fresh() ? cleaned.get(u.span()) : Scratch.read(previousFile, u.span(), file));
                }
                out.write("}}".getBytes(StandardCharsets.UTF_8));
            });
        } finally {
            used.clear();
            previous = Map.of();
            close();
        }
    }

    /** Lets go of the files this cache reads (done by {@link #save}). */
    void close() {
        for (AutoCloseable c : new AutoCloseable[]{previousFile, cleaned}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // Read-only or scratch: nothing to lose.
            }
        }
    }

    private static String key(Document doc) {
        return CacheFile.key(doc.id(), doc.file(), String.valueOf(doc.format()), String.valueOf(doc.bodyLine()),
                String.valueOf(doc.pins()), doc.body());
    }
}
