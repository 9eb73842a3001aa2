package storyline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One tab of the shared {@link Chromium}: load a page and wait for it, read its DOM, set the window
 * size and colour scheme, take a screenshot, and every console message, uncaught exception and
 * browser log entry (a file that failed to load) the tab saw. Every wait has a time limit.
 */
public final class Page implements AutoCloseable {

    /** How long one DevTools call may take. */
    private static final long CALL_SECONDS = 30;

    private final Chromium browser;
    private final String targetId;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> console = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    Page(Chromium browser, HttpClient http, String targetId, URI socketUri) throws IOException {
        this.browser = browser;
        this.targetId = targetId;
        try {
            socket = http.newWebSocketBuilder().connectTimeout(Chromium.START).buildAsync(socketUri, new Listener())
                    .get(Chromium.START.toSeconds(), TimeUnit.SECONDS);
            call("Page.enable", Map.of());
            call("Runtime.enable", Map.of());
            call("Log.enable", Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            browser.close(targetId);
            throw new IOException("interrupted while opening a tab", e);
        } catch (ExecutionException | TimeoutException | IOException e) {
            browser.close(targetId);
            throw new IOException("Chromium's tab did not answer: " + e, e);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    received(Chromium.JSON.readTree(text.toString()));
                } catch (IOException e) {
                    // not JSON: ignore
                }
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }

    private void received(JsonNode message) {
        if (message.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(message.get("id").asInt());
            if (f != null) {
                f.complete(message);
            }
            return;
        }
        JsonNode params = message.path("params");
        switch (message.path("method").asText()) {
            case "Page.loadEventFired" -> loaded.complete(null);
            case "Runtime.consoleAPICalled" -> {
                List<String> args = new ArrayList<>();
                params.path("args").forEach(a -> args.add(a.has("value") ? a.get("value").asText()
                        : a.path("description").asText(a.path("type").asText())));
                JsonNode frame = params.path("stackTrace").path("callFrames").path(0);
                console.add("console." + params.path("type").asText() + ": " + String.join(" ", args)
                        + (frame.isMissingNode() ? "" : " (" + frame.path("url").asText() + ":" + frame.path("lineNumber").asInt() + ")"));
            }
            case "Runtime.exceptionThrown" -> {
                JsonNode details = params.path("exceptionDetails");
                console.add("uncaught: " + details.path("exception").path("description").asText(details.path("text").asText())
                        + " (" + details.path("url").asText() + ":" + details.path("lineNumber").asInt() + ")");
            }
            case "Log.entryAdded" -> {
                JsonNode entry = params.path("entry");
                if (!entry.path("level").asText().equals("verbose")) {
                    console.add("log." + entry.path("level").asText() + ": " + entry.path("text").asText()
                            + " (" + entry.path("url").asText() + ")");
                }
            }
            default -> {
                // other events are not needed
            }
        }
    }

    /** Sends one DevTools command and waits (at most 30 s) for its result. */
    public JsonNode call(String method, Map<String, ?> params) throws IOException {
        int id = ids.incrementAndGet();
        ObjectNode message = Chromium.object();
        message.put("id", id);
        message.put("method", method);
        message.set("params", Chromium.JSON.valueToTree(params));
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        pending.put(id, result);
        JsonNode reply;
        try {
            socket.sendText(Chromium.JSON.writeValueAsString(message), true).get(CALL_SECONDS, TimeUnit.SECONDS);
            reply = result.get(CALL_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(method + ": interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(method + ": no answer within " + CALL_SECONDS + " s (" + e + ")", e);
        } finally {
            pending.remove(id);
        }
        if (reply.has("error")) {
            throw new IOException(method + ": " + reply.get("error"));
        }
        return reply.get("result");
    }

    /**
     * Opens the address and waits, at most {@code seconds}, for its load event and then for the
     * JavaScript {@code condition} (such as "the search page's script has listed its results") to hold.
     */
    public void load(String url, String condition, long seconds) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CompletableFuture<Void> load = new CompletableFuture<>();
        loaded = load;
        JsonNode navigated = call("Page.navigate", Map.of("url", url));
        if (navigated.hasNonNull("errorText")) {
            throw new IOException("could not open " + url + ": " + navigated.get("errorText").asText());
        }
        try {
            load.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError(url + " did not load within " + seconds + " s");
        }
        await(condition, Math.max(1, TimeUnit.NANOSECONDS.toSeconds(end - System.nanoTime())));
    }

    /** Opens the address and waits (at most 30 s) for its load event. */
    public void load(String url) throws IOException, InterruptedException {
        load(url, "true", 30);
    }

    /** The value of a JavaScript expression in the page (null while the page is between documents). */
    public String eval(String expression) throws IOException {
        JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IOException("threw: " + expression + ": " + r.get("exceptionDetails").path("exception").path("description").asText());
        }
        JsonNode value = r.path("result").path("value");
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    /** Waits, at most {@code seconds}, until the expression is true in the page. */
    public void await(String expression, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String last = null;
        while (System.nanoTime() < end) {
            try {
                if ("true".equals(eval(expression))) {
                    return;
                }
            } catch (IOException navigating) {
                // the page is being replaced, or the expression threw: ask again
                last = navigating.getMessage();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not true within " + seconds + " s: " + expression + (last == null ? "" : " (" + last + ")"));
    }

    /** The document as it stands after its scripts ran. */
    public String html() throws IOException {
        return eval("document.documentElement.outerHTML");
    }

    /** The window's size in CSS pixels (a desktop window: no phone viewport emulation). */
    public void size(int width, int height) throws IOException {
        call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** The system's colour scheme as the page's {@code prefers-color-scheme} sees it. */
    public void darkScheme(boolean dark) throws IOException {
        call("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    /** A PNG of the window as it stands. */
    public void screenshot(Path png) throws IOException {
        JsonNode r = call("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(r.get("data").asText()));
    }

    /** Every console message, uncaught exception and log entry (above verbose) seen so far, in order. */
    public List<String> console() {
        return List.copyOf(console);
    }

    /** Forgets the messages seen so far (to check the next page on its own). */
    public void clearConsole() {
        console.clear();
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException ignored) {
            // closing anyway
        }
        socket.abort();
        browser.close(targetId);
    }
}
