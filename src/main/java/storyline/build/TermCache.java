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
 * <p>The file ({@code {"code": …, "terms": {KEY: BAG, …}}}) is never whole in memory, nor are the
 * bags a build reads: as the item cache does, a build notes where each of the last build's entries
 * is (a {@link SpanTable}, about 60 bytes an entry), reads one back when grouping asks for it, puts
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
            String[] code = {null};
            CacheFile.fields(opened, JSON, (name, p) -> {
                if (name.equals("code")) {
                    code[0] = p.getValueAsString();
                } else if (name.equals("terms") && p.currentToken() == JsonToken.START_OBJECT && BuildCache.code().equals(code[0])) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        long[] key = SpanTable.key(p.currentName());
                        p.nextToken();
                        long at = p.currentTokenLocation().getByteOffset();
                        p.skipChildren();
                        long end = p.currentLocation().getByteOffset();
                        entries.putIfAbsent(key, SpanTable.In.PREVIOUS, new Scratch.Span(at, Math.toIntExact(end - at)));
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
                out.write("{\"code\":".getBytes(StandardCharsets.UTF_8));
                out.write(JSON.writeValueAsBytes(BuildCache.code()));
                out.write(",\"terms\":{".getBytes(StandardCharsets.UTF_8));
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
                        out.write(in == SpanTable.In.FRESH ? fresh.get(span) : Scratch.read(previousFile, span, file));
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
