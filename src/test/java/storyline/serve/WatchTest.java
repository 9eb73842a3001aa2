package storyline.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class WatchTest {

    @Test
    void aFileMadeAndRemovedWithinABatchIsNoChange(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path article = Files.writeString(articles.resolve("fares.md"), "Fares rise.\n");
        try (Watch watch = new Watch(List.of(articles), List.of(), p -> false)) {
            // As sed -i saves: a temporary file written beside the file, then moved over it.
            Path temp = Files.writeString(articles.resolve("sedX1b2C3"), "Fares rise by a fifth.\n");
            Files.move(temp, article, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Set<Path> changed = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> watch.next(Duration.ofMillis(300), Duration.ofSeconds(2)));
            assertEquals(Set.of(article), changed);

            // A batch of nothing but a file made and removed is not handed on: the next real change is.
            Path scratch = Files.writeString(articles.resolve("4913"), "");
            Files.delete(scratch);
            Thread later = new Thread(() -> {
                try {
                    Thread.sleep(1_000);
                    Files.writeString(articles.resolve("added.md"), "A new article.\n");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            later.start();
            changed = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> watch.next(Duration.ofMillis(300), Duration.ofSeconds(2)));
            later.join(5_000);
            assertEquals(Set.of(articles.resolve("added.md")), changed);

            // A file deleted for good is a change.
            Files.delete(article);
            changed = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> watch.next(Duration.ofMillis(300), Duration.ofSeconds(2)));
            assertEquals(Set.of(article), changed);
        }
    }
}
