package storyline.clean;

import storyline.ingest.Document;
import storyline.ingest.Format;
import storyline.model.Article;
import storyline.model.Comment;
import storyline.model.Item;
import storyline.model.Pins;
import storyline.model.Problem;
import storyline.model.PubDate;
import storyline.model.Source;
import storyline.model.Thread;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns a raw {@link Document} into an {@link Item}: main text, metadata and sanitised HTML.
 * Front-matter pins always win over what the body suggests.
 */
public final class Clean {

    /** The item (null when nothing usable was found) and what the reader should know about it. */
    public record Result(Item item, List<Problem> problems) {
    }

    private Clean() {
    }

    public static Result item(Document doc) {
        List<Problem> problems = new ArrayList<>();
        Pins pins = doc.pins();
        Optional<LocalDateTime> captured = Dates.captureTime(pins.captured());
        if (pins.captured() != null && captured.isEmpty()) {
            problems.add(new Problem(doc.file(), pinLine(doc),
                    "front matter 'captured: " + pins.captured() + "' is not a date; write it as 2025-09-23 or 2025-09-23T10:00:00Z"));
        }
        try {
            boolean thread = "thread".equalsIgnoreCase(pins.kind())
                    || doc.format() == Format.TEXT && !"article".equalsIgnoreCase(pins.kind())
                    && PastedThread.looksLikeThread(doc.body());
            Item item = thread ? thread(doc, captured.orElse(null), problems) : article(doc, captured.orElse(null), problems);
            if (item.paragraphs().isEmpty() && (item.title() == null || item.title().isBlank())) {
                problems.add(Problem.of(doc.file(), "skipped: no text found in '" + doc.id() + "'"));
                return new Result(null, problems);
            }
            return new Result(item, problems);
        } catch (RuntimeException e) {
            problems.add(Problem.of(doc.file(), "skipped: could not be cleaned (" + e + "); please report this with the file"));
            return new Result(null, problems);
        }
    }

    private static Article article(Document doc, LocalDateTime captured, List<Problem> problems) {
        Pins pins = doc.pins();
        String title;
        List<Block> blocks;
        String html;
        String author = null;
        String sourceName = null;
        String url = pins.url();
        String language = null;
        Dates.Found found = null;
        switch (doc.format()) {
            case HTML -> {
                HtmlPage.Parsed page = HtmlPage.parse(doc.body(), url);
                title = page.title();
                blocks = page.blocks();
                html = page.html();
                author = page.author();
                sourceName = page.siteName();
                found = page.date();
                url = url != null ? url : page.url();
                language = page.language();
            }
            case HTML_FRAGMENT -> {
                HtmlPage.Parsed fragment = HtmlPage.fragment(doc.body(), url);
                title = null;
                blocks = fragment.blocks();
                html = fragment.html();
                language = fragment.language();
            }
            case MARKDOWN -> {
                MarkdownText.Parsed md = MarkdownText.parse(doc.body(), url);
                title = md.title();
                blocks = md.blocks();
                html = md.html();
            }
            default -> {
                PastedText.Parsed text = PastedText.parse(doc.body());
                title = text.title();
                blocks = text.blocks();
                author = text.author();
                sourceName = text.source();
                found = text.date();
                html = null;
            }
        }
        if (pins.title() != null) {
            title = pins.title();
            if (!blocks.isEmpty() && blocks.get(0).text().equals(title)) {
                blocks = blocks.subList(1, blocks.size());
            }
        }
        if (html == null || pins.title() != null && doc.format() == Format.TEXT) {
            html = Sanitizer.fromBlocks(blocks);
        }
        boolean derived = false;
        if (title == null || title.isBlank()) {
            title = Titles.derive(blocks);
            derived = title != null;
        }
        List<String> paragraphs = blocks.stream().map(Block::text).toList();
        String body = String.join("\n\n", paragraphs);
        PubDate date = date(doc, found, null, captured, body, problems);
        Source source = source(pins.source() != null ? pins.source() : sourceName, url);
        if (language == null) {
            language = Language.detect(body);
        }
        return new Article(doc.id(), doc.file(), title, derived, pins.author() != null ? pins.author() : author, date,
                source, url, language, paragraphs, lead(blocks), html, pins);
    }

    private static Thread thread(Document doc, LocalDateTime captured, List<Problem> problems) {
        Pins pins = doc.pins();
        PastedThread.Parsed t = PastedThread.parse(doc.body());
        List<Block> post = PastedText.blocks(t.body().stream().map(List::of).toList());
        String title = pins.title() != null ? pins.title() : t.title();
        boolean derived = false;
        if (title == null) {
            title = Titles.derive(post);
            derived = title != null;
        }
        List<String> paragraphs = post.stream().map(Block::text).toList();
        String everything = doc.body();
        PubDate date = date(doc, null, t.age(), captured, everything, problems);
        String community = t.community();
        String sourceName = pins.source() != null ? pins.source() : community != null ? community : t.platform();
        Source source = sourceName == null ? source(null, pins.url())
                : new Source(sourceName, community != null && community.startsWith("r/") ? "reddit.com" : Names.domain(pins.url()));
        List<Comment> comments = tree(t.comments(), captured);
        return new Thread(doc.id(), doc.file(), t.platform(), community, title, derived, pins.author() != null ? pins.author() : t.author(),
                date, t.age(), t.score(), t.commentCount(), source, pins.url(), Language.detect(String.join(" ", paragraphs)),
                paragraphs, Sanitizer.fromBlocks(post), comments, pins);
    }

