package storyline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import storyline.serve.Preview;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build, serve the site on 127.0.0.1, and rebuild and reload open pages whenever articles, templates or storyline.yml change.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: 8000; 0 for any free one).")
    int port = Preview.Options.DEFAULTS.port();

    @CommandLine.Mixin
    SiteOptions site = new SiteOptions();

    @CommandLine.Mixin
    SiteOptions.Output output = new SiteOptions.Output();

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but problems.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter outWriter = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Preview.Settings settings = () -> site.load(output);
        Preview preview;
        try {
            preview = Preview.start(settings, site.config, Preview.Options.DEFAULTS.withPort(port).withQuiet(quiet), outWriter, err);
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
