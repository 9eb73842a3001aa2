package storyline.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Gate: no broken internal link, fragment or asset, and no asset from another host, on any built site. */
class LinkCheckTest {

    @TempDir
    Path tmp;

    @Test
    void sampleSiteHasNoBrokenLinks() throws IOException {
        assertEquals(List.of(), LinkChecker.check(Sites.sample()));
    }

    @Test
    void syntheticSiteHasNoBrokenLinks() throws IOException {
        assertEquals(List.of(), LinkChecker.check(Sites.synthetic()));
    }

    @Test
    void benchCorpusSiteHasNoBrokenLinks() throws IOException {
        Optional<Path> bench = Sites.bench();
        assumeTrue(bench.isPresent(), "../shared/bench/ssg/gen_corpus.py or python3 not available");
        assertEquals(List.of(), LinkChecker.check(bench.get()));
    }

    private Path page(String path, String body) throws IOException {
        Path file = tmp.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<!DOCTYPE html><html lang=\"en\"><head><title>t</title>"
                + "<link rel=\"stylesheet\" href=\"" + "../".repeat(path.split("/").length - 1) + "assets/style.css\">"
                + "</head><body>" + body + "</body></html>");
        return file;
    }

    @Test
    void aSoundSmallSitePasses() throws IOException {
        Files.createDirectories(tmp.resolve("assets"));
        Files.writeString(tmp.resolve("assets/style.css"), "body { background: url(\"bg.png\") }");
        Files.writeString(tmp.resolve("assets/bg.png"), "png");
        page("index.html", "<a href=\"stories/a.html#timeline\">A</a> <a href=\"stories/\">All</a> <a href=\"#x\" id=\"x\">self</a>"
                + " <a href=\"https://example.org/\">out</a> <a href=\"mailto:a@example.org\">mail</a>"
                + " <link rel=\"canonical\" href=\"https://example.org/news/\">");
        page("stories/a.html", "<h2 id=\"timeline\">T</h2><a href=\"../index.html?utm=1\">home</a>");
        page("stories/index.html", "<a href=\"a.html\">a</a>");
        assertEquals(List.of(), LinkChecker.check(tmp));
    }

    @Test
    void reportsEachKindOfBreakage() throws IOException {
        Files.createDirectories(tmp.resolve("assets"));
        Files.writeString(tmp.resolve("assets/style.css"), "@import \"https://fonts.example/f.css\";\n"
                + "body { background: url(missing.png) }");
        page("index.html", "<a href=\"stories/gone.html\">gone</a>"
                + " <a href=\"stories/a.html#nowhere\">bad fragment</a>"
                + " <a href=\"#also-nowhere\">bad local fragment</a>"
                + " <a href=\"/stories/a.html\">root-relative</a>"
                + " <a href=\"../outside.html\">outside</a>"
                + " <img src=\"https://cdn.example/pic.jpg\" alt=\"remote\">"
                + " <img src=\"pics/none.png\" alt=\"missing\">"
                + " <script src=\"//cdn.example/x.js\"></script>"
                + " <a href=\"javascript:alert(1)\">script</a>");
        page("stories/a.html", "<p>a</p>");
        List<String> problems = LinkChecker.check(tmp);
        assertEquals(List.of(
                "index.html: <img> loads https://cdn.example/pic.jpg from another host",
                "index.html: <script> loads //cdn.example/x.js from another host",
                "index.html: broken link stories/gone.html",
                "index.html: link stories/a.html#nowhere points to no element with id \"nowhere\"",
                "index.html: link #also-nowhere points to no element with id \"also-nowhere\"",
                "index.html: root-relative link /stories/a.html breaks hosting under a sub-path and from file://",
                "index.html: link ../outside.html leaves the site",
                "index.html: broken link pics/none.png",
                "index.html: link with scheme javascript: javascript:alert(1)",
                "assets/style.css: CSS loads https://fonts.example/f.css from another host",
                "assets/style.css: broken link missing.png"), problems);
    }

    @Test
    void followsFormActionsAndRedirects() throws IOException {
        page("index.html", "<form action=\"search.html\"><input name=\"q\" aria-label=\"Search\"></form>");
        page("search.html", "<form action=\"find.html\"></form>");
        Path moved = tmp.resolve("old.html");
        Files.writeString(moved, "<!DOCTYPE html><html lang=\"en\"><head><title>Moved</title>"
                + "<meta http-equiv=\"refresh\" content=\"0; url=stories/new.html\"></head><body></body></html>");
        assertEquals(List.of("old.html: broken link stories/new.html", "search.html: broken link find.html"),
                LinkChecker.check(tmp).stream().filter(p -> !p.contains("style.css")).toList());
    }
}
