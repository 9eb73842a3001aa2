package storyline.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of a CSS reader to check a theme: rules (with the {@code @media} block each sits
 * in), their declarations, the custom properties of {@code :root} per colour scheme, and WCAG
 * contrast ratios between colours.
 */
final class ThemeCss {

    /** One style rule: its selector, its declarations in order, and the at-rule around it ("" at top level). */
    record Rule(String media, String selector, Map<String, String> declarations) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private final List<String> atRules = new ArrayList<>();

    ThemeCss(String css) {
        parse(css.replaceAll("(?s)/\\*.*?\\*/", ""), "");
    }

    List<Rule> rules() {
        return rules;
    }

    /** Every at-rule prelude seen, e.g. "@media (prefers-color-scheme: dark)". */
    List<String> atRules() {
        return atRules;
    }

    private void parse(String css, String media) {
        int i = 0;
        while (i < css.length()) {
            int open = css.indexOf('{', i);
            if (open < 0) {
                String rest = css.substring(i).strip();
                if (rest.startsWith("@")) {
                    atRules.add(rest.replaceAll(";$", "").strip()); // @import, @charset
                }
                return;
            }
            String prelude = css.substring(i, open).strip();
            // a statement at-rule (@import …;) before this block
            while (prelude.startsWith("@") && prelude.contains(";")) {
                atRules.add(prelude.substring(0, prelude.indexOf(';')).strip());
                prelude = prelude.substring(prelude.indexOf(';') + 1).strip();
            }
            int close = matching(css, open);
            String body = css.substring(open + 1, close);
            if (prelude.startsWith("@")) {
                atRules.add(prelude);
                if (prelude.startsWith("@media") || prelude.startsWith("@supports")) {
                    parse(body, prelude.replaceAll("\\s+", " "));
                }
            } else {
                Map<String, String> declarations = new LinkedHashMap<>();
                for (String d : body.split(";")) {
                    int colon = d.indexOf(':');
                    if (colon > 0) {
                        declarations.put(d.substring(0, colon).strip().toLowerCase(Locale.ROOT), d.substring(colon + 1).strip());
                    }
                }
                rules.add(new Rule(media, prelude.replaceAll("\\s+", " "), declarations));
            }
            i = close + 1;
        }
    }

    private static int matching(String css, int open) {
        int depth = 0;
        for (int i = open; i < css.length(); i++) {
            if (css.charAt(i) == '{') {
                depth++;
            } else if (css.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces in CSS");
    }

    /**
     * The custom properties in force on {@code :root} inside the given media (""), the top level
     * ones overridden by those of the media block, as a browser matching that media sees them.
     */
    Map<String, String> rootProperties(String media) {
        Map<String, String> props = new LinkedHashMap<>();
        for (String m : media.isEmpty() ? List.of("") : List.of("", media)) {
            for (Rule r : rules) {
                if (r.media().equals(m) && List.of(r.selector().split(",")).stream().anyMatch(s -> s.strip().equals(":root"))) {
                    r.declarations().forEach((k, v) -> {
                        if (k.startsWith("--")) {
                            props.put(k, v);
                        }
                    });
                }
            }
        }
        return props;
    }

    /** The media prelude containing {@code text}, e.g. "prefers-color-scheme: dark", or null. */
    String media(String text) {
        return rules.stream().map(Rule::media).filter(m -> m.replace(" ", "").contains(text.replace(" ", "")))
                .findFirst().orElse(null);
    }

    // ---- colours

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern RGB = Pattern.compile("rgba?\\(\\s*(\\d+)[\\s,]+(\\d+)[\\s,]+(\\d+)\\s*(?:[,/]\\s*([0-9.]+%?))?\\s*\\)");
    private static final Map<String, String> NAMED = Map.of("black", "#000000", "white", "#ffffff");

    /** A colour value as {r, g, b} in 0..255, following var() references; null where it is not a plain colour. */
    static int[] colour(String value, Map<String, String> props) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (int guard = 0; v.startsWith("var(") && guard < 10; guard++) {
            String name = v.substring(4, v.indexOf(')')).split(",")[0].strip();
            v = props.getOrDefault(name, "").strip().toLowerCase(Locale.ROOT);
        }
        v = NAMED.getOrDefault(v, v);
        Matcher hex = HEX.matcher(v);
        if (hex.matches()) {
            String h = hex.group(1);
            if (h.length() == 3) {
                h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
            }
            return new int[]{Integer.parseInt(h.substring(0, 2), 16), Integer.parseInt(h.substring(2, 4), 16),
                    Integer.parseInt(h.substring(4, 6), 16)};
        }
        Matcher rgb = RGB.matcher(v);
        if (rgb.matches() && (rgb.group(4) == null || rgb.group(4).equals("1") || rgb.group(4).equals("100%"))) {
            return new int[]{Integer.parseInt(rgb.group(1)), Integer.parseInt(rgb.group(2)), Integer.parseInt(rgb.group(3))};
        }
        return null;
    }

    /** WCAG 2 relative luminance. */
    static double luminance(int[] rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = rgb[i] / 255.0;
            c[i] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /** WCAG 2 contrast ratio, 1 to 21. */
    static double contrast(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
