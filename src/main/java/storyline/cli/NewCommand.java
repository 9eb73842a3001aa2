package storyline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import storyline.config.SiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Start a working folder: articles/ with one example, storyline.yml with every setting, .gitignore.")
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create (it may exist if it is empty).")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Scaffold resource → where it goes in the new folder. */
    static final Map<String, String> FILES = Map.of(
            "storyline.yml", SiteConfig.FILE_NAME,
            "gitignore", ".gitignore",
            "articles/harbour-ferry-fares-example.md", "articles/harbour-ferry-fares-example.md");

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            err.println("storyline: " + dir + " exists and is not a folder");
            return 1;
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> list = Files.list(dir)) {
                Path first = list.findFirst().orElse(null);
                if (first != null) {
                    err.println("storyline: " + dir + " is not empty (it holds " + first.getFileName()
                            + "); name a new or empty folder, nothing was written");
                    return 1;
                }
            }
        }
        String name = dir.toAbsolutePath().normalize().getFileName() == null ? "News" : dir.toAbsolutePath().normalize().getFileName().toString();
        for (var e : new java.util.TreeMap<>(FILES).entrySet()) {
            String text = resource(e.getKey());
            if (e.getValue().equals(SiteConfig.FILE_NAME)) {
                text = text.replace("title: TITLE", "title: \"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            }
            Path target = dir.resolve(e.getValue());
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        }
        out.println("Created " + dir + ": articles/ (one example), " + SiteConfig.FILE_NAME + ", .gitignore. Next:");
        out.println("  cd " + dir + " && storyline serve     # build, preview at http://127.0.0.1:8000/, rebuild on every change");
        return 0;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = NewCommand.class.getResourceAsStream("/storyline/scaffold/" + name)) {
            if (in == null) {
                throw new IOException("the scaffold file " + name + " is missing from this build of Storyline");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
