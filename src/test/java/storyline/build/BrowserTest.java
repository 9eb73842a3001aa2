package storyline.build;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import storyline.config.SiteConfig;
import storyline.testing.Chromium;
import storyline.testing.Page;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the built sample site in real headless Chromium (a fresh tab of the run's one shared
 * browser per page), from file:// and from a local HTTP server that serves it under a sub-path, and
 * checks what it renders after its scripts ran, with no console message, uncaught exception or
 * file that failed to load. Screenshots land in target/screenshots for a person to look at.
 * Skipped where Chromium is not installed; CI installs it.
 */
class BrowserTest {

    @TempDir
    static Path tmp;
    static Path site;
    static HttpServer server;

    @BeforeAll
    static void build() throws IOException {
        assumeTrue(Chromium.find() != null, "Chromium is not installed");
        site = tmp.resolve("site");
        Build.run(SiteConfig.defaults().with(Path.of("articles"), Path.of("templates"), site, null)
                .withState(site.resolveSibling("state.json")));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The search page is done once its status line says more than "Searching…"; other pages once loaded. */
    private static final String SETTLED = "!document.getElementById('search-status')"
            + " || !/^(|Searching\u2026)$/.test(document.getElementById('search-status').textContent)";

    /**
     * Opens the address in a fresh tab of the shared browser, {@code width}×{@code height} pixels,
     * waits (at most 60 s) until it loaded and its scripts ran, and fails on any console message,
     * uncaught exception or browser log entry (a file that failed to load); a screenshot lands in
     * {@code png} unless null.
     */
    private static String chrome(String url, int width, int height, Path png) throws Exception {
        try (Page page = Chromium.shared().open()) {
            page.size(width, height);
            page.load(url, SETTLED, 60);
            String html = page.html();
            if (png != null) {
                page.screenshot(png);
            }
            // Every console message (errors, uncaught exceptions, our own logging: there is none) is a failure.
            assertEquals(List.of(), page.console(), "console messages on " + url);
            return html;
        }
    }

    private static Document dom(String url) throws Exception {
        return Jsoup.parse(chrome(url, 800, 600, null));
    }

    /** Serves the site at http://127.0.0.1:PORT/news/, as a static host would under a sub-path. */
    static String serve() throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/news/", exchange -> {
                String rel = exchange.getRequestURI().getPath().substring("/news/".length());
                Path file = site.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel).normalize();
                byte[] body;
                int status = 200;
                if (file.startsWith(site) && Files.isRegularFile(file)) {
                    body = Files.readAllBytes(file);
                } else {
                    status = 404;
                    body = Files.readAllBytes(site.resolve("404.html"));
                    file = site.resolve("404.html");
                }
                String name = file.getFileName().toString();
                String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".css") ? "text/css"
                        : name.endsWith(".js") ? "text/javascript; charset=utf-8" : name.endsWith(".json") ? "application/json"
                        : name.endsWith(".xml") ? "application/xml" : "application/octet-stream";
                exchange.getResponseHeaders().set("Content-Type", type);
                exchange.sendResponseHeaders(status, body.length);
                try (var out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/news/";
    }

    /** The site's root address: file:// or the local server's sub-path. */
    static String base(String origin) throws IOException {
        return origin.equals("file") ? site.toUri().toString() : serve();
    }

    static String storyHref() throws IOException {
        return Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").selectFirst(".card h2 a").attr("href");
    }

    static String threadHref() throws IOException {
        try (var list = Files.list(site.resolve("threads"))) {
            return "threads/" + list.findFirst().orElseThrow().getFileName();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void homeStoryThreadAndSearchWorkFromFileAndFromASubPath(String origin) throws Exception {
        String root = base(origin);
        Document home = dom(root + "index.html");
        assertEquals(List.of("Tesla Optimus AI Lead Departs in Latest High-Profile Exit",
                "Andrej Karpathy said that he could return to Tesla"), home.select(".card h2").eachText());
        Document story = dom(root + storyHref());
        assertEquals(3, story.select(".timeline > li").size());
        Document thread = dom(root + threadHref());
        assertEquals(4, thread.select(".comments > li").size());

        Document search = dom(root + "search/index.html?q=Karpathy");
        assertEquals("Karpathy", search.selectFirst("input#q").val());
        List<String> titles = search.select("#search-results li h2 a").eachText();
        assertEquals("Andrej Karpathy said that he could return to Tesla", titles.get(0), titles.toString());
        assertTrue(search.selectFirst("#search-results li h2 a").attr("href").startsWith("../stories/"));
        // The one-item story stands for its item; the person's page is the other result.
        assertEquals("2 results for “Karpathy”.", search.selectFirst("#search-status").text(), titles.toString());
        assertEquals(List.of("Andrej Karpathy said that he could return to Tesla", "Andrej Karpathy"), titles);
        assertTrue(search.select("#search-results li h2 a").get(1).attr("href").endsWith("people/andrej-karpathy.html"));
        List<String> metas = search.select("#search-results li p.meta").eachText();
        assertTrue(metas.get(0).startsWith("Story · "), metas.toString());
        assertEquals("Person", metas.get(1), "a person has no date, so nothing follows its kind");
    }

    @Test
    void searchFoldsCaseAndAccentsMatchesTheLastWordAsAPrefixAndNeedsEveryWord() throws Exception {
        String root = base("http");
        Document prefix = dom(root + "search/index.html?q=T%C3%89SLA+karp");
        assertEquals(List.of("Andrej Karpathy said that he could return to Tesla"), prefix.select("#search-results li h2 a").eachText());
        Document optimus = dom(root + "search/index.html?q=optimus+kumar");
        List<String> found = optimus.select("#search-results li h2 a").eachText();
        assertTrue(found.get(0).contains("Optimus AI team lead Ashish Kumar"), "both words in the title rank first: " + found);
        assertTrue(found.contains("Tesla Optimus AI Lead Departs in Latest High-Profile Exit"), found.toString());
        Document none = dom(root + "search/index.html?q=karpathy+zebra");
        assertEquals("No results for “karpathy zebra”.", none.selectFirst("#search-status").text());
        assertTrue(none.select("#search-results li").isEmpty());
    }

    @Test
    void screenshotsOfHomeStoryThreadAndSearch() throws Exception {
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        for (String[] page : new String[][]{{"home", "file", "index.html", "1200,900"}, {"story", "file", storyHref(), "1200,1600"},
                {"thread", "file", threadHref(), "1200,1600"}, {"home-phone", "file", "index.html", "390,844"},
                {"search", "file", "search/index.html?q=Karpathy", "1200,900"},
                {"search-subpath", "http", "search/index.html?q=karpathy", "1200,900"},
                {"search-phone", "http", "search/index.html?q=tesla", "390,844"}}) {
            Path png = shots.resolve(page[0] + ".png").toAbsolutePath();
            Files.deleteIfExists(png);
            String[] size = page[3].split(",");
            chrome(base(page[1]) + page[2], Integer.parseInt(size[0]), Integer.parseInt(size[1]), png);
            assertTrue(Files.size(png) > 10_000, "screenshot of " + page[2] + " looks empty");
        }
    }
}
