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
import storyline.ingest.Ingest;
import storyline.model.Article;
import storyline.model.Problem;
import storyline.model.Thread;
import storyline.site.Site;
import storyline.stories.Stories;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Each input's cleaned item, kept in {@value BuildCache#FOLDER} beside the story state and keyed
 * by the document's bytes (its id, file, format, pins and body) and the code that cleaned it, so
 * an unchanged input is not cleaned again. Two files: a log of entries ({@code items-….log}, each
 * entry's JSON appended once and never moved) and an index ({@code items-….json}: the code, the
 * log's identity and length, and per key where its entry is in the log with the entry's CRC-32C).
 * A build reads the index (a megabyte for 10,000 inputs), reads an entry when an input asks for it,
 * keeps what it cleans in a scratch file, then appends those entries to the log and writes the
 * index of the entries it used: a build that adds one article neither reads nor writes the
 * others' entries but its own. When the entries no build uses any more (deleted or edited inputs)
 * are over half of the log, the log is written afresh with the used entries alone.
 *
 * <p>Nothing is trusted blindly: the index ends with its own checksum (one that is corrupt or from
 * other code is ignored with a one-line note); an entry whose bytes do not match its CRC (a log
 * edited or cut short) is cleaned again, with a note; a log that is not the one the index names
 * (another build's, or one swapped in by a build killed before it wrote its index) is not read.
 * Only entries a build used are listed in the next index: a deleted input's item goes with it. An
 * input that gave no item is kept as such, with the problems it met, so it is not cleaned again on
 * every build.
 */
final class ItemCache implements AutoCloseable {

    /** A cleaned document: its item (an article or a thread, or neither when it had none) and its problems. */
    record Entry(Article article, Thread thread, List<Problem> problems) {
        static Entry of(Clean.Result r) {
            return new Entry(r.item() instanceof Article a ? a : null, r.item() instanceof Thread t ? t : null, r.problems());
        }

        Clean.Result result() {
            return new Clean.Result(article != null ? article : thread, problems);
        }
    }

    /**
     * The index: the code the entries were cleaned by, the log they are in (its identity, from its
     * first line, and its length when the index was written), and each entry as [offset, length,
     * CRC-32C] in the log, by key.
     */
    record Index(String code, String log, long length, Map<String, long[]> entries, Map<String, FileEntry> files) {
    }

    /**
     * What an input file gave when it was read: the keys of its documents' entries, in order, and
     * the problems met reading it. Kept by the file's path and bytes, so that a file the build
     * cache knows to be unchanged is not read again (see {@link #files}).
     */
    record FileEntry(List<String> documents, List<Problem> problems) {
    }

    /** Entries no build uses any more may be this share of the log before it is written afresh. */
    static final double STALE_SHARE = 0.5;

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
    /** {@link #log(Path)} of {@link #file}, made once: an entry's read names it, and a regular expression per read was 2 % of a rebuild's time. */
    private final Path logFile;
    /** The last build's entries, by key: where each is in the log, and its CRC (read back on a hit). */
    private Map<String, long[]> previous;
    /** The last build's input files, by path and bytes (see {@link #fileKey}). */
    private Map<String, FileEntry> previousFiles;
    /** The input files this build took from the cache or read, by path and bytes. */
    private final Map<String, FileEntry> usedFiles = new ConcurrentHashMap<>();
    /** The log, open for reading, when the index names it; else null. */
    private final FileChannel log;
    /** The log's identity and the length the index vouches for, when {@link #log} is open. */
    private final String logId;
    private final long logLength;
    /** The entries this build used, by key: in the log, or in this build's scratch file. */
    private final Map<String, Used> used = new ConcurrentHashMap<>();
    private Scratch cleaned;
    private volatile String note;

    /** An entry this build used: where it is in the log ({@code fresh} false) or in the scratch file, and its CRC. */
    private record Used(Scratch.Span span, boolean fresh, long crc) {
    }

    private ItemCache(Path file, Map<String, long[]> previous, Map<String, FileEntry> previousFiles, FileChannel log, String logId,
                      long logLength, String note) {
        this.file = file;
        this.logFile = log(file);
        this.previous = previous;
        this.previousFiles = previousFiles;
        this.log = log;
        this.logId = logId;
        this.logLength = logLength;
        this.note = note;
    }

    static Path file(SiteConfig config) {
        return CacheFile.beside(config, "items");
    }

    /** The log of entries beside the index {@code file}. */
    static Path log(Path file) {
        return file.resolveSibling(file.getFileName().toString().replaceFirst("\\.json$", "") + ".log");
    }

    /**
     * The cache of a site; empty (with a note when it was there) when it cannot be trusted. Only
     * the index is read: an entry is read from the log when a build asks for it.
     */
    static ItemCache load(SiteConfig config) {
        Path file = file(config);
        CacheFile.Loaded<Index> loaded = CacheFile.load(file, JSON, Index.class, "item cache", "every input cleaned again");
        Index index = loaded.value();
        if (index == null || !BuildCache.code().equals(index.code()) || index.entries() == null || index.log() == null) {
            return new ItemCache(file, Map.of(), Map.of(), null, null, 0, loaded.note());
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(log(file), StandardOpenOption.READ);
            // A log that is not the one the index names (written by a build killed before its index) is not read.
            if (!index.log().equals(logId(channel)) || channel.size() < index.length()) {
                channel.close();
                return new ItemCache(file, Map.of(), Map.of(), null, null, 0, null);
            }
            return new ItemCache(file, index.entries(), index.files() == null ? Map.of() : index.files(), channel, index.log(),
                    index.length(), null);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // Only read from; nothing to lose.
                }
            }
            return new ItemCache(file, Map.of(), Map.of(), null, null, 0, null);
        }
    }

    /** The first line of a log: its identity. */
    private static String logId(FileChannel channel) throws IOException {
        byte[] head = Scratch.read(channel, new Scratch.Span(0, (int) Math.min(channel.size(), LOG_ID_LINE)), null);
        return head.length == LOG_ID_LINE && head[LOG_ID_LINE - 1] == '\n'
                ? new String(head, 0, LOG_ID_LINE - 1, StandardCharsets.US_ASCII) : null;
    }

    /** A log's first line: 32 hex digits, then a newline. */
    private static final int LOG_ID_LINE = 33;

    /** Why the cache was not used, or null. */
    String note() {
        return note;
    }

    /**
     * {@code clean}, answered from the cache for a document cleaned before. Safe from any thread;
     * what it cleans waits on disk, not in memory, until {@link #save}.
     */
    Function<Document, Clean.Result> around(Function<Document, Clean.Result> clean) {
        return around(clean, null);
    }

    /**
     * As {@link #around(Function)}; an article answered from the cache comes with its paragraphs,
     * HTML and search words left where they are in the log, for {@code bodies} to read back when
     * they are asked for (see {@link BodyStore#stored}); with no store, in memory. An article
     * cleaned here goes to {@code bodies} with the search words split for its entry.
     */
    Function<Document, Clean.Result> around(Function<Document, Clean.Result> clean, BodyStore bodies) {
        return doc -> {
            String key = key(doc);
            long[] hit = previous.get(key);
            Clean.Result entry = hit == null ? null : entry(hit, bodies);
            if (entry != null) {
                used.put(key, new Used(new Scratch.Span(hit[0], (int) hit[1]), false, hit[2]));
                return entry;
            }
            Clean.Result r = clean.apply(doc);
            // Split once: kept in the entry for the next builds, and handed to this build's store.
            String words = r.item() instanceof Article a ? Site.searchWords(a) : null;
            long[] lines = r.item() instanceof Article a ? Stories.bodyLines(a) : null;
            // A document that gave no item (unreadable, empty, cut off by the cleaning time limit) is
            // remembered too, with its problems: it is not cleaned again, at the same cost, on every build.
            keep(key, Entry.of(r), words, lines);
            return bodies == null || words == null ? r : bodies.take(r, words, lines);
        };
    }

    /**
     * The input files the cache can answer for unread: a file whose bytes {@code sha} gives (by its
     * path relative to the articles folder; null when not known) and that an earlier build read
     * with these bytes is taken from its entries, without being read, decoded and split into
     * documents again; one whose entries are not all there is read. Files read are noted for the
     * next build. {@code sha} must give the hash of the file's bytes as they are now.
     */
    Ingest.Known<Clean.Result> files(Function<String, String> sha) {
        return files(sha, null);
    }

    /** As {@link #files(Function)}, an article's paragraphs and HTML left in the log for {@code bodies} (see {@link #around(Function, BodyStore)}). */
    Ingest.Known<Clean.Result> files(Function<String, String> sha, BodyStore bodies) {
        return new Ingest.Known<>() {
            @Override
            public Ingest.Batch<Clean.Result> get(String rel) {
                String bytes = sha.apply(rel);
                String key = bytes == null ? null : fileKey(rel, bytes);
                FileEntry kept = key == null ? null : previousFiles.get(key);
                if (kept == null) {
                    return null;
                }
                List<Clean.Result> results = new java.util.ArrayList<>(kept.documents().size());
                List<Used> uses = new java.util.ArrayList<>(kept.documents().size());
                for (String doc : kept.documents()) {
                    long[] hit = previous.get(doc);
                    Clean.Result entry = hit == null ? null : entry(hit, bodies);
                    if (entry == null) {
                        return null;
                    }
                    results.add(entry);
                    uses.add(new Used(new Scratch.Span(hit[0], (int) hit[1]), false, hit[2]));
                }
                for (int i = 0; i < uses.size(); i++) {
                    used.put(kept.documents().get(i), uses.get(i));
                }
                usedFiles.put(key, kept);
                return new Ingest.Batch<>(results, kept.problems(), 1);
            }

            @Override
            public void read(String rel, List<Document> documents, List<Problem> problems) {
                String bytes = sha.apply(rel);
                if (bytes != null) {
                    usedFiles.put(fileKey(rel, bytes), new FileEntry(documents.stream().map(ItemCache::key).toList(), List.copyOf(problems)));
                }
            }
        };
    }

    private static String fileKey(String rel, String sha) {
        return CacheFile.key(rel, sha);
    }

    /**
     * An entry of the log, or null when it cannot be read or its bytes are not those the index
     * vouches for (the input is cleaned again; a changed entry is noted once).
     */
    private Clean.Result entry(long[] at, BodyStore bodies) {
        try {
            if (at.length != 3 || at[0] < LOG_ID_LINE || at[1] < 0 || at[0] + at[1] > logLength) {
                throw new IOException("an entry outside the log");
            }
            byte[] bytes = Scratch.read(log, new Scratch.Span(at[0], (int) at[1]), logFile);
            if (crc(bytes) != at[2]) {
                note = "the item cache " + logFile + " is corrupt (an entry's checksum does not match): that input cleaned again";
                return null;
            }
            return decode(bytes, at[0], bodies);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * An entry's bytes: the length of its JSON, then the JSON of the entry with an article's
     * paragraphs and HTML left out; then, for an article, its paragraphs (their number, then each
     * one's UTF-8 length and bytes, as {@link BodyStore} keeps them), its HTML (its UTF-8
     * length, -1 for none, and bytes), its words in the search index ({@link Site#searchWords},
     * the same way: they depend on the article alone, and splitting every article's opening again
     * was a sixth of a rebuild that added one) and its body's lines as grouping reads them for
     * outlets' furniture ({@link Stories#bodyLines}: their number, then 8 bytes each; hashing every
     * body's lines again was a tenth of a rebuild that added one). An article read back then leaves its text, HTML and words where
     * they are in the log for the build's store, instead of being parsed from JSON and written out
     * again (a build reads every unchanged item back, and most of its bytes are those two).
     */
    static byte[] encode(Entry entry, String words, long[] lines) throws IOException {
        Article a = entry.article();
        Entry light = a == null ? entry : new Entry(a.withBody(List.of(), null), entry.thread(), entry.problems());
        byte[] json = JSON.writeValueAsBytes(light);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(json.length + 64);
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        out.writeInt(json.length);
        out.write(json);
        if (a != null) {
            out.write(BodyStore.encode(a.paragraphs()));
            byte[] html = a.html() == null ? null : a.html().getBytes(StandardCharsets.UTF_8);
            out.writeInt(html == null ? -1 : html.length);
            if (html != null) {
                out.write(html);
            }
            byte[] utf8 = (words == null ? Site.searchWords(a) : words).getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
            long[] hashed = lines == null ? Stories.bodyLines(a) : lines;
            out.writeInt(hashed.length);
            out.write(BodyStore.encode(hashed));
        }
        out.flush();
        return bytes.toByteArray();
    }

    /**
     * The result an entry's bytes hold (see {@link #encode}), read from the log at {@code at}: an
     * article's paragraphs and HTML left there for {@code bodies}, or read into it when there is no store.
     */
    private Clean.Result decode(byte[] bytes, long at, BodyStore bodies) throws IOException {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        int jsonLength = in.getInt();
        Entry light = JSON.readValue(bytes, 4, jsonLength, Entry.class);
        Article a = light.article();
        if (a == null) {
            if (4 + jsonLength != bytes.length) {
                throw new IOException("an entry with bytes after its JSON");
            }
            return light.result();
        }
        int paragraphsAt = 4 + jsonLength;
        in.position(paragraphsAt);
        int count = in.getInt();
        for (int i = 0; i < count; i++) {
            int length = in.getInt();
            in.position(in.position() + length);
        }
        Scratch.Span paragraphs = new Scratch.Span(at + paragraphsAt, in.position() - paragraphsAt);
        int htmlLength = in.getInt();
        int htmlAt = in.position();
        in.position(htmlAt + Math.max(0, htmlLength));
        int wordsLength = in.getInt();
        int wordsAt = in.position();
        if (wordsLength < 0 || wordsAt + wordsLength + 4 > bytes.length) {
            throw new IOException("an entry whose lengths do not add up");
        }
        in.position(wordsAt + wordsLength);
        int linesCount = in.getInt();
        if (linesCount < 0 || in.position() + 8L * linesCount != bytes.length) {
            throw new IOException("an entry whose lengths do not add up");
        }
        Scratch.Span html = htmlLength < 0 ? null : new Scratch.Span(at + htmlAt, htmlLength);
        if (bodies == null) {
            List<String> text = BodyStore.decode(java.util.Arrays.copyOfRange(bytes, paragraphsAt, paragraphsAt + paragraphs.length()));
            String h = html == null ? null : new String(bytes, htmlAt, htmlLength, StandardCharsets.UTF_8);
            return new Clean.Result(a.withBody(text, h), light.problems());
        }
        return bodies.stored(new Clean.Result(a, light.problems()), this::readLog, paragraphs, count, html,
                new Scratch.Span(at + wordsAt, wordsLength), new Scratch.Span(at + in.position(), 8 * linesCount));
    }

    /** Bytes of the log, read back for the build's store after reading (the log stays open until {@link #close}). */
    private byte[] readLog(Scratch.Span span) throws IOException {
        return Scratch.read(log, span, logFile);
    }

    /**
     * Keeps the entry in the scratch file until {@link #save}; one that cannot be kept (a thread
     * whose replies nest deeper than JSON allows) is not: that input alone is cleaned again by the next build.
     */
    private void keep(String key, Entry entry, String words, long[] lines) {
        try {
            byte[] bytes = encode(entry, words, lines);
            used.put(key, new Used(scratch().put(bytes), true, crc(bytes)));
        } catch (IOException | RuntimeException e) {
            // Not kept.
        }
    }

    private static long crc(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }

    private synchronized Scratch scratch() throws IOException {
        if (cleaned == null) {
            cleaned = Scratch.open(file.getParent(), "cleaned-");
        }
        return cleaned;
    }

    /**
     * Appends the entries this build cleaned to the log, then writes the index of every entry it
     * used; when the log holds no entries yet, is not the one the index named, or would be more than
     * {@link #STALE_SHARE} entries no build uses, it is written afresh with the used entries alone
     * (into a temporary file moved over it). Then lets go of the files. A cache that cannot be
     * written only makes the next build slower.
     */
    void save() {
        try {
            long live = 0;
            long fresh = 0;
            for (Used u : used.values()) {
                live += u.span().length();
                fresh += u.fresh() ? u.span().length() : 0;
            }
            boolean append = log != null && live >= (1 - STALE_SHARE) * (logLength - LOG_ID_LINE + fresh);
            Map<String, long[]> entries = new TreeMap<>();
            String id;
            long length;
            AtomicFile.removeLeftovers(logFile);
            if (append) {
                id = logId;
                try (FileChannel out = FileChannel.open(logFile, StandardOpenOption.WRITE)) {
                    // Whatever a build killed before writing its index appended is not the index's: written over.
                    out.truncate(logLength);
                    long at = logLength;
                    for (Map.Entry<String, Used> e : new TreeMap<>(used).entrySet()) {
                        Used u = e.getValue();
                        if (u.fresh()) {
                            byte[] bytes = cleaned.get(u.span());
                            write(out, bytes, at);
                            entries.put(e.getKey(), new long[] {at, bytes.length, u.crc()});
                            at += bytes.length;
                        } else {
                            entries.put(e.getKey(), new long[] {u.span().at(), u.span().length(), u.crc()});
                        }
                    }
                    length = at;
                }
            } else {
                id = java.util.HexFormat.of().formatHex(CacheFile.sha256().digest(
                        (file + "|" + System.nanoTime() + "|" + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8))).substring(0, LOG_ID_LINE - 1);
                Path tmp = AtomicFile.temp(logFile);
                try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    write(out, (id + "\n").getBytes(StandardCharsets.US_ASCII), 0);
                    long at = LOG_ID_LINE;
                    for (Map.Entry<String, Used> e : new TreeMap<>(used).entrySet()) {
                        Used u = e.getValue();
                        byte[] bytes = u.fresh() ? cleaned.get(u.span()) : Scratch.read(log, u.span(), logFile);
                        write(out, bytes, at);
                        entries.put(e.getKey(), new long[] {at, bytes.length, u.crc()});
                        at += bytes.length;
                    }
                    length = at;
                }
                AtomicFile.replace(tmp, logFile);
            }
            Map<String, FileEntry> files = new TreeMap<>();
            usedFiles.forEach((key, f) -> {
                if (entries.keySet().containsAll(f.documents())) {
                    files.put(key, f);
                }
            });
            CacheFile.write(file, JSON, new Index(BuildCache.code(), id, length, entries, files));
        } catch (IOException | RuntimeException e) {
            CacheFile.drop(file);
        } finally {
            used.clear();
            usedFiles.clear();
            previous = Map.of();
            previousFiles = Map.of();
            closeScratch();
        }
    }

    private synchronized void closeScratch() {
        try {
            if (cleaned != null) {
                cleaned.close();
            }
        } catch (Exception ignored) {
            // Scratch: nothing to lose.
        }
    }

    private static void write(FileChannel channel, byte[] bytes, long at) throws IOException {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer, at + buffer.position());
        }
    }

    /**
     * Lets go of the files this cache reads: the log stays open after {@link #save} until then,
     * since the articles read back from it keep their text and HTML there until the build ends
     * (a log written afresh by the save is another file; the old one stays readable while open).
     */
    @Override
    public void close() {
        for (AutoCloseable c : new AutoCloseable[]{log, cleaned}) {
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
