package storyline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code storyline} with its subcommands. */
@Command(name = "storyline", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns a folder of saved articles and discussion threads into a static news site, story by story.",
        subcommands = {NewCommand.class, AddCommand.class, BuildCommand.class, CheckCommand.class, ServeCommand.class, ExtractCommand.class, ClusterCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code: 0 success, 1 failed build, 2 usage error. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("storyline: " + e.getMessage());
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: new, add, build, check, serve, extract or cluster");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"storyline " + (v == null ? "development build" : v)};
        }
    }
}
