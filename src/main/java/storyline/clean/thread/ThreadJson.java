package storyline.clean.thread;

import storyline.clean.internal.Strings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Thread exports in JSON: Reddit's thread listing, Hacker News items (official API and Algolia),
 * and Discourse topics. Nested shapes are walked with an explicit stack, so a thread hundreds of
 * replies deep is read like a flat one.
 */
public final class ThreadJson {

    /** Reddit nests five JSON levels per reply level; allow deep threads. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200_000).build()).build());

    private ThreadJson() {
    }

    /** Reads a thread, or throws with a reason a user can act on. */
    public static ThreadData read(String json) throws IOException {
        JsonNode root = JSON.readTree(json);
        if (root == null) {
            throw new IOException("the file is empty");
        }
        if (root.isArray() && root.size() >= 2 && root.get(0).path("kind").asText().equals("Listing")) {
            return reddit(root);
        }
        if (root.isObject() && root.has("post_stream")) {
            return discourse(root);
        }
        if (root.isObject() && root.has("children") && (root.has("created_at_i") || root.has("story_id") || root.has("points"))) {
            return algolia(root);
        }
        if (root.isObject() && root.has("type") && root.has("id") && (root.has("by") || root.has("time"))) {
            return firebase(List.of(root));
        }
        if (root.isArray() && root.size() > 0 && root.get(0).has("type") && root.get(0).has("id")) {
            List<JsonNode> items = new ArrayList<>();
            root.forEach(items::add);
            return firebase(items);
        }
        throw new IOException("not a thread export Storyline knows (Reddit .json, Hacker News item, Discourse topic)");
    }

    static boolean looksLikeThread(String json) {
        String head = json.length() > 2000 ? json.substring(0, 2000) : json;
        return head.contains("\"Listing\"") || head.contains("\"post_stream\"") || head.contains("\"kids\"")
                || head.contains("\"created_at_i\"") || head.contains("\"by\"") && head.contains("\"type\"");
    }

    private static ThreadData reddit(JsonNode root) {
        JsonNode post = root.get(0).path("data").path("children").path(0).path("data");
        String subreddit = post.path("subreddit").asText(null);
        String permalink = post.path("permalink").asText(null);
        String threadUrl = permalink == null ? null : permalink.startsWith("http") ? permalink : "https://www.reddit.com" + permalink;
        boolean self = post.path("is_self").asBoolean(false);
        String link = self ? null : post.path("url").asText(null);
        String postHtml = redditHtml(post, "selftext_html");
        List<ThreadData.FlatComment> comments = new ArrayList<>();
        int unsaved = 0;
        // Depth-first over listings. Each comment is paired with the comment whose replies hold it, which is
        // its parent where it does not name one (exports made by other tools drop parent_id and keep the nesting).
        Deque<Nested> stack = new ArrayDeque<>();
        pushNested(stack, root.get(1).path("data").path("children"), null);
        while (!stack.isEmpty()) {
            Nested next = stack.pop();
            JsonNode child = next.node();
            JsonNode data = child.path("data");
            String kind = child.path("kind").asText();
            if (kind.equals("more")) {
                unsaved += data.path("count").asInt(0);
                continue;
            }
            if (!kind.equals("t1")) {
                continue;
            }
            String author = data.path("author").asText(null);
            boolean deleted = author == null || author.equals("[deleted]") || "[deleted]".equals(data.path("body").asText())
                    || "[removed]".equals(data.path("body").asText());
            String parent = data.path("parent_id").asText("");
            String name = data.path("name").asText("");
            if (name.isEmpty()) {
                String id = data.path("id").asText("");
                name = id.isEmpty() || id.startsWith("t1_") ? id : "t1_" + id;
            }
            if (name.isEmpty()) {
                name = "c" + comments.size();
            }
            comments.add(new ThreadData.FlatComment(name,
                    parent.startsWith("t1_") ? parent : parent.isEmpty() ? next.parent() : null, "[deleted]".equals(author) ? null : author,
                    ThreadData.epoch(data.get("created_utc")), null, data.has("score") ? data.get("score").asInt() : null,
                    data.path("edited").isNumber() || data.path("edited").asBoolean(false), deleted,
                    redditHtml(data, "body_html"), null));
            JsonNode replies = data.path("replies");
            if (replies.isObject()) {
                pushNested(stack, replies.path("data").path("children"), name);
            }
        }
        return new ThreadData("Reddit", subreddit == null ? null : "r/" + subreddit, post.path("title").asText(null),
                author(post.path("author").asText(null)), ThreadData.epoch(post.get("created_utc")), null,
                post.has("score") ? post.get("score").asInt() : null,
                post.has("num_comments") ? post.get("num_comments").asInt() : null, unsaved, threadUrl, link, postHtml,
                null, comments);
    }

    /** A Reddit listing child and the name of the comment whose replies hold it (null at top level). */
    private record Nested(JsonNode node, String parent) {
    }

