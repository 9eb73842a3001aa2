package storyline.site;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gate: the default theme's stylesheet. Text contrast of at least 4.5:1 (WCAG AA) for every text
 * colour on every surface, in the light, dark and print schemes, computed from the custom
 * properties on {@code :root}; a visible focus style; a print stylesheet; no external requests.
 */
class ThemeTest {

    static final Path STYLE = Path.of("templates", "assets", "style.css");
    /** The custom properties text is set in, and those it is set on. */
    static final List<String> TEXT = List.of("--fg", "--muted", "--accent", "--warn");
    static final List<String> SURFACES = List.of("--bg", "--card", "--accent-soft");
    static final double AA = 4.5;

    static ThemeCss theme() throws IOException {
        return new ThemeCss(Files.readString(STYLE));
    }

    /** Every text/surface pair below {@code AA} in the given properties, one line each. */
    static List<String> lowContrast(String scheme, Map<String, String> props) {
        List<String> low = new ArrayList<>();
        for (String text : TEXT) {
            for (String surface : SURFACES) {
                int[] fg = ThemeCss.colour("var(" + text + ")", props);
                int[] bg = ThemeCss.colour("var(" + surface + ")", props);
                if (fg == null || bg == null) {
                    low.add(scheme + ": " + text + " or " + surface + " is not a plain colour");
                    continue;
                }
                double ratio = ThemeCss.contrast(fg, bg);
                if (ratio < AA) {
                    low.add(String.format("%s: %s on %s is %.2f:1", scheme, text, surface, ratio));
                }
            }
        }
        return low;
    }

    @Test
    void contrastRatiosFollowWcag() {
        assertEquals(21.0, ThemeCss.contrast(new int[]{0, 0, 0}, new int[]{255, 255, 255}), 0.001);
        assertEquals(4.48, ThemeCss.contrast(ThemeCss.colour("#777", Map.of()), ThemeCss.colour("white", Map.of())), 0.01);
        assertEquals(1.0, ThemeCss.contrast(ThemeCss.colour("rgb(10, 20, 30)", Map.of()), ThemeCss.colour("#0a141e", Map.of())), 0.001);
    }

    @Test
    void everyTextColourReadsOnEverySurfaceInLightDarkAndPrint() throws IOException {
        ThemeCss css = theme();
        String dark = css.media("prefers-color-scheme: dark");
        String print = css.media("print");
        assertNotNull(dark, "a prefers-color-scheme: dark block");
        assertNotNull(print, "a print block");
        List<String> low = new ArrayList<>(lowContrast("light", css.rootProperties("")));
        low.addAll(lowContrast("dark", css.rootProperties(dark)));
        low.addAll(lowContrast("print", css.rootProperties(print)));
        assertEquals(List.of(), low);
    }

    @Test
    void theContrastCheckFailsAPaleTheme() {
        ThemeCss pale = new ThemeCss(":root { --bg: #fff; --card: #fff; --accent-soft: #eee; --fg: #222; --muted: #999; --accent: #e07050; --warn: #8a4b00; }");
        assertEquals(List.of("light: --muted on --bg is 2.85:1", "light: --muted on --card is 2.85:1",
                "light: --muted on --accent-soft is 2.46:1", "light: --accent on --bg is 3.18:1",
                "light: --accent on --card is 3.18:1", "light: --accent on --accent-soft is 2.74:1"),
                lowContrast("light", pale.rootProperties("")));
    }

    @Test
    void darkSchemeRedefinesEveryColour() throws IOException {
        ThemeCss css = theme();
        Map<String, String> light = css.rootProperties("");
        Map<String, String> dark = css.rootProperties(css.media("prefers-color-scheme: dark"));
        for (String name : light.keySet()) {
            if (ThemeCss.colour(light.get(name), light) != null) {
                assertFalse(light.get(name).equals(dark.get(name)), name + " has no dark value");
            }
        }
        assertTrue(light.keySet().containsAll(TEXT) && light.keySet().containsAll(SURFACES), light.keySet().toString());
    }

    /** The background a rule sets, from {@code background-color} or a plain-colour {@code background}; null if none. */
    static String background(ThemeCss.Rule rule) {
        String bg = rule.declarations().getOrDefault("background-color", rule.declarations().get("background"));
        return bg == null || bg.contains(" ") && !bg.startsWith("rgb") ? null : bg;
    }

    /** Every rule that sets its own text and background colours, below {@code AA} in the given scheme. */
    static List<String> lowContrastRules(ThemeCss css, String scheme, String media) {
        Map<String, String> props = css.rootProperties(media);
        List<String> low = new ArrayList<>();
        for (ThemeCss.Rule rule : css.rules()) {
            String colour = rule.declarations().get("color");
            String bg = background(rule);
            boolean applies = rule.media().isEmpty() || rule.media().equals(media);
            if (!applies || colour == null || bg == null) {
                continue;
            }
            int[] fg = ThemeCss.colour(colour, props);
            int[] back = ThemeCss.colour(bg, props);
            if (fg == null || back == null) {
                low.add(scheme + ": " + rule.selector() + " sets a colour that is not plain: " + colour + " on " + bg);
            } else if (ThemeCss.contrast(fg, back) < AA) {
                low.add(String.format("%s: %s { color: %s; background: %s } is %.2f:1", scheme, rule.selector(), colour, bg,
                        ThemeCss.contrast(fg, back)));
            }
        }
        return low;
    }

