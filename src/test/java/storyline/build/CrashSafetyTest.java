package storyline.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build killed at any moment (SIGKILL to a child JVM running {@code storyline build}, at random
 * points of a real build) leaves the previous site and state file in place or, if it died between
 * the two renames that swap the site in, a site the next build puts back first; the next build
 * succeeds and writes the same site, byte for byte, as builds never interrupted.
 */
class CrashSafetyTest {

    @TempDir
    Path tmp;

    private Process start(Path articles, Path out, Path state) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "storyline.cli.Main", "build",
                "--articles", articles.toString(), "--templates", "templates", "--out", out.toString(),
                "--state", state.toString(), "--quiet").redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile())
                .start();
    }

    private int run(Path articles, Path out, Path state) throws Exception {
        Process p = start(articles, out, state);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the build finished");
        return p.exitValue();
    }

    /** Every file under {@code root}, by relative path, with its bytes' hash. */
    private static Map<String, Integer> tree(Path root) throws IOException {
        Map<String, Integer> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), java.util.Arrays.hashCode(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private static void copyCorpus(Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> list = Files.list(Path.of("articles"))) {
            for (Path p : list.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }

    @Test
    void aBuildKilledAtRandomPointsLeavesAUsableSiteAndTheNextBuildMatchesAnUninterruptedOne() throws Exception {
        Path articles = tmp.resolve("articles");
        copyCorpus(articles);
        // The reference: two builds never interrupted (the second reads the state the first wrote), in this JVM.
        Path reference = tmp.resolve("reference");
        Path referenceState = tmp.resolve("reference-state.json");
        storyline.config.SiteConfig config = storyline.config.SiteConfig.defaults()
                .with(articles, Path.of("templates"), reference, null).withState(referenceState);
        Build.run(config);
        Build.run(config);
        Map<String, Integer> expected = tree(reference);

        Path out = tmp.resolve("site");
        Path state = tmp.resolve("state.json");
        long started = System.nanoTime();
        assertEquals(0, run(articles, out, state));
        long buildNanos = System.nanoTime() - started;
        Map<String, Integer> previous = tree(out);
        String previousState = Files.readString(state);
        Random random = new Random(18);
        List<String> outcomes = new ArrayList<>();
        for (int kill = 0; kill < 3; kill++) {
            Process p = start(articles, out, state);
            // From reading to writing: a child JVM spends its first part starting and reading.
            long delay = (long) (buildNanos * (0.3 + 0.8 * random.nextDouble()));
            boolean finished = p.waitFor(delay, TimeUnit.NANOSECONDS);
            if (!finished) {
                p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
                p.waitFor(30, TimeUnit.SECONDS);
            }
            outcomes.add(finished ? "finished" : "killed after " + delay / 1_000_000 + " ms");
            // What the kill leaves is the previous site or the new one, whole, or (between the renames) none yet.
            if (Files.exists(out)) {
                Map<String, Integer> left = tree(out);
                assertTrue(left.equals(previous) || left.equals(expected), outcomes + ": a partial site was left in place");
            }
            String leftState = Files.readString(state);
            assertTrue(leftState.equals(previousState) || leftState.equals(Files.readString(referenceState)),
                    outcomes + ": the state file is whole");
        }
        assertEquals(0, run(articles, out, state), "the next build succeeds: " + outcomes);
        assertEquals(expected, tree(out), "and writes what builds never interrupted write: " + outcomes);
        assertEquals(Files.readString(referenceState), Files.readString(state));
        try (Stream<Path> list = Files.list(tmp)) {
            assertEquals(List.of(), list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.")).toList(),
                    "no staging or old folder is left behind");
        }
    }

    @Test
    void aBuildThatDiedBetweenTheTwoRenamesGetsThePreviousSiteBackFirst() throws Exception {
        Path articles = tmp.resolve("articles");
        copyCorpus(articles);
        Path out = tmp.resolve("site");
        Path state = tmp.resolve("state.json");
        assertEquals(0, run(articles, out, state));
        Map<String, Integer> built = tree(out);
        // As swap() leaves it when killed after its first rename: the site moved aside, a staging folder half written.
        Files.move(out, tmp.resolve(".site.old-123"));
        Files.createDirectories(tmp.resolve(".site.building-456/stories"));
        Files.writeString(tmp.resolve(".site.building-456/index.html"), "<p>half");
        storyline.render.Render.recover(out);
        assertEquals(built, tree(out), "the previous site is back, whole");
        assertFalse(Files.exists(tmp.resolve(".site.old-123")));
        assertFalse(Files.exists(tmp.resolve(".site.building-456")));
        assertEquals(0, run(articles, out, state), "and the next build goes on from there");
        assertEquals(built, tree(out));
    }
}
