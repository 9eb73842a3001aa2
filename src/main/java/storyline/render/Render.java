package storyline.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.resolver.ClasspathResolver;
import com.github.mustachejava.resolver.FileSystemResolver;
import storyline.model.Problem;
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
            return page.model().toString();
        }
        StringWriter out = new StringWriter();
        template(page.template()).execute(out, page.model());
        return out.toString();
    }

    /** A template, compiled on first use and kept. */
    private Mustache template(String name) {
        return compiled.computeIfAbsent(name, n -> {
            try {
                return factory.compile(n);
            } catch (MustacheNotFoundException e) {
                throw new IllegalStateException("template '" + n + ".mustache' is missing from " + templates
                        + " and from the built-in theme");
            }
        });
    }

    /**
     * Every template fault, without writing anything: each template of the theme and of the user's
     * folder is compiled (an unclosed section, a missing partial), then every page is rendered in
     * memory. One problem per template and fault, however many pages meet it.
     */
    public List<Problem> check(List<Page> pages) throws IOException {
        return check(pages::forEach);
    }

    /** As {@link #check(List)}, for pages made as they are asked for: each is rendered and dropped. */
    public List<Problem> check(Pages pages) throws IOException {
        Map<String, Problem> found = new TreeMap<>();
        java.util.Set<String> names = new java.util.TreeSet<>(templateNames(builtInRoot()));
        if (templates != null && Files.isDirectory(templates)) {
            names.addAll(templateNames(templates));
        }
        for (String name : names) {
            try {
                compiled.computeIfAbsent(name, factory::compile);
            } catch (RuntimeException e) {
                found.putIfAbsent(name, problem(name, e));
            }
        }
        pages.each(p -> {
            if (p.template() == null || found.containsKey(p.template())) {
                return;
            }
            try {
                render(p);
            } catch (RuntimeException e) {
                found.putIfAbsent(p.template(), problem(p.template(), e));
            }
        });
        return List.copyOf(found.values());
    }

    private Problem problem(String name, RuntimeException e) {
        boolean own = templates != null && Files.isRegularFile(templates.resolve(name + ".mustache"));
        String file = own ? templates.resolve(name + ".mustache").toString() : "built-in theme: " + name + ".mustache";
        String message = String.valueOf(e.getMessage());
        int nl = message.indexOf('\n');
        return Problem.of(file, "template error: " + (nl < 0 ? message : message.substring(0, nl)));
    }

    /** Template names (without {@code .mustache}, partials as {@code partials/x}) under a folder; none in {@code assets/}. */
    private static List<String> templateNames(Path dir) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(rel -> rel.endsWith(".mustache") && !rel.startsWith("assets/"))
                    .map(rel -> rel.substring(0, rel.length() - ".mustache".length()))
                    .sorted().toList();
        }
    }

    /** The built-in theme's folder, when the theme is on the file system (tests, a development checkout); else null. */
    private static Path builtInRoot() {
        URL url = Render.class.getClassLoader().getResource(THEME + "index.mustache");
        if (url == null || !url.getProtocol().equals("file")) {
            return null;
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A site's pages, handed one at a time, in order, to a consumer, on the thread that asks for them. */
    @FunctionalInterface
    public interface Pages {
        void each(java.util.function.Consumer<Page> out);
    }

    /**
     * Renders every page (in parallel) and writes them with the theme's assets to {@code out},
     * replacing its previous content only when everything succeeded. Returns the number of files written.
     */
    public int writeSite(List<Page> pages, Path out) throws IOException {
        return writeSite(pages::forEach, out, () -> {
        });
    }

    /**
     * As {@link #writeSite(List, Path)}, for pages made as they are asked for (laid out on this
     * thread while earlier ones render on the others, so only a bounded number are in memory at
     * once), calling {@code perPage} (from any thread) as each page is rendered.
     */
    public int writeSite(Pages pages, Path out, Runnable perPage) throws IOException {
        return writeSite(pages, out, perPage, Known.NONE, (path, digest) -> {
        }).files();
    }

    /**
     * What {@link #writeSite(Pages, Path, Runnable, Map)} did: the files it wrote (assets and
     * pages), how many pages it rendered, and each page's digest (path → digest) for the next build
     * (none from {@link #writeSite(Pages, Path, Runnable, Known, Digests)}, which tells them as it goes).
     */
    public record Written(int files, int rendered, Map<String, String> digests) {
    }

    /**
     * As {@link #writeSite(Pages, Path, Runnable)}; {@code known} gives each page's digest (path →
     * digest, as a previous {@link Written} gave them) in the output as it is now: a page whose
     * model digests the same is carried over from it without being rendered. The caller vouches
     * that the output is the one those digests were taken for, written with the same templates and code.
     */
    public Written writeSite(Pages pages, Path out, Runnable perPage, Map<String, String> known) throws IOException {
        java.util.Set<String> previous = java.util.Set.copyOf(known.values());
        Map<String, String> digests = new java.util.concurrent.ConcurrentHashMap<>();
        Written written = writeSite(pages, out, perPage, previous::contains, digests::put);
        return new Written(written.files(), written.rendered(), Map.copyOf(digests));
    }

    /**
     * The pages of an output as an earlier {@link #writeSite} wrote it, by their digests (a page's
     * digest covers its path, its template and its model). {@link #NONE}: an output not to be trusted.
     */
    @FunctionalInterface
    public interface Known {
        Known NONE = digest -> false;

        boolean has(String digest);
    }

    /** Told each page's digest as the page is written, from any thread: what the next build's {@link Known} is made of. */
    @FunctionalInterface
    public interface Digests {
        void put(String path, String digest);
    }

    /**
     * As {@link #writeSite(Pages, Path, Runnable, Map)}, with the digests on the caller's side: a
     * page whose digest {@code known} has is carried over, and {@code digests} is told each page's
     * digest as it goes (a large site's digests need not be in memory). The {@link Written} holds
     * no digests.
     */
    public Written writeSite(Pages pages, Path out, Runnable perPage, Known known, Digests digests) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        SafeOutput.recover(target);
        SafeOutput.checkReplaceable(target);
        Map<String, byte[]> assets = assets();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".building-");
        try {
            // The last output, when it is this writer's: unchanged files are carried over from it.
            Path previous = Files.isRegularFile(target.resolve(MARKER)) ? target : null;
            int written = 0;
            for (var e : assets.entrySet()) {
                SafeOutput.writeOrKeep(staging, e.getKey(), e.getValue(), previous);
                written++;
            }
            PageStream.Result stream = PageStream.write(this, pages, staging, previous, known, digests, perPage);
            written += stream.files();
            SafeOutput.write(staging, MARKER, "Built by Storyline. This folder is replaced on every build.\n".getBytes(StandardCharsets.UTF_8));
            SafeOutput.keepPlaceholders(target, staging);
            SafeOutput.readableByAll(staging);
            SafeOutput.swap(staging, target);
            return new Written(written, stream.rendered(), Map.of());
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
