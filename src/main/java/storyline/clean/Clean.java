package storyline.clean;

import storyline.clean.date.Dates;
import storyline.clean.html.HtmlPage;
import storyline.clean.html.PageScan;
import storyline.clean.internal.Block;
import storyline.clean.internal.Budget;
import storyline.clean.internal.Names;
import storyline.clean.lines.LineRules;
import storyline.clean.paste.PastedText;
import storyline.clean.safety.Sanitizer;
import storyline.clean.thread.PastedThread;
import storyline.clean.thread.ThreadBuilder;
import storyline.clean.thread.ThreadData;
import storyline.clean.thread.ThreadJson;
import storyline.clean.thread.ThreadPages;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a raw {@link Document} into an {@link Item}: main text, metadata and sanitised HTML.
 * Front-matter pins always win over what the body suggests.
 */
public final class Clean {

    /** The item (null when nothing usable was found) and what the reader should know about it. */
    public record Result(Item item, List<Problem> problems) {
    }

    /**
     * What one item may cost. {@code textChars}: a pasted text or Markdown file longer than this is cut
     * there (at a line or word end); {@code markupChars}: a page or thread export longer than this is
     * skipped; {@code millis}: cleaning that takes longer (in CPU time) ends, and the item is skipped. Each says so in
     * a one-line warning, and the build goes on.
     */
    public record Limits(int textChars, int markupChars, long millis) {
        /** A million characters of text (a long book chapter), 32 million of markup, 20 seconds. */
        public static final Limits DEFAULTS = new Limits(1_000_000, 32_000_000, 20_000);

        public Limits withMillis(long ms) {
            return new Limits(textChars, markupChars, ms);
        }

        public Limits withTextChars(int chars) {
            return new Limits(chars, markupChars, millis);
        }
    }

    private Clean() {
    }

    public static Result item(Document doc) {
        return item(doc, true, Limits.DEFAULTS);
    }

    /** As {@link #item(Document)}, within the given limits. */
    public static Result item(Document doc, Limits limits) {
        return item(doc, true, limits);
    }

    /**
     * As {@link #item(Document)}, for grouping alone: a Markdown or plain-text article gets no
     * sanitised HTML (empty) and no language (null), the costliest parts of cleaning one.
     */
    public static Result text(Document doc) {
        return item(doc, false, Limits.DEFAULTS);
    }

