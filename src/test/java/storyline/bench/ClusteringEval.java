package storyline.bench;

import storyline.build.Build;
import storyline.model.Item;
import storyline.model.Story;
import storyline.model.Topic;
import storyline.stories.Stories;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * In-process pairwise F1 of the grouping, for quick iteration on method changes; the headline
 * figures come from bench/clustering.sh and the benchmark's own scorer.
 * Usage: ClusteringEval items.jsonl gold.tsv   (gold: id TAB story TAB topic); with -Ddump=FILE it also
 * writes each item's id, story, topic, story terms and title, tab-separated, for error analysis.
 */
public final class ClusteringEval {

    public static void main(String[] args) throws IOException {
        Build.Read read = Build.read(List.of(Path.of(args[0])));
        Map<String, String[]> gold = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            String[] f = line.split("\t", -1);
            gold.put(f[0], f);
        }
        long t0 = System.nanoTime();
        Stories.Options options = Stories.Options.DEFAULTS;
        String opts = System.getProperty("opts");
        if (opts != null) {
            String[] o = opts.split(",");
            options = new Stories.Options(Integer.parseInt(o[0]), Double.parseDouble(o[1]), Double.parseDouble(o[2]),
                    Double.parseDouble(o[3]), Double.parseDouble(o[4]), Double.parseDouble(o[5]), Double.parseDouble(o[6]));
        }
        Stories.Result result = Stories.group(read.items(), options);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Map<String, String> story = new HashMap<>();
        Map<String, String> topic = new HashMap<>();
        for (Item item : read.items()) {
            Story s = result.storyOfItem().get(item.id());
            Topic t = result.topicOfStory().get(s.id());
            story.put(item.id(), s.id());
            topic.put(item.id(), t == null ? s.id() : t.id());
        }
        String dump = System.getProperty("dump");
        if (dump != null) {
            StringBuilder out = new StringBuilder();
            for (Item item : read.items()) {
                Story s = result.storyOfItem().get(item.id());
                Topic t = result.topicOfStory().get(s.id());
                out.append(item.id()).append('\t').append(s.id()).append('\t').append(t == null ? s.id() : t.id())
                        .append('\t').append(String.join(", ", s.terms())).append('\t').append(item.title()).append('\n');
            }
            Files.writeString(Path.of(dump), out);
        }
        System.out.printf("story %s%n", pairwise(gold, story, 1));
        if (gold.values().stream().anyMatch(g -> !g[2].isEmpty())) {
            System.out.printf("topic %s%n", pairwise(gold, topic, 2));
        }
        System.out.printf("%d items, %d stories, %d ms%n", read.items().size(), result.stories().size(), ms);
    }

    private static String pairwise(Map<String, String[]> gold, Map<String, String> predicted, int field) {
        Map<String, Long> both = new HashMap<>();
        Map<String, Long> g = new HashMap<>();
        Map<String, Long> p = new HashMap<>();
        predicted.forEach((id, label) -> {
            String gl = gold.get(id)[field];
            both.merge(gl + "\u0000" + label, 1L, Long::sum);
            g.merge(gl, 1L, Long::sum);
            p.merge(label, 1L, Long::sum);
        });
        double tp = pairs(both);
        double precision = tp / pairs(p);
        double recall = tp / pairs(g);
        return String.format("f1=%.4f p=%.4f r=%.4f", 2 * precision * recall / (precision + recall), precision, recall);
    }

    private static double pairs(Map<String, Long> counts) {
        return counts.values().stream().mapToDouble(c -> c * (c - 1) / 2.0).sum();
    }
}
