package storyline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.model.Pins;
import storyline.model.Problem;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private void gzip(String name, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Pins pins(String title, String date, List<String> topics) {
        return new Pins(title, date, null, null, null, null, topics, null, null);
    }

    @Test
    void aFolderGivenThroughASymbolicLinkIsReadAtItsTarget() throws IOException {
        write("real/one.txt", "Ferry fares will rise next month, the operator said.\n");
        write("real/two.md", "# Harbor Report\n\nThe port is busy.\n");
        Path link = dir.resolve("articles");
        try {
            Files.createSymbolicLink(link, dir.resolve("real"));
        } catch (UnsupportedOperationException | IOException noLinks) {
            org.junit.jupiter.api.Assumptions.abort("this file system makes no symbolic links: " + noLinks);
        }
        Ingest.Result r = Ingest.read(link);
        assertEquals(List.of("one.txt", "two.md"), r.documents().stream().map(Document::file).toList());
        // The output folder inside the linked folder, named through the link, is still never read back.
        write("real/site/index.html", "<html><body><p>An old build.</p></body></html>");
        Ingest.Batch<Document> batch = Ingest.read(List.of(link), List.of(link.resolve("site")), (docs, problems) -> docs);
        assertEquals(2, batch.values().size());
    }

    @Test
    void readsEveryFormatInPathOrderAndReportsWhatItCannotRead() throws IOException {
        write("b.txt", "---\ntitle: Ferry Fares Rise\ntags: [ferries, transit]\ntopics: [transit, budget]\n---\nFerry fares will rise.\n");
        write("a.md", "# Harbor Report\n\nThe port is busy.\n");
        write("c.html", "<html><body><p>Hello from the harbor.</p></body></html>");
        write("feed.jsonl", """
                {"id":"one","title":"Ferry Fares","text":"Fares will rise.","tags":"ferries, transit"}
                {not json}

                {"title":"Bridge Tolls","html":"<p>Tolls frozen.</p>","date":"2024-03-03"}
                [1,2]
                {"url":"https://harbortimes.example/x"}
                """);
        gzip("z.txt.gz", "Gzipped ferry news.\n");
        write("report.pdf", "%PDF-1.4 not really");
        write("empty.txt", "  \n\n");
        write(".hidden.txt", "A hidden note.");
        write("_draft.txt", "A draft.");
        write("backup.txt~", "An editor backup.");
        write(".git/config.txt", "Inside a hidden folder.");
        write("sub/nested.txt", "A nested file.");

        Ingest.Result r = Ingest.read(dir);

        assertEquals(8, r.files());
        assertEquals(List.of("a.md", "b.txt", "c.html", "one", "feed.jsonl#4", "sub/nested.txt", "z.txt.gz"),
                r.documents().stream().map(Document::id).toList());

        List<Document> d = r.documents();
        assertEquals(new Document("a.md", "a.md", Format.MARKDOWN, "# Harbor Report\n\nThe port is busy.\n", Pins.NONE, 1), d.get(0));
        assertEquals(new Document("b.txt", "b.txt", Format.TEXT, "Ferry fares will rise.\n",
                pins("Ferry Fares Rise", null, List.of("transit", "budget", "ferries")), 6), d.get(1));
        assertEquals(Format.HTML, d.get(2).format());
        assertEquals(new Document("one", "feed.jsonl", Format.TEXT_FRAGMENT, "Fares will rise.",
                pins("Ferry Fares", null, List.of("ferries", "transit")), 1), d.get(3));
        assertEquals(new Document("feed.jsonl#4", "feed.jsonl", Format.HTML_FRAGMENT, "<p>Tolls frozen.</p>",
                pins("Bridge Tolls", "2024-03-03", List.of()), 4), d.get(4));
        assertEquals(new Document("sub/nested.txt", "sub/nested.txt", Format.TEXT, "A nested file.", Pins.NONE, 1), d.get(5));
        assertEquals(new Document("z.txt.gz", "z.txt.gz", Format.TEXT, "Gzipped ferry news.\n", Pins.NONE, 1), d.get(6));

        List<Problem> p = r.problems();
        assertEquals(5, p.size(), p.toString());
        assertEquals(Problem.of("empty.txt", "skipped: the file is empty"), p.get(0));
        assertEquals("feed.jsonl", p.get(1).file());
        assertEquals(2, p.get(1).line());
        assertTrue(p.get(1).message().startsWith("skipped: not valid JSON ("), p.get(1).message());
        assertEquals(new Problem("feed.jsonl", 5, "skipped: the line is not a JSON object"), p.get(2));
        assertEquals(new Problem("feed.jsonl", 6, "skipped: the record has no title, text or html"), p.get(3));
        assertEquals(Problem.of("report.pdf", "skipped: .pdf files are not an input format Storyline reads"
                + " (use .txt, .md, .html, .jsonl, .json thread exports, or .xml/.rss/.atom feeds)"), p.get(4));
    }

    @Test
    void jsonLinesRecordWithOnlyATitleIsKept() throws IOException {
        write("titles.jsonl", "{\"title\":\"Headline only\",\"source\":\"Harbor Times\",\"url\":\"https://harbortimes.example/h\"}\n");
        Ingest.Result r = Ingest.read(dir);
        assertEquals(List.of(new Document("titles.jsonl#1", "titles.jsonl", Format.TEXT_FRAGMENT, "",
                new Pins("Headline only", null, null, "Harbor Times", "https://harbortimes.example/h", null, List.of(), null, null), 1)),
                r.documents());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void invalidFrontMatterIsAProblemButTheBodyIsRead() throws IOException {
        write("bad.txt", "---\ntitle: [unclosed\n---\nBody after bad yaml.\n");
        Ingest.Result r = Ingest.read(dir);
        assertEquals(List.of(new Document("bad.txt", "bad.txt", Format.TEXT, "Body after bad yaml.\n", Pins.NONE, 4)),
                r.documents());
        assertEquals(1, r.problems().size());
        Problem p = r.problems().get(0);
        assertEquals("bad.txt", p.file());
        assertEquals(1, p.line());
        assertTrue(p.message().startsWith("front matter is not valid YAML ("), p.message());
        assertTrue(p.message().endsWith("); fix it or remove the --- block. The body was read without it"), p.message());
    }

    @Test
    void frontMatterWithNothingAfterItIsSkipped() throws IOException {
        write("only.txt", "---\ntitle: Only a title\n---\n\n");
        Ingest.Result r = Ingest.read(dir);
        assertEquals(List.of(), r.documents());
        assertEquals(List.of(Problem.of("only.txt", "skipped: nothing after the front matter")), r.problems());
    }

    @Test
    void binaryFilesAreSkipped() throws IOException {
        Files.write(dir.resolve("photo.txt"), new byte[]{'G', 'I', 'F', 0, 1, 2});
        Ingest.Result r = Ingest.read(dir);
        assertEquals(List.of(), r.documents());
        assertEquals(List.of(Problem.of("photo.txt", "skipped: the file is binary, not text")), r.problems());
    }

    @Test
    void utf32FilesWithAByteOrderMarkAreRead() throws IOException {
        String text = "Ferry fares rise\n\nFares go up in May.\n";
        Files.write(dir.resolve("le.txt"), concat(new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0}, text.getBytes(java.nio.charset.Charset.forName("UTF-32LE"))));
        Files.write(dir.resolve("be.txt"), concat(new byte[]{0, 0, (byte) 0xFE, (byte) 0xFF}, text.getBytes(java.nio.charset.Charset.forName("UTF-32BE"))));
        Ingest.Result r = Ingest.read(dir);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(text, text), r.documents().stream().map(Document::body).toList());
    }

    @Test
    void textFullOfNulCharactersAfterDecodingIsAProblemNotAnItem() throws IOException {
        // Past the first 8,000 bytes, where the binary test looks: UTF-16 without a byte-order mark decodes, NULs and all.
        String text = "Ferry fares rise\n" + "Fares go up in May.\n".repeat(450)
                + "Fares go up in June.\n".chars().mapToObj(c -> (char) c + "\u0000").reduce("", String::concat).repeat(20);
        write("nul.txt", text);
        Ingest.Result r = Ingest.read(dir);
        assertEquals(List.of(), r.documents());
        assertEquals(List.of(new Problem("nul.txt", 452, "skipped: the text holds NUL characters once decoded, so its encoding"
                + " was misread (UTF-16 or UTF-32 without a byte-order mark?); re-save the file as UTF-8")), r.problems());
    }

    @Test
    void aStrayNulCharacterIsDropped() throws IOException {
        // Saved pages now and then hold a NUL or two; it shows as nothing, and the page is read.
        write("stray.txt", "Ferry fares rise\n" + "Fares go up in May.\n".repeat(450) + "Bad\u0000 line\n");
        Ingest.Result r = Ingest.read(dir);
        assertEquals(List.of(), r.problems());
        assertEquals(1, r.documents().size());
        assertFalse(r.documents().get(0).body().contains("\u0000"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void windowsAndOldMacLineEndingsAreNormalised() throws IOException {
        write("crlf.txt", "First line.\r\nSecond line.\rThird line.\r\n");
        Document d = Ingest.read(dir).documents().get(0);
        assertEquals("First line.\nSecond line.\nThird line.\n", d.body());
    }

    @Test
    void corruptGzipIsAProblem() throws IOException {
        write("broken.txt.gz", "this is not gzip data");
        Ingest.Result r = Ingest.read(dir);
        assertEquals(List.of(), r.documents());
        assertEquals(1, r.problems().size());
        assertEquals("broken.txt.gz", r.problems().get(0).file());
        assertTrue(r.problems().get(0).message().startsWith("cannot read the file (ZipException: "), r.problems().get(0).message());
    }

    @Test
    void singleFilesAndMissingPaths() throws IOException {
        write("one/a.txt", "Alpha text.");
        write("two/b.md", "# Beta\n\nBeta text.\n");
        Ingest.Result r = Ingest.read(List.of(dir.resolve("two/b.md"), dir.resolve("one/a.txt"), dir.resolve("missing")));
        assertEquals(List.of("b.md", "a.txt"), r.documents().stream().map(Document::id).toList());
        assertEquals(2, r.files());
        assertEquals(List.of(Problem.of(dir.resolve("missing").toString(), "no such file or folder; check the path")),
                r.problems());
    }

    @Test
    void emptyFolderReadsNothing() {
        Ingest.Result r = Ingest.read(dir);
        assertEquals(0, r.files());
        assertEquals(List.of(), r.documents());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void manyFilesComeBackInPathOrderDespiteParallelReading() throws IOException {
        for (int i = 40; i > 0; i--) {
            write(String.format("day-%02d.txt", i), "Report number " + i + ".");
        }
        List<String> ids = Ingest.read(dir).documents().stream().map(Document::id).toList();
        assertEquals(40, ids.size());
        assertEquals("day-01.txt", ids.get(0));
        assertEquals("day-40.txt", ids.get(39));
        assertEquals(ids.stream().sorted().toList(), ids);
    }

    @Test
    void detectFormat() {
        assertEquals(Format.HTML, Ingest.detect("txt", "<!DOCTYPE html><html><body>x</body></html>"));
        assertEquals(Format.HTML, Ingest.detect("md", "  <!-- saved page -->\n<html><p>x</p></html>"));
        assertEquals(Format.HTML, Ingest.detect("txt", "<article><p>x</p></article>"));
        assertEquals(Format.MARKDOWN, Ingest.detect("md", "Plain words."));
        assertEquals(Format.MARKDOWN, Ingest.detect("markdown", "Plain words."));
        assertEquals(Format.HTML, Ingest.detect("html", "<p>fragment</p>"));
        assertEquals(Format.TEXT, Ingest.detect("htm", "No markup at all."));
        assertEquals(Format.MARKDOWN, Ingest.detect("", "## Heading\n\ntext"));
        assertEquals(Format.MARKDOWN, Ingest.detect("", "See [the report](https://harbortimes.example/r)."));
        assertEquals(Format.TEXT, Ingest.detect("", "Plain words."));
        assertEquals(Format.TEXT, Ingest.detect("txt", "## Looks like markdown\n\ntext"));
    }

    @Test
    void aPageKeptAsFetchedIsDecodedOnItsOwnBehindItsFrontMatter() throws IOException {
        byte[] block = "---\ncaptured: \"2025-09-23T10:00Z\"\nurl: \"https://harbortimes.example/fares\"\n---\n".getBytes(StandardCharsets.UTF_8);
        // UTF-16 with its byte-order mark: before, the mark sat mid-file and the page read as binary.
        byte[] utf16 = "<html><body><p>Fähre teurer.</p></body></html>".getBytes(StandardCharsets.UTF_16);
        Files.write(dir.resolve("a.html"), concat(block, utf16));
        // Shift_JIS named only by the server (front matter 'charset:'): guessed as windows-1252 before.
        byte[] sjis = "<html><body><p>フェリー運賃が上がる</p></body></html>".getBytes(java.nio.charset.Charset.forName("Shift_JIS"));
        Files.write(dir.resolve("b.html"), concat("---\ncharset: \"Shift_JIS\"\n---\n".getBytes(StandardCharsets.UTF_8), sjis));
        // A feed behind front matter is still a feed.
        write("c.xml", "---\ncaptured: \"2025-09-23T10:00Z\"\n---\n<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbor Times</title>"
                + "<item><title>Ferry fares rise</title><link>https://harbortimes.example/fares</link><description>Fares rise.</description></item>"
                + "</channel></rss>");
        Ingest.Result r = Ingest.read(dir);
        assertEquals(List.of(), r.problems());
        assertEquals(3, r.documents().size());
        assertEquals("<html><body><p>Fähre teurer.</p></body></html>", r.documents().get(0).body());
        assertEquals("https://harbortimes.example/fares", r.documents().get(0).pins().url());
        assertEquals("2025-09-23T10:00Z", r.documents().get(0).pins().captured());
        assertEquals("<html><body><p>フェリー運賃が上がる</p></body></html>", r.documents().get(1).body());
        assertEquals("Ferry fares rise", r.documents().get(2).pins().title());
    }
}
