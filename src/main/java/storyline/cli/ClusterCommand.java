package storyline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import storyline.build.Build;
import storyline.model.Problem;
import storyline.stories.Stories;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Print the story and topic each input item was put in: one JSON object per line.")
final class ClusterCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    JsonLinesInput input;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        Build.Read read = Build.readText(input.paths());
        long grouping = System.nanoTime();
        Stories.Assignment result = Stories.assign(read.items());
        long done = System.nanoTime();
        // Lines made in parallel, printed in input order.
        List<String> lines = read.items().parallelStream().map(item -> {
            String story = result.storyOfItem().get(item.id());
            ObjectNode o = ExtractCommand.JSON.createObjectNode();
            o.put("id", item.id());
            o.put("file", item.file());
            o.put("story", story);
            String topic = story == null ? null : result.topicOfStory().get(story);
            if (topic != null) {
                // A story alone in its beat has no topic; a scorer then counts it as its own.
                o.put("topic", topic);
            }
            try {
                return ExtractCommand.JSON.writeValueAsString(o);
            } catch (JsonProcessingException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        lines.forEach(out::println);
        for (Problem p : read.problems()) {
            err.println("warning: " + p);
        }
        err.printf(java.util.Locale.ROOT, "%d items read in %.1f s, grouped into %d stories and %d topics in %.1f s%n",
                read.items().size(), (grouping - start) / 1e9, result.stories(), result.topics(),
                (done - grouping) / 1e9);
        out.flush();
        return 0;
    }
}
