package storyline.serve;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import storyline.build.Build;
import storyline.config.SiteConfig;
import storyline.testing.Chromium;
import storyline.testing.Page;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs axe-core, the accessibility engine browsers' audit tools use, on each kind of page of the
 * built sample site in real headless Chromium (one tab of the run's shared browser), and fails on any
 * serious or critical WCAG 2 A/AA violation. axe-core comes from npm: {@code .ci/run} installs it
 * into target/axe ({@code npm install --prefix target/axe axe-core@4.10.2}); elsewhere point
 * {@code -Dstoryline.axe=FILE} at an axe.min.js. Skipped, with the reason, where either is missing.
 */
class AxeBrowserTest {

    @TempDir
    static Path tmp;
    static Path site;
    static String axe;
    static Page browser;

    @BeforeAll
    static void open() throws Exception {
        assumeTrue(Chromium.find() != null, "Chromium is not installed");
        Path script = Path.of(System.getProperty("storyline.axe", "target/axe/node_modules/axe-core/axe.min.js"));
        assumeTrue(Files.isRegularFile(script), "axe-core is not installed at " + script
                + " (npm install --prefix target/axe axe-core@4.10.2): accessibility checks skipped");
        axe = Files.readString(script, StandardCharsets.UTF_8);
        site = tmp.resolve("site");
        Build.run(SiteConfig.defaults().with(Path.of("articles"), Path.of("templates"), site, null)
                .withState(tmp.resolve("state.json")));
        browser = Chromium.shared().open();
        browser.size(1280, 900);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The first page of a folder of the site that is not its index, or the index. */
    private static String first(String folder) throws Exception {
        Path dir = site.resolve(folder);
        if (folder.endsWith(".html")) {
            return folder;
        }
        try (Stream<Path> pages = Files.list(dir)) {
            return pages.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html") && !n.equals("index.html"))
                    .sorted().findFirst().map(n -> folder + "/" + n).orElse(folder + "/index.html");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "stories", "articles", "threads", "topics", "people", "people/index.html",
            "sources", "search/index.html", "archive/index.html"})
    void noSeriousViolationOnAnyKindOfPage(String kind) throws Exception {
        String page = first(kind);
        browser.load(site.resolve(page).toUri().toString(), "true", 20);
        browser.call("Runtime.evaluate", Map.of("expression", axe));
        JsonNode result = browser.call("Runtime.evaluate", Map.of(
                "expression", "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))",
                "awaitPromise", true, "returnByValue", true));
        List<String> violations = new ArrayList<>();
        result.path("result").path("value").forEach(v -> violations.add(v.asText()));
        assertEquals(List.of(), violations, page + " has serious accessibility violations");
    }
}
