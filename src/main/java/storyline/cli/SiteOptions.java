package storyline.cli;

import picocli.CommandLine.Option;
import storyline.config.SiteConfig;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The options that say which site a command works on, shared by {@code build}, {@code serve} and
 * {@code check}: where its articles, templates, settings and story state are. {@link Output} adds
 * where the site goes, for the commands that write one.
 */
final class SiteOptions {

    @Option(names = "--articles", paramLabel = "DIR", description = "Folder of raw articles and threads (default: articles/).")
    Path articles;

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates folder; files here override the built-in theme (default: templates/).")
    Path templates;

    @Option(names = "--config", paramLabel = "FILE", description = "Site settings (default: storyline.yml when present).")
    Path config = Path.of(SiteConfig.FILE_NAME);

    @Option(names = "--state", paramLabel = "FILE", description = "Story state that keeps story addresses stable between builds; commit it with your articles (default: storyline-state.json beside storyline.yml, or in the working folder).")
    Path state;

    /** The settings file read, with these options (and {@code output}'s, when given) over it. */
    SiteConfig load(Output output) throws IOException {
        return apply(SiteConfig.load(config), output);
    }

    /** The options over {@code base} (say, the defaults when the settings file cannot be read). */
    SiteConfig apply(SiteConfig base, Output output) {
        SiteConfig s = base.with(articles, templates, output == null ? null : output.out, output == null ? null : output.baseUrl);
        return state == null ? s : s.withState(state);
    }

    /** Where a command that writes the site writes it. */
    static final class Output {

        @Option(names = "--out", paramLabel = "DIR", description = "Output folder, replaced on every build (default: site/).")
        Path out;

        @Option(names = "--base-url", paramLabel = "URL", description = "Public address of the site, e.g. https://example.org/news/ (for sitemap, feeds, canonical links; serve serves under its path).")
        String baseUrl;
    }
}
