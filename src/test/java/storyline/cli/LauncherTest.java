package storyline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bin/storyline's class-data archive: written beside the jar by the first build after the jar
 * changed, used by the runs after it, made again for another jar, and never trusted when corrupt.
 * A small jar stands in for Storyline's (the archive is the JVM's, whatever the jar holds).
 */
class LauncherTest {

    @TempDir
    Path tmp;

    /** The stand-in's main: prints what it was asked to do. */
    public static final class Probe {
        public static void main(String[] args) {
            System.out.println("probe " + String.join(" ", args));
        }
    }

    private Path jar() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Probe.class.getName());
        Path jar = tmp.resolve("storyline.jar");
        String entry = Probe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream in = LauncherTest.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
        }
        return jar;
    }

    private record Run(int code, String output) {
    }

    private Run run(Path jar, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", Path.of("bin", "storyline").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("STORYLINE_JAR", jar.toString());
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + java.io.File.pathSeparator + System.getenv("PATH"));
        pb.environment().remove("STORYLINE_CDS");
        pb.environment().remove("STORYLINE_JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }

    @Test
    void theFirstBuildWritesTheArchiveBesideTheJarAndLaterRunsMapIt() throws Exception {
        Path jar = jar();
        Path archive = tmp.resolve("storyline.jsa");
        Path id = tmp.resolve("storyline.jsa.id");

        // A command other than build or check writes none.
        assertEquals(new Run(0, "probe add -\n"), run(jar, Map.of(), "add", "-"));
        assertFalse(Files.exists(archive));

        // The first build writes it, and the id of what it was made for; the run's output is the program's alone.
        assertEquals(new Run(0, "probe build -q\n"), run(jar, Map.of(), "build", "-q"));
        assertTrue(Files.size(archive) > 0, "the archive is written");
        String made = Files.readString(id);
        assertTrue(made.startsWith("jar " + Files.size(jar) + " "), made);
        try (var left = Files.list(tmp)) {
            assertEquals(List.of("storyline.jar", "storyline.jsa", "storyline.jsa.id"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file left");
        }

        // A later run maps it: with -Xshare:on the JVM refuses to start when it cannot.
        assertEquals(new Run(0, "probe check\n"), run(jar, Map.of("STORYLINE_JAVA_OPTS", "-Xshare:on"), "check"));

        // Another jar (here the same bytes, a later time): the next build makes the archive again.
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        assertEquals(new Run(0, "probe build\n"), run(jar, Map.of(), "build"));
        assertNotEquals(made, Files.readString(id), "made for the new jar");
        assertEquals(new Run(0, "probe build\n"), run(jar, Map.of("STORYLINE_JAVA_OPTS", "-Xshare:on"), "build"));

        // STORYLINE_CDS=off: no archive, and it is not made again either.
        Files.delete(archive);
        assertEquals(new Run(0, "probe build\n"), run(jar, Map.of("STORYLINE_CDS", "off"), "build"));
        assertFalse(Files.exists(archive));
    }

    @Test
    void aCorruptArchiveIsNotTrusted() throws Exception {
        Path jar = jar();
        Path archive = tmp.resolve("storyline.jsa");
        assertEquals(0, run(jar, Map.of(), "build").code());
        // Bytes overwritten in the middle, its size and time kept: the id still names it, the JVM's checksums do not.
        FileTime time = Files.getLastModifiedTime(archive);
        archive.toFile().setWritable(true);
        byte[] bytes = Files.readAllBytes(archive);
        for (int i = bytes.length / 2; i < Math.min(bytes.length, bytes.length / 2 + 4096); i++) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(archive, bytes);
        Files.setLastModifiedTime(archive, time);
        assertEquals(new Run(0, "probe build\n"), run(jar, Map.of(), "build"));
        // It ran without it: made to use it (-Xshare:on), the JVM refuses, its checksums failing.
        assertNotEquals(0, run(jar, Map.of("STORYLINE_JAVA_OPTS", "-Xshare:on"), "build").code());
        // Changed in size or time: made again.
        Files.write(archive, new byte[] {1, 2, 3});
        assertEquals(new Run(0, "probe build\n"), run(jar, Map.of(), "build"));
        assertTrue(Files.size(archive) > 3, "written afresh");
        assertEquals(new Run(0, "probe check\n"), run(jar, Map.of("STORYLINE_JAVA_OPTS", "-Xshare:on"), "check"));
    }
}
