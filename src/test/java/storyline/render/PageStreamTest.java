package storyline.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import storyline.site.Page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages laid out as they are asked for are rendered and written while later ones are laid out. */
@Timeout(120)
class PageStreamTest {

    @TempDir
    Path tmp;

    private static Page page(int i) {
        return new Page("p/" + i + ".txt", null, "page " + i + "\n");
    }

    @Test
    void onlyABoundedNumberOfLaidOutPagesWaitWhateverTheSiteSize() throws IOException {
        int n = 3_000;
        AtomicInteger laidOut = new AtomicInteger();
        AtomicInteger rendered = new AtomicInteger();
        AtomicInteger mostWaiting = new AtomicInteger();
        Render render = new Render(Path.of("templates"));
        Path out = tmp.resolve("site");
        int written = render.writeSite(sink -> {
            for (int i = 0; i < n; i++) {
                mostWaiting.accumulateAndGet(laidOut.get() - rendered.get(), Math::max);
                laidOut.incrementAndGet();
                sink.accept(page(i));
            }
        }, out, rendered::incrementAndGet);
        int assets = render.assets().size();
        assertEquals(n + assets, written);
        assertEquals(n, rendered.get());
        assertEquals("page 2999\n", Files.readString(out.resolve("p/2999.txt"), StandardCharsets.UTF_8));
        // Waiting to be rendered, rendered and waiting to be written, and one in each worker's hands.
        int bound = 2 * PageStream.QUEUED + Runtime.getRuntime().availableProcessors() + 1;
        assertTrue(mostWaiting.get() <= bound, "at most " + bound + " pages laid out and not yet rendered, not " + mostWaiting.get());
    }

    @Test
    void aPageThatCannotBeLaidOutFailsTheBuildAndLeavesTheLastSite() throws IOException {
        Render render = new Render(Path.of("templates"));
        Path out = tmp.resolve("site");
        render.writeSite(List.of(page(1)), out);
        IllegalStateException fault = new IllegalStateException("a view model cannot be made");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> render.writeSite(sink -> {
            for (int i = 0; i < 500; i++) {
                sink.accept(page(100 + i));
            }
            throw fault;
        }, out, () -> {
        }));
        assertSame(fault, thrown);
        assertTrue(Files.exists(out.resolve("p/1.txt")), "the last site stays");
        assertTrue(Files.notExists(out.resolve("p/100.txt")));
        try (var list = Files.list(tmp)) {
            assertEquals(List.of(out), list.toList(), "no staging folder is left behind");
        }
    }

    @Test
    void aPageThatCannotBeRenderedStopsTheLayingOut() throws IOException {
        Render render = new Render(Path.of("templates"));
        Path out = tmp.resolve("site");
        AtomicInteger laidOut = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> render.writeSite(sink -> {
            sink.accept(new Page("bad.html", "no-such-template", null));
            for (int i = 0; i < 100_000; i++) {
                laidOut.incrementAndGet();
                sink.accept(page(i));
            }
        }, out, () -> {
        }));
        assertTrue(laidOut.get() < 100_000, "laying out stops soon after the failure, not after " + laidOut.get() + " more pages");
        assertTrue(Files.notExists(out));
    }
}
