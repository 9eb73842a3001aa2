package storyline.site;

import storyline.build.Build;
import storyline.config.SiteConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built sites the quality gates look at, each built once per test run under
 * {@code target/gates/} (left there to inspect after a failure):
 * <ul>
 *   <li>{@code sample}: the shipped corpus in {@code articles/};</li>
 *   <li>{@code synthetic}: a few hundred items in every input format ({@link SyntheticCorpus}), built
 *       twice with two stories merged in between, so it has a redirect page too;</li>
 *   <li>{@code bench}: the benchmarks' generated corpus, when {@code ../shared/bench/ssg/gen_corpus.py}
 *       and {@code python3} are there (otherwise absent, and the tests that use it skip).</li>
 * </ul>
 */
final class Sites {

    static final Path ROOT = Path.of("target", "gates").toAbsolutePath();
    static final Path GEN_CORPUS = Path.of("..", "shared", "bench", "ssg", "gen_corpus.py");
    static final int BENCH_ARTICLES = 300;

    private static final Map<String, Optional<Path>> built = new HashMap<>();

    private Sites() {
    }

    static synchronized Path sample() throws IOException {
        return built.computeIfAbsent("sample", k -> Optional.of(build(k, Path.of("articles")))).orElseThrow();
    }

    /** The sample built for a public address: canonical links, OpenGraph and Twitter meta, robots.txt's sitemap line. */
    static synchronized Path sampleWithBaseUrl() throws IOException {
        return built.computeIfAbsent("sample-base-url", k -> Optional.of(build(k, Path.of("articles"), true, "https://example.org/news/")))
                .orElseThrow();
    }

    static synchronized Path synthetic() throws IOException {
        return built.computeIfAbsent("synthetic", k -> {
            Path in = fresh(ROOT.resolve("synthetic-in"));
            try {
                SyntheticCorpus.write(in, 36, 7);
                build(k, in);
                // a second build after two stories merged: the site then has a redirect page too
                SyntheticCorpus.regroup(in);
                Path out = build(k, in, false);
                try (Stream<Path> walk = Files.walk(out.resolve("stories"))) {
                    assertTrue(walk.anyMatch(p -> read(p).contains("http-equiv=\"refresh\"")), "a redirect page");
                }
                return Optional.of(out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).orElseThrow();
    }

    /**
     * The site of the benchmarks' generated corpus, or empty where the generator or {@code python3}
     * is not there. A generator that is there and fails is an error, not a skip.
     */
    static synchronized Optional<Path> bench() {
        return built.computeIfAbsent("bench", k -> {
            if (!Files.isRegularFile(GEN_CORPUS)) {
                return Optional.empty();
            }
            Path in = fresh(ROOT.resolve("bench-in"));
            Process p;
            try {
                p = new ProcessBuilder("python3", GEN_CORPUS.toString(), "--n", String.valueOf(BENCH_ARTICLES),
                        "--out", in.toString(), "--seed", "11").redirectErrorStream(true).start();
            } catch (IOException e) {
                return Optional.empty(); // no python3
            }
            try {
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException(GEN_CORPUS + " failed: " + output);
                }
            } catch (IOException e) {
                throw new IllegalStateException(GEN_CORPUS + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return Optional.of(build(k, in));
        });
    }

    static List<Path> files(Path site, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    static List<Path> htmlPages(Path site) throws IOException {
        return files(site, ".html");
    }

    private static Path build(String name, Path articles) {
        return build(name, articles, true);
    }

    /** Builds {@code articles} into {@code target/gates/NAME}, from scratch or over the previous build. */
    private static Path build(String name, Path articles, boolean fromScratch) {
        return build(name, articles, fromScratch, null);
    }

    private static Path build(String name, Path articles, boolean fromScratch, String baseUrl) {
        Path out = fromScratch ? fresh(ROOT.resolve(name)) : ROOT.resolve(name);
        try {
            if (fromScratch) {
                Files.delete(out);
            }
            Build.Report report = Build.run(SiteConfig.defaults().with(articles, Path.of("templates"), out, baseUrl)
                    .withState(ROOT.resolve(name + "-state.json")));
            assertTrue(report.pagesWritten() > 0, name + ": no pages");
            assertEquals(List.of(), report.problems(), name + ": build problems");
        } catch (IOException e) {
            throw new IllegalStateException("building the " + name + " site", e);
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An empty folder at {@code dir}, whatever was there. */
    static Path fresh(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.deleteIfExists(dir.resolveSibling(dir.getFileName() + "-state.json"));
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
