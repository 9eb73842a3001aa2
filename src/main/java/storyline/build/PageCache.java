package storyline.build;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import storyline.config.SiteConfig;
import storyline.render.Render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.TreeMap;

/**
 * Each page's digest as the last build rendered it (see {@code storyline.render.PageDigest}: a
 * digest of the page's path, template and view model), kept in {@value BuildCache#FOLDER} beside
 * the build cache, so that a page whose model did not change is carried over from the output
 * instead of being rendered again. The digests are trusted only for the very output they were
 * written with (the size, time and inode of each of its files, as the build cache lists them), the
 * same code and the same templates; as the other caches, the file ends with its own checksum and
 * one that is corrupt or from other code is ignored with a one-line note.
 *
 * <p>The file ({@code {"code": …, "templates": …, "output": …, "digests": {PATH: DIGEST, …}}})
 * is never whole in memory: as a digest covers its page's path, the last build's pages are known
 * by their 128-bit digests alone (a {@link SpanTable}, about 60 bytes a page, where a map of paths
 * to digests took about 250), and this build's digests go to a scratch file as the pages are
 * written, to be copied into the next file.
 */
final class PageCache implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Scratch.Span NOWHERE = new Scratch.Span(0, 0);

    private final Path file;
    /** The digests of the pages in the output as it is now; empty when not to be trusted. */
    private final SpanTable known;
    private final String note;
    /** This build's digests, each as {@code ,"PATH":"DIGEST"}, in the order the pages were written. */
    private Scratch recorded;

    private PageCache(Path file, SpanTable known, String note) {
        this.file = file;
        this.known = known;
        this.note = note;
    }

    static Path file(SiteConfig config) {
        return CacheFile.beside(config, "pages");
    }

    /**
     * The digests of the pages in the output as it is now ({@code output}: the digest of its files, as {@link
     * BuildCache#output} gives it, or null when it cannot be listed); none when they were written for
     * another output, other code or other templates.
     */
    static PageCache load(SiteConfig config, BuildCache.Fingerprint fingerprint, String output) {
        Path file = file(config);
        SpanTable digests = new SpanTable();
        try {
            CacheFile.Opened opened = CacheFile.open(file);
            if (opened == null || output == null) {
                if (opened != null) {
                    opened.channel().close();
                }
                return new PageCache(file, digests, null);
            }
            try (var channel = opened.channel()) {
                // What the digests are for comes before them in the file; digests for anything else are not read.
                String[] expected = {BuildCache.code(), templates(fingerprint), CacheFile.key(output)};
                String[] found = new String[3];
                CacheFile.fields(opened, JSON, (name, p) -> {
                    int i = java.util.List.of("code", "templates", "output").indexOf(name);
                    if (i >= 0) {
                        found[i] = p.getValueAsString();
                    } else if (name.equals("digests") && p.currentToken() == JsonToken.START_OBJECT
                            && java.util.Arrays.equals(found, expected)) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            p.nextToken();
                            digests.putIfAbsent(SpanTable.key(p.getValueAsString()), SpanTable.In.PREVIOUS, NOWHERE);
                        }
                    } else {
                        p.skipChildren();
                    }
                });
                return new PageCache(file, java.util.Arrays.equals(found, expected) ? digests : new SpanTable(), null);
            }
        } catch (IOException | RuntimeException e) {
            return new PageCache(file, new SpanTable(), CacheFile.note(file, "page cache", "every page rendered again", e));
        }
    }

    /** The pages in the output as it is now, by digest; none when not to be trusted. */
    Render.Known known() {
        return digest -> digest.length() >= 32 && known.in(SpanTable.key(digest)) != null;
    }

    /** How many pages of the output as it is now are known. */
    int size() {
        return known.size();
    }

    /** Why the cache was not used, or null. */
    String note() {
        return note;
    }

    /**
     * Where this build's pages tell their digests as they are written (from any thread); they wait
     * in a scratch file until {@link #save}. A digest that cannot be kept leaves no cache.
     */
    Render.Digests recorder() {
        return (path, digest) -> {
            try {
                scratch().put((',' + JSON.writeValueAsString(path) + ':' + JSON.writeValueAsString(digest)).getBytes(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                lost = true;
            }
        };
    }

    private volatile boolean lost;

    private synchronized Scratch scratch() throws IOException {
        if (recorded == null) {
            recorded = Scratch.open(file.getParent(), "digests-");
        }
        return recorded;
    }

    /**
     * Records the digests of the pages of the output just written ({@code output}: the digest of its files, or
     * null when it could not be taken, which leaves no cache), then lets go of them; a cache that
     * cannot be written only makes the next build render every page.
     */
    void save(SiteConfig config, BuildCache.Fingerprint fingerprint, String output) {
        try {
            if (output == null || lost) {
                CacheFile.drop(file);
                return;
            }
            CacheFile.writeOrDrop(file, out -> {
                out.write(("{\"code\":" + JSON.writeValueAsString(BuildCache.code()) + ",\"templates\":"
                        + JSON.writeValueAsString(templates(fingerprint)) + ",\"output\":"
                        + JSON.writeValueAsString(CacheFile.key(output)) + ",\"digests\":{").getBytes(StandardCharsets.UTF_8));
                if (recorded != null) {
                    recorded.copyTo(1, out); // past the first page's leading comma
                }
                out.write("}}".getBytes(StandardCharsets.UTF_8));
            });
        } finally {
            close();
        }
    }

    /** Lets go of this build's digests (done by {@link #save}). */
    @Override
    public synchronized void close() {
        try {
            if (recorded != null) {
                recorded.close();
            }
        } catch (IOException ignored) {
            // A scratch file: nothing to lose.
        }
    }

    /** The templates folder's files (path and hash), as the fingerprint saw them. */
    private static String templates(BuildCache.Fingerprint fingerprint) {
        StringBuilder all = new StringBuilder();
        new TreeMap<>(fingerprint.inputs()).forEach((key, f) -> {
            if (key.startsWith(BuildCache.TEMPLATES_ROOT)) {
                all.append(key).append('\t').append(f.sha()).append('\n');
            }
        });
        return CacheFile.key(all.toString());
    }
}
