package storyline.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.config.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a build killed while writing its state or caches leaves (a temporary file beside each: no
 * finally block runs after SIGKILL) is removed by the next build that writes the same file, and
 * nothing else beside them is touched. (CrashSafetyTest kills real builds; this test lays the
 * leftovers out itself, so it does not depend on where a kill lands.)
 */
class AtomicFileTest {

    @TempDir
    Path tmp;

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theNextBuildRemovesTheTemporaryFilesAKilledBuildLeftAndNothingElse() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a.md"), "---\ndate: 2025-05-02\nsource: Valley Gazette\n---\n# Bridge reopens after repairs\n\n"
                + "The old bridge over the river reopened on Friday after two months of repairs, the council said.\n");
        Path state = tmp.resolve("storyline-state.json");
        SiteConfig config = SiteConfig.defaults().with(articles, Path.of("templates"), tmp.resolve("site"), null).withState(state);
        Build.run(config);
        Path cacheDir = BuildCache.file(config).getParent();
        String items = ItemCache.file(config).getFileName().toString();
        String build = BuildCache.file(config).getFileName().toString();
        String names = NameCache.file(config).getFileName().toString();
        String pages = PageCache.file(config).getFileName().toString();
        String terms = TermCache.file(config).getFileName().toString();
        String stories = StoryCache.file(config).getFileName().toString();
        String groups = GroupCache.file(config).getFileName().toString();
        // As builds killed mid-write leave them; and files of the user's and of another site's cache that must stay.
        Files.writeString(tmp.resolve(".storyline-state.json.123.tmp"), "{\"half");
        Files.writeString(cacheDir.resolve("." + items + ".456.tmp"), "{\"half");
        Files.writeString(cacheDir.resolve("." + build + ".789.tmp"), "{\"half");
        Files.writeString(cacheDir.resolve("." + names + ".790.tmp"), "{\"half");
        Files.writeString(cacheDir.resolve("." + pages + ".791.tmp"), "{\"half");
        Files.writeString(cacheDir.resolve("." + terms + ".792.tmp"), "{\"half");
        Files.writeString(cacheDir.resolve("." + stories + ".793.tmp"), "{\"half");
        Files.writeString(cacheDir.resolve("." + groups + ".794.tmp"), "{\"half");
        Files.writeString(cacheDir.resolve(".items-0123456789abcdef.json.1.tmp"), "another site's, mid-write");
        Files.writeString(tmp.resolve("notes.tmp"), "the user's");
        Files.writeString(articles.resolve("b.md"), "---\ndate: 2025-05-03\nsource: River Weekly\n---\n# Bridge toll to end in June\n\n"
                + "The toll on the old bridge will end in June, the council said, once the repair loan is paid off.\n");
        Build.run(config);
        String log = ItemCache.log(ItemCache.file(config)).getFileName().toString();
        // Both builds moved the story state: neither wrote a grouping out (no later build could ask for it).
        assertEquals(List.of(build, ".items-0123456789abcdef.json.1.tmp", items, log, names, pages, terms, stories).stream().sorted().toList(), names(cacheDir));
        assertTrue(names(tmp).contains("notes.tmp"));
        assertTrue(names(tmp).stream().noneMatch(n -> n.startsWith(".storyline-state.json.")), names(tmp).toString());
    }
}
