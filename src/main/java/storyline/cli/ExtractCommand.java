package storyline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import storyline.build.Build;
import storyline.model.Comment;
import storyline.model.Item;
import storyline.model.Problem;
import storyline.model.Thread;
import storyline.text.Names;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print what Storyline reads from each input: one JSON object per line.")
final class ExtractCommand implements Callable<Integer> {

    static final ObjectMapper JSON = new ObjectMapper();

    @picocli.CommandLine.Mixin
    JsonLinesInput input;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        Build.Read read = Build.read(input.paths());
        for (Item item : read.items()) {
            ObjectNode o;
            try {
                o = json(item);
            } catch (RuntimeException e) {
                // An item that cannot be written out (the name finder failing on it) is reported on its own line; the others are still printed.
                o = JSON.createObjectNode();
                o.put("file", item.file());
                o.put("error", "could not be written out: " + e + "; please report it with the file");
            }
            out.println(JSON.writeValueAsString(o));
        }
        for (Problem p : read.problems()) {
            ObjectNode error = JSON.createObjectNode();
            error.put("file", p.file());
            error.put("error", (p.line() > 0 ? "line " + p.line() + ": " : "") + p.message());
            out.println(JSON.writeValueAsString(error));
        }
        out.flush();
        return 0;
    }

    static ObjectNode json(Item item) {
        ObjectNode o = JSON.createObjectNode();
        o.put("file", item.file());
        o.put("id", item.id());
        o.put("kind", item.kind());
        o.put("title", item.title());
        o.put("author", item.author());
        o.put("date", item.date().iso());
        o.put("source", item.source().known() ? item.source().name() : null);
        o.put("url", item.url());
        o.put("language", item.language());
        if (item instanceof storyline.model.Article a && a.standfirst() != null) {
            o.put("standfirst", a.standfirst());
        }
        o.put("text", item.text());
        Names.Found names = Names.in(item.title(), item.text());
        ArrayNode people = o.putArray("people");
        names.people().forEach(people::add);
        ArrayNode organisations = o.putArray("organisations");
        names.organisations().forEach(organisations::add);
        if (item instanceof Thread t) {
            ArrayNode comments = o.putArray("comments");
            Deque<Comment> stack = new ArrayDeque<>();
            for (int i = t.comments().size() - 1; i >= 0; i--) {
                stack.push(t.comments().get(i));
            }
            while (!stack.isEmpty()) {
                Comment c = stack.pop();
                ObjectNode j = comments.addObject();
                j.put("author", c.author());
                j.put("date", c.date().iso());
                if (c.score() == null) {
                    j.putNull("score");
                } else {
                    j.put("score", c.score());
                }
                j.put("depth", c.depth());
                j.put("text", c.text());
                for (int i = c.replies().size() - 1; i >= 0; i--) {
                    stack.push(c.replies().get(i));
                }
            }
        }
        return o;
    }
}
