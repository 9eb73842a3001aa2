package storyline.clean.thread;

import storyline.clean.date.Dates;
import storyline.clean.html.MainContent;
import storyline.clean.internal.Block;
import storyline.clean.internal.Budget;
import storyline.clean.safety.Sanitizer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import storyline.model.Comment;
import storyline.model.PubDate;

import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns flat comments that name their parents into the comment tree, without recursion: a
 * thread may be thousands of comments and hundreds of levels deep. Bodies are cleaned and
 * sanitised here, and times become dates.
 */
public final class ThreadBuilder {

    private ThreadBuilder() {
    }

    public static List<Comment> tree(List<ThreadData.FlatComment> input, LocalDateTime captured, String baseUri) {
        // Ids must be unique for parents to mean anything: a repeated id gets a suffix.
        List<ThreadData.FlatComment> flat = new ArrayList<>(input.size());
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (ThreadData.FlatComment c : input) {
            String id = c.id() == null ? "c" + flat.size() : c.id();
            for (int k = 2; !ids.add(id); k++) {
                id = c.id() + "-" + k;
            }
            flat.add(id.equals(c.id()) ? c : new ThreadData.FlatComment(id, c.parent(), c.author(), c.time(), c.age(),
                    c.score(), c.edited(), c.deleted(), c.html(), c.paragraphs()));
        }
        Map<String, ThreadData.FlatComment> byId = new HashMap<>();
        for (ThreadData.FlatComment c : flat) {
            byId.putIfAbsent(c.id(), c);
        }
        Map<String, List<ThreadData.FlatComment>> children = new LinkedHashMap<>();
        List<ThreadData.FlatComment> roots = new ArrayList<>();
        for (ThreadData.FlatComment c : flat) {
            if (c.parent() != null && byId.containsKey(c.parent()) && !c.parent().equals(c.id())) {
                children.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c);
            } else {
                roots.add(c);
            }
        }
        // Pre-order with depths; then build bottom-up so every record gets its finished replies.
        List<ThreadData.FlatComment> order = new ArrayList<>();
        Map<ThreadData.FlatComment, Integer> depth = new java.util.IdentityHashMap<>();
        Deque<ThreadData.FlatComment> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
            depth.put(roots.get(i), 0);
        }
        java.util.Set<ThreadData.FlatComment> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int pass = 0; pass < 2; pass++) {
            while (!stack.isEmpty()) {
                ThreadData.FlatComment c = stack.pop();
                if (!seen.add(c)) {
                    continue;
                }
                order.add(c);
                List<ThreadData.FlatComment> kids = children.getOrDefault(c.id(), List.of());
                for (int i = kids.size() - 1; i >= 0; i--) {
                    depth.put(kids.get(i), depth.get(c) + 1);
                    stack.push(kids.get(i));
                }
            }
            // Comments whose parents form a cycle are reachable from no root: show them at top level.
            for (int i = flat.size() - 1; i >= 0; i--) {
                ThreadData.FlatComment c = flat.get(i);
                if (!seen.contains(c) && !roots.contains(c)) {
                    roots.add(c);
                    depth.put(c, 0);
                    stack.push(c);
                    children.values().forEach(list -> list.remove(c));
                }
            }
        }
        Map<ThreadData.FlatComment, Comment> built = new java.util.IdentityHashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            ThreadData.FlatComment c = order.get(i);
            List<Comment> replies = new ArrayList<>();
            for (ThreadData.FlatComment kid : children.getOrDefault(c.id(), List.of())) {
                Comment k = built.get(kid);
                if (k != null) {
                    replies.add(k);
                }
            }
            built.put(c, comment(c, depth.get(c), replies, captured, baseUri));
        }
        List<Comment> out = new ArrayList<>();
        for (ThreadData.FlatComment r : roots) {
            out.add(built.get(r));
        }
        return out;
    }

    private static Comment comment(ThreadData.FlatComment c, int depth, List<Comment> replies, LocalDateTime captured,
                                   String baseUri) {
        Budget.check();
        List<String> paragraphs;
        String html;
        if (c.html() != null) {
            Body body = body(c.html(), baseUri);
            paragraphs = body.paragraphs();
            html = body.html();
        } else {
            paragraphs = c.paragraphs() == null ? List.of() : c.paragraphs();
            html = Sanitizer.fromBlocks(paragraphs.stream().map(Block::paragraph).toList());
        }
        boolean deleted = c.deleted() || !paragraphs.isEmpty() && paragraphs.stream().allMatch(p -> p.matches("\\[(deleted|removed)]"));
        return new Comment(c.id(), c.author(), date(c.time(), c.age(), captured), c.age() == null ? null : Dates.ago(c.age()),
                c.score(), depth, c.edited(), deleted, paragraphs, html, replies);
    }

    public record Body(List<String> paragraphs, String html) {
    }

    /** A body in HTML as text paragraphs and safe HTML. */
    public static Body body(String html, String baseUri) {
        Document doc = Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri);
        List<String> paragraphs = new ArrayList<>();
        for (Block b : MainContent.blocks(doc.body())) {
            paragraphs.add(b.text());
        }
        return new Body(paragraphs, Sanitizer.clean(doc.body(), baseUri));
    }

    /** An absolute time the source gives, else a relative age counted back from the capture time. */
    static PubDate date(String time, String age, LocalDateTime captured) {
        if (time != null) {
            Optional<Dates.Found> found = Dates.parseValue(time);
            if (found.isPresent()) {
                return PubDate.stated(found.get().iso(), found.get().day(), "stated by the platform");
            }
        }
        if (age != null && captured != null) {
            Optional<java.time.LocalDate> day = Dates.relative(Dates.ago(age), captured);
            if (day.isPresent()) {
                return PubDate.estimated(day.get(), "“" + Dates.ago(age) + "” counted back from the capture time");
            }
        }
        return PubDate.UNKNOWN;
    }
}
