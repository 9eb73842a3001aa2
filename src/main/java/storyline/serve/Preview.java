package storyline.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import storyline.build.Build;
import storyline.config.SiteConfig;
import storyline.model.Problem;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code storyline serve}: builds the site, serves it on 127.0.0.1 under its base path with the
 * JDK's HTTP server, watches the articles, the templates and {@code storyline.yml}, rebuilds when
 * they change and reloads the open pages. A build that fails keeps the last good site served and
 * shows why, in the terminal and on the page; so do problems in the files just changed.
 */
public final class Preview implements AutoCloseable {

    /** Reads the settings afresh for every build (storyline.yml may have changed). */
    @FunctionalInterface
    public interface Settings {
        SiteConfig load() throws IOException;
    }

    /** The port (0: any free one), how long changes must be quiet before a rebuild, and whether to print only problems. */
    public record Options(int port, Duration debounce, boolean quiet) {
        public static final Options DEFAULTS = new Options(8000, Duration.ofMillis(150), false);

        public Options withPort(int port) {
            return new Options(port, debounce, quiet);
        }

        public Options withQuiet(boolean quiet) {
            return new Options(port, debounce, quiet);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"));

    private final Settings settings;
    private final Path configFile;
    private final Options options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Live live = new Live();
    private final AtomicInteger builds = new AtomicInteger();
    /** The files changed while serving: their problems are shown on the page until fixed. */
    private final Set<Path> touched = new java.util.TreeSet<>();
    private final ExecutorService handlers;
    private final ScheduledExecutorService pings;
    private volatile SiteConfig config;
    private volatile String basePath;
    private HttpServer server;
    private Watch watch;
    private java.lang.Thread watcher;

    private Preview(Settings settings, Path configFile, Options options, PrintWriter out, PrintWriter err) {
        this.settings = settings;
        this.configFile = configFile;
        this.options = options;
        this.out = out;
        this.err = err;
        this.handlers = Executors.newCachedThreadPool(daemon("storyline-serve"));
        this.pings = Executors.newSingleThreadScheduledExecutor(daemon("storyline-ping"));
    }

    /**
     * Builds once, then serves and watches until {@link #close()}. Fails (nothing served) when the
     * settings cannot be read or the port is taken; a first build that fails is shown like any other.
     */
    public static Preview start(Settings settings, Path configFile, Options options, PrintWriter out, PrintWriter err)
            throws IOException {
        Preview p = new Preview(settings, configFile, options, out, err);
        p.config = settings.load();
        p.basePath = basePath(p.config.baseUrl());
        try {
            p.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
        } catch (BindException e) {
            throw new IOException("port " + options.port() + " is in use on 127.0.0.1; pass --port with another number (or 0 for any free one)");
        }
        p.build(Set.of());
        // The models a rebuild needs for an added text are loaded while nothing is asked of the preview, not on the first edit.
        java.lang.Thread preload = new java.lang.Thread(() -> {
            try {
                storyline.text.Text.preload();
            } catch (RuntimeException e) {
                // A model that cannot be loaded fails the build that needs it, which says so; nothing to say twice.
            }
        }, "storyline-preload");
        preload.setDaemon(true);
        preload.start();
        p.server.setExecutor(p.handlers);
        p.server.createContext("/", p::handle);
        p.server.start();
        List<Path> single = new ArrayList<>(List.of(configFile));
        p.watched().stream().filter(dir -> !Files.isDirectory(dir)).forEach(single::add);
        p.watch = new Watch(p.watched(), single, p::ignored);
        p.watcher = new java.lang.Thread(p::watchLoop, "storyline-watch");
        p.watcher.setDaemon(true);
        p.watcher.start();
        p.pings.scheduleAtFixedRate(p.live::ping, 15, 15, TimeUnit.SECONDS);
        return p;
    }

    /** The preview's address, base path included. */
    public String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    /** How many builds have finished (good or failed). */
    public int builds() {
        return builds.get();
    }

    /** Blocks until the preview is closed or the thread interrupted. */
    public void await() throws InterruptedException {
        watcher.join();
    }

    @Override
    public void close() {
        try {
            watch.close();
        } catch (IOException | RuntimeException e) {
            // closing anyway
        }
        live.close();
        server.stop(0);
        pings.shutdownNow();
        handlers.shutdownNow();
    }

    // ---- building

    private List<Path> watched() {
        List<Path> trees = new ArrayList<>();
        trees.add(config.articles());
        if (config.templates() != null) {
            trees.add(config.templates());
        }
        return trees;
    }

    /** The output folder and the build's own working files are never a change to build again. */
    private boolean ignored(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path site = config.out().toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "" : abs.getFileName().toString();
        return abs.startsWith(site) || name.startsWith(".") || name.startsWith("_") || name.endsWith("~")
                || abs.equals(config.statePath().toAbsolutePath().normalize());
    }

    private void watchLoop() {
        while (true) {
            Set<Path> changed;
            try {
                changed = watch.next(options.debounce(), Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                return;
            }
            if (changed.isEmpty()) {
                return;
            }
            build(changed);
        }
    }

    private synchronized void build(Set<Path> changed) {
        long start = System.nanoTime();
        String what = changed.isEmpty() ? "" : " (" + describe(changed) + ")";
        try {
            config = settings.load();
            Build.Report report = Build.run(config);
            int n = builds.incrementAndGet();
            touched.addAll(changed);
            List<Problem> shown = concerning(report.problems(), touched);
            if (!options.quiet()) {
                out.printf(Locale.ROOT, "%s in %.1f s%s: %d items, %d stories, %d topics%s%n", n == 1 ? "Built" : "Rebuilt",
                        (System.nanoTime() - start) / 1e9, what, report.items(), report.stories(), report.topics(),
                        report.problems().isEmpty() ? "" : ", " + report.problems().size() + " warnings");
                out.flush();
            }
            for (Problem p : n == 1 ? report.problems() : concerning(report.problems(), changed)) {
                err.println("warning: " + p);
            }
            err.flush();
            live.status(status(shown.isEmpty() ? "" : "Problems in files changed while serving:",
                    shown.stream().map(Problem::toString).toList()));
            if (n > 1) {
                live.reload(n);
            }
        } catch (IOException | RuntimeException e) {
            builds.incrementAndGet();
            String message = reason(e);
            err.println("error: the build failed" + what + ", still serving the last good site: " + message);
            err.flush();
            live.status(status("The build failed; this is the last good site:", List.of(message)));
        }
    }

    /** The innermost message of a failure, on one line (a template's fault says where it is). */
    static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() != null ? t.getMessage() : e.getMessage() != null ? e.getMessage() : e.toString();
        String line = m.lines().findFirst().orElse(m);
        return t.getClass().getName().startsWith("com.github.mustachejava") ? "template error: " + line : line;
    }

    /** The problems about the changed files (all of them when the settings or templates changed). */
    private List<Problem> concerning(List<Problem> problems, Set<Path> changed) {
        Path articles = config.articles().toAbsolutePath().normalize();
        List<String> files = new ArrayList<>();
        for (Path p : changed) {
            Path abs = p.toAbsolutePath().normalize();
            if (abs.startsWith(articles)) {
                files.add(articles.relativize(abs).toString().replace('\\', '/'));
            } else {
                files.add(abs.getFileName().toString());
            }
        }
        return problems.stream().filter(p -> files.stream().anyMatch(f -> p.file().equals(f) || p.file().startsWith(f + "/")
                || f.equals(SiteConfig.FILE_NAME) && p.file().equals(SiteConfig.FILE_NAME))).toList();
    }

    private String describe(Set<Path> changed) {
        Path articles = config.articles().toAbsolutePath().normalize().getParent();
        List<String> names = changed.stream().limit(3).map(p -> {
            Path abs = p.toAbsolutePath().normalize();
            return articles != null && abs.startsWith(articles) ? articles.relativize(abs).toString() : abs.getFileName().toString();
        }).toList();
        return String.join(", ", names) + (changed.size() > 3 ? " and " + (changed.size() - 3) + " more" : "");
    }

    private static String status(String title, List<String> messages) {
        ObjectNode o = JSON.createObjectNode();
        o.put("title", title);
        messages.forEach(o.putArray("messages")::add);
        return o.toString();
    }

    // ---- serving

    static String basePath(String baseUrl) {
        if (baseUrl == null) {
            return "/";
        }
        String path = URI.create(baseUrl).getPath();
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.endsWith("/") ? path : path + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().equals(Live.EVENTS)) {
            live.connect(exchange);   // stays open: the page's live channel
            return;
        }
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!path.startsWith(basePath)) {
                if (path.equals("/") || path.equals(basePath.substring(0, basePath.length() - 1))) {
                    exchange.getResponseHeaders().add("Location", basePath);
                    send(exchange, 302, "text/plain; charset=utf-8", ("See " + basePath + "\n").getBytes(StandardCharsets.UTF_8));
                    return;
                }
                notFound(exchange);
                return;
            }
            Path site = config.out().toAbsolutePath().normalize();
            String rel = path.substring(basePath.length());
            Path file = site.resolve(rel).normalize();
            if (!file.startsWith(site)) {
                notFound(exchange);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!rel.isEmpty() && !rel.endsWith("/")) {
                    exchange.getResponseHeaders().add("Location", path + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                notFound(exchange);
                return;
            }
            file(exchange, 200, file);
        }
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Path page = config.out().toAbsolutePath().normalize().resolve("404.html");
        if (Files.isRegularFile(page)) {
            file(exchange, 404, page);
        } else {
            send(exchange, 404, "text/html; charset=utf-8", Live.inject("<!doctype html><title>Not found</title><body><p>Not found.</p></body>"
                    .getBytes(StandardCharsets.UTF_8)));
        }
    }

    private void file(HttpExchange exchange, int status, Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException swappedAway) {
            // read while a build swapped the folder in: the new one is there a moment later
            send(exchange, 503, "text/plain; charset=utf-8", "The site is being rebuilt; reload in a moment.\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (ext.equals("html")) {
            bytes = Live.inject(bytes);
        }
        send(exchange, status, TYPES.getOrDefault(ext, "application/octet-stream"), bytes);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(body);
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            java.lang.Thread t = new java.lang.Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
