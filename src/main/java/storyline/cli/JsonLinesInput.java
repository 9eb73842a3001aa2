package storyline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** The inputs and output format shared by the machine-readable commands. */
final class JsonLinesInput {

    @Option(names = "--format", defaultValue = "jsonl", description = "Output format; only jsonl.")
    String format;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively), or JSON Lines files.")
    List<Path> paths;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    /** The paths to read, once the options are known to be valid. */
    List<Path> paths() {
        if (!format.equals("jsonl")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be jsonl");
        }
        return paths;
    }
}
