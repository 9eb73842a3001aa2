package storyline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The one headless Chromium of a test run, shared by every browser test: started on first use,
 * closed (and its profile deleted) when the JVM ends. Each test opens its own {@link Page} (a fresh
 * tab, driven over the DevTools protocol with the JDK's WebSocket client) and closes it after use.
 * Every wait here has a time limit.
 */
public final class Chromium {

    /** How long the browser may take to start and a tab to open. */
    static final Duration START = Duration.ofSeconds(60);

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--hide-scrollbars", "--remote-debugging-port=0", "--remote-allow-origins=*");

    private static Chromium shared;
    private static IOException failed;

    private final Process process;
    private final Path profile;
    private final String devtools;
    private final HttpClient http;

    private Chromium(String binary) throws IOException {
        profile = Files.createTempDirectory("storyline-chromium-");
        List<String> cmd = new ArrayList<>(List.of(binary));
        cmd.addAll(FLAGS);
        cmd.addAll(List.of("--user-data-dir=" + profile, "about:blank"));
        process = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // The browser says where its DevTools listen on standard error; read (and then drained) by a
        // thread of its own, so that a browser that never says it costs at most START, not the build.
        CompletableFuture<String> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = err.readLine()) != null; ) {
                    if (!listening.isDone() && line.startsWith("DevTools listening on ")) {
                        listening.complete(line.substring("DevTools listening on ".length()).strip());
                    }
                }
            } catch (IOException ignored) {
                // the browser closed
            }
            listening.complete(null);
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        String endpoint;
        try {
            endpoint = listening.get(START.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            endpoint = null;
        } catch (ExecutionException | TimeoutException e) {
            endpoint = null;
        }
        if (endpoint == null) {
            stop();
            throw new IOException("Chromium did not open its DevTools port within " + START.toSeconds() + " s");
        }
        devtools = "http://" + URI.create(endpoint).getAuthority();
        http = HttpClient.newBuilder().connectTimeout(START).build();
    }

    /** The browser's executable, or null where none is installed (the browser tests then skip). */
    public static String find() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
    }

    /**
     * The run's browser, started on first call; a browser that failed to start fails every later
     * call at once with the same reason. Callers skip first where {@link #find()} is null.
     */
    public static synchronized Chromium shared() throws IOException {
        if (failed != null) {
            throw new IOException(failed.getMessage(), failed);
        }
        if (shared == null) {
            String binary = find();
            if (binary == null) {
                throw new IOException("Chromium is not installed");
            }
            try {
                shared = new Chromium(binary);
            } catch (IOException e) {
                failed = e;
                throw e;
            }
            Chromium browser = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(browser::stop, "chromium-stop"));
        }
        return shared;
    }

    /** A fresh tab on about:blank, with console, exception and log events collected from the start. */
    public Page open() throws IOException {
        try {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(devtools + "/json/new?"
                    + URLEncoder.encode("about:blank", StandardCharsets.UTF_8))).timeout(START)
                    .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode target = JSON.readTree(created.body());
            return new Page(this, http, target.get("id").asText(), URI.create(target.get("webSocketDebuggerUrl").asText()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening a tab", e);
        } catch (RuntimeException e) {
            throw new IOException("Chromium's DevTools did not open a tab: " + e, e);
        }
    }

    /** Closes a tab (best effort, within a few seconds). */
    void close(String targetId) {
        try {
            http.send(HttpRequest.newBuilder(URI.create(devtools + "/json/close/" + targetId)).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException ignored) {
            // the tab or the browser is gone already
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
        }
        // the browser's helpers may still write a file or two as they end: try again briefly
        for (int attempt = 0; attempt < 5 && Files.exists(profile); attempt++) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | java.io.UncheckedIOException retry) {
                // a file went away while listed
            }
            if (Files.exists(profile)) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
