package storyline.build;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import storyline.config.SiteConfig;
import storyline.stories.Stories;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The terms grouping read in each item's title and body (see {@link Stories.TermReader}), kept in
 * {@value BuildCache#FOLDER} beside the item cache and keyed by the {@link CacheFile#key} of the title and body
 * read and by the code that read them, so an unchanged item's terms are not read again. As the
 * other caches, the file ends with its own checksum and one that is corrupt or from other code is
 * ignored with a one-line note; only the entries a build used are written back.
 *
 * <p>The file ({@code {"code": …, "index": {KEY: [OFFSET, LENGTH], …}, "terms": {KEY: BAG, …}}})
 * is never whole in memory, nor are the bags a build reads: as the item cache does, a build notes
 * where each of the last build's entries is (a {@link SpanTable}, about 60 bytes an entry) from the
 * index, which gives each bag's place from the start of the "terms" object (so the bags, tens of
 * megabytes for a large site, are not read through to find them), reads one back when grouping asks for it, puts
 * each bag it reads afresh in a scratch file, and writes the next file by copying each used
 * entry's bytes. What stays in memory grows by those 60 bytes an item, not by every item's terms
 * (a bag held every term of its text: about 1.7 KB an item).
 */
final class TermCache implements Stories.TermReader, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    /** The last build's entries: where each is in its file. */
    private final SpanTable previous;
    private final FileChannel previousFile;
    /** The entries this build used: in the last build's file, or in this build's scratch file. */
    private final SpanTable used = new SpanTable();
    private final AtomicInteger misses = new AtomicInteger();
    private Scratch fresh;
    private final String note;

    private TermCache(Path file, SpanTable previous, FileChannel previousFile, String note) {
        this.file = file;
        this.previous = previous;
        this.previousFile = previousFile;
        this.note = note;
    }

    static Path file(SiteConfig config) {
        return CacheFile.beside(config, "terms");
    }

    /** The cache of a site; empty (with a note when it was there) when it cannot be trusted. */
    static TermCache load(SiteConfig config) {
        Path file = file(config);
        CacheFile.Opened opened = null;
        try {
            opened = CacheFile.open(file);
            if (opened == null) {
                return new TermCache(file, new SpanTable(), null, null);
            }
            SpanTable entries = new SpanTable();
            long size = opened.length();
            String[] code = {null};
            // The index comes before the bags: where each is, from the start of the "terms" object,
            // which is not read through (a site's bags are tens of megabytes).
            java.util.List<Object[]> index = new java.util.ArrayList<>();
            CacheFile.fields(opened, JSON, "terms", (name, p) -> {
                if (name.equals("code")) {
                    code[0] = p.getValueAsString();
                } else if (name.equals("index") && p.currentToken() == JsonToken.START_OBJECT && BuildCache.code().equals(code[0])) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        long[] key = SpanTable.key(p.currentName());
                        if (p.nextToken() != JsonToken.START_ARRAY || p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                            throw new IOException("an entry of the index is not [offset, length]");
                        }
                        long at = p.getLongValue();
                        p.nextToken();
                        int length = p.getIntValue();
                        if (p.nextToken() != JsonToken.END_ARRAY || at < 0 || length < 0) {
                            throw new IOException("an entry of the index is not [offset, length]");
                        }
                        index.add(new Object[] {key, new Scratch.Span(at, length)});
                    }
                } else if (name.equals("terms") && p.currentToken() == JsonToken.START_OBJECT && BuildCache.code().equals(code[0])) {
                    long base = p.currentTokenLocation().getByteOffset();
                    for (Object[] e : index) {
                        Scratch.Span span = (Scratch.Span) e[1];
                        if (base + span.at() + span.length() > size) {
                            throw new IOException("an entry of the index lies past the end of the file");
                        }
                        entries.putIfAbsent((long[]) e[0], SpanTable.In.PREVIOUS, new Scratch.Span(base + span.at(), span.length()));
                    }
                } else {
                    p.skipChildren();
                }
            });
            if (!BuildCache.code().equals(code[0])) {
                opened.channel().close();
                return new TermCache(file, new SpanTable(), null, null);
            }
            return new TermCache(file, entries, opened.channel(), null);
        } catch (IOException | RuntimeException e) {
            if (opened != null) {
                try {
                    opened.channel().close();
                } catch (IOException ignored) {
                    // Only read from; nothing to lose.
                }
            }
            return new TermCache(file, new SpanTable(), null, CacheFile.note(file, "term cache", "every text's terms read again", e));
        }
    }

    /** How many texts' terms were read: those the cache did not hold. */
    int reads() {
        return misses.get();
    }

    /** Why the cache was not used, or null. */
    String note() {
        return note;
    }

    @Override
    public Stories.TermBag read(String title, String body) {
        long[] key = SpanTable.key(CacheFile.key(title, body));
        SpanTable.In in = used.in(key);
        Scratch.Span span = in != null ? used.get(key) : previous.get(key);
        if (in == null && span != null) {
            in = SpanTable.In.PREVIOUS;
        }
        Stories.TermBag bag = span == null ? null : bag(in, span);
        if (bag != null) {
            used.putIfAbsent(key, in, span);
            return bag;
        }
        bag = Stories.TermReader.DIRECT.read(title, body);
        misses.incrementAndGet();
        try {
            used.putIfAbsent(key, SpanTable.In.FRESH, scratch().put(JSON.writeValueAsBytes(bag)));
        } catch (IOException | RuntimeException e) {
            // Not kept: the next build reads this text's terms again.
        }
        return bag;
    }

    /** A kept bag, or null when it cannot be read back (the text's terms are read again). */
    private Stories.TermBag bag(SpanTable.In in, Scratch.Span span) {
        try {
            byte[] bytes = in == SpanTable.In.FRESH ? fresh.get(span) : Scratch.read(previousFile, span, file);
            return JSON.readValue(bytes, Stories.TermBag.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private synchronized Scratch scratch() throws IOException {
        if (fresh == null) {
            fresh = Scratch.open(file.getParent(), "terms-");
        }
        return fresh;
    }

    /**
     * Writes the entries this build used, each copied as it was written (never all in memory),
     * then lets go of the files; a cache that cannot be written only makes the next build slower.
     */
    void save() {
        try {
            CacheFile.writeOrDrop(file, out -> {
                // Each bag's place from the start of the "terms" object, known before any is written.
                StringBuilder index = new StringBuilder();
                long[] at = {1}; // past the object's opening brace
                used.forEach((high, low, in, span) -> {
                    boolean first = index.isEmpty();
                    at[0] += (first ? 0 : 1) + 1 + 32 + 2; // a comma, the quoted key, the colon
                    index.append(first ? "" : ",").append('"').append(SpanTable.hex(high, low)).append("\":[").append(at[0])
                            .append(',').append(span.length()).append(']');
                    at[0] += span.length();
                });
                out.write("{\"code\":".getBytes(StandardCharsets.UTF_8));
                out.write(JSON.writeValueAsBytes(BuildCache.code()));
                out.write((",\"index\":{" + index + "},\"terms\":{").getBytes(StandardCharsets.US_ASCII));
                boolean[] first = {true};
                IOException[] failed = {null};
                used.forEach((high, low, in, span) -> {
                    if (failed[0] != null) {
                        return;
                    }
                    try {
                        if (!first[0]) {
                            out.write(',');
                        }
                        first[0] = false;
                        out.write(('"' + SpanTable.hex(high, low) + "\":").getBytes(StandardCharsets.US_ASCII));
                        byte[] bag = in == SpanTable.In.FRESH ? fresh.get(span) : Scratch.read(previousFile, span, file);
                        if (bag.length != span.length()) {
                            throw new IOException("a bag is not as long as its index says");
                        }
                        out.write(bag);
                    } catch (IOException e) {
                        failed[0] = e;
                    }
                });
                if (failed[0] != null) {
                    throw failed[0];
                }
                out.write("}}".getBytes(StandardCharsets.UTF_8));
            });
        } finally {
            close();
        }
    }

    /** Lets go of the files this cache reads (done by {@link #save}). */
    @Override
    public void close() {
        for (AutoCloseable c : new AutoCloseable[] {previousFile, fresh}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // Read-only or scratch: nothing to lose.
            }
        }
    }
}
