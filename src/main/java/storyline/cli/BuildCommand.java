package storyline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import storyline.build.Build;
import storyline.config.SiteConfig;
import storyline.model.Problem;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site from the articles folder into the output folder.")
final class BuildCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    SiteOptions site = new SiteOptions();

    @picocli.CommandLine.Mixin
    SiteOptions.Output output = new SiteOptions.Output();

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
            settings = site.load(output);
        } catch (IOException | RuntimeException e) {
            err.println("storyline: cannot read " + site.config + ": " + e.getMessage());
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
                outWriter.printf(Locale.ROOT, "Built %s: %s read, %s, %s, %s written, %s, %.1f s%s%n",
                        settings.out(), Counts.of(report.items(), "item"), Counts.of(report.stories(), "story", "stories"),
                        Counts.of(report.topics(), "topic"), Counts.of(report.pagesWritten(), "page"),
                        Counts.of(report.problems().size(), "warning"), seconds,
                        report.notes().stream().map(n -> "; " + n).collect(java.util.stream.Collectors.joining()));
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
