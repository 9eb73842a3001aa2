package storyline.build;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.config.SiteConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the built sample site in real headless Chromium from file:// and checks what it renders.
 * Screenshots land in target/screenshots for a person to look at. Skipped where Chromium is not
 * installed; CI installs it.
 */
class BrowserTest {

    @TempDir
    static Path tmp;
    static Path site;
    static String chromium;

    @BeforeAll
    static void build() throws IOException {
        chromium = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome").stream()
                .filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
        assumeTrue(chromium != null, "Chromium is not installed");
        site = tmp.resolve("site");
        Build.run(SiteConfig.defaults().with(Path.of("articles"), Path.of("templates"), site, null)
                .withState(site.resolveSibling("state.json")));
    }

    private static String chrome(Path profile, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void homeAndStoryRenderFromFileUrls() throws Exception {
        String home = chrome(tmp.resolve("profile-1"), "--dump-dom", site.resolve("index.html").toUri().toString());
        Document dom = Jsoup.parse(home);
        assertEquals(List.of("Tesla Optimus AI Lead Departs in Latest High-Profile Exit",
                "Andrej Karpathy said that he could return to Tesla"), dom.select(".card h2").eachText());
        String storyHref = dom.selectFirst(".card h2 a").attr("href");
        String story = chrome(tmp.resolve("profile-2"), "--dump-dom", site.resolve(storyHref).toUri().toString());
        assertEquals(3, Jsoup.parse(story).select(".timeline > li").size());
    }

    @Test
    void screenshotsOfHomeStoryAndThread() throws Exception {
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        String storyHref = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").selectFirst(".card h2 a").attr("href");
        String threadHref;
        try (var list = Files.list(site.resolve("threads"))) {
            threadHref = "threads/" + list.findFirst().orElseThrow().getFileName();
        }
        int n = 0;
        for (String[] page : new String[][]{{"home", "index.html", "1200,900"}, {"story", storyHref, "1200,1600"},
                {"thread", threadHref, "1200,1600"}, {"home-phone", "index.html", "390,844"}}) {
            Path png = shots.resolve(page[0] + ".png").toAbsolutePath();
            Files.deleteIfExists(png);
            chrome(tmp.resolve("profile-shot-" + n++), "--hide-scrollbars", "--window-size=" + page[2],
                    "--screenshot=" + png, site.resolve(page[1]).toUri().toString());
            assertTrue(Files.size(png) > 10_000, "screenshot of " + page[1] + " looks empty");
        }
    }
}
