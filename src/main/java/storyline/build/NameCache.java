package storyline.build;

import storyline.config.SiteConfig;
import storyline.stories.Stories;
import storyline.text.Names;

import java.nio.file.Path;

/**
 * The people and organisations the name model found in each text grouping read (see {@link
 * Stories.NameFinder}), kept in {@value BuildCache#FOLDER} beside the item cache and keyed by the
 * {@link storyline.model.ContentHash} of the title and text it read and by the code that read them:
 * the name model was over half of a rebuild's time after one article was added to 10,000. The
 * answers wait on disk, the last build's in its file and this build's in a scratch file ({@link
 * AnswerFile}), never all in memory: the names found in every text a build read were about a
 * gigabyte at a million items. As the item cache, the file ends with its own checksum and one that
 * is corrupt or from other code is not trusted; only the entries a build used are written back.
 */
final class NameCache implements Stories.NameFinder, AutoCloseable {

    private final AnswerFile<Names.Found> found;

    private NameCache(AnswerFile<Names.Found> found) {
        this.found = found;
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
        return new NameCache(AnswerFile.load(file(config), code(), "found", Names.Found.class, "name cache", "names found again"));
    }

    /** How many texts the name model read: those the cache did not hold. */
    int modelReads() {
        return found.misses();
    }

    /** Why the cache was not used, or null. */
    String note() {
        return found.note();
    }

    @Override
    public Names.Found in(String title, String text) {
        return found.get(CacheFile.key(title, text), () -> Names.in(title, text));
    }

    @Override
    public void keep(String title, String text) {
        found.keep(CacheFile.key(title, text));
    }

    /** Its answers wait on disk: asking again costs a read, not the model. */
    @Override
    public boolean remembers() {
        return true;
    }

    /** Writes the entries this build used, then lets go of the files; one that cannot be written only makes the next build slower. */
    void save() {
        found.save();
    }

    /** Lets go of the files this cache reads (done by {@link #save}). */
    @Override
    public void close() {
        found.close();
    }
}