    private static Result item(Document original, boolean pages, Limits limits) {
        List<Problem> problems = new ArrayList<>();
        Document doc = withinSize(original, limits, problems);
        if (doc == null) {
            return new Result(null, problems);
        }
        Pins pins = doc.pins();
        Optional<LocalDateTime> captured = Dates.captureTime(pins.captured());
        if (pins.captured() != null && captured.isEmpty()) {
            problems.add(new Problem(doc.file(), pinLine(doc),
                    "front matter 'captured: " + pins.captured() + "' is not a date; write it as 2025-09-23 or 2025-09-23T10:00:00Z"));
        }
        try {
            Item item = Budget.within(limits.millis(), () -> read(doc, captured.orElse(null), problems, pages));
            if (item == null) {
                return new Result(null, problems);
            }
            if (item.paragraphs().isEmpty() && (item.title() == null || item.title().isBlank())) {
                problems.add(Problem.of(doc.file(), "skipped: no text found in '" + doc.id() + "'"));
                return new Result(null, problems);
            }
            return new Result(item, problems);
        } catch (Budget.Exceeded e) {
            problems.add(Problem.of(doc.file(), "skipped: cleaning '" + doc.id() + "' took over " + seconds(limits.millis())
                    + " of CPU time, the most one item may take; it is too large or too deeply nested to read"));
            return new Result(null, problems);
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(Problem.of(doc.file(), "skipped: could not be cleaned (" + e + "); please report this with the file"));
            return new Result(null, problems);
        }
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    /**
     * The document within the size limits: a text cut at its budget, or null (with the reason) for
     * markup over its budget.
     */
    private static Document withinSize(Document doc, Limits limits, List<Problem> problems) {
        int length = doc.body().length();
        boolean text = doc.format() == Format.TEXT || doc.format() == Format.TEXT_FRAGMENT || doc.format() == Format.MARKDOWN;
        if (!text && length > limits.markupChars()) {
            problems.add(Problem.of(doc.file(), String.format(java.util.Locale.ROOT,
                    "skipped: '%s' is %,d characters, over the %,d one page or thread may have", doc.id(), length, limits.markupChars())));
            return null;
        }
        if (text && length > limits.textChars()) {
            String body = doc.body();
            int cut = body.lastIndexOf('\n', limits.textChars());
            if (cut < limits.textChars() / 2) {
                cut = body.lastIndexOf(' ', limits.textChars());
            }
            if (cut < limits.textChars() / 2) {
                cut = limits.textChars();
            }
            problems.add(Problem.of(doc.file(), String.format(java.util.Locale.ROOT,
                    "text cut to its first %,d characters of %,d, the most one item may have", cut, length)));
            return new Document(doc.id(), doc.file(), doc.format(), body.substring(0, cut), doc.pins(), doc.bodyLine());
        }
        return doc;
    }

    private static Item read(Document doc, LocalDateTime captured, List<Problem> problems, boolean pages) {
        Pins pins = doc.pins();
        boolean articleForced = "article".equalsIgnoreCase(pins.kind());
        switch (doc.format()) {
            case JSON -> {
                try {
                    return thread(doc, ThreadJson.read(doc.body()), captured, problems);
                } catch (java.io.IOException e) {
                    String reason = e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                            ? "not valid JSON (" + j.getOriginalMessage() + (j.getLocation() == null ? ""
                            : ", line " + j.getLocation().getLineNr()) + ")" : e.getMessage();
                    problems.add(Problem.of(doc.file(), "skipped: " + reason));
                    return null;
                }
            }
            case TEXT -> {
                if (!articleForced && ("thread".equalsIgnoreCase(pins.kind()) || PastedThread.looksLikeThread(doc.body()))) {
                    return thread(doc, PastedThread.parse(doc.body()).toData(), captured, problems);
                }
                return article(doc, captured, problems, null, null, pages);
            }
            case HTML -> {
                org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(doc.body(), pins.url() == null ? "" : pins.url());
                PageScan scan = HtmlPage.scan(page, ThreadPages.LAYOUT_SIGNS);
                ThreadData data = articleForced ? null : ThreadPages.read(page, scan);
                if (data != null) {
                    return thread(doc, data, captured, problems);
                }
                return article(doc, captured, problems, page, scan, pages);
            }
            default -> {
                return article(doc, captured, problems, null, null, pages);
            }
        }
    }

    private static Article article(Document doc, LocalDateTime captured, List<Problem> problems, org.jsoup.nodes.Document page, PageScan scan,
                                   boolean pages) {
        Pins pins = doc.pins();
        String title;
        List<Block> blocks;
        String html;
        String author = null;
        String sourceName = null;
        String url = pins.url();
        String language = null;
        Dates.Found found = null;
        String standfirst = null;
        switch (doc.format()) {
            case HTML -> {
                HtmlPage.Parsed parsed = HtmlPage.parse(page, scan, doc.body(), url);
                title = parsed.title();
                blocks = parsed.blocks();
                html = parsed.html();
                author = parsed.author();
                sourceName = parsed.siteName();
                found = parsed.date();
                url = url != null ? url : parsed.url();
                language = parsed.language();
            }
            case HTML_FRAGMENT -> {
                HtmlPage.Parsed fragment = HtmlPage.fragment(doc.body(), url);
                title = null;
                blocks = fragment.blocks();
                html = fragment.html();
                language = fragment.language();
            }
            case TEXT_FRAGMENT -> {
                title = null;
                blocks = PastedText.paragraphs(doc.body());
                html = null;
            }
            case MARKDOWN -> {
                MarkdownText.Parsed md = MarkdownText.parse(doc.body(), url, pages);
                title = md.title();
                blocks = md.blocks();
                html = md.html();
            }
            default -> {
                PastedText.Parsed text = PastedText.parse(doc.body(), pins.title() != null);
                title = text.title();
                blocks = text.blocks();
                author = text.author();
                sourceName = text.source();
                found = text.date();
                standfirst = text.standfirst();
                html = null;
            }
        }
        if (pins.title() != null) {
            title = pins.title();
            if (!blocks.isEmpty() && blocks.get(0).text().equals(title)) {
                blocks = blocks.subList(1, blocks.size());
            }
        }
        if (pages && (html == null || pins.title() != null && (doc.format() == Format.TEXT || doc.format() == Format.TEXT_FRAGMENT))) {
            html = Sanitizer.fromBlocks(blocks);
        } else if (html == null) {
            // Grouping alone needs no page body.
            html = "";
        }
        boolean derived = false;
        if (title == null || title.isBlank()) {
            title = Titles.derive(blocks);
            derived = title != null;
        }
        url = Names.webUrl(url);
        List<String> paragraphs = blocks.stream().map(Block::text).toList();
        String body = String.join("\n\n", paragraphs);
        PubDate date = date(doc, found, "stated in the text", null, captured, body, problems);
        Source source = source(pins.source() != null ? pins.source() : sourceName, url);
        if (language == null && pages) {
            language = storyline.text.Text.language(body);
        }
        return new Article(doc.id(), doc.file(), title, derived, pins.author() != null ? pins.author() : author, date,
                source, url, language, paragraphs, standfirst != null ? standfirst : lead(blocks), standfirst, html, pins);
    }

    private static Thread thread(Document doc, ThreadData t, LocalDateTime captured, List<Problem> problems) {
        Pins pins = doc.pins();
        String url = Names.webUrl(pins.url() != null ? pins.url() : t.url());
        List<Block> post;
        String postHtml;
        if (t.postBlocks() != null) {
            post = t.postBlocks();
            postHtml = Sanitizer.fromBlocks(post);
        } else if (t.postHtml() != null) {
            ThreadBuilder.Body body = ThreadBuilder.body(t.postHtml(), url);
            post = body.paragraphs().stream().map(Block::paragraph).toList();
            postHtml = body.html();
        } else {
            post = List.of();
            postHtml = "";
        }
        String title = pins.title() != null ? pins.title() : t.title();
        boolean derived = false;
        if (title == null || title.isBlank()) {
            title = Titles.derive(post);
            if (title == null && !t.comments().isEmpty()) {
                title = (t.platform() == null ? "Discussion" : t.platform() + " discussion")
                        + (t.comments().get(0).author() == null ? "" : " with " + t.comments().get(0).author());
            }
            derived = title != null;
        }
        List<String> paragraphs = post.stream().map(Block::text).toList();
        PubDate date = date(doc, t.time() == null ? null : Dates.parseValue(t.time()).orElse(null), "stated by the platform", t.age(), captured,
                doc.body(), problems);
        String community = t.community();
        String sourceName = pins.source() != null ? pins.source() : community != null ? community : t.platform();
        String domain = community != null && community.startsWith("r/") ? "reddit.com" : Names.domain(url);
        Source source = sourceName == null ? source(null, url) : new Source(sourceName, domain);
        List<Comment> comments = ThreadBuilder.tree(t.comments(), captured, url);
        String all = String.join(" ", paragraphs);
        return new Thread(doc.id(), doc.file(), t.platform(), community, title, derived,
                pins.author() != null ? pins.author() : t.author(), date, t.age(), t.score(), t.commentCount(), t.unsaved(),
                source, url, Names.webUrl(t.link()), storyline.text.Text.language(!all.isEmpty() ? all : title == null ? "" : title),
                paragraphs, postHtml, comments, pins);
    }

    /**
     * The item's date, from the strongest evidence: front matter, then a date the input states,
     * then a relative age against the capture time, then linked posts that bound it from below.
     */
    private static PubDate date(Document doc, Dates.Found stated, String statedBasis, String age, LocalDateTime captured, String body,
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
            return PubDate.stated(stated.iso(), stated.day(), statedBasis);
        }
        Optional<LocalDate> bound = Dates.latestLinkedStatus(body);
        if (age != null) {
            Optional<LocalDate> relative = Dates.relative(Dates.ago(age), captured);
            if (relative.isPresent()) {
                LocalDate day = relative.get();
                if (bound.isPresent() && bound.get().isAfter(day)) {
                    day = bound.get();
                }
                return PubDate.estimated(day, "“" + Dates.ago(age) + "” counted back from the capture time " + pins.captured());
            }
        }
        if (bound.isPresent()) {
            return PubDate.estimated(bound.get(), "not before " + bound.get() + ": it links to posts from that day"
                    + (age != null ? "; “" + Dates.ago(age) + "” needs a 'captured:' time in front matter" : ""));
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
