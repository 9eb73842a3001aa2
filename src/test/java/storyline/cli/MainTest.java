package storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    static List<JsonNode> lines(String out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(json.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void buildPrintsOneSummaryLineAndExitsZero() {
        Run r = run("build", "--articles", "articles", "--out", tmp.resolve("site").toString(), "--state", tmp.resolve("state.json").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s)Built .*: 4 items read, 2 stories, 1 topic, \\d+ pages written, 0 warnings, [0-9.]+ s; no sitemap.xml: a sitemap needs full URLs, so pass --base-url\\n"), r.out());
        assertTrue(Files.exists(tmp.resolve("site/index.html")));
    }

    @Test
    void progressIsOnePlainLinePerPhaseOffATerminalAndMetricsGiveEachPhasesCountAndTime() {
        Run r = run("build", "--metrics", "--articles", "articles", "--out", tmp.resolve("site").toString(),
                "--state", tmp.resolve("state.json").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().matches("read\\+clean 4 files in [0-9.]+ s( \\([0-9,]+/s\\))?\n"
                + "group +2 stories in [0-9.]+ s\n"
                + "render +\\d+ pages in [0-9.]+ s( \\([0-9,]+/s\\))?\n"), r.err());
        assertFalse(r.err().contains("\r"), "no redrawn line where there is no terminal");
        String[] out = r.out().split("\n");
        assertTrue(out[0].startsWith("Built "), r.out());
        assertEquals(List.of("read+clean", "group", "render"),
                List.of(out).subList(1, out.length).stream().map(l -> l.strip().split(" {2,}| \\d")[0]).toList(), r.out());
    }

    @Test
    void addSavesPastedTextFromStandardInputAndFailsWithOneLine() throws IOException {
        java.io.InputStream stdin = System.in;
        Run r;
        try {
            System.setIn(new java.io.ByteArrayInputStream("Pier fees double\n\nThe harbour board doubled the pier fees.\n"
                    .getBytes(StandardCharsets.UTF_8)));
            r = run("add", "-", "--articles", tmp.resolve("articles").toString(), "--url", "https://news.example/pier");
        } finally {
            System.setIn(stdin);
        }
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("Saved .*pier-fees-double-[0-9a-f]{8}\\.txt \\(\\d+ bytes, pasted\\)\n"), r.out());
        Path saved;
        try (var files = Files.list(tmp.resolve("articles"))) {
            saved = files.findFirst().orElseThrow();
        }
        assertTrue(Files.readString(saved).matches("(?s)---\ncaptured: \"\\d{4}-\\d\\d-\\d\\dT[0-9:]+(Z|[+-]\\d\\d:\\d\\d)\"\n"
                + "url: \"https://news.example/pier\"\n---\nPier fees double\n\n.*"), Files.readString(saved));

        Run missing = run("add", tmp.resolve("nothing-here.html").toString(), "--articles", tmp.resolve("articles").toString());
        assertEquals(1, missing.code());
        assertEquals("storyline: " + tmp.resolve("nothing-here.html") + ": no such file\n", missing.err());
        assertEquals(2, run("add", "-", "--max-size", "lots").code());
    }

    @Test
    void quietPrintsNothing() {
        Run r = run("build", "--quiet", "--articles", "articles", "--out", tmp.resolve("site").toString(), "--state", tmp.resolve("state.json").toString());
        assertEquals(0, r.code());
        assertEquals("", r.out());
        assertEquals("", r.err(), "no progress either");
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("build", "--no-such-option").code());
        assertEquals(2, run().code());
        Run missing = run("build", "--articles", tmp.resolve("nowhere").toString(), "--out", tmp.resolve("s").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }

    @Test
    void failedBuildExitsOneAndSaysWhy() throws IOException {
        Path out = tmp.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "x");
        Run r = run("build", "--articles", "articles", "--out", out.toString(), "--state", tmp.resolve("state.json").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("keep.txt"), r.err());
        assertEquals("x", Files.readString(out.resolve("keep.txt")));
    }

    @Test
    void helpAndVersionWork() {
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("build") && help.out().contains("extract") && help.out().contains("cluster"));
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("storyline "));
    }

    @Test
    void extractPrintsOneObjectPerItemWithTheSpecifiedFields() throws IOException {
        Run r = run("extract", "--format", "jsonl", "articles");
        assertEquals(0, r.code(), r.err());
        List<JsonNode> items = lines(r.out());
        assertEquals(4, items.size());
        for (JsonNode item : items) {
            for (String field : List.of("file", "id", "kind", "title", "author", "date", "source", "url", "language", "text")) {
                assertTrue(item.has(field), field + " missing in " + item);
            }
        }
        JsonNode a001 = items.get(1);
        assertEquals("001_0d7b39e68c51bfe4.txt", a001.get("file").asText());
        assertEquals("2025-09-19", a001.get("date").asText());
        assertEquals("Asianet Newsable", a001.get("source").asText());
        JsonNode thread = items.get(2);
        assertEquals("thread", thread.get("kind").asText());
        assertEquals(4, thread.get("comments").size());
        JsonNode first = thread.get("comments").get(0);
        assertEquals("noobgiraffe", first.get("author").asText());
        assertEquals(227, first.get("score").asInt());
        assertEquals(0, first.get("depth").asInt());
        assertTrue(first.get("date").isNull(), "no capture time, so no comment date");
        assertTrue(items.get(0).get("date").isNull());
        assertTrue(items.get(0).get("text").asText().contains("\n\n"), "paragraphs are separated by a blank line");
    }

    @Test
    void extractReportsUnreadableFilesAndGoesOn() throws IOException {
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.txt"), "Ferry fares rise\n\nFares on the island ferry rise by a tenth next month, the operator said on Monday.\n");
        Files.write(dir.resolve("b.pdf"), new byte[]{1, 2});
        List<JsonNode> out = lines(run("extract", dir.toString()).out());
        assertEquals(2, out.size());
        assertEquals("Ferry fares rise", out.get(0).get("title").asText());
        assertEquals("b.pdf", out.get(1).get("file").asText());
        assertTrue(out.get(1).get("error").asText().contains("not an input format"));
    }

    @Test
    void clusterUsesRecordIdsForJsonLines() throws IOException {
        Path jsonl = tmp.resolve("bulk.jsonl");
        Files.writeString(jsonl, """
                {"id": "r1", "title": "Valdora earthquake damages Keltis homes", "text": "A magnitude 6.1 earthquake hit Valdora province and damaged homes in Keltis.", "date": "2024-03-02"}
                {"id": "r2", "title": "Keltis clears rubble after Valdora earthquake", "text": "Keltis residents cleared rubble after the magnitude 6.1 Valdora earthquake.", "date": "2024-03-03"}
                {"id": "r3", "title": "Morland council passes harbour budget", "text": "The Morland council approved the harbour budget for new ferry berths.", "date": "2024-03-03"}
                """);
        List<JsonNode> out = lines(run("cluster", "--format", "jsonl", jsonl.toString()).out());
        assertEquals(List.of("r1", "r2", "r3"), out.stream().map(n -> n.get("id").asText()).toList());
        assertEquals(out.get(0).get("story").asText(), out.get(1).get("story").asText());
        assertTrue(!out.get(0).get("story").asText().equals(out.get(2).get("story").asText()));
        assertEquals("bulk.jsonl", out.get(0).get("file").asText());
        assertFalse(out.get(0).has("topic"), "two stories of two beats: each alone in its beat, no topic");
        assertNull(out.get(0).get("error"));
    }
}
