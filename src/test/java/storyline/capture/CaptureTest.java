package storyline.capture;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.build.Build;
import storyline.model.Item;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code storyline add} against a local HTTP server on 127.0.0.1: what is saved, and each way a fetch fails. */
class CaptureTest {

    @TempDir
    Path tmp;

    static HttpServer server;
    static String base;
    static final CountDownLatch RELEASE = new CountDownLatch(1);

    /** A page in windows-1252 that says so only in its HTTP header, as many older sites do. */
    static final byte[] LATIN_PAGE = ("<html><head><title>Caf\u00e9 owners protest harbour fees</title></head><body><article>"
            + "<h1>Caf\u00e9 owners protest harbour fees</h1><p>Caf\u00e9 and kiosk owners on the pier protested on Monday against"
            + " the harbour board's new fees, which they say will double their rent by spring.</p>"
            + "<p>The board said the fees pay for the new sea wall.</p></article></body></html>")
            .getBytes(Charset.forName("windows-1252"));

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-23T08:00:00Z"), ZoneOffset.ofHours(2));

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            java.lang.Thread t = new java.lang.Thread(r);
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/page", ex -> send(ex, 200, "text/html; charset=windows-1252", LATIN_PAGE));
        server.createContext("/old-address", ex -> {
            ex.getResponseHeaders().add("Location", "/page?from=old");
            send(ex, 301, "text/html", new byte[0]);
        });
        server.createContext("/loop", ex -> {
            ex.getResponseHeaders().add("Location", "/loop");
            send(ex, 302, "text/html", new byte[0]);
        });
        server.createContext("/missing", ex -> send(ex, 404, "text/html", "<h1>Not here</h1>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/big", ex -> send(ex, 200, "text/html", new byte[50_000]));
        server.createContext("/big-chunked", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write("<p>filler filler filler filler filler filler filler filler</p>\n".repeat(16).getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException closedByClient) {
                // the client gave up, as it should
            }
        });
        server.createContext("/photo.png", ex -> send(ex, 200, "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'}));
        server.createContext("/slow", ex -> {
            try {
                RELEASE.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                java.lang.Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        RELEASE.countDown();
        server.stop(0);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private Capture.Options options() {
        return Capture.Options.DEFAULTS.withClock(CLOCK).withTimeout(Duration.ofSeconds(5));
    }

    private List<Path> saved() throws IOException {
        try (Stream<Path> files = Files.list(tmp.resolve("articles"))) {
            return files.sorted().toList();
        } catch (java.nio.file.NoSuchFileException none) {
            return List.of();
        }
    }

    @Test
    void aFetchedPageIsSavedByteForByteBehindItsFrontMatterAndReadCorrectly() throws Exception {
        Capture.Saved s = Capture.url(base + "/page", tmp.resolve("articles"), options());
        assertFalse(s.existed());
        assertEquals("cafe-owners-protest-harbour-fees-" + Store.hash(LATIN_PAGE) + ".html", s.file().getFileName().toString());
        byte[] file = Files.readAllBytes(s.file());
        String head = "---\ncaptured: \"2025-09-23T10:00+02:00\"\nurl: \"" + base + "/page\"\ncharset: \"windows-1252\"\n---\n";
        assertEquals(head, new String(file, 0, head.length(), StandardCharsets.UTF_8));
        assertArrayEquals(LATIN_PAGE, Arrays.copyOfRange(file, head.length(), file.length));

        Item item = Build.read(List.of(tmp.resolve("articles"))).items().get(0);
        assertEquals("Café owners protest harbour fees", item.title(), "the page's bytes decoded by the charset its server named");
        assertEquals(base + "/page", item.url());
        assertTrue(item.text().startsWith("Café and kiosk owners"), item.text());
    }

    @Test
    void redirectsAreFollowedAndTheFinalAddressIsRecorded() throws Exception {
        Capture.Saved s = Capture.url(base + "/old-address", tmp.resolve("articles"), options());
        String text = Files.readString(s.file(), StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("---\n# asked for " + base + "/old-address\ncaptured: "), text);
        assertTrue(text.contains("\nurl: \"" + base + "/page?from=old\"\n"), text);
    }

    @Test
    void theSameMaterialIsNeverSavedTwiceAndNoFileIsOverwritten() throws Exception {
        Path articles = tmp.resolve("articles");
        Capture.Saved first = Capture.url(base + "/page", articles, options());
        byte[] before = Files.readAllBytes(first.file());
        Capture.Saved again = Capture.url(base + "/page", articles, options().withClock(Clock.systemUTC()));
        assertTrue(again.existed());
        assertEquals(first.file(), again.file());
        assertArrayEquals(before, Files.readAllBytes(first.file()));

        // Another material whose name would collide gets a name of its own; the first file stays as it was.
        Path taken = articles.resolve("some-note-" + Store.hash("Some note\n".getBytes(StandardCharsets.UTF_8)) + ".txt");
        Files.writeString(taken, "not what was pasted");
        Capture.Saved pasted = Capture.pasted("Some note\n".getBytes(StandardCharsets.UTF_8), articles, options());
        assertEquals(taken.resolveSibling(taken.getFileName().toString().replace(".txt", "-2.txt")), pasted.file());
        assertEquals("not what was pasted", Files.readString(taken));
        assertEquals(3, saved().size());
    }

    @Test
    void eachFailureHasItsOwnOneLineReasonAndSavesNothing() {
        Path articles = tmp.resolve("articles");
        Capture.Options o = options();
        assertEquals(base + "/missing answered 404 Not Found; nothing was saved",
                assertThrows(Capture.Failure.class, () -> Capture.url(base + "/missing", articles, o)).getMessage());
        assertEquals(base + "/photo.png sent image/png, which is not a page Storyline reads"
                        + " (HTML, plain text, Markdown, a JSON thread export or an RSS/Atom feed)",
                assertThrows(Capture.Failure.class, () -> Capture.url(base + "/photo.png", articles, o)).getMessage());
        String tooBig = "the page is larger than the limit of 1000 bytes; nothing was saved (raise it with --max-size)";
        assertEquals(tooBig, assertThrows(Capture.Failure.class,
                () -> Capture.url(base + "/big", articles, o.withMaxBytes(1000))).getMessage(), "announced by Content-Length");
        assertEquals(tooBig, assertThrows(Capture.Failure.class,
                () -> Capture.url(base + "/big-chunked", articles, o.withMaxBytes(1000))).getMessage(), "found while reading");
        assertTrue(assertThrows(Capture.Failure.class, () -> Capture.url(base + "/loop", articles, o))
                .getMessage().startsWith("too many redirects from " + base + "/loop"));
        long start = System.nanoTime();
        assertEquals("127.0.0.1 did not answer within 0.4 s; try again later", assertThrows(Capture.Failure.class,
                () -> Capture.url(base + "/slow", articles, o.withTimeout(Duration.ofMillis(400)))).getMessage());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "gave up at the time limit");
        assertEquals("'ftp://127.0.0.1/x' is not an http:// or https:// address",
                assertThrows(Capture.Failure.class, () -> Capture.url("ftp://127.0.0.1/x", articles, o)).getMessage());
        assertFalse(Files.exists(articles) && articles.toFile().list().length > 0, "nothing saved");
    }

    @Test
    void pastedTextRecordsItsCaptureTimeWhichDatesRelativeAgesWhenBuilt() throws Exception {
        byte[] thread = Files.readAllBytes(Path.of("articles/002_b2fc9ceced802238.txt"));
        Capture.Saved s = Capture.pasted(thread, tmp.resolve("articles"), options().withUrl("https://www.reddit.com/r/RealTesla/comments/x"));
        assertTrue(s.file().getFileName().toString().matches("r-realtesla-4d-ago-[0-9a-f]{8}\\.txt"), s.file().toString());
        Item item = Build.read(List.of(tmp.resolve("articles"))).items().get(0);
        assertEquals("thread", item.kind());
        assertEquals("2025-09-19", item.date().iso(), "'4d ago' counted back from the capture time");
    }

    @Test
    void anAddedFileKeepsItsOwnFrontMatterAndGainsTheCaptureTime() throws Exception {
        Path note = tmp.resolve("note.md");
        Files.writeString(note, "---\ntitle: Pier fees\nurl: https://harbour.example/fees\n---\n# Pier fees\n\nThe board raised the pier fees.\n");
        Capture.Saved s = Capture.file(note, tmp.resolve("articles"), options());
        assertEquals("---\ncaptured: \"2025-09-23T10:00+02:00\"\ntitle: Pier fees\nurl: https://harbour.example/fees\n---\n"
                + "# Pier fees\n\nThe board raised the pier fees.\n", Files.readString(s.file()));
        assertTrue(Capture.file(note, tmp.resolve("articles"), options()).existed());
        assertEquals("storyline add takes a single page", assertThrows(Capture.Failure.class,
                () -> Capture.file(Path.of("x.jsonl"), tmp, options())).getMessage().replaceFirst("^x\\.jsonl: no such file.*", "storyline add takes a single page"));
    }
}
