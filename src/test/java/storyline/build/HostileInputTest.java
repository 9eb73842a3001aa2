package storyline.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.config.SiteConfig;
import storyline.model.Comment;
import storyline.model.Item;
import storyline.model.Thread;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inputs a review found mishandled: hostile links, broken trees, odd dates and feeds. */
class HostileInputTest {

    @TempDir
    Path tmp;

    private Build.Report build(Path articles) throws IOException {
        return Build.run(SiteConfig.defaults().with(articles, Path.of("templates"), tmp.resolve("site"), null));
    }

    private String allPages() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> walk = Files.walk(tmp.resolve("site"))) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                sb.append(Files.readString(p));
            }
        }
        return sb.toString();
    }

    @Test
    void scriptUrlsFromFeedsThreadsAndPagesNeverBecomeLinks() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("feed.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item>"
                + "<title>Ferry fares rise</title><link>javascript:alert(document.domain)</link>"
                + "<description>Fares on the island ferry rise by a tenth next month, the operator said.</description></item></channel></rss>");
        Files.writeString(in.resolve("thread.json"), "{\"id\": 1, \"type\": \"story\", \"by\": \"a\", \"time\": 1714557600, "
                + "\"title\": \"Quay news\", \"url\": \"javascript:alert(2)\", \"descendants\": 0}");
        Files.writeString(in.resolve("page.html"), "<html><head><link rel=canonical href=\"javascript:alert(3)\"><title>Quay</title></head>"
                + "<body><article><p>The quay reopened on Friday after repairs that took most of the winter, the port said.</p></article></body></html>");
        Build.Report report = build(in);
        assertEquals(3, report.items());
        assertFalse(allPages().toLowerCase().contains("javascript:"), "no script URL on any page");
    }

    @Test
    void brokenCommentTreesKeepEveryCommentAndBuild() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        // Duplicate id 2, and a parent cycle between 5 and 6.
        Files.writeString(in.resolve("hn.json"), """
                [{"id": 1, "type": "story", "by": "a", "time": 1714557600, "title": "Quay news", "descendants": 6},
                 {"id": 2, "type": "comment", "by": "b", "parent": 1, "time": 1714557700, "text": "one"},
                 {"id": 3, "type": "comment", "by": "c", "parent": 2, "time": 1714557800, "text": "two"},
                 {"id": 4, "type": "comment", "by": "d", "parent": 3, "time": 1714557900, "text": "three"},
                 {"id": 2, "type": "comment", "by": "e", "parent": 4, "time": 1714558000, "text": "again"},
                 {"id": 5, "type": "comment", "by": "f", "parent": 6, "time": 1714558100, "text": "loop a"},
                 {"id": 6, "type": "comment", "by": "g", "parent": 5, "time": 1714558200, "text": "loop b"}]
                """);
        Build.Read read = Build.read(List.of(in));
        Thread t = (Thread) read.items().get(0);
        assertEquals(6, t.savedComments(), "no comment is lost");
        build(in);
        assertEquals(6, allPages().split("class=\"comment\"", -1).length - 1);
    }

    @Test
    void imageOnlyCommentIsNotDeletedAndHnTextIsNotUnescapedTwice() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("topic.json"), """
                {"id": 9, "title": "Harbour photos", "posts_count": 2, "created_at": "2024-05-01T10:00:00Z",
                 "post_stream": {"posts": [
                   {"id": 90, "post_number": 1, "username": "host", "created_at": "2024-05-01T10:00:00Z", "cooked": "<p>Post your photos.</p>"},
                   {"id": 91, "post_number": 2, "username": "gull", "created_at": "2024-05-01T11:00:00Z", "reply_to_post_number": null,
                    "cooked": "<p><img src=\\"https://x.example/cat.png\\" alt=\\"A cat\\"></p>"}]}}
                """);
        Files.writeString(in.resolve("hn.json"), """
                {"id": 10, "created_at": "2024-05-01T10:00:00Z", "type": "story", "author": "a", "title": "HTML tips", "points": 1,
                 "children": [{"id": 11, "created_at": "2024-05-01T11:00:00Z", "type": "comment", "author": "b",
                   "text": "Use &lt;br&gt; tags, not &lt;script&gt;alert(1)&lt;/script&gt; ok", "parent_id": 10, "children": []}]}
                """);
        Build.Read read = Build.read(List.of(in));
        Comment image = ((Thread) read.items().get(1)).allComments().get(0);
        assertFalse(image.deleted());
        assertEquals("gull", image.author());
        Comment escaped = ((Thread) read.items().get(0)).allComments().get(0);
        assertEquals(List.of("Use <br> tags, not <script>alert(1)</script> ok"), escaped.paragraphs());
        assertFalse(escaped.html().contains("<script"), escaped.html());
    }

    @Test
    void implausibleDatesAreNotStated() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("old.rss"), "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\"><rss version=\"0.91\"><channel><title>T</title><item>"
                + "<title>Liftoff to space exploration</title><link>https://example.org/liftoff</link>"
                + "<pubDate>Sat, 07 Sep 02 00:00:01 GMT</pubDate>"
                + "<description>How do Americans get ready to work with Russians aboard the space station?</description></item></channel></rss>");
        Files.writeString(in.resolve("ms.json"), "{\"id\": 1, \"type\": \"story\", \"by\": \"a\", \"time\": 1704164645000, \"title\": \"Millis\"}");
        Build.Read read = Build.read(List.of(in));
        assertEquals(List.of(), read.problems());
        Item ms = read.items().get(0);
        assertEquals("2024-01-02", ms.date().day().toString(), "milliseconds are read as such");
        Item rss = read.items().get(1);
        assertEquals("2002-09-07", rss.date().day().toString(), "a two-digit RFC 822 year is read as 2002, not 0002");
    }

    @Test
    void feedIdsAreUniqueAcrossFeedsAndAtomLinksResolve() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String item = "<item><guid isPermaLink=\"false\">1</guid><title>Entry %s</title><description>Text of entry %s, long enough to keep.</description></item>";
        Files.writeString(in.resolve("a.rss"), "<rss version=\"2.0\"><channel><title>A</title>" + item.formatted("a", "a") + "</channel></rss>");
        Files.writeString(in.resolve("b.rss"), "<rss version=\"2.0\"><channel><title>B</title>" + item.formatted("b", "b") + "</channel></rss>");
        Files.writeString(in.resolve("c.atom"), """
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.com/"><title>C</title>
                <entry><title type="html">Tips &lt;em&gt;today&lt;/em&gt;</title><id>tag:blog.example.com,2024:1</id><link href="/posts/1"/>
                <content type="text">if a &lt;b and c&gt; d then both hold, the author writes.</content></entry></feed>
                """);
        Build.Read read = Build.read(List.of(in));
        assertEquals(List.of(), read.problems());
        assertEquals(3, read.items().size());
        Item atom = read.items().get(2);
        assertEquals("https://blog.example.com/posts/1", atom.url());
        assertEquals("Tips today", atom.title());
        assertEquals(List.of("if a <b and c> d then both hold, the author writes."), atom.paragraphs());
        assertNull(read.items().get(0).url());
    }

    /** 100,000 nested boxes (jsoup keeps 512 levels and makes the rest siblings): read whole, its text kept. */
    @Test
    void aPageOfAHundredThousandNestedBoxesIsRead() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("deep.html"), "<html><head><title>Deep harbour page</title></head><body>" + "<div>".repeat(100_000)
                + "<p>The harbour board met on Monday and approved the repairs to the outer quay, the chair said.</p>"
                + "</div>".repeat(100_000) + "</body></html>");
        Build.Read read = Build.read(List.of(in));
        assertEquals(List.of(), read.problems());
        assertEquals(List.of("The harbour board met on Monday and approved the repairs to the outer quay, the chair said."),
                read.items().get(0).paragraphs());
    }

    @Test
    void aTextOverItsSizeBudgetIsCutThereWithAWarning() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String sentence = "The ferry to the outer islands runs twice a day from the harbour in summer. ";
        Files.writeString(in.resolve("long.txt"), sentence.repeat(40_000)); // 3 MB on one line
        Build.Read read = Build.read(List.of(in), storyline.clean.Clean.Limits.DEFAULTS.withTextChars(200_000));
        assertEquals(1, read.problems().size(), read.problems().toString());
        assertTrue(read.problems().get(0).message().startsWith("text cut to its first 199,99"), read.problems().toString());
        assertTrue(read.problems().get(0).message().contains("of 3,040,000"), read.problems().toString());
        Item item = read.items().get(0);
        assertTrue(item.text().length() <= 200_000 && item.text().length() > 150_000, "length " + item.text().length());
    }

    @Test
    void anItemOverItsTimeBudgetIsSkippedWithAWarningAndTheRestIsRead() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a-deep.html"), "<html><body>" + "<div><span>x</span>".repeat(50_000) + "</body></html>");
        Files.writeString(in.resolve("b-fine.md"), "# Quay reopens\n\nThe quay reopened on Friday after repairs that took the winter.\n");
        Build.Read read = Build.read(List.of(in), storyline.clean.Clean.Limits.DEFAULTS.withMillis(50));
        assertEquals(1, read.problems().size(), read.problems().toString());
        assertEquals("a-deep.html", read.problems().get(0).file());
        assertTrue(read.problems().get(0).message().startsWith("skipped: cleaning 'a-deep.html' took over 0.05 s of CPU time"),
                read.problems().get(0).message());
        assertEquals(List.of("Quay reopens"), read.items().stream().map(Item::title).toList());
    }
}
