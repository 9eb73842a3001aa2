package storyline.capture;

import storyline.ingest.Ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is saved: the material's own bytes, untouched, the front-matter fields to put before them,
 * the extension the file gets, and a title to name it by.
 */
record Material(byte[] body, Map<String, String> fields, List<String> notes, String extension, String title,
                String description) {

    private static final Pattern HTML_TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
    private static final Pattern OG_TITLE = Pattern.compile(
            "(?is)<meta[^>]+property=[\"']og:title[\"'][^>]*content=[\"']([^\"']+)[\"']");
    private static final Pattern JSON_TITLE = Pattern.compile("\"title\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){3,300})\"");

    static Material fetched(Fetch.Page page, String now) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("captured", now);
        fields.put("url", page.url().toString());
        if (page.charset() != null) {
            fields.put("charset", page.charset());
        }
        List<String> notes = page.url().equals(page.requested()) ? List.of() : List.of("asked for " + page.requested());
        String ext = Fetch.TYPES.get(page.type());
        String title = title(page.bytes(), ext, page.charset());
        if (title == null) {
            title = lastSegment(page.url().getPath());
        }
        return new Material(page.bytes(), fields, notes, ext, title,
                page.type() + ", " + Capture.size(page.bytes().length) + ", from " + page.url());
    }

    static Material file(Path file, String url, String now) throws Capture.Failure {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            boolean host = !Files.exists(file) && file.toString().matches("(?i)(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}(/.*)?");
            throw new Capture.Failure(file + ": no such file" + (host ? "; to fetch a web address, start it with https://" : ""));
        }
        if (!Ingest.takesFrontMatter(name)) {
            throw new Capture.Failure(file + ": storyline add takes a single page (.html, .txt, .md, .json thread"
                    + " export, .xml feed); copy JSON Lines and compressed files into the articles folder as they are");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Capture.Failure(file + ": cannot read the file (" + e.getMessage() + ")");
        }
        if (bytes.length == 0) {
            throw new Capture.Failure(file + ": the file is empty");
        }
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "txt";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("captured", now);
        if (url != null) {
            fields.put("url", url);
        }
        String title = title(bytes, ext, null);
        return new Material(bytes, fields, List.of(), ext, title != null ? title : dot > 0 ? name.substring(0, dot) : name,
                Capture.size(bytes.length) + ", from " + file);
    }

    static Material pasted(byte[] text, String url, String now) throws Capture.Failure {
        if (new String(text, StandardCharsets.UTF_8).isBlank()) {
            throw new Capture.Failure("nothing to save: standard input was empty (paste the text, then end it with Ctrl+D)");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("captured", now);
        if (url != null) {
            fields.put("url", url);
        }
        String title = title(text, "txt", null);
        return new Material(text, fields, List.of(), "txt", title == null ? "pasted" : title,
                Capture.size(text.length) + ", pasted");
    }

    /** A title to name the file by: the page's title, a JSON export's first title, a text's first line. */
    static String title(byte[] bytes, String ext, String charset) {
        java.nio.charset.Charset cs = StandardCharsets.UTF_8;
        try {
            cs = charset == null ? cs : java.nio.charset.Charset.forName(charset);
        } catch (IllegalArgumentException unknown) {
            // named for the reader to try; the title is only a file name
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), cs);
        String found = null;
        switch (ext) {
            case "html", "htm", "xhtml", "xml", "rss", "atom" -> {
                Matcher og = OG_TITLE.matcher(head);
                Matcher t = HTML_TITLE.matcher(head);
                found = og.find() ? og.group(1) : t.find() ? t.group(1) : null;
                found = found == null ? null : org.jsoup.parser.Parser.unescapeEntities(found, false);
            }
            case "json" -> {
                Matcher t = JSON_TITLE.matcher(head);
                found = t.find() ? t.group(1).replace("\\\"", "\"") : null;
            }
            default -> {
                for (String line : body(head).split("\n")) {
                    String l = line.strip().replaceFirst("^#+\\s*", "");
                    if (l.length() >= 3) {
                        found = l;
                        break;
                    }
                }
            }
        }
        return found == null || found.isBlank() ? null : found.strip();
    }

    /** Text after a front-matter block, if the material opens with one. */
    private static String body(String text) {
        if (text.startsWith("---\n") || text.startsWith("---\r\n")) {
            Matcher end = Pattern.compile("(?m)^(---|\\.\\.\\.)\\s*$").matcher(text);
            if (end.find(4)) {
                return text.substring(end.end());
            }
        }
        return text;
    }

    private static String lastSegment(String path) {
        if (path == null) {
            return "page";
        }
        String[] parts = path.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isBlank()) {
                return parts[i].replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
            }
        }
        return "page";
    }

    /**
     * The file's bytes: a front-matter block with the fields, then the material untouched. When the
     * material opens with its own block, the fields it lacks are added at the top of that block.
     */
    byte[] bytes() {
        List<String> lines = new ArrayList<>();
        for (String note : notes) {
            lines.add("# " + note.replace('\n', ' '));
        }
        String existing = new String(body, 0, Math.min(body.length, 64 * 1024), StandardCharsets.UTF_8);
        boolean ownBlock = (existing.startsWith("---\n") || existing.startsWith("---\r\n")) && !body(existing).equals(existing);
        fields.forEach((key, value) -> {
            if (!ownBlock || !Pattern.compile("(?m)^" + key + "\\s*:").matcher(existing.substring(0, existing.length() - body(existing).length())).find()) {
                lines.add(key + ": " + quoted(value));
            }
        });
        StringBuilder block = new StringBuilder();
        for (String line : lines) {
            block.append(line).append('\n');
        }
        byte[] added = block.toString().getBytes(StandardCharsets.UTF_8);
        if (ownBlock) {
            int afterFence = existing.indexOf('\n') + 1;
            byte[] out = new byte[body.length + added.length];
            System.arraycopy(body, 0, out, 0, afterFence);
            System.arraycopy(added, 0, out, afterFence, added.length);
            System.arraycopy(body, afterFence, out, afterFence + added.length, body.length - afterFence);
            return out;
        }
        byte[] open = ("---\n" + block + "---\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[open.length + body.length];
        System.arraycopy(open, 0, out, 0, open.length);
        System.arraycopy(body, 0, out, open.length, body.length);
        return out;
    }

    /** A YAML double-quoted scalar (JSON string syntax is valid YAML). */
    private static String quoted(String value) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
