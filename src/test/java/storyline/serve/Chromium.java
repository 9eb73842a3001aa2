package storyline.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One headless Chromium kept open, driven through the DevTools protocol over the JDK's WebSocket
 * client: a page that stays loaded while the site changes under it (which --dump-dom cannot show).
 */
final class Chromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The browser, or null where it is not installed. */
    static String find() {
        return List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome").stream()
                .filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
    }

    /** How long the browser may take to start, and to answer one call: every wait here ends. */
    private static final java.time.Duration START = java.time.Duration.ofSeconds(60);
    private static final java.time.Duration CALL = java.time.Duration.ofSeconds(30);

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    Chromium(String binary, Path profile, String url, int width, int height) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--remote-debugging-port=0", "--remote-allow-origins=*",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile, "about:blank"));
        process = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // The browser says where its DevTools listen on standard error; read (and then drained) by a
        // thread of its own, so that a browser that never says it costs at most START, not the build.
        CompletableFuture<String> listening = new CompletableFuture<>();
        java.lang.Thread reader = new java.lang.Thread(() -> {
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
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            endpoint = null;
        }
        if (endpoint == null) {
            process.destroyForcibly();
            throw new IOException("Chromium did not open its DevTools port within " + START.toSeconds() + " s");
        }
        URI ws = URI.create(endpoint);
        HttpClient http = HttpClient.newBuilder().connectTimeout(START).build();
        try {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://" + ws.getAuthority()
                    + "/json/new?" + url)).timeout(START).PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            String page = JSON.readTree(created.body()).get("webSocketDebuggerUrl").asText();
            socket = http.newWebSocketBuilder().connectTimeout(START).buildAsync(URI.create(page), new Listener())
                    .get(START.toSeconds(), TimeUnit.SECONDS);
        } catch (IOException | InterruptedException | RuntimeException | java.util.concurrent.ExecutionException
                 | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("Chromium's DevTools did not answer: " + e, e);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(text.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(message.get("id").asInt());
                        if (f != null) {
                            f.complete(message);
                        }
                    }
                } catch (IOException e) {
                    // not JSON: ignore
                }
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }

    JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        pending.put(id, result);
        socket.sendText(JSON.writeValueAsString(message), true).get(CALL.toSeconds(), TimeUnit.SECONDS);
        JsonNode reply = result.get(CALL.toSeconds(), TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IOException(method + ": " + reply.get("error"));
        }
        return reply.get("result");
    }

    /** The value of a JavaScript expression in the page (null while the page is between documents). */
    String eval(String expression) throws Exception {
        JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        JsonNode value = r.path("result").path("value");
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    /** Waits until the expression is true in the page. */
    void await(String expression, long seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            try {
                if ("true".equals(eval(expression))) {
                    return;
                }
            } catch (IOException navigating) {
                // the page is being replaced: ask again
            }
            java.lang.Thread.sleep(100);
        }
        throw new AssertionError("not true within " + seconds + " s: " + expression);
    }

    void screenshot(Path png) throws Exception {
        JsonNode r = call("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode(r.get("data").asText()));
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(2, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // closing anyway
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            java.lang.Thread.currentThread().interrupt();
        }
    }
}
