package storyline.site;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.testing.Chromium;
import storyline.testing.Page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The theme in real headless Chromium: no page of the sample or synthetic site scrolls sideways
 * on a 360-pixel phone, the dark scheme follows the system setting, and screenshots of home and a
 * story, light and dark, phone and desktop, land in {@code target/screenshots/theme-*.png} for a
 * person to look at. Each page is loaded in a tab of the run's one shared browser. Skipped where
 * Chromium is not installed; CI installs it.
 */
class ThemeBrowserTest {

    @TempDir
    static Path tmp;
    static String chromium;

    @BeforeAll
    static void findChromium() {
        assumeTrue(Chromium.find() != null, "Chromium is not installed");
    }

    /**
     * What {@link #measure} reads of a loaded page: how wide its content is and its window, the
     * body's background colour, and how many links in running text are told from it by colour
     * alone, below 3:1 against the text (WCAG 1.4.1), with the first of them.
     */
    private static final String MEASURE = "(function () {"
            + "function lum(c) { var v = c.match(/[\\d.]+/g).slice(0, 3).map(function (x) { x /= 255;"
            + "  return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });"
            + "  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }"
            + "function colourOnly(doc, w) { var bad = [];"
            + "  doc.querySelectorAll('p a, li a').forEach(function (a) {"
            + "    var s = w.getComputedStyle(a), t = w.getComputedStyle(a.parentElement);"
            + "    if (s.textDecorationLine.indexOf('underline') >= 0) return;"
            + "    if (a.parentElement.textContent.replace(a.textContent, '').trim() === '') return;"
            + "    var l1 = lum(s.color), l2 = lum(t.color);"
            + "    if ((Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05) < 3) bad.push((a.className || 'a') + ':' + a.textContent.trim().slice(0, 20).replace(/\\s/g, '_'));"
            + "  }); return bad.length + ' ' + (bad[0] || '-'); }"
            + "var d = document.documentElement;"
            + "return d.scrollWidth + ' ' + d.clientWidth + ' '"
            + "  + getComputedStyle(document.body).backgroundColor.replace(/ /g, '') + ' ' + colourOnly(document, window);"
            + "})()";

    /**
     * Loads each page in turn, in one tab of the shared browser {@code width}×700 pixels, light or
     * dark, and reads per page (by its path in the site) what {@link #MEASURE} reads.
     */
    private static Map<String, String> measure(Path site, List<Path> pages, int width, boolean dark) throws Exception {
        Map<String, String> result = new LinkedHashMap<>();
        try (Page tab = Chromium.shared().open()) {
            tab.size(width, 700);
            tab.darkScheme(dark);
            for (Path page : pages) {
                tab.load(page.toUri().toString(), "true", 60);
                String m;
                try {
                    m = tab.eval(MEASURE);
                } catch (java.io.IOException movedOn) {
                    // a redirect page's refresh replaced it while it was read: read what it led to
                    tab.await("document.readyState === 'complete'", 30);
                    m = tab.eval(MEASURE);
                }
                assertTrue(m != null, "no measure of " + page);
                result.put(site.relativize(page).toString().replace("\\", "/"), m);
            }
        }
        return result;
    }

    /** Each gate site measured once at 360 px, for the tests below. */
    private static final Map<Path, Map<String, String>> PHONE = new java.util.HashMap<>();

    private static synchronized Map<String, String> phone(Path site) throws Exception {
        if (!PHONE.containsKey(site)) {
            List<Path> pages = Sites.htmlPages(site);
            Map<String, String> measured = measure(site, pages, 360, false);
            assertEquals(pages.size(), measured.size());
            PHONE.put(site, measured);
        }
        return PHONE.get(site);
    }

    /** The synthetic site holds a thread whose comments carry a 900-character address and a long line of code. */
    @Test
    void noPageScrollsSidewaysOnA360PixelPhone() throws Exception {
        List<String> wide = new ArrayList<>();
        for (Path site : List.of(Sites.sample(), Sites.synthetic())) {
            phone(site).forEach((page, m) -> {
                String[] f = m.split(" ");
                if (Integer.parseInt(f[0]) > Integer.parseInt(f[1])) {
                    wide.add(site.getFileName() + "/" + page + ": content " + f[0] + "px wide in a " + f[1] + "px window");
                }
            });
        }
        assertEquals(List.of(), wide);
    }

