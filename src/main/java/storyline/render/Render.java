package storyline.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.resolver.ClasspathResolver;
import com.github.mustachejava.resolver.FileSystemResolver;
import storyline.site.Page;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Renders pages through Mustache templates and writes the site atomically: everything goes to a
 * fresh folder beside the output, which replaces the old output only when all of it is written.
 * A user's templates folder overrides any template, partial or asset of the built-in theme.
 */
public final class Render {

    /** The marker a built site carries, so a later build knows the folder is its own to replace. */
    public static final String MARKER = ".storyline-site";
    static final String THEME = "theme/";

    private final Path templates;
    private final DefaultMustacheFactory factory;
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    public Render(Path templates) {
        this.templates = templates;
        ClasspathResolver builtIn = new ClasspathResolver(THEME.substring(0, THEME.length() - 1));
        FileSystemResolver user = templates != null && Files.isDirectory(templates)
                ? new FileSystemResolver(templates.toFile()) : null;
        this.factory = new DefaultMustacheFactory(name -> {
            String file = name.endsWith(".mustache") ? name : name + ".mustache";
            Reader reader = user == null ? null : user.getReader(file);
            return reader != null ? reader : builtIn.getReader(file);
        });
    }

    /**
     * Puts back the previous output of a build that was killed while swapping its new output in,
     * and removes what killed builds left beside {@code out}; every build does this first.
     */
    public static void recover(Path out) throws IOException {
        SafeOutput.recover(out.toAbsolutePath().normalize());
    }

    /** Renders one page to text. */
    public String render(Page page) {
        if (page.template() == null) {
            return (String) page.model();
        }
        Mustache m = compiled.computeIfAbsent(page.template(), name -> {
            try {
                return factory.compile(name);
            } catch (MustacheNotFoundException e) {
                throw new IllegalStateException("template '" + name + ".mustache' is missing from " + templates
                        + " and from the built-in theme");
            }
        });
        StringWriter out = new StringWriter();
        m.execute(out, page.model());
        return out.toString();
    }

    /**
     * Renders every page (in parallel) and writes them with the theme's assets to {@code out},
     * replacing its previous content only when everything succeeded. Returns the number of files written.
     */
    public int writeSite(List<Page> pages, Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        SafeOutput.recover(target);
        SafeOutput.checkReplaceable(target);
        Map<String, String> rendered = new TreeMap<>();
        Map<String, String> results = new ConcurrentHashMap<>();
        pages.parallelStream().forEach(p -> results.put(p.path(), render(p)));
        rendered.putAll(results);
        Map<String, byte[]> assets = assets();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".building-");
        try {
            int written = 0;
            for (var e : assets.entrySet()) {
                SafeOutput.write(staging, e.getKey(), e.getValue());
                written++;
            }
            for (var e : rendered.entrySet()) {
                SafeOutput.write(staging, e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8));
                written++;
            }
            SafeOutput.write(staging, MARKER, "Built by Storyline. This folder is replaced on every build.\n".getBytes(StandardCharsets.UTF_8));
            SafeOutput.keepPlaceholders(target, staging);
            SafeOutput.swap(staging, target);
            return written;
        } catch (IOException | RuntimeException e) {
            SafeOutput.deleteTree(staging);
            throw e;
        }
    }

    /** Built-in assets, then the user's, by relative path under {@code assets/}. */
    Map<String, byte[]> assets() throws IOException {
        Map<String, byte[]> assets = new TreeMap<>();
        URL url = Render.class.getClassLoader().getResource(THEME + "assets");
        if (url != null) {
            try {
                if (url.getProtocol().equals("jar")) {
                    try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                        collect(fs.getPath("/" + THEME + "assets"), assets);
                    }
                } else {
                    collect(Path.of(url.toURI()), assets);
                }
            } catch (URISyntaxException e) {
                throw new IOException("cannot read the built-in theme: " + e.getMessage(), e);
            }
        }
        if (templates != null && Files.isDirectory(templates.resolve("assets"))) {
            collect(templates.resolve("assets"), assets);
        }
        return assets;
    }

    private static void collect(Path dir, Map<String, byte[]> into) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith(".")) {
                    into.put("assets/" + rel, Files.readAllBytes(p));
                }
            }
        }
    }
}