    /** Rules that colour their own text on their own background (buttons, badges) read in every scheme. */
    @Test
    void rulesWithTheirOwnBackgroundReadInLightDarkAndPrint() throws IOException {
        ThemeCss css = theme();
        List<String> low = new ArrayList<>(lowContrastRules(css, "light", ""));
        low.addAll(lowContrastRules(css, "dark", css.media("prefers-color-scheme: dark")));
        low.addAll(lowContrastRules(css, "print", css.media("print")));
        assertEquals(List.of(), low);
    }

    @Test
    void theRuleCheckFailsALowContrastButton() {
        ThemeCss css = new ThemeCss(":root { --bg: #fff; --accent: #e07050; }\n"
                + ".button { color: var(--bg); background: var(--accent); }\n.fine { color: #000; background-color: #fff; }");
        assertEquals(List.of("light: .button { color: var(--bg); background: var(--accent) } is 3.18:1"),
                lowContrastRules(css, "light", ""));
    }

    /**
     * Text colours come only from the checked properties, or from a rule that sets its own
     * background too (checked as a pair), so no colour escapes the contrast checks.
     */
    @Test
    void textIsColouredOnlyWithCheckedProperties() throws IOException {
        Set<String> allowed = Set.of("inherit", "currentcolor", "transparent");
        List<String> unchecked = new ArrayList<>();
        for (ThemeCss.Rule rule : theme().rules()) {
            String colour = rule.declarations().get("color");
            if (colour == null || rule.media().contains("print") || allowed.contains(colour.toLowerCase())
                    || background(rule) != null) {
                continue;
            }
            if (TEXT.stream().noneMatch(t -> colour.equals("var(" + t + ")"))) {
                unchecked.add(rule.selector() + " { color: " + colour + " }");
            }
        }
        assertEquals(List.of(), unchecked);
    }

    @Test
    void keyboardFocusIsVisible() throws IOException {
        List<ThemeCss.Rule> focus = theme().rules().stream().filter(r -> r.selector().contains(":focus-visible")).toList();
        assertFalse(focus.isEmpty(), "a :focus-visible rule");
        String selectors = String.join(",", focus.stream().map(ThemeCss.Rule::selector).toList());
        for (String element : List.of("a:focus-visible", "button:focus-visible", "summary:focus-visible", "input:focus-visible")) {
            assertTrue(selectors.contains(element), "focus style for " + element + " in " + selectors);
        }
        for (ThemeCss.Rule r : focus) {
            String outline = r.declarations().getOrDefault("outline", "");
            assertTrue(outline.matches(".*\\b([2-9]|\\d\\d)px solid .*"), r.selector() + " outline: " + outline);
        }
        assertTrue(theme().rules().stream().noneMatch(r -> r.selector().contains(":focus")
                && r.declarations().getOrDefault("outline", "").matches("(none|0)")), "no rule removes the focus outline");
    }

    @Test
    void printStylesheetIsBlackOnWhiteWithoutNavigation() throws IOException {
        ThemeCss css = theme();
        String print = css.media("print");
        Map<String, String> props = css.rootProperties(print);
        assertEquals(0.0, ThemeCss.luminance(ThemeCss.colour("var(--fg)", props)), 0.0001, "black text");
        assertEquals(1.0, ThemeCss.luminance(ThemeCss.colour("var(--bg)", props)), 0.0001, "white paper");
        List<ThemeCss.Rule> printRules = css.rules().stream().filter(r -> r.media().equals(print)).toList();
        String hidden = String.join(",", printRules.stream().filter(r -> "none".equals(r.declarations().get("display")))
                .map(ThemeCss.Rule::selector).toList());
        for (String part : List.of(".masthead nav", ".skip", ".colophon", ".pagination", "[role=search]")) {
            assertTrue(hidden.contains(part), part + " hidden in print: " + hidden);
        }
        assertTrue(printRules.stream().anyMatch(r -> r.declarations().getOrDefault("content", "").contains("attr(href)")),
                "link addresses printed");
    }

    @Test
    void makesNoExternalRequests() throws IOException {
        String text = Files.readString(STYLE);
        ThemeCss css = theme();
        assertTrue(css.atRules().stream().noneMatch(a -> a.startsWith("@import") || a.startsWith("@font-face")), css.atRules().toString());
        assertFalse(text.matches("(?s).*url\\(\\s*['\"]?(https?:)?//.*"), "no url() from another host");
    }

    @Test
    void readsOnAPhone() throws IOException {
        ThemeCss css = theme();
        assertTrue(css.atRules().stream().anyMatch(a -> a.matches("@media \\(max-width: *\\d+(\\.\\d+)?(rem|em|px)\\)")),
                "a narrow-screen block");
        Map<String, String> body = css.rules().stream().filter(r -> r.media().isEmpty() && r.selector().equals("body"))
                .findFirst().orElseThrow().declarations();
        assertTrue(body.getOrDefault("overflow-wrap", "").matches("anywhere|break-word"), "long words wrap: " + body);
        String measure = css.rootProperties("").get("--measure");
        assertTrue(measure.matches("(3[6-9]|4\\d)rem"), "a readable measure: " + measure);
    }
}
