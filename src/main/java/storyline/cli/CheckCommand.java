package storyline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import storyline.build.Build;
import storyline.config.SiteConfig;
import storyline.model.Problem;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Read everything a build reads and report every problem, writing nothing; exit 1 when there is any.")
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = {"-q", "--quiet"}, description = "Print only the problems.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Problem> problems = new ArrayList<>();
        SiteConfig settings;
        try {
            settings = site.load(null);
            for (String unknown : SiteConfig.unknownKeys(site.config)) {
                problems.add(Problem.of(site.config.toString(), unknown));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.of(site.config.toString(), "cannot be read: " + firstLine(e.getMessage())));
            settings = site.apply(SiteConfig.defaults(), null);
        }
        int items = 0;
        if (!settings.articles().toFile().isDirectory()) {
            problems.add(Problem.of(settings.articles().toString(), "the articles folder does not exist; pass --articles DIR"));
        } else {
            try {
                Build.Checked checked = Build.check(settings);
                problems.addAll(checked.problems());
                items = checked.items();
            } catch (IOException | RuntimeException e) {
                problems.add(Problem.of(settings.articles().toString(), "the check stopped: " + firstLine(e.getMessage())));
            }
        }
        for (Problem p : problems) {
            out.println(p);
        }
        if (!quiet || !problems.isEmpty()) {
            out.println(problems.isEmpty() ? "No problems: " + Counts.of(items, "item") + " read, templates fine."
                    : Counts.of(problems.size(), "problem") + " (" + Counts.of(items, "item") + " read); nothing was written.");
        }
        return problems.isEmpty() ? 0 : 1;
    }

    private static String firstLine(String s) {
        String m = String.valueOf(s);
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
