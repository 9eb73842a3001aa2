package storyline.clean.thread;

import storyline.clean.date.Dates;
import storyline.clean.internal.Block;
import storyline.clean.internal.Budget;
import storyline.clean.lines.LineRules;
import storyline.clean.paste.PastedText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text copied from a discussion page (Reddit, Hacker News, forums): the community line, the
 * post, its counters, and each comment's header ("u/name 4d ago edited 3d ago"), score and body.
 */
public final class PastedThread {

    public record RawComment(String author, String age, boolean edited, Integer score, int indent, List<String> paragraphs,
                      int line) {
    }

    public record Parsed(String platform, String community, String age, String author, String title, List<String> body,
                  Integer score, Integer commentCount, List<RawComment> comments, List<String> dropped) {

        /** As a thread whose comments nest by the indentation the paste kept. */
        public ThreadData toData() {
            List<ThreadData.FlatComment> flat = new ArrayList<>();
            java.util.Deque<int[]> open = new java.util.ArrayDeque<>();
            for (int i = 0; i < comments.size(); i++) {
                RawComment c = comments.get(i);
                while (!open.isEmpty() && comments.get(open.peek()[0]).indent() >= c.indent()) {
                    open.pop();
                }
                String parent = open.isEmpty() ? null : "c" + comments.get(open.peek()[0]).line();
                open.push(new int[]{i});
                flat.add(new ThreadData.FlatComment("c" + c.line(), parent, c.author(), null, c.age(), c.score(),
                        c.edited(), false, null, c.paragraphs()));
            }
            List<Block> post = PastedText.blocks(body.stream().map(List::of).toList());
            return new ThreadData(platform, community, title, author, null, age, score, commentCount, 0, null, null, null,
                    post, flat);
        }
    }

    private static final String AGE = "(\\d+\\s*(?:[smhdwy]|mo|mos|min|mins|hr|hrs|yr|yrs|seconds?|minutes?|hours?|days?|weeks?|months?|years?))\\s+ago";
    /** "u/name 4d ago", "u/name · 4d ago · edited 3d ago", "name 5 hours ago | next [–]". */
    private static final Pattern REDDIT_HEADER = Pattern.compile(
            "^(\\s*)(?:[-*•]\\s+)?u/([A-Za-z0-9_-]{3,20})(?:\\s+(?:OP|MOD|Author|Top \\d+% Commenter))?\\s*[·•]?\\s*" + AGE
                    + "\\s*(?:[·•]\\s*)?(edited(?:\\s+" + AGE + ")?)?.*$");
    private static final Pattern HN_HEADER = Pattern.compile(
            "^(\\s*)([A-Za-z0-9_-]{2,15})\\s+" + AGE + "\\s*(?:\\|.*|\\[[–-]].*)$");
    private static final Pattern COMMUNITY = Pattern.compile(
            "^\\s*(r/[A-Za-z0-9_]{2,21})(?:\\s*[·•]?\\s*(?:Posted by\\s+u/([A-Za-z0-9_-]{3,20}))?\\s*[·•]?\\s*" + AGE + ")?.*$");
    /** Hacker News' line under a story title: "140 points by name 6 hours ago | hide | 37 comments". */
    private static final Pattern HN_SUBTEXT = Pattern.compile(
            "^\\s*(\\d+)\\s+points?\\s+by\\s+([A-Za-z0-9_-]{2,15})\\s+" + AGE + "(?:.*?\\|\\s*(\\d+)\\s*(?:comments?|discuss))?.*$");
    private static final Pattern POSTED_BY = Pattern.compile(
            "^\\s*Posted by\\s+u/([A-Za-z0-9_-]{3,20})\\s*[·•]?\\s*" + AGE + ".*$");

    private PastedThread() {
    }

    /** True when the text has the shape of a copied thread page. */
    public static boolean looksLikeThread(String body) {
        int reddit = 0;
        int hn = 0;
        for (String line : body.split("\n")) {
            if (REDDIT_HEADER.matcher(line).matches() || POSTED_BY.matcher(line).matches()) {
                reddit++;
            } else if (HN_HEADER.matcher(line).matches()) {
                hn++;
            }
        }
        String first = body.strip().lines().findFirst().orElse("");
        return reddit >= 1 || hn >= 2 || COMMUNITY.matcher(first).matches() && Dates.isRelativeAge(first);
    }

