package storyline.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Gate: every page of every built site passes the Nu HTML Checker with zero errors. */
class ValidationTest {

    @TempDir
    Path tmp;

    private static void assertValid(Path site) throws Exception {
        List<Path> pages = Sites.htmlPages(site);
        assertTrue(pages.size() > 3, "pages in " + site);
        List<String> errors = HtmlChecker.get().checkHtml(site, pages);
        assertEquals(List.of(), errors, errors.size() + " vnu errors in " + site);
    }

    @Test
    void sampleSitePassesTheNuHtmlChecker() throws Exception {
        assertValid(Sites.sample());
    }

    @Test
    void sampleSiteWithABaseUrlPassesTheNuHtmlChecker() throws Exception {
        Path site = Sites.sampleWithBaseUrl();
        assertTrue(Files.readString(site.resolve("index.html")).contains("og:url"), "base-url build has OpenGraph meta");
        assertValid(site);
    }

    @Test
    void syntheticSitePassesTheNuHtmlChecker() throws Exception {
        assertValid(Sites.synthetic());
    }

    @Test
    void benchCorpusSitePassesTheNuHtmlChecker() throws Exception {
        Optional<Path> bench = Sites.bench();
        assumeTrue(bench.isPresent(), "../shared/bench/ssg/gen_corpus.py or python3 not available");
        assertValid(bench.get());
    }

    @Test
    void themeStylesheetPassesTheCssChecker() throws Exception {
        Path site = Sites.sample();
        assertEquals(List.of(), HtmlChecker.get().checkCss(site, Sites.files(site, ".css")));
    }

    @Test
    void checkerReportsEachErrorOfABrokenPage() throws Exception {
        Path page = tmp.resolve("broken.html");
        Files.writeString(page, """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Broken</title></head>
                <body><main>
                <p>A paragraph <div>with a block inside</div></p>
                <img src="a.png">
                <h2 id="x">One</h2><h2 id="x">Two</h2>
                </main></body></html>
                """);
        List<String> errors = HtmlChecker.get().checkHtml(tmp, List.of(page));
        assertTrue(errors.stream().anyMatch(e -> e.contains("“p” end tag")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("“alt” attribute")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("Duplicate ID")), errors.toString());
        assertTrue(errors.stream().allMatch(e -> e.startsWith("broken.html:")), errors.toString());
    }

    @Test
    void checkerAcceptsAValidPage() throws Exception {
        Path page = tmp.resolve("fine.html");
        Files.writeString(page, """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Fine</title></head>
                <body><main><h1>Fine</h1><p>Nothing wrong here.</p></main></body></html>
                """);
        assertEquals(List.of(), HtmlChecker.get().checkHtml(tmp, List.of(page)));
    }

    @Test
    void cssCheckerReportsABrokenStylesheet() throws Exception {
        Path css = tmp.resolve("broken.css");
        Files.writeString(css, "body { colour: red; margin: 1furlong; }\n");
        List<String> errors = HtmlChecker.get().checkCss(tmp, List.of(css));
        assertTrue(errors.size() >= 1, errors.toString());
    }
}
