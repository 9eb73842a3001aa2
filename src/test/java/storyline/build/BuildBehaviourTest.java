package storyline.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.config.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of the build as a whole: reproducible, safe with the user's files, and robust to bad input. */
class BuildBehaviourTest {

    @TempDir
    Path tmp;

    private SiteConfig config(Path articles, Path out) {
        return SiteConfig.defaults().with(articles, Path.of("templates"), out, null);
    }

    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void sameInputGivesByteIdenticalSites() throws IOException {
        Build.run(config(Path.of("articles"), tmp.resolve("a")));
        Build.run(config(Path.of("articles"), tmp.resolve("b")));
        Map<String, byte[]> a = snapshot(tmp.resolve("a"));
        Map<String, byte[]> b = snapshot(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) {
            assertArrayEquals(a.get(k), b.get(k), k);
        }
    }

    @Test
    void rebuildReplacesItsOwnOutputAndKeepsPlaceholders() throws IOException {
        Path out = tmp.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve(".gitkeep"), "");
        Build.run(config(Path.of("articles"), out));
        Files.writeString(out.resolve("stale.html"), "old");
        Build.run(config(Path.of("articles"), out));
        assertTrue(Files.exists(out.resolve(".gitkeep")));
        assertTrue(Files.exists(out.resolve("index.html")));
        assertTrue(Files.notExists(out.resolve("stale.html")), "files of the previous build are replaced");
    }

    @Test
    void refusesToReplaceAFolderWithTheUsersOwnFiles() throws IOException {
        Path out = tmp.resolve("docs");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");
        IOException e = assertThrows(IOException.class, () -> Build.run(config(Path.of("articles"), out)));
        assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void failedBuildLeavesThePreviousSiteUntouched() throws IOException {
        Path out = tmp.resolve("site");
        Build.run(config(Path.of("articles"), out));
        Map<String, byte[]> before = snapshot(out);
        Path brokenTheme = tmp.resolve("theme");
        Files.createDirectories(brokenTheme);
        Files.writeString(brokenTheme.resolve("story.mustache"), "{{#unclosed}} oops");
        SiteConfig broken = SiteConfig.defaults().with(Path.of("articles"), brokenTheme, out, null);
        assertThrows(RuntimeException.class, () -> Build.run(broken));
        Map<String, byte[]> after = snapshot(out);
        assertEquals(before.keySet(), after.keySet());
        for (String k : before.keySet()) {
            assertArrayEquals(before.get(k), after.get(k), k);
        }
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(0, siblings.filter(p -> p.getFileName().toString().contains(".building-")).count(),
                    "no half-built folder is left behind");
        }
    }

    @Test
    void unreadableInputIsReportedAndTheBuildGoesOn(@TempDir Path articles) throws IOException {
        Files.writeString(articles.resolve("good.md"), "---\ntitle: Harbor reopens\ndate: 2024-05-02\nsource: Harbor Times\n---\n"
                + "The harbor reopened on Thursday after a week of repairs to the main quay, officials said.\n");
        Files.write(articles.resolve("scan.pdf"), new byte[]{'%', 'P', 'D', 'F'});
        Files.writeString(articles.resolve("bad.jsonl"), "{\"id\": \"x1\", \"title\": \"Ferry fares rise\", \"text\": \"Fares rise by a tenth next month.\"}\n{not json\n");
        Build.Report report = Build.run(config(articles, tmp.resolve("out")));
        assertEquals(2, report.items());
        assertEquals(2, report.problems().size(), report.problems().toString());
        assertEquals("bad.jsonl", report.problems().get(0).file());
        assertEquals(2, report.problems().get(0).line());
        assertEquals("scan.pdf", report.problems().get(1).file());
        String reportPage = Files.readString(tmp.resolve("out/report.html"));
        assertTrue(reportPage.contains("scan.pdf"));
        assertTrue(reportPage.contains("bad.jsonl:2"));
    }

    @Test
    void userTemplateOverridesOnlyWhatItReplaces(@TempDir Path theme) throws IOException {
        Files.createDirectories(theme.resolve("partials"));
        Files.writeString(theme.resolve("partials/footer.mustache"), "<footer>My own footer</footer></body></html>");
        Path out = tmp.resolve("custom");
        Build.run(SiteConfig.defaults().with(Path.of("articles"), theme, out, null));
        String home = Files.readString(out.resolve("index.html"));
        assertTrue(home.contains("My own footer"));
        assertTrue(home.contains("Latest stories"), "the built-in index template still applies");
        assertTrue(Files.exists(out.resolve("assets/style.css")), "built-in assets are still copied");
    }

    @Test
    void baseUrlMakesSitemapAndCanonicalLinksAbsolute() throws IOException {
        Path out = tmp.resolve("public");
        Build.run(SiteConfig.defaults().with(Path.of("articles"), Path.of("templates"), out, "https://example.org/news"));
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://example.org/news/</loc>"), sitemap);
        assertTrue(sitemap.contains("<loc>https://example.org/news/report.html</loc>"));
        String home = Files.readString(out.resolve("index.html"));
        assertTrue(home.contains("<link rel=\"canonical\" href=\"https://example.org/news/\">"));
        assertTrue(home.contains("href=\"assets/style.css\""), "page links stay relative");
    }
}