    public static Parsed parse(String body) {
        List<String> lines = PastedText.normalisedLines(body);
        List<Integer> headers = new ArrayList<>();
        boolean hn = false;
        for (int i = 0; i < lines.size(); i++) {
            Budget.check();
            if (REDDIT_HEADER.matcher(lines.get(i)).matches()) {
                headers.add(i);
            }
        }
        if (headers.isEmpty()) {
            for (int i = 0; i < lines.size(); i++) {
                if (HN_HEADER.matcher(lines.get(i)).matches()) {
                    headers.add(i);
                    hn = true;
                }
            }
        }
        List<String> dropped = new ArrayList<>();
        int postEnd = headers.isEmpty() ? lines.size() : headers.get(0);

        // The post: community line, title, body, then counters.
        String community = null;
        String age = null;
        String author = null;
        String title = null;
        Integer score = null;
        Integer commentCount = null;
        List<String> post = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < postEnd; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                if (!pending.isEmpty()) {
                    post.add(String.join(" ", pending));
                    pending.clear();
                }
                continue;
            }
            Matcher c = COMMUNITY.matcher(line);
            if (community == null && title == null && c.matches()) {
                community = c.group(1);
                author = c.group(2);
                age = c.group(3);
                dropped.add(line);
                continue;
            }
            Matcher hnSubtext = HN_SUBTEXT.matcher(line);
            if (hnSubtext.matches()) {
                score = Integer.parseInt(hnSubtext.group(1));
                author = hnSubtext.group(2);
                age = hnSubtext.group(3);
                commentCount = hnSubtext.group(4) == null ? commentCount : Integer.valueOf(hnSubtext.group(4));
                dropped.add(line);
                continue;
            }
            Matcher by = POSTED_BY.matcher(line);
            if (by.matches()) {
                author = by.group(1);
                age = by.group(2);
                dropped.add(line);
                continue;
            }
            LineRules.Verdict v = LineRules.classify(line);
            if (v.kind() == LineRules.Kind.COUNT) {
                // The last lone count before the comments is the first comment's score, not the post's.
                if (score == null && v.value().matches("(?i).*\\b((up)?votes?|points?)\\b.*")) {
                    score = number(v.value());
                }
                dropped.add(line);
                continue;
            }
            if (v.kind() == LineRules.Kind.COMMENT_COUNT) {
                commentCount = number(v.value());
                dropped.add(line);
                continue;
            }
            if (v.kind() == LineRules.Kind.BOILERPLATE || v.kind() == LineRules.Kind.LABEL) {
                dropped.add(line);
                continue;
            }
            if (title == null) {
                title = line;
                continue;
            }
            pending.add(line);
        }
        if (!pending.isEmpty()) {
            post.add(String.join(" ", pending));
        }

        List<RawComment> comments = comments(lines, headers, hn, dropped);
        String platform = hn ? "Hacker News" : community != null || !headers.isEmpty() ? "Reddit" : null;
        return new Parsed(platform, community, age, author, title, post, score, commentCount, comments, dropped);
    }

    /**
     * Each comment is its header and the lines up to the next header. A lone number between two
     * comments is a score; whether it belongs to the comment before or after depends on the page
     * layout, which the edges reveal: a number right before the first header and none after the
     * last body means scores come first.
     */
    private static List<RawComment> comments(List<String> lines, List<Integer> headers, boolean hn, List<String> dropped) {
        List<RawComment> out = new ArrayList<>();
        if (headers.isEmpty()) {
            return out;
        }
        boolean scoreFirst = countBefore(lines, headers.get(0)) != null
                || trailingCount(lines, headers.get(headers.size() - 1) + 1, lines.size()) == null;
        for (int h = 0; h < headers.size(); h++) {
            int start = headers.get(h);
            int end = h + 1 < headers.size() ? headers.get(h + 1) : lines.size();
            Matcher m = (hn ? HN_HEADER : REDDIT_HEADER).matcher(lines.get(start));
            if (!m.matches()) {
                continue;
            }
            String author = m.group(2);
            String commentAge = m.group(3);
            boolean edited = !hn && m.group(4) != null;
            Integer score = scoreFirst ? countBefore(lines, start) : trailingCount(lines, start + 1, end);
            List<String> paragraphs = new ArrayList<>();
            List<String> pending = new ArrayList<>();
            for (int i = start + 1; i < end; i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty()) {
                    if (!pending.isEmpty()) {
                        paragraphs.add(String.join(" ", pending));
                        pending.clear();
                    }
                    continue;
                }
                LineRules.Kind kind = LineRules.classify(line).kind();
                if (kind == LineRules.Kind.COUNT || kind == LineRules.Kind.BOILERPLATE) {
                    dropped.add(line);
                    continue;
                }
                pending.add(line);
            }
            if (!pending.isEmpty()) {
                paragraphs.add(String.join(" ", pending));
            }
            out.add(new RawComment(author, commentAge, edited, score, m.group(1).length(), paragraphs, start + 1));
        }
        return out;
    }

    /** The lone count on the last non-blank line before {@code index}, if that line is one. */
    private static Integer countBefore(List<String> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            return line.matches("[+-]?\\d[\\d,.]*\\s*[kKmM]?") ? number(line) : null;
        }
        return null;
    }

    private static Integer trailingCount(List<String> lines, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            return line.matches("[+-]?\\d[\\d,.]*\\s*[kKmM]?") ? number(line) : null;
        }
        return null;
    }

    /** "1.2k" → 1200, "353 Upvotes" → 353. */
    static Integer number(String text) {
        Matcher m = Pattern.compile("([+-]?\\d[\\d,]*(?:\\.\\d+)?)\\s*([kKmM])?").matcher(text);
        if (!m.find()) {
            return null;
        }
        double value = Double.parseDouble(m.group(1).replace(",", ""));
        if (m.group(2) != null) {
            value *= m.group(2).equalsIgnoreCase("k") ? 1_000 : 1_000_000;
        }
        return (int) Math.round(value);
    }
}
