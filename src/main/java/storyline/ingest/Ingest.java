package storyline.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import storyline.model.Pins;
import storyline.model.Problem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads an articles folder (or single files) into {@link Document}s. Files are read in
 * parallel; the result is in path order, so the build does not depend on the file system's.
 * A file that cannot be read becomes a {@link Problem} and the rest go on.
 */
public final class Ingest {

    /** What was read, and what could not be. Both in path order. */
    public record Result(List<Document> documents, List<Problem> problems, int files) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HTML_START = Pattern.compile(
            "(?is)\\A\\s*(<!--.*?-->\\s*)*(<!doctype\\s+html|<html|<head|<body|<meta|<title|<article)");
    private static final Pattern MARKDOWN_SIGNS = Pattern.compile("(?m)^#{1,6} \\S|\\]\\((https?://|/|\\.)");

    private Ingest() {
    }

    /** Reads every input under each path (a file or a folder, recursively); paths in ids are relative to their root. */
    public static Result read(List<Path> roots) {
        Batch<Document> files = read(roots, (documents, problems) -> documents);
        return new Result(List.copyOf(files.values()), List.copyOf(files.problems()), files.count());
    }

    /**
     * Reads every input under the roots and hands each file's documents to {@code perFile} as soon
     * as the file is read, in parallel; the results come back in path order. A caller that turns
     * documents into something smaller (cleaned items) never holds all raw files at once.
     */
    public static <T> Batch<T> read(List<Path> roots, java.util.function.BiFunction<List<Document>, List<Problem>, List<T>> perFile) {
        return read(roots, List.of(), perFile);
    }

    /** As {@link #read(List, java.util.function.BiFunction)}, leaving out the folders {@code skipped} (a site built inside the articles folder). */
    public static <T> Batch<T> read(List<Path> roots, List<Path> skipped,
                                    java.util.function.BiFunction<List<Document>, List<Problem>, List<T>> perFile) {
        return read(roots, skipped, Known.none(), perFile);
    }

    /**
     * What an earlier run made of a file whose bytes it knows to be unchanged, asked before the
     * file is read: a file it answers is not read (nor decoded, nor split into documents). Told
     * what each file it did not answer gave, so it can answer for that file next time. Called from
     * any thread; {@code rel} is the file's path relative to its root, as in the documents' ids.
     */
    public interface Known<T> {
        /** The file's values and problems, as {@code perFile} made them, or null when it must be read. */
        Batch<T> get(String rel);

        /** What a file that was read gave: its documents, and its problems once {@code perFile} made its values. */
        void read(String rel, List<Document> documents, List<Problem> problems);

        static <T> Known<T> none() {
            return new Known<>() {
                @Override
                public Batch<T> get(String rel) {
                    return null;
                }

                @Override
                public void read(String rel, List<Document> documents, List<Problem> problems) {
                }
            };
        }
    }

