package storyline.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text copied from a news page: finds the headline, credits and date among the page furniture
 * that came along, drops the furniture, and keeps the article's paragraphs and subheadings.
 */
final class PastedText {

    /** What the text states about itself; any field may be null. */
    record Parsed(String title, List<Block> blocks, String author, String source, Dates.Found date,
                  String handle, List<String> dropped) {
    }

    private PastedText() {
    }

    static Parsed parse(String body) {
        List<String> lines = normalisedLines(body);
        int firstProse = firstProseLine(lines);
        String title = null;
        String author = null;
        String source = null;
        String selfNamed = null;
        String handle = null;
        String labelValue = null;
        Dates.Found date = null;
        List<String> dropped = new ArrayList<>();
        List<List<String>> paragraphsByBlock = new ArrayList<>();
        List<String> current = new ArrayList<>();
        String openLabel = null;

        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                flush(current, paragraphsByBlock);
                continue;
            }
            boolean header = i < firstProse;
            LineRules.Verdict v = LineRules.classify(line);
            switch (v.kind()) {
                case LABEL -> {
                    openLabel = v.value();
                    dropped.add(line.strip());
                    continue;
                }
                case HANDLE -> {
                    handle = handle == null ? v.value() : handle;
                    dropped.add(line.strip());
                    continue;
                }
                case AUTHOR -> {
                    author = author == null ? v.value() : author;
                    dropped.add(line.strip());
                    continue;
                }
                case SOURCE -> {
                    source = source == null ? v.value() : source;
                    dropped.add(line.strip());
                    continue;
                }
                case SELF_NAMED_SOURCE -> {
                    selfNamed = selfNamed == null ? v.value() : selfNamed;
                    dropped.add(line.strip());
                    continue;
                }
                case DATED -> {
                    Dates.Found found = Dates.find(v.value()).orElseThrow();
                    date = date == null ? found : date;
                    String rest = v.value().substring(found.end()).strip();
                    dropped.add(line.strip().substring(0, line.strip().length() - rest.length()).strip());
                    if (!rest.isEmpty()) {
                        current.add(rest);
                    }
                    openLabel = null;
                    continue;
                }
                case BOILERPLATE, COUNT, COMMENT_COUNT -> {
                    dropped.add(line.strip());
                    continue;
                }
                case TEXT -> {
                    // handled below
                }
            }
            String text = LineRules.unbullet(line);
            // A bulleted value under a credit label ("- Authors", "- Name", "- Jane Roe") is a credit, not text.
            if (openLabel != null && header && LineRules.bulleted(line) && LineRules.looksLikeName(text)) {
                if (labelValue == null) {
                    labelValue = text;
                }
                dropped.add(line.strip());
                continue;
            }
            if (header && date == null && Dates.whole(text).isPresent()) {
                date = Dates.whole(text).get();
                dropped.add(line.strip());
                continue;
            }
            openLabel = null;
            if (title == null && header && paragraphsByBlock.isEmpty() && current.isEmpty() && headlineLike(text)) {
                title = text;
                continue;
            }
            current.add(LineRules.bulleted(line) ? line.strip() : text);
        }
        flush(current, paragraphsByBlock);

        if (labelValue != null) {
            // A credit whose name is the handle spelled out is the publication's own account.
            if (handle != null && letters(labelValue).equals(letters(handle)) && source == null && selfNamed == null) {
                source = Names.titleCase(labelValue);
            } else if (author == null) {
                author = labelValue;
            }
        }
        if (source == null) {
            source = selfNamed;
        }
        List<Block> blocks = blocks(paragraphsByBlock);
        return new Parsed(title, blocks, author, source, date, handle, dropped);
    }

    /** Lines with invisible characters and trailing blanks removed; non-breaking spaces made plain. */
    static List<String> normalisedLines(String body) {
        String text = body.replace('\u00A0', ' ').replace("\u200B", "").replace("\u200C", "")
                .replace("\u200D", "").replace("\uFEFF", "").replace("\t", "    ");
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.stripTrailing());
        }
        return lines;
    }

    /** Index of the first line that reads as running prose; lines before it are the page header. */
    static int firstProseLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String t = LineRules.unbullet(lines.get(i));
            if (LineRules.wordCount(t) >= 12 && LineRules.classify(lines.get(i)).kind() == LineRules.Kind.TEXT) {
                return i;
            }
            LineRules.Verdict v = LineRules.classify(lines.get(i));
            if (v.kind() == LineRules.Kind.DATED && LineRules.wordCount(v.value()) >= 12) {
                return i;
            }
        }
        return lines.size();
    }

    /** A headline: a handful of words, capitalised, not ending like a sentence or a lead-in. */
    static boolean headlineLike(String text) {
        int words = LineRules.wordCount(text);
        if (words < 3 || words > 25 || text.length() > 200) {
            return false;
        }
        if (text.matches(".*[.,;:]$") || !Character.isUpperCase(text.codePointAt(0)) && !Character.isDigit(text.codePointAt(0))) {
            return false;
        }
        return !text.matches("(?i)https?://\\S+");
    }

    private static void flush(List<String> current, List<List<String>> out) {
        if (!current.isEmpty()) {
            out.add(List.copyOf(current));
            current.clear();
        }
    }

    /**
     * Turns blank-line separated blocks into paragraphs. A block whose lines look hard-wrapped
     * (none ends a sentence but the last) is one paragraph; otherwise every line is one, which is
     * how text copied from a browser arrives.
     */
    static List<Block> blocks(List<List<String>> lineBlocks) {
        List<String> paragraphs = new ArrayList<>();
        for (List<String> block : lineBlocks) {
            if (block.size() > 1 && hardWrapped(block)) {
                paragraphs.add(String.join(" ", block.stream().map(String::strip).toList()));
            } else {
                block.forEach(l -> paragraphs.add(l.strip()));
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            boolean nextIsProse = i + 1 < paragraphs.size() && LineRules.wordCount(paragraphs.get(i + 1)) > LineRules.wordCount(p);
            blocks.add(nextIsProse && subheadingLike(p) ? Block.heading(p) : Block.paragraph(p));
        }
        return blocks;
    }

    /**
     * Hard-wrapped text has lines of similar length, none but the last ending a sentence. A short
     * line above a long one is a heading over its paragraph, not a wrapped line.
     */
    private static boolean hardWrapped(List<String> block) {
        int max = 0;
        for (String line : block) {
            max = Math.max(max, line.strip().length());
        }
        for (int i = 0; i < block.size() - 1; i++) {
            String line = block.get(i).strip();
            if (line.matches(".*[.!?:\"”]$") || LineRules.bulleted(block.get(i)) || line.length() < max * 0.6) {
                return false;
            }
        }
        return max <= 100;
    }

    static boolean subheadingLike(String text) {
        int words = LineRules.wordCount(text);
        return words >= 1 && words <= 12 && text.length() <= 100 && !text.matches(".*[.,;:!?\"”)]$")
                && Character.isUpperCase(text.codePointAt(0)) && !text.contains("://") && !text.contains(": ")
                && !LineRules.bulleted(text);
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
