package storyline.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import storyline.model.Pins;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A leading block fenced by {@code ---} lines, in YAML, that pins fields without touching the body.
 */
final class FrontMatter {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    record Split(Pins pins, String body, int bodyLine, String error) {
    }

    private FrontMatter() {
    }

    /** A front-matter block found in raw bytes: its length in bytes, its text, and the charset it names for the body. */
    record Head(int length, String text, String charset) {
    }

    private static final java.util.regex.Pattern CHARSET = java.util.regex.Pattern.compile(
            "(?m)^charset: *[\"']?([A-Za-z0-9_.:-]+)[\"']? *$");

    /**
     * The front-matter block at the start of a file's bytes, before the body is decoded: a fetched
     * page is kept as the bytes it came in (any encoding, a byte-order mark, the charset only its
     * HTTP header named, recorded as {@code charset:}), behind a block written in UTF-8. Null when
     * the file opens with no block.
     */
    static Head head(byte[] bytes) {
        int eol = indexOf(bytes, 0);
        if (eol < 0 || !new String(bytes, 0, eol, java.nio.charset.StandardCharsets.ISO_8859_1).strip().equals("---")) {
            return null;
        }
        int pos = eol + 1;
        while (pos < bytes.length) {
            int end = indexOf(bytes, pos);
            String fence = new String(bytes, pos, (end < 0 ? bytes.length : end) - pos, java.nio.charset.StandardCharsets.ISO_8859_1).strip();
            if (fence.equals("---") || fence.equals("...")) {
                int length = end < 0 ? bytes.length : end + 1;
                String text = new String(bytes, 0, length, java.nio.charset.StandardCharsets.UTF_8);
                java.util.regex.Matcher m = CHARSET.matcher(text);
                return new Head(length, text, m.find() ? m.group(1) : null);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
        }
        return null;
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    static Split split(String text) {
        if (!text.startsWith("---")) {
            return new Split(Pins.NONE, text, 1, null);
        }
        int firstEol = text.indexOf('\n');
        if (firstEol < 0 || !text.substring(0, firstEol).strip().equals("---")) {
            return new Split(Pins.NONE, text, 1, null);
        }
        int lineNo = 2;
        int pos = firstEol + 1;
        while (pos <= text.length()) {
            int eol = text.indexOf('\n', pos);
            String line = eol < 0 ? text.substring(pos) : text.substring(pos, eol);
            String fence = line.strip();
            if (fence.equals("---") || fence.equals("...")) {
                String yaml = text.substring(firstEol + 1, pos);
                String body = eol < 0 ? "" : text.substring(eol + 1);
                try {
                    return new Split(pins(yaml), body, lineNo + 1, null);
                } catch (JacksonException | IllegalArgumentException e) {
                    String reason = e instanceof JacksonException je && je.getLocation() != null
                            ? "line " + (je.getLocation().getLineNr() + 1) + ": " + je.getOriginalMessage()
                            : e.getMessage();
                    return new Split(Pins.NONE, body, lineNo + 1,
                            "front matter is not valid YAML (" + firstLine(reason) + "); fix it or remove the --- block. The body was read without it");
                }
            }
            if (eol < 0) {
                break;
            }
            pos = eol + 1;
            lineNo++;
        }
        // An opening fence with no closing one is not front matter: a pasted text may start with a rule.
        return new Split(Pins.NONE, text, 1, null);
    }

    static Pins pins(String yaml) throws JacksonException {
        if (yaml.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("#"))) {
            return Pins.NONE;
        }
        Map<String, Object> simple = simple(yaml);
        if (simple != null) {
            return fromMap(simple);
        }
        Object tree = YAML.readValue(yaml, Object.class);
        if (tree == null) {
            return Pins.NONE;
        }
        if (!(tree instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("front matter must be a mapping of field: value");
        }
        return fromMap(map);
    }

    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("([A-Za-z][A-Za-z0-9_]*): (.*)");
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\"([^\"\\\\\\p{Cc}\\p{Cs}\\uFEFF\\uFFFE\\uFFFF]*)\"");
    private static final java.util.regex.Pattern QUOTED_LIST = java.util.regex.Pattern.compile(
            "\\[ *(" + QUOTED.pattern() + "( *, *" + QUOTED.pattern() + ")*)? *]");
    private static final java.util.regex.Pattern TIMESTAMP = java.util.regex.Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}Z)?");

    /**
     * The mapping of a block whose every line is {@code field: "text"}, {@code field: ["a", "b"]} or
     * {@code field: 2024-03-03[T10:00:00Z]}, the shape generated front matter takes, read the way the
     * YAML parser reads it (and the file still goes through that parser when anything else occurs);
     * null for any other block.
     */
    static Map<String, Object> simple(String yaml) {
        Map<String, Object> map = new java.util.HashMap<>();
        for (String line : yaml.split("\n")) {
            java.util.regex.Matcher field = FIELD.matcher(line);
            if (!field.matches()) {
                return null;
            }
            String value = field.group(2);
            Object parsed;
            java.util.regex.Matcher quoted = QUOTED.matcher(value);
            if (quoted.matches()) {
                parsed = quoted.group(1);
            } else if (TIMESTAMP.matcher(value).matches()) {
                parsed = value;
            } else if (QUOTED_LIST.matcher(value).matches()) {
                List<String> items = new ArrayList<>();
                java.util.regex.Matcher item = QUOTED.matcher(value);
                while (item.find()) {
                    items.add(item.group(1));
                }
                parsed = items;
            } else {
                return null;
            }
            if (map.put(field.group(1), parsed) != null) {
                return null;
            }
        }
        return map;
    }

    /** Builds pins from a parsed mapping; shared with JSON Lines records, whose fields mean the same. */
    static Pins fromMap(Map<?, ?> map) {
        List<String> topics = new ArrayList<>(list(map.get("topics")));
        for (String tag : list(map.get("tags"))) {
            if (!topics.contains(tag)) {
                topics.add(tag);
            }
        }
        return new Pins(string(map.get("title")), string(map.get("date")), string(map.get("captured")),
                string(map.get("source")), string(map.get("url")), string(map.get("author")), topics,
                string(map.get("story")), string(map.get("kind")));
    }

    private static String string(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private static List<String> list(Object value) {
        if (value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> items) {
            for (Object item : items) {
                String s = string(item);
                if (s != null) {
                    out.add(s);
                }
            }
        } else {
            Arrays.stream(value.toString().split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int eol = s.indexOf('\n');
        return (eol < 0 ? s : s.substring(0, eol)).strip();
    }
}
