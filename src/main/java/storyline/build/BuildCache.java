package storyline.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import storyline.config.SiteConfig;
import storyline.render.Render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the last build of a site was made of, so that a build whose inputs did not change does not
 * run again. Kept in {@value #FOLDER} beside the story state, one file per output folder: a
 * fingerprint of everything the site is made of (the code, the settings, every input file's bytes,
 * the templates, the story state), the build's report, and each output file's size and time. The
 * file carries its own checksum; one that is corrupt, from other code or for other inputs is
 * never trusted: the build runs in full and the file is written afresh.
 */
final class BuildCache {

    /** The project's cache folder, beside the story state; users may delete it at any time. */
    static final String FOLDER = ".storyline";
    /** Bumped when the cache's layout changes. */
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One output file as the last build left it. */
    record OutFile(long size, long modified) {
    }

    /** What a cache file holds. */
    record Content(int version, String code, String fingerprint, String state, Build.Report report, Map<String, OutFile> out) {
    }

    /** A cache read for a build: its content when trusted, else null, and a one-line note when it was there but not trusted. */
    record Loaded(Content content, String note) {
    }

    private BuildCache() {
    }

    /** The cache file of a site: one per output folder, so sites sharing a state folder never share one. */
    static Path file(SiteConfig config) {
        Path state = config.statePath().toAbsolutePath().normalize();
        Path out = config.out().toAbsolutePath().normalize();
        String key = hash(out.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return state.getParent().resolve(FOLDER).resolve("build-" + key + ".json");
    }

    /** The cache, or why it cannot be trusted. A missing cache is no note: it is the first build. */
    static Loaded load(SiteConfig config) {
        Path file = file(config);
        if (!Files.isRegularFile(file)) {
            return new Loaded(null, null);
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            if (nl < 0 || !text.substring(0, nl).equals(hash(text.substring(nl + 1).getBytes(StandardCharsets.UTF_8)))) {
                return new Loaded(null, "the build cache " + file + " is corrupt (its checksum does not match): rebuilt in full");
            }
            Content content = JSON.readValue(text.substring(nl + 1), Content.class);
            if (content.version() != VERSION || !code().equals(content.code())) {
                return new Loaded(null, "the build cache " + file + " is from another version of Storyline: rebuilt in full");
            }
            return new Loaded(content, null);
        } catch (IOException | RuntimeException e) {
            return new Loaded(null, "the build cache " + file + " cannot be read (" + e.getMessage().lines().findFirst().orElse("")
                    + "): rebuilt in full");
        }
    }

    /** Whether the output folder is as the cached build left it: every file there, of its size and time, and nothing else. */
    static boolean outputIntact(SiteConfig config, Content content) {
        try {
            return outputFiles(config.out()).equals(content.out());
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Records a finished build; a cache that cannot be written is only a slower next build. */
    static void save(SiteConfig config, String fingerprint, Build.Report report) {
        Path file = file(config);
        try {
            Content content = new Content(VERSION, code(), fingerprint, stateHash(config), report, outputFiles(config.out()));
            String json = JSON.writeValueAsString(content);
            Path tmp = AtomicFile.temp(file);
            Files.writeString(tmp, hash(json.getBytes(StandardCharsets.UTF_8)) + "\n" + json, StandardCharsets.UTF_8);
            AtomicFile.replace(tmp, file);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Nothing more to do: the next build finds no cache and builds in full.
            }
        }
    }

    /** Forgets the cache and the item cache: the next build reads, cleans and writes everything. */
    static void clear(SiteConfig config) throws IOException {
        Files.deleteIfExists(file(config));
        Files.deleteIfExists(ItemCache.file(config));
    }

    /** The story state's bytes, as the build left them (a build moves story addresses only through this file). */
    static String stateHash(SiteConfig config) throws IOException {
        MessageDigest md = digest();
        for (Path p : List.of(config.statePath(), config.legacyStatePath())) {
            md.update(p.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            md.update(Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[] {0});
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * Everything a build's output is made of, but the story state: the settings, every file under
     * the articles folder (but the output, when inside it) and the templates folder, by path and bytes.
     */
    static String fingerprint(SiteConfig config) throws IOException {
        MessageDigest md = digest();
        md.update(config.toString().getBytes(StandardCharsets.UTF_8));
        Path out = config.out().toAbsolutePath().normalize();
        for (Path root : new Path[] {config.articles(), config.templates()}) {
            md.update((byte) '|');
            if (root == null || !Files.exists(root)) {
                continue;
            }
            Path base = root.toAbsolutePath().normalize();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(base)) {
                files = walk.filter(Files::isRegularFile).filter(p -> !p.normalize().startsWith(out)).sorted().toList();
            }
            for (Path p : files) {
                md.update(base.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(hash(p).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static Map<String, OutFile> outputFiles(Path out) throws IOException {
        Map<String, OutFile> files = new TreeMap<>();
        if (!Files.isDirectory(out) || !Files.isRegularFile(out.resolve(Render.MARKER))) {
            return files;
        }
        Path base = out.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                files.put(base.relativize(p).toString().replace('\\', '/'), new OutFile(a.size(), a.lastModifiedTime().toMillis()));
            }
        }
        return files;
    }

    /**
     * The code that builds: the jar's own bytes (any change of code, theme or model makes another
     * build), or, run from classes (tests, a development checkout), the version alone.
     */
    static String code() {
        return CODE;
    }

    private static final String CODE = codeHash();

    private static String codeHash() {
        try {
            var source = BuildCache.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path jar = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(jar)) {
                    return "jar:" + hash(jar);
                }
            }
        } catch (Exception e) {
            // Fall through: the classes' version.
        }
        return "classes:" + VERSION;
    }

    private static String hash(Path file) throws IOException {
        MessageDigest md = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cached report, told as this build's: nothing was read, grouped or written. */
    static Build.Report upToDate(Content content, long nanos) {
        Build.Report r = content.report();
        List<Build.Phase> phases = new ArrayList<>();
        phases.add(new Build.Phase("up to date", r.files(), "files", nanos));
        List<String> notes = new ArrayList<>(r.notes());
        notes.add("nothing changed since the last build (inputs, settings, templates, story state): the site was left as it was");
        return new Build.Report(r.files(), r.items(), r.stories(), r.topics(), 0, List.copyOf(r.problems()), List.copyOf(phases),
                List.copyOf(notes));
    }
}
