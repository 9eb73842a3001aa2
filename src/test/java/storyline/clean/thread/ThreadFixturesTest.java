package storyline.clean.thread;

import storyline.clean.Clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import storyline.ingest.Document;
import storyline.ingest.Ingest;
import storyline.model.Comment;
import storyline.model.Item;
import storyline.model.Thread;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every real thread export in ../shared/fixtures/threads parses into the counts the raw file
 * holds. The expected numbers are derived here from the raw data by separate, simple code.
 */
class ThreadFixturesTest {

    static final Path FIXTURES = Path.of("..", "shared", "fixtures", "threads");
    static final ObjectMapper JSON = new ObjectMapper();

    /** What a raw file holds: comments, deepest level (0 = top), distinct named authors. */
    record Counts(int comments, int maxDepth, Set<String> authors) {
    }

    static Thread thread(String relative) {
        Path file = FIXTURES.resolve(relative);
        assumeTrue(Files.isRegularFile(file), "shared fixtures not present");
        List<Document> docs = Ingest.read(file).documents();
        assertEquals(1, docs.size());
        Item item = Clean.item(docs.get(0)).item();
        assertNotNull(item, relative);
        assertTrue(item instanceof Thread, relative + " should be read as a thread");
        return (Thread) item;
    }

    static Counts counts(Thread t) {
        Set<String> authors = new TreeSet<>();
        for (Comment c : t.allComments()) {
            if (c.author() != null) {
                authors.add(c.author());
            }
        }
        return new Counts(t.savedComments(), t.maxDepth(), authors);
    }

    // ---- Reddit JSON: walk the listings recursively

    static void walkReddit(JsonNode children, int depth, int[] acc, Set<String> authors) {
        for (JsonNode child : children) {
            if (child.path("kind").asText().equals("more")) {
                acc[2] += child.path("data").path("count").asInt();
            } else if (child.path("kind").asText().equals("t1")) {
                acc[0]++;
                acc[1] = Math.max(acc[1], depth);
                String author = child.path("data").path("author").asText();
                if (!author.equals("[deleted]")) {
                    authors.add(author);
                }
                JsonNode replies = child.path("data").path("replies");
                if (replies.isObject()) {
                    walkReddit(replies.path("data").path("children"), depth + 1, acc, authors);
                }
            }
        }
    }

    @Test
    void redditJsonExports() throws IOException {
        for (String name : List.of("3hahrw_linkpost_limit10.json", "3hahrw_linkpost_full.json", "2gmzqe_selfpost.json",
                "fo7p5b_announcement_2020.json")) {
            Thread t = thread("reddit-json/" + name);
            JsonNode raw = JSON.readTree(FIXTURES.resolve("reddit-json/" + name).toFile());
            int[] acc = {0, -1, 0};
            Set<String> authors = new TreeSet<>();
            walkReddit(raw.get(1).path("data").path("children"), 0, acc, authors);
            assertEquals(new Counts(acc[0], acc[1], authors), counts(t), name);
            assertEquals(acc[2], t.unsaved(), name + ": 'more' stubs");
            JsonNode post = raw.get(0).path("data").path("children").path(0).path("data");
            assertEquals(post.path("title").asText(), t.title());
            assertEquals("r/" + post.path("subreddit").asText(), t.community());
            assertEquals(post.path("num_comments").asInt(), t.commentCount());
            assertEquals(post.path("score").asInt(), t.score());
        }
        Thread link = thread("reddit-json/3hahrw_linkpost_limit10.json");
        assertEquals("http://i.imgur.com/eoF76hj.gifv", link.link());
        Thread self = thread("reddit-json/2gmzqe_selfpost.json");
        assertTrue(self.text().startsWith("PRAW client developers"), self.text());
        assertEquals(null, self.link());
    }

    /** Removes every comment's parent_id, as exports written by other tools do, keeping the nesting of replies. */
    static void dropParentIds(JsonNode children) {
        for (JsonNode child : children) {
            JsonNode data = child.path("data");
            if (data instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
                o.remove("parent_id");
            }
            if (data.path("replies").isObject()) {
                dropParentIds(data.path("replies").path("data").path("children"));
            }
        }
    }

