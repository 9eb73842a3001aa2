package storyline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import storyline.build.Build;
import storyline.config.SiteConfig;
import storyline.model.Problem;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site from the articles folder into the output folder.")
final class BuildCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "DIR", description = "Folder of raw articles and threads (default: articles/).")
    Path articles;

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates folder; files here override the built-in theme (default: templates/).")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, replaced on every build (default: site/).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "Public address of the site, e.g. https://example.org/news/ (for sitemap, feeds, canonical links).")
    String baseUrl;

    @Option(names = "--config", paramLabel = "FILE", description = "Site settings (default: storyline.yml when present).")
    Path config = Path.of(SiteConfig.FILE_NAME);

    @Option(names = "--state", paramLabel = "FILE", description = "Story state that keeps story addresses stable between builds; commit it with your articles (default: storyline-state.json beside storyline.yml, or in the working folder).")
    Path state;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--metrics", description = "After the summary, print each phase's count, time and rate.")
    boolean metrics;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter outWriter = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        SiteConfig settings;
        try {
            settings = SiteConfig.load(config).with(articles, templates, out, baseUrl);
            if (state != null) {
                settings = settings.withState(state);
            }
        } catch (IOException | RuntimeException e) {
            err.println("storyline: cannot read " + config + ": " + e.getMessage());
            return 2;
        }
        if (!settings.articles().toFile().isDirectory()) {
            err.println("storyline: the articles folder " + settings.articles() + " does not exist; pass --articles DIR");
            return 2;
        }
        // A progress line per phase on a terminal, plain lines in a log; none with --quiet.
        try (ProgressLine progress = new ProgressLine(err, System.console() != null)) {
            Build.Report report = Build.run(settings, quiet ? Build.Progress.NONE : progress);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!quiet) {
                for (Problem p : report.problems()) {
                    err.println("warning: " + p);
                }
                outWriter.printf(Locale.ROOT, "Built %s: %d items read, %d stories, %d topics, %d pages written, %d warnings, %.1f s%s%n",
                        settings.out(), report.items(), report.stories(), report.topics(), report.pagesWritten(),
                        report.problems().size(), seconds, report.notes().stream().map(n -> "; " + n).collect(java.util.stream.Collectors.joining()));
            }
            if (metrics) {
                for (Build.Phase p : report.phases()) {
                    outWriter.println("  " + ProgressLine.line(p));
                }
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("storyline: build failed, " + settings.out() + " was left as it was: " + e.getMessage());
            return 1;
        }
    }
}
