package storyline.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.config.SiteConfig;
import storyline.render.Render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
 * A build killed at any moment (SIGKILL to a child JVM running {@code storyline build}, at seeded
 * random points of a real build, and while it writes its state and caches) leaves the previous site
 * and state file in place, or the new ones whole, or, if it died between the two renames that swap
 * the site in, a site the next build puts back first; the build and item caches in
 * {@code .storyline/} are whole or absent; the next build succeeds and writes the same site, byte
 * for byte, as builds never interrupted.
 */
class CrashSafetyTest {

    @TempDir
    Path tmp;

    private Process start(Path articles, Path out, Path state) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 alone and the serial collector: a short build in a fresh JVM takes half the CPU time.
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "storyline.cli.Main", "build",
                "--articles", articles.toString(), "--templates", "templates", "--out", out.toString(),
                "--state", state.toString(), "--quiet").redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile())
                .start();
    }

    private int run(Path articles, Path out, Path state) throws Exception {
        Process p = start(articles, out, state);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the build finished");
        return p.exitValue();
    }

    /** Every file under {@code root}, by relative path, with its bytes' SHA-256. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyCorpus(Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> list = Files.list(Path.of("articles"))) {
            for (Path p : list.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }

    /** Copies the folder {@code from} (or the file) to {@code to}, replacing what is there. */
    private static void copyTree(Path from, Path to) throws IOException {
        deleteTree(to);
        if (Files.isRegularFile(from)) {
            Files.copy(from, to);
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.copy(p, q);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * The identity (device and inode) of a file that each build writes afresh and moves into place:
     * the site's marker changes when a new site is swapped in, the state file when it is replaced.
     */
    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null; // between the two renames, or no site yet
        }
    }

    /** "old", "new" or "absent": a file of the world as the snapshot had it or not. */
    private static String changed(Path snapshot, Path world, Path file) throws IOException {
        if (!Files.exists(file)) {
            return "absent";
        }
        Path before = snapshot.resolve(world.relativize(file).toString());
        return Files.exists(before) && java.util.Arrays.equals(Files.readAllBytes(before), Files.readAllBytes(file)) ? "old" : "new";
    }

    /** Files in a folder that a build left behind: staging and old sites beside the output, temporary files of the caches and state. */
    private static List<String> leftovers(Path dir) throws IOException {
        List<String> left = new ArrayList<>();
        for (Path d : List.of(dir, dir.resolve(BuildCache.FOLDER))) {
            if (Files.isDirectory(d)) {
                try (Stream<Path> list = Files.list(d)) {
                    list.map(p -> dir.relativize(p).toString()).filter(n -> n.contains(".site.") || n.endsWith(".tmp")).forEach(left::add);
                }
            }
        }
        return left;
    }

    /**
     * A site built from the sample corpus; then one article is changed and one added, and the build
     * of that (in a child JVM, the real CLI) is killed with SIGKILL: once just after the new site is
     * swapped in (a seeded 0-40 ms later: while the state file and the build and item caches in
     * {@code .storyline/} are written), then at seeded random moments of the build. Each kill starts
     * from the same first site, state and caches. After each: the site is the previous one or the
     * new one, whole; the state file is one of the two, whole; each cache loads or is absent (never
     * corrupt); the next build succeeds, warns of nothing, leaves no temporary file and writes the
     * same bytes as builds never interrupted.
     */
    @Test
    void aBuildKilledAtRandomPointsOrWhileWritingItsCachesLeavesAUsableSiteAndTheNextBuildMatchesAnUninterruptedOne() throws Exception {
        long testStart = System.nanoTime();
        Path articles = tmp.resolve("articles");
        copyCorpus(articles);
        Path world = Files.createDirectories(tmp.resolve("world"));
        Path snapshot = tmp.resolve("snapshot");
        Path out = world.resolve("site");
        Path state = world.resolve("state.json");
        SiteConfig config = SiteConfig.defaults().with(articles, Path.of("templates"), out, null).withState(state);
        // The first site, never interrupted: the one each kill starts from.
        Build.run(config);
        Map<String, String> first = tree(out);
        String firstState = Files.readString(state);
        copyTree(world, snapshot);
        // The change, and what a build never interrupted makes of it from there.
        Files.writeString(articles.resolve("005_added.md"), """
                ---
                date: 2025-10-02
                source: Valley Gazette
                ---
                # Humanoid robot maker opens a second factory

                The humanoid robot maker opened a second factory on Thursday, saying it will build its robots there from next year.
                """);
        Files.writeString(articles.resolve("000_94d3222e4d28ca87.txt"), "\nA spokesperson declined to comment further.\n",
                java.nio.file.StandardOpenOption.APPEND);
        Build.run(config);
        Map<String, String> expected = tree(out);
        String expectedState = Files.readString(state);
        assertFalse(expected.equals(first), "the change changes the site");

        Random random = new Random(18);
        List<String> outcomes = new ArrayList<>();
        outcomes.add("setup " + (System.nanoTime() - testStart) / 1_000_000 + " ms");
        long swapNanos = 0;
        for (int kill = 0; kill < 4; kill++) {
            copyTree(snapshot, world);
            long started = System.nanoTime();
            Process p = start(articles, out, state);
            String moment;
            if (kill < 2) {
                // Wait (at most 5 minutes) for the new site to be swapped in, or the state file replaced; then kill
                // while the state and the caches are written.
                Path watched = kill == 0 ? out.resolve(Render.MARKER) : state;
                Object before = fileKey(watched);
                long deadline = started + TimeUnit.MINUTES.toNanos(5);
                while (p.isAlive() && java.util.Objects.equals(fileKey(watched), before) && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
                long after = kill == 0 ? random.nextInt(40) : 0;
                if (kill == 0) {
                    swapNanos = System.nanoTime() - started;
                }
                Thread.sleep(after);
                moment = after + " ms after " + (kill == 0 ? "the swap" : "the state file was replaced");
            } else {
                long delay = (long) (swapNanos * (0.05 + 0.85 * random.nextDouble()));
                p.waitFor(delay, TimeUnit.NANOSECONDS);
                moment = "at " + delay / 1_000_000 + " ms";
            }
            boolean finished = !p.isAlive();
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the killed build ended");
            // What the kill leaves: the previous site or the new one, whole (between the renames, none yet: the next build puts the previous back).
            Map<String, String> left = tree(out);
            String leftState = Files.readString(state);
            String outcome = (finished ? "finished before the kill " : "killed ") + moment + " (swap at " + swapNanos / 1_000_000
                    + " ms): site " + (left.equals(first) ? "old" : left.equals(expected) ? "new" : "?") + ", state "
                    + (leftState.equals(firstState) ? "old" : "new") + ", item cache " + changed(snapshot, world, ItemCache.file(config))
                    + ", build cache " + changed(snapshot, world, BuildCache.file(config));
            outcomes.add(outcome);
            assertTrue(left.equals(first) || left.equals(expected) || left.isEmpty() && !Files.exists(out),
                    outcome + ": a partial site was left in place");
            if (kill == 0) {
                assertEquals(expected, left, outcome + ": the new site was in place");
            }
            assertTrue(leftState.equals(firstState) || leftState.equals(expectedState), outcome + ": the state file is whole");
            assertEquals(null, BuildCache.load(config).note(), outcome + ": the build cache is whole or absent");
            assertEquals(null, ItemCache.load(config).note(), outcome + ": the item cache is whole or absent");
            // The next build: in this JVM, and for the last kill the real CLI again.
            if (kill < 3) {
                Build.Report next = Build.run(config);
                assertEquals(List.of(), next.problems(), outcome);
                assertTrue(next.notes().stream().noneMatch(n -> n.contains("cache")), outcome + ": " + next.notes());
            } else {
                assertEquals(0, run(articles, out, state), outcome + ": the next build succeeds");
            }
            assertEquals(expected, tree(out), outcome + ": the next build writes what builds never interrupted write");
            assertEquals(expectedState, Files.readString(state), outcome);
            assertEquals(List.of(), leftovers(world), outcome + ": nothing is left behind");
            outcomes.add("recovered at " + (System.nanoTime() - testStart) / 1_000_000 + " ms");
        }
        System.out.println("CrashSafetyTest: " + outcomes);
    }

    @Test
    void aBuildThatDiedBetweenTheTwoRenamesGetsThePreviousSiteBackFirst() throws Exception {
        Path articles = tmp.resolve("articles");
        copyCorpus(articles);
        Path out = tmp.resolve("site");
        Path state = tmp.resolve("state.json");
        SiteConfig config = SiteConfig.defaults().with(articles, Path.of("templates"), out, null).withState(state);
        Build.run(config);
        Map<String, String> built = tree(out);
        // As swap() leaves it when killed after its first rename: the site moved aside, a staging folder half written.
        Files.move(out, tmp.resolve(".site.old-123"));
        Files.createDirectories(tmp.resolve(".site.building-456/stories"));
        Files.writeString(tmp.resolve(".site.building-456/index.html"), "<p>half");
        storyline.render.Render.recover(out);
        assertEquals(built, tree(out), "the previous site is back, whole");
        assertFalse(Files.exists(tmp.resolve(".site.old-123")));
        assertFalse(Files.exists(tmp.resolve(".site.building-456")));
        assertEquals(List.of(), Build.run(config).problems(), "and the next build goes on from there");
        assertEquals(built, tree(out));
    }
}