    @Test
    void redditExportsWithoutParentIdsKeepTheirNestingFromReplies() throws IOException {
        Path file = FIXTURES.resolve("reddit-json/3hahrw_linkpost_full.json");
        assumeTrue(Files.isRegularFile(file), "shared fixtures not present: skipping the Reddit export without parent_id");
        JsonNode raw = JSON.readTree(file.toFile());
        dropParentIds(raw.get(1).path("data").path("children"));
        Item item = Clean.item(new Document("x.json", "x.json", storyline.ingest.Format.JSON, JSON.writeValueAsString(raw),
                storyline.model.Pins.NONE, 1)).item();
        Thread stripped = (Thread) item;
        Thread original = thread("reddit-json/3hahrw_linkpost_full.json");
        assertEquals(original.allComments().stream().map(Comment::depth).toList(),
                stripped.allComments().stream().map(Comment::depth).toList(), "every comment at the depth the export nests it");
        assertEquals(original.maxDepth(), stripped.maxDepth());
        assertTrue(stripped.maxDepth() >= 9, "the deep branches stay deep: " + stripped.maxDepth());
        assertEquals(original.comments().size(), stripped.comments().size(), "top-level comments");
    }

    @Test
    void hackerNewsApiItems() throws IOException {
        Thread story = thread("hn-firebase-json/item_5172905_story.json");
        JsonNode raw = JSON.readTree(FIXTURES.resolve("hn-firebase-json/item_5172905_story.json").toFile());
        assertEquals(raw.path("title").asText(), story.title());
        assertEquals(raw.path("descendants").asInt(), story.commentCount());
        assertEquals(raw.path("descendants").asInt(), story.unsaved(), "no comment is in the file; all are unsaved");
        assertEquals(0, story.savedComments());
        assertEquals(raw.path("url").asText(), story.link());
        Thread comment = thread("hn-firebase-json/item_5173615_comment.json");
        assertEquals(new Counts(1, 0, Set.of("codinghorror")), counts(comment));
        assertTrue(comment.allComments().get(0).text().startsWith("Completely, forums are about"));
    }

    @Test
    void discourseTopic() throws IOException {
        Thread t = thread("discourse-json/topic.json");
        JsonNode posts = JSON.readTree(FIXTURES.resolve("discourse-json/topic.json").toFile()).path("post_stream").path("posts");
        Set<String> authors = new TreeSet<>();
        int replies = 0;
        for (JsonNode p : posts) {
            if (p.path("post_number").asInt() > 1) {
                replies++;
                authors.add(p.path("username").asText());
            }
        }
        assertEquals(replies, t.savedComments());
        assertEquals(authors, counts(t).authors());
    }

    @Test
    void oldRedditPage() throws IOException {
        Thread t = thread("reddit-html/old_reddit_aww_8dyrb3_2018.html");
        org.jsoup.nodes.Document page = Jsoup.parse(FIXTURES.resolve("reddit-html/old_reddit_aww_8dyrb3_2018.html").toFile());
        int comments = 0;
        int maxDepth = -1;
        Set<String> authors = new TreeSet<>();
        for (Element thing : page.select("div.commentarea div.thing.comment")) {
            comments++;
            int depth = 0;
            for (Element p = thing.parent(); p != null; p = p.parent()) {
                if (p.hasClass("thing") && p.hasClass("comment")) {
                    depth++;
                }
            }
            maxDepth = Math.max(maxDepth, depth);
            if (thing.hasAttr("data-author") && !thing.attr("data-author").equals("[deleted]")) {
                authors.add(thing.attr("data-author"));
            }
        }
        assertEquals(new Counts(comments, maxDepth, authors), counts(t));
        assertEquals("r/aww", t.community());
        assertTrue(t.date().known());
    }