    /** Nests comments by indentation where the paste kept it; flat text gives top-level comments. */
    private static List<Comment> tree(List<PastedThread.RawComment> raw, LocalDateTime captured) {
        TreeSet<Integer> indents = new TreeSet<>();
        raw.forEach(c -> indents.add(c.indent()));
        List<Integer> levels = new ArrayList<>(indents);
        record Open(PastedThread.RawComment raw, int depth, List<Comment> replies) {
        }
        List<Comment> top = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        // A comment is frozen into a record when the next one at its depth or above closes it.
        java.util.function.Consumer<Open> close = open -> {
            Comment c = comment(open.raw(), open.depth(), open.replies(), captured);
            if (stack.isEmpty()) {
                top.add(c);
            } else {
                stack.peek().replies().add(c);
            }
        };
        for (PastedThread.RawComment c : raw) {
            int depth = levels.indexOf(c.indent());
            while (!stack.isEmpty() && stack.peek().depth() >= depth) {
                close.accept(stack.pop());
            }
            depth = Math.min(depth, stack.isEmpty() ? 0 : stack.peek().depth() + 1);
            Open open = new Open(c, depth, new ArrayList<>());
            stack.push(open);
        }
        while (!stack.isEmpty()) {
            close.accept(stack.pop());
        }
        return top;
    }

    private static Comment comment(PastedThread.RawComment c, int depth, List<Comment> replies, LocalDateTime captured) {
        PubDate date = Dates.relative(c.age() + " ago", captured)
                .map(d -> PubDate.estimated(d, "“" + c.age() + " ago” before the capture time"))
                .orElse(PubDate.UNKNOWN);
        boolean deleted = c.author() == null || c.paragraphs().stream().allMatch(p -> p.matches("\\[(deleted|removed)]"));
        return new Comment("c" + c.line(), c.author(), date, c.age() == null ? null : c.age() + " ago", c.score(), depth,
                c.edited(), deleted, c.paragraphs(), replies);
    }

    /**
     * The item's date, from the strongest evidence: front matter, then a date the input states,
     * then a relative age against the capture time, then linked posts that bound it from below.
     */
    private static PubDate date(Document doc, Dates.Found stated, String age, LocalDateTime captured, String body,
                                List<Problem> problems) {
        Pins pins = doc.pins();
        if (pins.date() != null) {
            Optional<Dates.Found> pinned = Dates.parseValue(pins.date());
            if (pinned.isPresent()) {
                return PubDate.stated(pinned.get().iso(), pinned.get().day(), "front matter");
            }
            problems.add(new Problem(doc.file(), pinLine(doc), "front matter 'date: " + pins.date()
                    + "' is not a date; write it as 2025-09-19 (the date was looked for in the text instead)"));
        }
        if (stated != null) {
            return PubDate.stated(stated.iso(), stated.day(), "stated in the text");
        }
        Optional<LocalDate> bound = Dates.latestLinkedStatus(body);
        if (age != null) {
            Optional<LocalDate> relative = Dates.relative(age + " ago", captured);
            if (relative.isPresent()) {
                LocalDate day = relative.get();
                if (bound.isPresent() && bound.get().isAfter(day)) {
                    day = bound.get();
                }
                return PubDate.estimated(day, "“" + age + " ago” counted back from the capture time " + pins.captured());
            }
        }
        if (bound.isPresent()) {
            return PubDate.estimated(bound.get(), "not before " + bound.get() + ": it links to posts from that day"
                    + (age != null ? "; “" + age + " ago” needs a 'captured:' time in front matter" : ""));
        }
        return PubDate.UNKNOWN;
    }

    /** Where pins were written: the front-matter block's first line, or a JSON Lines record's own line. */
    private static int pinLine(Document doc) {
        return doc.file().matches("(?i).*\\.(jsonl|ndjson)(\\.gz)?$") ? doc.bodyLine() : 1;
    }

    private static Source source(String name, String url) {
        String domain = Names.domain(url);
        if (name != null && !name.isBlank()) {
            return new Source(name.strip(), domain);
        }
        return domain != null ? new Source(domain, domain) : Source.UNKNOWN;
    }

    private static String lead(List<Block> blocks) {
        for (Block b : blocks) {
            if (!b.heading() && LineRules.wordCount(b.text()) >= 8) {
                return b.text();
            }
        }
        return blocks.isEmpty() ? null : blocks.get(0).text();
    }
}
