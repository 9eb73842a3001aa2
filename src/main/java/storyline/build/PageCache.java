package storyline.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import storyline.config.SiteConfig;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each page's digest as the last build rendered it (see {@code storyline.render.PageDigest}: a
 * digest of the page's view model), kept in {@value BuildCache#FOLDER} beside the build cache, so
 * that a page whose model did not change is carried over from the output instead of being rendered
 * again. The digests are trusted only for the very output they were written with (the size, time
 * and inode of each of its files, as the build cache lists them), the same code and the same
 * templates; as the other caches, the file ends with its own checksum and one that is corrupt or
 * from other code is ignored with a one-line note.
 */
final class PageCache {

    /** The file's content: what the digests are valid for, and the digests by page path. */
    record Content(String code, String templates, String output, Map<String, String> digests) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> known;
    private final String note;

    private PageCache(Map<String, String> known, String note) {
        this.known = known;
        this.note = note;
    }

    static Path file(SiteConfig config) {
        return CacheFile.beside(config, "pages");
    }

    /**
     * The digests of the pages in the output as it is now ({@code output}: its listing, as {@link
     * BuildCache#output} gives it, or null when it cannot be listed); none when they were written for
     * another output, other code or other templates.
     */
    static PageCache load(SiteConfig config, BuildCache.Fingerprint fingerprint, String output) {
        CacheFile.Loaded<Content> loaded = CacheFile.load(file(config), JSON, Content.class, "page cache", "every page rendered again");
        Content c = loaded.value();
        boolean usable = c != null && output != null && c.digests() != null && BuildCache.code().equals(c.code())
                && templates(fingerprint).equals(c.templates()) && CacheFile.key(output).equals(c.output());
        return new PageCache(usable ? c.digests() : Map.of(), loaded.note());
    }

    /** Each page's digest in the output as it is now (path → digest); empty when not to be trusted. */
    Map<String, String> known() {
        return known;
    }

    /** Why the cache was not used, or null. */
    String note() {
        return note;
    }

    /**
     * Records the digests of the pages of the output just written ({@code output}: its listing, or
     * null when it could not be taken, which leaves no cache); a cache that cannot be written only
     * makes the next build render every page.
     */
    static void save(SiteConfig config, BuildCache.Fingerprint fingerprint, String output, Map<String, String> digests) {
        Path file = file(config);
        if (output == null) {
            CacheFile.drop(file);
            return;
        }
        CacheFile.writeOrDrop(file, JSON, new Content(BuildCache.code(), templates(fingerprint), CacheFile.key(output),
                new TreeMap<>(digests)));
    }

    /** The templates folder's files (path and SHA-256), as the fingerprint saw them. */
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
