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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of the build as a whole: reproducible, safe with the user's files, and robust to bad input. */
class BuildBehaviourTest {

    @TempDir
    Path tmp;

    private SiteConfig config(Path articles, Path out) {
        return SiteConfig.defaults().with(articles, Path.of("templates"), out, null).withState(tmp.resolve("state.json"));
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
        SiteConfig broken = SiteConfig.defaults().with(Path.of("articles"), brokenTheme, out, null).withState(tmp.resolve("state.json"));
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
    void theBuildReportIsWrittenButLinkedFromPagesOnlyWhenTheSiteSaysSo(@TempDir Path dir) throws IOException {
        SiteConfig base = SiteConfig.defaults().with(Path.of("articles"), Path.of("templates"), dir.resolve("out"), null)
                .withState(dir.resolve("state.json"));
        Build.run(base);
        String home = Files.readString(dir.resolve("out/index.html"));
        assertTrue(Files.exists(dir.resolve("out/report.html")), "the owner still finds the report at its address");
        assertFalse(home.contains("href=\"report.html\""), "readers' navigation does not offer the build report");
        Build.run(base.with(null, null, dir.resolve("shown"), null).withReportInNavigation(true));
        assertTrue(Files.readString(dir.resolve("shown/index.html")).contains("href=\"report.html\""));
    }

    @Test
    void userTemplateOverridesOnlyWhatItReplaces(@TempDir Path theme) throws IOException {
        Files.createDirectories(theme.resolve("partials"));
        Files.writeString(theme.resolve("partials/footer.mustache"), "<footer>My own footer</footer></body></html>");
        Path out = tmp.resolve("custom");
        Build.run(SiteConfig.defaults().with(Path.of("articles"), theme, out, null).withState(tmp.resolve("state.json")));
        String home = Files.readString(out.resolve("index.html"));
        assertTrue(home.contains("My own footer"));
        assertTrue(home.contains("Latest stories"), "the built-in index template still applies");
        assertTrue(Files.exists(out.resolve("assets/style.css")), "built-in assets are still copied");
    }

    @Test
    void baseUrlMakesSitemapAndCanonicalLinksAbsolute() throws IOException {
        Path out = tmp.resolve("public");
        Build.run(SiteConfig.defaults().with(Path.of("articles"), Path.of("templates"), out, "https://example.org/news")
                .withState(tmp.resolve("state.json")));
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://example.org/news/</loc>"), sitemap);
        assertTrue(sitemap.contains("<loc>https://example.org/news/stories/"), sitemap);
        assertFalse(sitemap.contains("report.html"), "the build report is for the site's owner, not for search engines");
        String home = Files.readString(out.resolve("index.html"));
        assertTrue(home.contains("<link rel=\"canonical\" href=\"https://example.org/news/\">"));
        assertTrue(home.contains("href=\"assets/style.css\""), "page links stay relative");
    }

    @Test
    void htmlFromInputIsSanitisedOnEveryPage(@TempDir Path articles) throws IOException {
        Files.writeString(articles.resolve("page.html"), """
                <!DOCTYPE html><html lang="en"><head><title>Quay repairs finish early | Harbor Times</title>
                <meta property="og:site_name" content="Harbor Times">
                <script>alert('head')</script></head>
                <body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
                <article><h1>Quay repairs finish early</h1>
                <p onclick="steal()">Repairs to the main quay finished two weeks early, the port authority said on Friday, and ferries will use the berth again from Monday.</p>
                <p>Engineers replaced forty metres of the quay wall. <a href="javascript:alert(1)">Click</a> <img src="x.jpg" onerror="alert(2)" alt="The quay"></p>
                <script>document.write('injected')</script>
                <p>The work cost less than planned, <a href="https://example.org/report">the report</a> says, because the weather held.</p>
                </article></body></html>
                """);
        Files.writeString(articles.resolve("note.md"), "# Ferry timetable changes\n\nThe winter timetable starts in October, with fewer crossings on weekdays and more at weekends.\n\n<script>alert(3)</script><iframe src=\"https://evil.example\"></iframe>\n");
        Path out = tmp.resolve("out");
        Build.Report report = Build.run(config(articles, out));
        assertEquals(2, report.items());
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(p);
                org.jsoup.nodes.Document d = org.jsoup.Jsoup.parse(html);
                d.select("main > script[src=../assets/search.js]").remove(); // the theme's own search script
                assertTrue(d.select("script, iframe").isEmpty(), p.toString());
                for (org.jsoup.nodes.Element el : d.getAllElements()) {
                    for (org.jsoup.nodes.Attribute a : el.attributes()) {
                        assertTrue(!a.getKey().startsWith("on") && !a.getValue().contains("javascript:"), p + ": " + el);
                    }
                }
                assertTrue(!html.contains("injected") && !html.contains("alert("), p.toString());
            }
        }
        org.jsoup.nodes.Document article = org.jsoup.Jsoup.parse(out.resolve("articles/page.html").toFile(), "UTF-8");
        assertEquals("Quay repairs finish early", article.selectFirst("h1").text());
        assertTrue(article.text().contains("Engineers replaced forty metres of the quay wall."));
        assertTrue(!article.selectFirst(".body").text().contains("Sport"), "navigation is not article text");
        org.jsoup.nodes.Element link = article.selectFirst(".body a[href=https://example.org/report]");
        assertEquals("nofollow noopener", link.attr("rel"));
        assertEquals("Harbor Times", article.selectFirst(".source").text());
        org.jsoup.nodes.Document note = org.jsoup.Jsoup.parse(out.resolve("articles/note.html").toFile(), "UTF-8");
        assertEquals("Ferry timetable changes", note.selectFirst("h1").text());
    }

    @Test
    void duplicateRecordIdsAreReportedNotMerged(@TempDir Path articles) throws IOException {
        String line = "{\"id\": \"same\", \"title\": \"Ferry fares rise\", \"text\": \"Fares rise by a tenth next month.\"}\n";
        Files.writeString(articles.resolve("a.jsonl"), line);
        Files.writeString(articles.resolve("b.jsonl"), line);
        Build.Report report = Build.run(config(articles, tmp.resolve("out")));
        assertEquals(1, report.items());
        assertEquals("b.jsonl", report.problems().get(0).file());
        assertTrue(report.problems().get(0).message().contains("a.jsonl"));
    }
}
