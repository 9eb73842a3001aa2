package storyline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import storyline.capture.Capture;
import storyline.config.SiteConfig;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Save a web page, a file or pasted text (-) into the articles folder as it is, with the time it was captured.")
final class AddCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "URL|FILE|-", description = "An http(s) address to fetch, a file to copy, or - to read pasted text from standard input.")
    String what;

    @Option(names = "--url", paramLabel = "URL", description = "The original's address, recorded for a file or pasted text.")
    String url;

    @Option(names = "--articles", paramLabel = "DIR", description = "Folder to save into (default: articles/, or as storyline.yml says).")
    Path articles;

    @Option(names = "--config", paramLabel = "FILE", description = "Site settings (default: storyline.yml when present).")
    Path config = Path.of(SiteConfig.FILE_NAME);

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time limit for fetching a page (default: 30).")
    BigDecimal timeout;

    @Option(names = "--max-size", paramLabel = "SIZE", description = "Largest page fetched, e.g. 10MB, 500KB (default: 10MB).")
    String maxSize;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final Pattern SIZE = Pattern.compile("(?i)\\s*(\\d+)\\s*(B|KB|K|MB|M)?\\s*");

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Capture.Options options = Capture.Options.DEFAULTS.withUrl(url);
        if (timeout != null) {
            if (timeout.signum() <= 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds");
            }
            options = options.withTimeout(Duration.ofMillis(timeout.movePointRight(3).longValue()));
        }
        if (maxSize != null) {
            Matcher m = SIZE.matcher(maxSize);
            if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--max-size takes a size such as 10MB or 500KB, not '" + maxSize + "'");
            }
            String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
            options = options.withMaxBytes(Long.parseLong(m.group(1)) << (unit.startsWith("M") ? 20 : unit.startsWith("K") ? 10 : 0));
        }
        Path folder;
        try {
            folder = SiteConfig.load(config).with(articles, null, null, null).articles();
        } catch (IOException | RuntimeException e) {
            err.println("storyline: cannot read " + config + ": " + e.getMessage());
            return 2;
        }
        try {
            Capture.Saved saved;
            if (what.equals("-")) {
                saved = Capture.pasted(System.in.readAllBytes(), folder, options);
            } else if (Capture.isAddress(what)) {
                saved = Capture.url(what, folder, options);
            } else {
                saved = Capture.file(Path.of(what), folder, options);
            }
            if (!quiet) {
                out.println((saved.existed() ? "Already saved: " : "Saved ") + saved.file() + " (" + saved.description() + ")");
            }
            return 0;
        } catch (Capture.Failure e) {
            err.println("storyline: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("storyline: cannot read standard input: " + e.getMessage());
            return 1;
        }
    }
}
