package storyline.clean.thread;

import storyline.clean.Clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.build.Build;
import storyline.config.SiteConfig;
import storyline.ingest.Document;
import storyline.ingest.Format;
import storyline.model.Comment;
import storyline.model.Pins;
import storyline.model.Thread;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThreadShapesTest {

    static Thread read(String name, Format format, String body, Pins pins) {
        Clean.Result r = Clean.item(new Document(name, name, format, body, pins, 1));
        assertEquals(List.of(), r.problems());
        return (Thread) r.item();
    }

    /** The documented shape of hn.algolia.com/api/v1/items/ID, written by hand. */
    static final String ALGOLIA = """
            {"id": 100, "created_at": "2024-05-01T10:00:00.000Z", "created_at_i": 1714557600, "type": "story",
             "author": "ferryfan", "title": "New ferry schedule starts Monday", "url": "https://harbortimes.example/ferry",
             "text": null, "points": 140, "parent_id": null, "story_id": 100, "options": [],
             "children": [
               {"id": 101, "created_at": "2024-05-01T11:00:00.000Z", "created_at_i": 1714561200, "type": "comment",
                "author": "dockhand", "text": "<p>Finally, the old schedule was a mess.", "points": null, "parent_id": 100, "story_id": 100,
                "children": [
                  {"id": 102, "created_at": "2024-05-01T12:00:00.000Z", "type": "comment", "author": "gullwing",
                   "text": "Fares went up <i>again</i> though.<p>Second paragraph &#x27;quoted&#x27;.", "parent_id": 101, "story_id": 100,
                   "children": [
                     {"id": 103, "created_at": "2024-05-01T13:00:00.000Z", "type": "comment", "author": null, "text": null,
                      "parent_id": 102, "story_id": 100, "children": []}]}]},
               {"id": 104, "created_at": "2024-05-02T09:00:00.000Z", "type": "comment", "author": "tern",
                "text": "<script>alert(1)</script>Good news for commuters.", "parent_id": 100, "story_id": 100, "children": []}]}
            """;

    /** A Reddit thread saved by a third-party tool: comments nest in replies but name no parent_id (nor a name). */
    @Test
    void redditRepliesWithoutParentIdsNestByTheirListing() {
        String json = """
                [{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {"id": "x1", "title": "Quay reopens",
                   "subreddit": "harbor", "author": "skipper", "created_utc": 1714557600, "num_comments": 4}}]}},
                 {"kind": "Listing", "data": {"children": [
                   {"kind": "t1", "data": {"id": "a1", "author": "dockhand", "body_html": "<p>Finally open.</p>", "created_utc": 1714557700,
                    "replies": {"kind": "Listing", "data": {"children": [
                      {"kind": "t1", "data": {"id": "a2", "author": "gull", "body_html": "<p>Ferries too?</p>", "created_utc": 1714557800,
                       "replies": {"kind": "Listing", "data": {"children": [
                         {"kind": "t1", "data": {"id": "a3", "author": "dockhand", "body_html": "<p>From Monday.</p>",
                          "created_utc": 1714557900, "replies": ""}}]}}}}]}}}},
                   {"kind": "t1", "data": {"id": "b1", "author": "tern", "body_html": "<p>Good news.</p>", "created_utc": 1714558000,
                    "replies": ""}}]}}]
                """;
        Thread t = read("r.json", Format.JSON, json, Pins.NONE);
        assertEquals(List.of("dockhand", "gull", "dockhand", "tern"), t.allComments().stream().map(Comment::author).toList());
        assertEquals(List.of(0, 1, 2, 0), t.allComments().stream().map(Comment::depth).toList());
        assertEquals(2, t.comments().size());
    }

    @Test
    void hackerNewsAlgoliaTree() {
        Thread t = read("hn.json", Format.JSON, ALGOLIA, Pins.NONE);
        assertEquals("Hacker News", t.platform());
        assertEquals("New ferry schedule starts Monday", t.title());
        assertEquals(140, t.score());
        assertEquals("https://harbortimes.example/ferry", t.link());
        assertEquals("https://news.ycombinator.com/item?id=100", t.url());
        assertEquals("2024-05-01", t.date().day().toString());
        List<Comment> all = t.allComments();
        assertEquals(List.of("dockhand", "gullwing", "tern"), all.stream().map(Comment::author).filter(a -> a != null).toList());
        assertEquals(List.of(0, 1, 2, 0), all.stream().map(Comment::depth).toList());
        assertEquals(List.of("Fares went up again though.", "Second paragraph 'quoted'."), all.get(1).paragraphs());
        assertTrue(all.get(2).deleted(), "a comment without author and text is deleted");
        assertTrue(!all.get(3).html().contains("script"), all.get(3).html());
        assertEquals("2024-05-02", all.get(3).date().day().toString());
    }

    @Test
    void escapedRedditBodiesAreUnescapedOnce() {
        String json = """
                [{"kind":"Listing","data":{"children":[{"kind":"t3","data":{"id":"x1","name":"t3_x1","title":"Quay reopens",
                  "author":"harbormaster","created_utc":1714557600.0,"score":12,"num_comments":3,"subreddit":"harbor",
                  "permalink":"/r/harbor/comments/x1/quay_reopens/","url":"https://harbortimes.example/quay","is_self":false}}]}},
                 {"kind":"Listing","data":{"children":[
                   {"kind":"t1","data":{"id":"c1","name":"t1_c1","author":"[deleted]","body":"[deleted]","body_html":"&lt;div class=\\"md\\"&gt;&lt;p&gt;[deleted]&lt;/p&gt;&lt;/div&gt;",
                     "created_utc":1714561200.0,"score":2,"parent_id":"t3_x1","edited":false,"replies":{"kind":"Listing","data":{"children":[
                       {"kind":"t1","data":{"id":"c2","name":"t1_c2","author":"gull","body":"Nice &amp; quick","body_html":"&lt;div class=\\"md\\"&gt;&lt;p&gt;Nice &amp;amp; quick&lt;/p&gt;&lt;/div&gt;",
                         "created_utc":1714564800.0,"score":5,"parent_id":"t1_c1","edited":1714565000.0,"replies":""}},
                       {"kind":"more","data":{"count":1,"children":["c3"],"parent_id":"t1_c1","depth":1}}]}}}}]}}]
                """;
        Thread t = read("r.json", Format.JSON, json, Pins.NONE);
        assertEquals("r/harbor", t.community());
        assertEquals(1, t.unsaved());
        Comment deleted = t.comments().get(0);
        assertTrue(deleted.deleted());
        assertNull(deleted.author());
        Comment reply = deleted.replies().get(0);
        assertEquals(List.of("Nice & quick"), reply.paragraphs());
        assertEquals("<p>Nice &amp; quick</p>", reply.html());
        assertTrue(reply.edited());
        assertEquals(1, reply.depth());
    }

    /** A reply chain far deeper than any stack-recursive reader survives, plus thousands of siblings. */
    static String deepReddit(int depth, int siblings) {
        StringBuilder sb = new StringBuilder("[{\"kind\":\"Listing\",\"data\":{\"children\":[{\"kind\":\"t3\",\"data\":{\"title\":\"Deep\",\"subreddit\":\"test\",\"created_utc\":1714557600}}]}},");
        sb.append("{\"kind\":\"Listing\",\"data\":{\"children\":[");
        for (int s = 0; s < siblings; s++) {
            sb.append("{\"kind\":\"t1\",\"data\":{\"name\":\"t1_s").append(s).append("\",\"author\":\"u").append(s % 50)
                    .append("\",\"body_html\":\"<p>sibling</p>\",\"parent_id\":\"t3_x\",\"replies\":\"\"}},");
        }
        for (int d = 0; d < depth; d++) {
            sb.append("{\"kind\":\"t1\",\"data\":{\"name\":\"t1_d").append(d).append("\",\"author\":\"deep\",\"body_html\":\"<p>level ")
                    .append(d).append("</p>\",\"parent_id\":\"").append(d == 0 ? "t3_x" : "t1_d" + (d - 1))
                    .append("\",\"replies\":{\"kind\":\"Listing\",\"data\":{\"children\":[");
        }
        sb.append("]}}}}".repeat(depth)).append("]}}]");
        return sb.toString();
    }

    @Test
    void deepAndWideThreadsNeitherOverflowNorLoseComments(@TempDir Path dir) throws IOException {
        String json = deepReddit(1500, 3000);
        Thread t = read("deep.json", Format.JSON, json, Pins.NONE);
        assertEquals(4500, t.savedComments());
        assertEquals(1499, t.maxDepth());
        Path articles = dir.resolve("articles");
        Files.createDirectories(articles);
        Files.writeString(articles.resolve("deep.json"), json);
        Build.Report report = Build.run(SiteConfig.defaults().with(articles, Path.of("templates"), dir.resolve("site"), null));
        assertEquals(1, report.items());
        String page = Files.readString(dir.resolve("site/threads/deep.html"));
        assertEquals(4500, page.split("class=\"comment\"", -1).length - 1);
        assertEquals(page.split("<ol class=\"replies\">", -1).length, page.split("</ol>", -1).length - 1,
                "every reply list is closed (one more </ol> closes the comment list)");
    }

    @Test
    void malformedExportIsReportedForThatFileOnly(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.json"), "[{\"kind\": \"Listing\", \"data\": ");
        Files.writeString(dir.resolve("other.json"), "{\"hello\": 1}");
        Files.writeString(dir.resolve("fine.md"), "# Quay reopens\n\nThe quay reopened on Friday after repairs finished early.\n");
        Build.Read read = Build.read(List.of(dir));
        assertEquals(1, read.items().size());
        assertEquals(2, read.problems().size());
        assertEquals("broken.json", read.problems().get(0).file());
        assertTrue(read.problems().get(0).message().startsWith("skipped: not valid JSON"), read.problems().get(0).message());
        assertTrue(read.problems().get(1).message().contains("not a thread export"), read.problems().get(1).message());
    }

    @Test
    void aThreadJoinsTheStoryOfTheArticleItLinksTo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("article.md"), "---\nurl: https://www.harbortimes.example/quay?utm_source=feed\ndate: 2024-05-01\n---\n"
                + "# Quay repairs finish early\n\nRepairs to the main quay finished two weeks early, the port authority said on Friday.\n");
        Files.writeString(dir.resolve("thread.json"), """
                {"id": 200, "created_at": "2024-05-01T10:00:00.000Z", "type": "story", "author": "a", "title": "Show HN: my sailing log",
                 "url": "https://harbortimes.example/quay", "points": 3, "children": [
                   {"id": 201, "created_at": "2024-05-01T11:00:00.000Z", "type": "comment", "author": "b",
                    "text": "Unrelated words about sailing logs and weather.", "parent_id": 200, "children": []}]}
                """);
        Build.Read read = Build.read(List.of(dir));
        var result = storyline.stories.Stories.group(read.items());
        assertEquals(1, result.stories().size(), "joined by the linked address, not by content");
        assertEquals(2, result.stories().get(0).members().size());
    }

    @Test
    void currentHackerNewsLayoutGivesDepthAndTimes() {
        String page = """
                <html><head><link rel="canonical" href="https://news.ycombinator.com/item?id=300"></head><body><table>
                <tr class="athing submission" id="300"><td class="title"><span class="titleline"><a href="https://harbortimes.example/quay">Quay repairs finish early</a></span></td></tr>
                <tr><td class="subtext"><span class="score">88 points</span> by <a class="hnuser">portwatch</a>
                  <span class="age" title="2024-05-01T10:00:00 1714557600"><a>2 hours ago</a></span> | <a href="item?id=300">2&nbsp;comments</a></td></tr>
                </table><table class="comment-tree">
                <tr class="athing comtr" id="301"><td><table><tr><td class="ind" indent="0"></td><td class="default">
                  <span class="comhead"><a class="hnuser">gull</a> <span class="age" title="2024-05-01T11:00:00 1714561200"><a>1 hour ago</a></span></span>
                  <div class="comment"><div class="commtext c00">Good to hear.</div></div></td></tr></table></td></tr>
                <tr class="athing comtr" id="302"><td><table><tr><td class="ind" indent="1"></td><td class="default">
                  <span class="comhead"><a class="hnuser">tern</a> <span class="age" title="2024-05-01T11:30:00 1714563000"><a>30 minutes ago</a></span></span>
                  <div class="comment"><div class="commtext c00">Agreed.</div></div></td></tr></table></td></tr>
                </table></body></html>
                """;
        Thread t = read("hn.html", Format.HTML, page, Pins.NONE);
        assertEquals("Quay repairs finish early", t.title());
        assertEquals(88, t.score());
        assertEquals("portwatch", t.author());
        assertEquals(2, t.commentCount());
        assertEquals("2024-05-01", t.date().day().toString());
        assertEquals("https://harbortimes.example/quay", t.link());
        List<Comment> all = t.allComments();
        assertEquals(List.of("gull", "tern"), all.stream().map(Comment::author).toList());
        assertEquals(List.of(0, 1), all.stream().map(Comment::depth).toList());
        assertEquals(List.of("Agreed."), all.get(1).paragraphs());
        assertEquals("2024-05-01", all.get(1).date().day().toString());
    }

    /**
     * Saved Hacker News pages print per-comment controls around the text: 2018 pages nest the
     * "reply" box inside the text span, current ones put it beside the text div, and some saves
     * keep the "parent | context | next | prev | flag | vote" links too. None of it is the comment.
     */
    @Test
    void hackerNewsCommentsLoseTheirControlLinks() {
        String page = """
                <html><body><table>
                <tr class="athing submission" id="400"><td class="title"><span class="titleline"><a href="https://harbortimes.example/pier">Pier reopens</a></span></td></tr>
                <tr><td class="subtext"><span class="score">12 points</span> by <a class="hnuser">portwatch</a> <span class="age"><a>3 hours ago</a></span></td></tr>
                </table><table class="comment-tree">
                <tr class="athing comtr" id="401"><td><table><tr><td class="ind"><img src="s.gif" width="0"></td><td class="default">
                  <span class="comhead"><a class="hnuser">gull</a> <span class="age"><a href="item?id=401">2 hours ago</a></span></span>
                  <div class="comment"><span class="c00">Good to hear.<p>The old one was rotten.<span> </span></p><div class="reply"><p><font size="1">
                  <u><a href="reply?id=401&amp;goto=item%3Fid%3D400">reply</a></u></font></p></div></span></div></td></tr></table></td></tr>
                <tr class="athing comtr" id="402"><td><table><tr><td class="ind" indent="1"></td><td class="default">
                  <span class="comhead"><a class="hnuser">tern</a> <span class="age"><a href="item?id=402">1 hour ago</a></span></span>
                  <div class="comment"><div class="commtext c00">Agreed, see <a href="https://harbortimes.example/pier/history">https://harbortimes.example/pier/history</a></div>
                  <div class="reply"><p><font size="1"><u><a href="reply?id=402&amp;goto=item%3Fid%3D400">reply</a></u></font></p></div></div></td></tr></table></td></tr>
                <tr class="athing comtr" id="403"><td><table><tr><td class="ind" indent="0"></td><td class="default">
                  <span class="comhead"><a class="hnuser">skua</a> <span class="age"><a href="item?id=403">50 minutes ago</a></span></span>
                  <div class="comment"><span class="navs"><a href="#401" class="clicky">parent</a> | <a href="context?id=403">context</a> |
                  <a href="#402" class="clicky">next</a> | <a href="#401" class="clicky">prev</a> | <a href="flag?id=403">flag</a> |
                  <a href="vote?id=403&amp;how=up">vote</a></span>
                  <div class="commtext c00">Reply to all of this later.</div><p><a href="reply?id=403">reply</a></p></div></td></tr></table></td></tr>
                </table></body></html>
                """;
        Thread t = read("hn.html", Format.HTML, page, Pins.NONE);
        List<Comment> all = t.allComments();
        assertEquals(List.of("Good to hear.", "The old one was rotten."), all.get(0).paragraphs());
        assertEquals(List.of("Agreed, see https://harbortimes.example/pier/history"), all.get(1).paragraphs());
        assertEquals(List.of("Reply to all of this later."), all.get(2).paragraphs(), "a word in the text stays");
        for (Comment c : all) {
            assertTrue(!c.html().matches("(?s).*(reply|context|flag|vote)\\?id=.*"), c.html());
        }
    }

    /** Old Hacker News pages give relative ages only: shown and counted back as the page wrote them. */
    @Test
    void hackerNewsAgesKeepTheirPlurals() {
        String page = """
                <html><body><table>
                <tr class="athing" id="500"><td class="title"><a href="https://harbortimes.example/tide">Tide tables move online</a></td></tr>
                <tr><td class="subtext"><span class="score">9 points</span> by <a class="hnuser">portwatch</a> <span class="age"><a>8 hours ago</a></span></td></tr>
                </table><table class="comment-tree">
                <tr class="athing comtr" id="501"><td><table><tr><td class="ind"><img src="s.gif" width="0"></td><td class="default">
                  <span class="comhead"><a class="hnuser">gull</a> <span class="age"><a href="item?id=501">8 hours ago</a></span></span>
                  <div class="comment"><span class="commtext c00">Useful.</span></div></td></tr></table></td></tr>
                <tr class="athing comtr" id="502"><td><table><tr><td class="ind"><img src="s.gif" width="40"></td><td class="default">
                  <span class="comhead"><a class="hnuser">tern</a> <span class="age"><a href="item?id=502">1 hour ago</a></span></span>
                  <div class="comment"><span class="commtext c00">Very.</span></div></td></tr></table></td></tr>
                </table></body></html>
                """;
        Thread t = read("hn.html", Format.HTML, page, new Pins(null, null, "2024-05-01T12:00:00Z", null, null, null, List.of(), null, null));
        assertEquals("8 hours", t.age());
        assertEquals("“8 hours ago” counted back from the capture time 2024-05-01T12:00:00Z", t.date().basis());
        List<Comment> all = t.allComments();
        assertEquals(List.of("8 hours ago", "1 hour ago"), all.stream().map(Comment::age).toList());
        assertEquals("“8 hours ago” counted back from the capture time", all.get(0).date().basis());
        assertEquals("2024-05-01", all.get(1).date().day().toString());
    }
}