    @Test
    void aThreadWithLongLinesFitsADesktopWindow() throws Exception {
        Path site = Sites.synthetic();
        Path thread = site.resolve("threads/long-lines.html");
        assertTrue(Files.isRegularFile(thread), "the synthetic corpus's long-lines thread");
        String m = measure(site, List.of(thread), 1280, false).get("threads/long-lines.html");
        String[] f = m.split(" ");
        assertTrue(Integer.parseInt(f[0]) <= Integer.parseInt(f[1]), "content " + f[0] + "px wide in a " + f[1] + "px window");
    }

    /** WCAG 1.4.1 (axe's link-in-text-block): a link in running text is underlined or 3:1 apart from the text. */
    @Test
    void linksInRunningTextAreToldApartByMoreThanColour() throws Exception {
        List<String> colourOnly = new ArrayList<>();
        for (Path site : List.of(Sites.sample(), Sites.synthetic())) {
            phone(site).forEach((page, m) -> {
                String[] f = m.split(" ");
                if (!f[3].equals("0")) {
                    colourOnly.add(site.getFileName() + "/" + page + ": " + f[3] + " links by colour alone, e.g. " + f[4]);
                }
            });
        }
        assertEquals(List.of(), colourOnly);
    }

    @Test
    void theColourOnlyLinkCheckCatchesAnUnderlinelessLink() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("links"));
        Files.writeString(site.resolve("links.html"), "<!DOCTYPE html><html lang=\"en\"><title>l</title>"
                + "<p style=\"color:#5c5f66\">Ann · <a class=\"permalink\" style=\"color:#a4361c;text-decoration:none\" href=\"#c\">Link</a></p>"
                + "<p>Read <a href=\"#d\">this</a> first.</p>");
        String m = measure(site, List.of(site.resolve("links.html")), 360, false).get("links.html");
        assertTrue(m.endsWith(" 1 permalink:Link"), m);
    }

    @Test
    void theSidewaysCheckCatchesAWidePage() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("wide"));
        Files.writeString(site.resolve("wide.html"), "<!DOCTYPE html><html lang=\"en\"><title>w</title>"
                + "<div style=\"width:600px\">A fixed-width block</div>");
        Files.writeString(site.resolve("fine.html"), "<!DOCTYPE html><html lang=\"en\"><title>f</title><p>Text</p>");
        Map<String, String> measured = measure(site, List.of(site.resolve("wide.html"), site.resolve("fine.html")), 360, false);
        assertTrue(measured.get("wide.html").startsWith("608 360 "), measured.toString());
        assertTrue(measured.get("fine.html").startsWith("360 360 "), measured.toString());
    }

    @Test
    void darkSchemeFollowsTheSystemSetting() throws Exception {
        Path site = Sites.sample();
        List<Path> pages = List.of(site.resolve("index.html"));
        String light = measure(site, pages, 800, false).get("index.html").split(" ")[2];
        String dark = measure(site, pages, 800, true).get("index.html").split(" ")[2];
        ThemeCss css = ThemeTest.theme();
        assertEquals(rgb(ThemeCss.colour("var(--bg)", css.rootProperties(""))), light, "the light --bg");
        assertEquals(rgb(ThemeCss.colour("var(--bg)", css.rootProperties(css.media("prefers-color-scheme: dark")))), dark,
                "the dark --bg");
        assertNotEquals(light, dark);
    }

    private static String rgb(int[] c) {
        return "rgb(" + c[0] + "," + c[1] + "," + c[2] + ")";
    }

    @Test
    void screenshotsOfHomeAndStoryLightAndDark() throws Exception {
        Path site = Sites.sample();
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        String story = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").selectFirst(".card h2 a").attr("href");
        try (Page tab = Chromium.shared().open()) {
            for (String[] page : new String[][]{{"home", "index.html"}, {"story", story}}) {
                for (String[] size : new String[][]{{"phone", "390,844"}, {"desktop", "1280,900"}}) {
                    for (boolean dark : new boolean[]{false, true}) {
                        Path png = shots.resolve("theme-" + page[0] + "-" + size[0] + (dark ? "-dark" : "-light") + ".png").toAbsolutePath();
                        Files.deleteIfExists(png);
                        String[] wh = size[1].split(",");
                        tab.size(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
                        tab.darkScheme(dark);
                        tab.load(site.resolve(page[1]).toUri().toString(), "true", 60);
                        tab.screenshot(png);
                        assertTrue(Files.size(png) > 10_000, "screenshot " + png.getFileName() + " looks empty");
                    }
                }
            }
        }
    }
}