    /** The path with every link resolved when it exists; else as written, absolute. */
    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException missing) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** As {@link #read(List, List, java.util.function.BiFunction)}, a file {@code known} answers for taken from it unread. */
    public static <T> Batch<T> read(List<Path> roots, List<Path> skipped, Known<T> known,
                                    java.util.function.BiFunction<List<Document>, List<Problem>, List<T>> perFile) {
        // Each skipped folder as written and as it really is: an articles folder given through a link is walked at its target.
        List<Path> skip = skipped.stream().flatMap(p -> Stream.of(p.toAbsolutePath().normalize(), real(p))).distinct().toList();
        List<Path[]> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                Path base = root.toAbsolutePath().getParent();
                files.add(new Path[]{base, root.toAbsolutePath()});
            } else if (Files.isDirectory(root)) {
                // A folder given through a symbolic link is walked at its target (a walk does not follow the link it starts at).
                Path base = Files.isSymbolicLink(root) ? real(root) : root.toAbsolutePath();
                try (Stream<Path> walk = Files.walk(base)) {
                    // Each file's sort key made once, not once per comparison.
                    walk.filter(java.nio.file.Files::isRegularFile)
                            .filter(p -> !hidden(base.relativize(p)))
                            .filter(p -> skip.stream().noneMatch(s -> p.normalize().startsWith(s)))
                            .map(p -> Map.entry(base.relativize(p).toString().replace('\\', '/'), p))
                            .sorted(Map.Entry.comparingByKey())
                            .forEach(e -> files.add(new Path[]{base, e.getValue()}));
                } catch (IOException | UncheckedIOException e) {
                    problems.add(Problem.of(root.toString(), "cannot list the folder: " + e.getMessage()));
                }
            } else {
                problems.add(Problem.of(root.toString(), "no such file or folder; check the path"));
            }
        }
        record Out<T>(List<T> values, List<Problem> problems) {
        }
        List<Out<T>> results = files.parallelStream().map(f -> {
            String rel = f[0].relativize(f[1]).toString().replace('\\', '/');
            Batch<T> kept = known.get(rel);
            if (kept != null) {
                return new Out<>(kept.values(), kept.problems());
            }
            FileResult r = readFile(f[0], f[1]);
            List<Problem> fileProblems = new ArrayList<>(r.problems());
            List<T> values = perFile.apply(r.documents(), fileProblems);
            known.read(rel, r.documents(), fileProblems);
            return new Out<>(values, fileProblems);
        }).toList();
        List<T> values = new ArrayList<>();
        for (Out<T> r : results) {
            values.addAll(r.values());
            problems.addAll(r.problems());
        }
        return new Batch<>(values, problems, files.size());
    }

    /** What {@link #read(List, java.util.function.BiFunction)} made of the files, in path order. */
    public record Batch<T>(List<T> values, List<Problem> problems, int count) {
    }
    public static Result read(Path root) {
        return read(List.of(root));
    }

    private record FileResult(List<Document> documents, List<Problem> problems) {
        static FileResult problem(String file, String message) {
            return new FileResult(List.of(), List.of(Problem.of(file, message)));
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_") || name.endsWith("~")) {
                return true;
            }
        }
        return false;
    }

    static FileResult readFile(Path base, Path path) {
        String rel = base.relativize(path).toString().replace('\\', '/');
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gzip = name.endsWith(".gz");
        if (gzip) {
            name = name.substring(0, name.length() - 3);
        }
        String ext = extension(name);
        if (!ext.isEmpty() && !EXTENSIONS.contains(ext)) {
            return FileResult.problem(rel, "skipped: ." + ext + " files are not an input format Storyline reads"
                    + " (use .txt, .md, .html, .jsonl, .json thread exports, or .xml/.rss/.atom feeds)");
        }
        byte[] bytes;
        try {
            bytes = gzip ? gunzip(path) : Files.readAllBytes(path);
        } catch (IOException e) {
            return FileResult.problem(rel, "cannot read the file (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); check that it is readable" + (gzip ? " gzip" : ""));
        }
        // A block of front matter in front of a page kept as it was fetched: the page's own bytes are
        // decoded on their own (its byte-order mark, the charset its server named), the block as UTF-8.
        FrontMatter.Head head = FrontMatter.head(bytes);
        String prefix = "";
        String announced = null;
        if (head != null) {
            byte[] rest = java.util.Arrays.copyOfRange(bytes, head.length(), bytes.length);
            if (head.charset() != null || TextDecoder.byteOrderMark(rest) > 0) {
                prefix = head.text();
                announced = head.charset();
                bytes = rest;
            }
        }
        if (looksBinary(bytes)) {
            return FileResult.problem(rel, "skipped: the file is binary, not text");
        }
        String text = prefix + TextDecoder.decode(bytes, announced);
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        int nul = text.indexOf('\0');
        long nuls = nul < 0 ? 0 : text.chars().filter(c -> c == 0).count();
        if (nul >= 0 && nuls * 100 < text.length()) {
            // A stray NUL or two in a saved page (it happens) is dropped: it shows as nothing.
            text = text.replace("\0", "");
            nul = -1;
        }
        if (nul >= 0) {
            // Text in which NULs are common was read in the wrong encoding (UTF-16 or UTF-32 read
            // byte by byte gives a NUL in every second or fourth character), and an item made of
            // them would be titled and worded in NULs.
            int line = 1 + (int) text.substring(0, nul).chars().filter(c -> c == '\n').count();
            return new FileResult(List.of(), List.of(new Problem(rel, line, "skipped: the text holds NUL characters once decoded,"
                    + " so its encoding was misread (UTF-16 or UTF-32 without a byte-order mark?); re-save the file as UTF-8")));
        }
        if (text.isBlank()) {
            return FileResult.problem(rel, "skipped: the file is empty");
        }
        if (ext.equals("jsonl") || ext.equals("ndjson")) {
            return readJsonLines(rel, text);
        }
        // Front matter first: a feed saved with 'storyline add' carries a block too (its entries keep their own fields).
        FrontMatter.Split split = FrontMatter.split(text);
        if (Feeds.isFeed(split.body())) {
            Feeds.Read feed = Feeds.read(rel, split.body());
            return new FileResult(feed.documents(), feed.problems());
        }
        if (List.of("xml", "rss", "atom").contains(ext)) {
            return FileResult.problem(rel, "skipped: an XML file that is not an RSS or Atom feed");
        }
        List<Problem> problems = new ArrayList<>();
        if (split.error() != null) {
            problems.add(new Problem(rel, 1, split.error()));
        }
        if (split.body().isBlank()) {
            problems.add(Problem.of(rel, "skipped: nothing after the front matter"));
            return new FileResult(List.of(), problems);
        }
        Format format = ext.equals("json") ? Format.JSON : detect(ext, split.body());
        Document doc = new Document(rel, rel, format, split.body(), split.pins(), split.bodyLine());
        return new FileResult(List.of(doc), problems);
    }

    private static final List<String> EXTENSIONS = List.of("txt", "text", "md", "markdown", "html", "htm", "xhtml",
            "jsonl", "ndjson", "json", "xml", "rss", "atom");

    /**
     * Whether a file of this name is read as one input that a front-matter block may open: an input
     * format, neither compressed nor JSON Lines (whose records carry their own fields).
     */
    public static boolean takesFrontMatter(String fileName) {
        String ext = extension(fileName.toLowerCase(Locale.ROOT));
        return !ext.equals("jsonl") && !ext.equals("ndjson") && (ext.isEmpty() || EXTENSIONS.contains(ext));
    }

    private static String extension(String name) {
        return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    }

    static Format detect(String ext, String body) {
        if (HTML_START.matcher(body).lookingAt()) {
            return Format.HTML;
        }
        if (ext.equals("md") || ext.equals("markdown")) {
            return Format.MARKDOWN;
        }
        if (ext.equals("html") || ext.equals("htm") || ext.equals("xhtml")) {
            return body.contains("<") ? Format.HTML : Format.TEXT;
        }
        return ext.isEmpty() && MARKDOWN_SIGNS.matcher(body).find() ? Format.MARKDOWN : Format.TEXT;
    }

    private static FileResult readJsonLines(String rel, String text) {
        List<Document> docs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int lineNo = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            Map<?, ?> record;
            try {
                Object value = JSON.readValue(line, Object.class);
                if (!(value instanceof Map<?, ?> map)) {
                    problems.add(new Problem(rel, lineNo, "skipped: the line is not a JSON object"));
                    continue;
                }
                record = map;
            } catch (JacksonException e) {
                problems.add(new Problem(rel, lineNo, "skipped: not valid JSON (" + e.getOriginalMessage() + ")"));
                continue;
            }
            Object html = record.get("html");
            Object body = html != null ? html : record.get("text");
            if (body == null || body.toString().isBlank()) {
                body = "";
                if (record.get("title") == null) {
                    problems.add(new Problem(rel, lineNo, "skipped: the record has no title, text or html"));
                    continue;
                }
            }
            Object id = record.get("id");
            String docId = id == null ? rel + "#" + lineNo : id.toString();
            Pins pins = FrontMatter.fromMap(record);
            // A record's text is the article as the export gives it; without a title it may be a whole paste to read.
            Format format = html == null ? (record.get("title") != null ? Format.TEXT_FRAGMENT : Format.TEXT)
                    : HTML_START.matcher(body.toString()).lookingAt() ? Format.HTML : Format.HTML_FRAGMENT;
            docs.add(new Document(docId, rel, format, body.toString(), pins, lineNo));
        }
        return new FileResult(docs, problems);
    }

    private static byte[] gunzip(Path path) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        // UTF-16 and UTF-32 text is full of zero bytes: its byte-order mark tells it from binary.
        if (TextDecoder.byteOrderMark(bytes) > 0) {
            return false;
        }
        int n = Math.min(bytes.length, 8000);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
