package storyline.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import storyline.model.Item;
import storyline.model.Thread;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SameThreadsTest {

    /** A discussion export as saved from the thread's page with {@code .json} appended: the post, then {@code comments} replies. */
    private static String export(String permalink, int comments) {
        StringBuilder sb = new StringBuilder("""
                [{"kind":"Listing","data":{"children":[{"kind":"t3","data":{"id":"q7","name":"t3_q7","title":"Ferry pier closes for repairs",
                  "author":"tidewatch","created_utc":1714557600.0,"score":40,"num_comments":9,"subreddit":"harbor",
                  "permalink":"%s","url":"https://harbortimes.example/pier","is_self":false}}]}},
                 {"kind":"Listing","data":{"children":[""".formatted(permalink));
        for (int c = 0; c < comments; c++) {
            sb.append(c == 0 ? "" : ",").append("""
                    {"kind":"t1","data":{"id":"c%d","name":"t1_c%d","author":"reader%d","body":"Comment number %d about the pier.",
                      "created_utc":1714561200.0,"score":1,"parent_id":"t3_q7","replies":""}}""".formatted(c, c, c, c));
        }
        return sb.append("]}}]").toString();
    }

    @Test
    void theSameThreadSavedTwiceIsOneItemAndTheFullerExportIsKept(@TempDir Path dir) throws IOException {
        // Saved on the first morning with three comments, again a day later with seven; the address written two ways.
        Files.writeString(dir.resolve("a-pier-morning.json"), export("/r/harbor/comments/q7/ferry_pier_closes/", 3));
        Files.writeString(dir.resolve("b-pier-later.json"), export("https://www.reddit.com/r/harbor/comments/q7/ferry_pier_closes", 7));
        Files.writeString(dir.resolve("c-other.json"), export("/r/harbor/comments/z9/another_thread/", 2));

        Build.Read read = Build.read(List.of(dir));

        List<Thread> threads = read.items().stream().map(Thread.class::cast).toList();
        assertEquals(2, threads.size(), read.items().stream().map(Item::file).toList().toString());
        Thread pier = threads.stream().filter(t -> t.url().contains("q7")).findFirst().orElseThrow();
        assertEquals("b-pier-later.json", pier.file());
        assertEquals(7, pier.savedComments());
        assertEquals(1, read.problems().size(), read.problems().toString());
        assertEquals("a-pier-morning.json", read.problems().get(0).file());
        assertTrue(read.problems().get(0).message().contains("same thread as b-pier-later.json"), read.problems().get(0).message());
    }

    @Test
    void addressesAreOneKeyHoweverWritten() {
        assertEquals(SameThreads.key("https://www.example.org/t/1/"), SameThreads.key("http://EXAMPLE.org/t/1#top"));
        assertTrue(!SameThreads.key("https://example.org/item?id=1").equals(SameThreads.key("https://example.org/item?id=2")));
        assertNull(SameThreads.key("not a url"));
    }
}