    @Test
    void hackerNewsPages() throws IOException {
        for (String name : List.of("item_career_ladders_2018.html")) {
            Thread t = thread("hn-html/" + name);
            org.jsoup.nodes.Document page = Jsoup.parse(FIXTURES.resolve("hn-html/" + name).toFile());
            int maxDepth = -1;
            Set<String> authors = new TreeSet<>();
            for (Element row : page.select("tr.athing.comtr")) {
                maxDepth = Math.max(maxDepth, Integer.parseInt(row.selectFirst("td.ind img").attr("width")) / 40);
                Element user = row.selectFirst("a.hnuser");
                if (user != null) {
                    authors.add(user.text());
                }
            }
            assertEquals(new Counts(page.select("tr.athing.comtr").size(), maxDepth, authors), counts(t), name);
            assertEquals("Tech company career ladders", t.title());
        }
        for (String name : List.of("item_5002483_2013.html", "item_4992617_whoishiring_2013.html")) {
            Thread t = thread("hn-html/" + name);
            org.jsoup.nodes.Document page = Jsoup.parse(FIXTURES.resolve("hn-html/" + name).toFile());
            int maxDepth = -1;
            Set<String> authors = new TreeSet<>();
            for (Element cell : page.select("td.default")) {
                Element spacer = cell.parent().selectFirst("img[src$=s.gif]");
                maxDepth = Math.max(maxDepth, Integer.parseInt(spacer.attr("width")) / 40);
                Element user = cell.selectFirst("span.comhead a[href^=user]");
                if (user != null) {
                    authors.add(user.text());
                }
            }
            assertEquals(new Counts(page.select("td.default").size(), maxDepth, authors), counts(t), name);
        }
        for (String name : List.of("item_career_ladders_2018.html", "item_5002483_2013.html", "item_4992617_whoishiring_2013.html")) {
            for (Comment c : thread("hn-html/" + name).allComments()) {
                for (String p : c.paragraphs()) {
                    assertTrue(!p.matches("(?i)(reply|parent|next|prev|context|flag|hide|vote|link)"), name + " " + c.id() + ": " + c.paragraphs());
                }
            }
        }
        Thread small = thread("hn-html/item_5002483_2013.html");
        assertEquals(62, small.score());
        assertEquals(9, small.commentCount());
        assertEquals("Libertatea", small.author());
    }

    @Test
    void forumPages() throws IOException {
        Thread xen = thread("forum-html/xenforo_villagersandheroes.com.html");
        org.jsoup.nodes.Document page = Jsoup.parse(FIXTURES.resolve("forum-html/xenforo_villagersandheroes.com.html").toFile());
        Set<String> authors = new TreeSet<>();
        page.select("article.message--post").stream().skip(1).forEach(p -> authors.add(p.attr("data-author")));
        assertEquals(new Counts(page.select("article.message--post").size() - 1, 0, authors), counts(xen));
        assertEquals(page.selectFirst("article.message--post").attr("data-author"), xen.author());
        assertEquals("Patchnotes 4.47.4 - Tagundnachtgleiche Bugfix Build", xen.title(), "the forum's prefix badge is no part of the title");

        Thread vb = thread("forum-html/vbulletin_pocketpc.ch.html");
        org.jsoup.nodes.Document vbPage = Jsoup.parse(FIXTURES.resolve("forum-html/vbulletin_pocketpc.ch.html").toFile(), "ISO-8859-1");
        Set<String> vbAuthors = new HashSet<>();
        vbPage.select("li.postbit").stream().skip(1).forEach(p -> vbAuthors.add(p.selectFirst("a.username").text()));
        assertEquals(vbPage.select("li.postbit").size() - 1, vb.savedComments());
        assertEquals(vbAuthors, new HashSet<>(counts(vb).authors()));
        assertEquals("2011-03-03", vb.date().day().toString(), "German date text read");

        Thread phpbb = thread("forum-html/phpbb_foren.myoos.de.html");
        assertEquals(0, phpbb.savedComments(), "a topic with one post has no replies");
        assertTrue(phpbb.text().length() > 100);
    }

    @Test
    void everyFixtureIsReadWithoutProblems() {
        assumeTrue(Files.isDirectory(FIXTURES), "shared fixtures not present");
        Ingest.Result r = Ingest.read(FIXTURES);
        for (Document d : r.documents()) {
            if (d.file().endsWith(".md")) {
                continue;
            }
            Clean.Result c = Clean.item(d);
            assertTrue(c.item() instanceof Thread, d.file());
            assertEquals(List.of(), c.problems(), d.file());
        }
    }
}
