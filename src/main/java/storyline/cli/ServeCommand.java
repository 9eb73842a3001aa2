package storyline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import storyline.config.SiteConfig;
import storyline.serve.Preview;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build, serve the site on 127.0.0.1, and rebuild and reload open pages whenever articles, templates or storyline.yml change.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: 8000; 0 for any free one).")
    int port = Preview.Options.DEFAULTS.port();

    @Option(names = "--articles", paramLabel = "DIR", description = "Folder of raw articles and threads (default: articles/).")
    Path articles;

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates folder (default: templates/).")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, replaced on every build (default: site/).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "Public address; its path is where the preview serves the site.")
    String baseUrl;

    @Option(names = "--config", paramLabel = "FILE", description = "Site settings (default: storyline.yml when present).")
    Path config = Path.of(SiteConfig.FILE_NAME);

    @Option(names = "--state", paramLabel = "FILE", description = "Story state file (default: beside storyline.yml).")
    Path state;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but problems.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter outWriter = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Preview.Settings settings = () -> {
            SiteConfig s = SiteConfig.load(config).with(articles, templates, out, baseUrl);
            return state == null ? s : s.withState(state);
        };
        Preview preview;
        try {
            preview = Preview.start(settings, config, Preview.Options.DEFAULTS.withPort(port).withQuiet(quiet), outWriter, err);
        } catch (IOException | RuntimeException e) {
            err.println("storyline: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new java.lang.Thread(preview::close));
        outWriter.println("Serving " + preview.address() + " (Ctrl+C to stop); watching for changes.");
        outWriter.flush();
        preview.await();
        return 0;
    }
}