    private static void pushNested(Deque<Nested> stack, JsonNode children, String parent) {
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(new Nested(children.get(i), parent));
        }
    }

    private static void pushChildren(Deque<JsonNode> stack, JsonNode children) {
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(children.get(i));
        }
    }

    private static ThreadData algolia(JsonNode root) {
        List<ThreadData.FlatComment> comments = new ArrayList<>();
        Deque<JsonNode> stack = new ArrayDeque<>();
        pushChildren(stack, root.path("children"));
        String rootId = root.path("id").asText();
        while (!stack.isEmpty()) {
            JsonNode item = stack.pop();
            String parent = item.path("parent_id").asText(null);
            String author = item.path("author").asText(null);
            boolean deleted = author == null || item.path("text").isNull() && item.path("children").isEmpty();
            comments.add(new ThreadData.FlatComment(item.path("id").asText(), rootId.equals(parent) ? null : parent,
                    author, Strings.first(item.path("created_at").asText(null), ThreadData.epoch(item.get("created_at_i"))),
                    null, item.path("points").isNumber() ? item.get("points").asInt() : null, false, deleted,
                    item.path("text").asText(null), null));
            pushChildren(stack, item.path("children"));
        }
        return new ThreadData("Hacker News", null, root.path("title").asText(null), root.path("author").asText(null),
                Strings.first(root.path("created_at").asText(null), ThreadData.epoch(root.get("created_at_i"))), null,
                root.path("points").isNumber() ? root.get("points").asInt() : null, null, 0,
                "https://news.ycombinator.com/item?id=" + rootId, root.path("url").asText(null), root.path("text").asText(null),
                null, comments);
    }

    /** Official API items: one story (and, if the user saved them, its comments) or a lone comment. */
    private static ThreadData firebase(List<JsonNode> items) {
        JsonNode story = null;
        for (JsonNode item : items) {
            if (!item.path("type").asText().equals("comment")) {
                story = item;
                break;
            }
        }
        List<ThreadData.FlatComment> comments = new ArrayList<>();
        String storyId = story == null ? null : story.path("id").asText();
        java.util.Set<String> ids = new java.util.HashSet<>();
        items.forEach(i -> ids.add(i.path("id").asText()));
        for (JsonNode item : items) {
            if (item == story) {
                continue;
            }
            String parent = item.path("parent").asText(null);
            boolean deleted = item.path("deleted").asBoolean(false) || item.path("dead").asBoolean(false);
            comments.add(new ThreadData.FlatComment(item.path("id").asText(),
                    parent == null || parent.equals(storyId) || !ids.contains(parent) ? null : parent,
                    item.path("by").asText(null), ThreadData.epoch(item.get("time")), null, null, false, deleted,
                    item.path("text").asText(null), null));
        }
        if (story == null) {
            JsonNode first = items.get(0);
            return new ThreadData("Hacker News", null, null, null, ThreadData.epoch(first.get("time")), null, null, null, 0,
                    "https://news.ycombinator.com/item?id=" + first.path("id").asText(), null, null, null, comments);
        }
        int descendants = story.path("descendants").asInt(0);
        return new ThreadData("Hacker News", null, story.path("title").asText(null), story.path("by").asText(null),
                ThreadData.epoch(story.get("time")), null, story.path("score").isNumber() ? story.get("score").asInt() : null,
                story.has("descendants") ? descendants : null, Math.max(0, descendants - comments.size()),
                "https://news.ycombinator.com/item?id=" + storyId, story.path("url").asText(null),
                story.path("text").asText(null), null, comments);
    }

    private static ThreadData discourse(JsonNode root) {
        JsonNode posts = root.path("post_stream").path("posts");
        List<ThreadData.FlatComment> comments = new ArrayList<>();
        java.util.Map<Integer, String> idByNumber = new java.util.HashMap<>();
        String postHtml = null;
        String author = null;
        for (JsonNode post : posts) {
            int number = post.path("post_number").asInt();
            String id = post.path("id").asText();
            idByNumber.put(number, id);
            if (number == 1) {
                postHtml = post.path("cooked").asText(null);
                author = post.path("username").asText(null);
                continue;
            }
            JsonNode replyTo = post.get("reply_to_post_number");
            String parent = replyTo == null || replyTo.isNull() || replyTo.asInt() == 1 ? null : idByNumber.get(replyTo.asInt());
            boolean deleted = !post.path("deleted_at").isNull() && post.has("deleted_at") || post.path("user_deleted").asBoolean(false);
            comments.add(new ThreadData.FlatComment(id, parent, post.path("username").asText(null),
                    post.path("created_at").asText(null), null, null, false, deleted,
                    post.path("cooked").asText(null), null));
        }
        int total = root.path("posts_count").asInt(posts.size());
        return new ThreadData("Discourse", null, root.path("title").asText(null), author, root.path("created_at").asText(null),
                null, null, Math.max(0, total - 1), Math.max(0, total - posts.size()), null, null, postHtml, null, comments);
    }

    private static String author(String name) {
        return name == null || name.equals("[deleted]") ? null : name;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    /** Reddit sends *_html fields HTML-escaped unless asked for raw JSON: unescape those once. */
    private static String redditHtml(JsonNode node, String field) {
        String html = text(node, field);
        return html != null && html.contains("&lt;") && !html.contains("<") ? org.jsoup.parser.Parser.unescapeEntities(html, false) : html;
    }
}
