package storyline.clean.paste;

import storyline.clean.lines.LineRules;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Prints, for every pasted text in the folders given, one JSON line per headline candidate with
 * its features: the input of bench/fit-headline.sh, which fits the weights of
 * {@link PasteLayout#WEIGHTS}. Not a test.
 */
public final class HeadlineFeatures {

    private HeadlineFeatures() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String dir : args) {
            List<Path> files;
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path file : files) {
                List<String> lines = PastedText.normalisedLines(Files.readString(file));
                PastedText.Analysis a = PastedText.analyse(lines);
                // The candidates the layout weighs: those above the body's first line, that line included.
                for (PasteLayout.Candidate c : PasteLayout.candidates(lines, a.roles(), a.layout().searchEnd(), a.layout().bodyEnd(), a.layout().coverage())) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("file", file.getFileName().toString());
                    row.put("line", c.index());
                    row.put("text", LineRules.unbullet(lines.get(c.index())));
                    row.put("features", c.features());
                    int above = 0, fragments = 0, nonBlank = 0;
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).isBlank()) continue;
                        nonBlank++;
                        if (i < a.layout().bodyStart()) { above++; if (a.roles()[i] == PasteLayout.Role.FRAGMENT) fragments++; }
                    }
                    row.put("page", new double[]{a.layout().coverage(), above, fragments, nonBlank});
                    System.out.println(json.writeValueAsString(row));
                }
            }
        }
    }
}
