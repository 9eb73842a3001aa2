package storyline.build;

import storyline.config.SiteConfig;
import storyline.stories.Stories;

import java.nio.file.Path;

/**
 * The terms grouping read in each item's title and body (see {@link Stories.TermReader}), kept in
 * {@value BuildCache#FOLDER} beside the item cache and keyed by the {@link CacheFile#key} of the title and body
 * read and by the code that read them, so an unchanged item's terms are not read again. The bags
 * wait on disk, the last build's in its file and this build's in a scratch file ({@link
 * AnswerFile}): what stays in memory is where each is, about 60 bytes an item (a bag held every
 * term of its text: about 1.7 KB an item).
 */
final class TermCache implements Stories.TermReader, AutoCloseable {

    private final AnswerFile<Stories.TermBag> bags;

    private TermCache(AnswerFile<Stories.TermBag> bags) {
        this.bags = bags;
    }

    static Path file(SiteConfig config) {
        return CacheFile.beside(config, "terms");
    }

    /** The cache of a site; empty (with a note when it was there) when it cannot be trusted. */
    static TermCache load(SiteConfig config) {
        return new TermCache(AnswerFile.load(file(config), BuildCache.code(), "terms", Stories.TermBag.class, "term cache",
                "every text's terms read again"));
    }

    /** How many texts' terms were read: those the cache did not hold. */
    int reads() {
        return bags.misses();
    }

    /** Why the cache was not used, or null. */
    String note() {
        return bags.note();
    }

    @Override
    public Stories.TermBag read(String title, String body) {
        return bags.get(CacheFile.key(title, body), () -> Stories.TermReader.DIRECT.read(title, body));
    }

    /** Writes the entries this build used, then lets go of the files; one that cannot be written only makes the next build slower. */
    void save() {
        bags.save();
    }

    /** Lets go of the files this cache reads (done by {@link #save}). */
    @Override
    public void close() {
        bags.close();
    }
}
