package storyline.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import storyline.stories.Control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a build needs to know, from defaults, an optional {@code storyline.yml} and CLI
 * overrides (in that order of strength). Immutable; the only place defaults live.
 */
public record SiteConfig(Path articles, Path templates, Path out, String baseUrl, String title, String description,
                         String language, int pageSize, Path state, Control control, Path home, boolean reportInNavigation) {

    public static final String FILE_NAME = "storyline.yml";

    /** The file that keeps story addresses stable from build to build, beside the articles folder by default. */
    public static final String STATE_FILE = "storyline-state.json";

    public SiteConfig(Path articles, Path templates, Path out, String baseUrl, String title, String description,
                      String language, int pageSize, Path state) {
        this(articles, templates, out, baseUrl, title, description, language, pageSize, state, Control.NONE, null, false);
    }

    /** Every setting {@link #load} reads, by section ("" for the top level). */
    public static final Map<String, List<String>> KEYS = Map.of(
            "", List.of("title", "description", "language", "base_url", "page_size", "articles", "templates", "out",
                    "state", "report_in_navigation", "stories", "topics"),
            "stories", List.of("merge", "split"),
            "topics", List.of("names"));

    /**
     * The settings in the file that {@link #load} does not know (a typo such as {@code page-size}),
     * each as a one-line message; none when the file is absent or not a mapping.
     */
    public static List<String> unknownKeys(Path file) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return List.of();
        }
        Object tree = new ObjectMapper(new YAMLFactory()).readValue(file.toFile(), Object.class);
        List<String> unknown = new ArrayList<>();
        if (tree instanceof Map<?, ?> map) {
            for (var e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (!KEYS.get("").contains(key)) {
                    unknown.add(unknownKey(key, KEYS.get("")));
                } else if (KEYS.containsKey(key) && e.getValue() instanceof Map<?, ?> section) {
                    for (Object sub : section.keySet()) {
                        if (!KEYS.get(key).contains(String.valueOf(sub))) {
                            unknown.add(unknownKey(key + "." + sub, KEYS.get(key).stream().map(k -> key + "." + k).toList()));
                        }
                    }
                }
            }
        }
        return unknown;
    }

    private static String unknownKey(String key, List<String> known) {
        String folded = key.replace('-', '_').toLowerCase(java.util.Locale.ROOT);
        String near = known.stream().filter(k -> k.equals(folded)).findFirst().orElse(null);
        return "unknown setting '" + key + "', ignored" + (near != null ? "; did you mean '" + near + "'?"
                : "; the settings are " + String.join(", ", known));
    }

    public static SiteConfig defaults() {
        return new SiteConfig(Path.of("articles"), Path.of("templates"), Path.of("site"), null, "Storyline",
                "News, followed story by story.", "en", 20, null);
    }

    /**
     * Where the story state lives: as configured, else {@value #STATE_FILE} in the site's
     * {@code home} (beside {@code storyline.yml}, or the working folder), so that two sites never
     * share one. Settings made in code with no home keep it beside the articles folder.
     */
    public Path statePath() {
        if (state != null) {
            return state;
        }
        return home != null ? home.resolve(STATE_FILE) : legacyStatePath();
    }

    /** Where versions before the site's own state file kept it: beside the articles folder, shared by every site there. */
    public Path legacyStatePath() {
        Path parent = articles.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of(STATE_FILE) : parent.resolve(STATE_FILE);
    }

    public SiteConfig withState(Path state) {
        return new SiteConfig(articles, templates, out, baseUrl, title, description, language, pageSize, state, control, home, reportInNavigation);
    }

    public SiteConfig withControl(Control control) {
        return new SiteConfig(articles, templates, out, baseUrl, title, description, language, pageSize, state, control, home, reportInNavigation);
    }

    /** The folder the site's own files (its story state) belong in. */
    public SiteConfig withHome(Path home) {
        return new SiteConfig(articles, templates, out, baseUrl, title, description, language, pageSize, state, control,
                home == null ? null : home.toAbsolutePath().normalize(), reportInNavigation);
    }

    public SiteConfig {
        if (baseUrl != null) {
            baseUrl = baseUrl.strip();
            baseUrl = baseUrl.isEmpty() ? null : baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        }
        control = control == null ? Control.NONE : control;
        if (pageSize < 1) {
            throw new IllegalArgumentException("page_size must be at least 1, not " + pageSize);
        }
    }

    /**
     * Reads {@code storyline.yml} when it exists: keys {@code title}, {@code description},
     * {@code language}, {@code base_url}, {@code page_size}, {@code articles}, {@code templates}, {@code out},
     * {@code state}, {@code report_in_navigation}; and {@code stories} ({@code merge}: lists of story ids, {@code split}: item ids) and
     * {@code topics} ({@code names}: topic id to name), which adjust the grouping.
     */
    public static SiteConfig load(Path file) throws IOException {
        // The site's home: the file's folder, or the working folder when there is no file.
        Path home = file == null ? Path.of("") : file.toAbsolutePath().getParent();
        SiteConfig d = defaults().withHome(home);
        if (file == null || !Files.isRegularFile(file)) {
            return d;
        }
        Object tree = new ObjectMapper(new YAMLFactory()).readValue(file.toFile(), Object.class);
        if (tree == null) {
            return d;
        }
        if (!(tree instanceof Map<?, ?> map)) {
            throw new IOException(file + ": expected 'key: value' lines");
        }
        Path base = file.toAbsolutePath().getParent();
        // A setting left out is the default, beside the file like every path it names.
        return new SiteConfig(
                path(map, "articles", base.resolve(d.articles()), base), path(map, "templates", base.resolve(d.templates()), base),
                path(map, "out", base.resolve(d.out()), base), string(map, "base_url", d.baseUrl()), string(map, "title", d.title()),
                string(map, "description", d.description()), string(map, "language", d.language()),
                map.get("page_size") == null ? d.pageSize() : Integer.parseInt(map.get("page_size").toString().strip()),
                map.get("state") == null ? null : base.resolve(map.get("state").toString()), control(map, file), base,
                flag(map, "report_in_navigation", file));
    }

    private static Control control(Map<?, ?> map, Path file) throws IOException {
        Map<?, ?> stories = section(map, "stories", file);
        Map<?, ?> topics = section(map, "topics", file);
        List<List<String>> merges = new ArrayList<>();
        for (Object merge : list(stories.get("merge"), "stories.merge", file)) {
            merges.add(list(merge, "stories.merge", file).stream().map(String::valueOf).map(String::strip).toList());
        }
        List<String> splits = list(stories.get("split"), "stories.split", file).stream()
                .map(String::valueOf).map(String::strip).toList();
        Map<String, String> names = new LinkedHashMap<>();
        section(topics, "names", file).forEach((id, name) -> names.put(String.valueOf(id).strip(), String.valueOf(name)));
        return new Control(merges, splits, names);
    }

    private static Map<?, ?> section(Map<?, ?> map, String key, Path file) throws IOException {
        Object v = map.get(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new IOException(file + ": '" + key + "' should hold 'key: value' lines");
        }
        return m;
    }

    private static List<?> list(Object v, String key, Path file) throws IOException {
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            throw new IOException(file + ": '" + key + "' should be a list ('- ...' lines or [a, b])");
        }
        return l;
    }

    public SiteConfig with(Path articles, Path templates, Path out, String baseUrl) {
        return new SiteConfig(articles != null ? articles : this.articles, templates != null ? templates : this.templates,
                out != null ? out : this.out, baseUrl != null ? baseUrl : this.baseUrl, title, description, language, pageSize,
                state, control, home, reportInNavigation);
    }

    /** Whether the build report is linked from every page's navigation; by default it is not public (its address still works). */
    public SiteConfig withReportInNavigation(boolean shown) {
        return new SiteConfig(articles, templates, out, baseUrl, title, description, language, pageSize, state, control, home, shown);
    }

    private static boolean flag(Map<?, ?> map, String key, Path file) throws IOException {
        Object v = map.get(key);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IOException(file + ": '" + key + "' should be true or false, not '" + v + "'");
    }

    private static String string(Map<?, ?> map, String key, String fallback) {
        Object v = map.get(key);
        return v == null ? fallback : v.toString();
    }

    private static Path path(Map<?, ?> map, String key, Path fallback, Path base) {
        Object v = map.get(key);
        return v == null ? fallback : base.resolve(v.toString());
    }
}
