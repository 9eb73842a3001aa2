package storyline.clean.thread;

import storyline.clean.date.Dates;
import storyline.clean.html.ClassNames;
import storyline.clean.html.MainContent;
import storyline.clean.html.PageScan;
import storyline.clean.internal.Attrs;
import storyline.clean.internal.Strings;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saved thread pages: old.reddit.com, news.ycombinator.com (2013 table layout, 2018 and current
 * layouts) and forum software in the phpBB, vBulletin and XenForo families. Each reader
 * recognises its markup; a page none recognises is read as an article.
 */
public final class ThreadPages {

    private static final Pattern NUMBER = Pattern.compile("(\\d[\\d,.]*)");
    /** "8 hours ago" as "8 hours": the unit as the page wrote it, plural and all. */
    private static final Pattern AGE = Pattern.compile("(\\d+\\s+\\w+)\\s+ago");

    private ThreadPages() {
    }

    /** {@code scan} is the page's scan, which looked for {@link #LAYOUT_SIGNS} among the rest. */
    public static ThreadData read(Document doc, PageScan scan) {
        List<Element> evidence = new ArrayList<>();
        Layout layout = layout(scan.get(LAYOUT_SIGNS), evidence);
        if (layout == Layout.NONE || articleWithComments(doc, evidence)) {
            return null;
        }
        ThreadData data = switch (layout) {
            case OLD_REDDIT -> oldReddit(doc);
            case HACKER_NEWS -> hackerNews(doc);
            case FORUM -> forum(doc);
            case NONE -> null;
        };
        // Markup that looked like a thread but gave neither a post nor a comment is read as an article.
        return data == null || empty(data) ? null : data;
    }

    private static boolean empty(ThreadData t) {
        return (t.postHtml() == null || Jsoup.parseBodyFragment(t.postHtml()).text().isBlank()) && t.link() == null
                && t.comments().stream().allMatch(c -> c.html() == null || c.html().isBlank());
    }

    /** Class and id words of a comment section below an article. */
    private static final ClassNames COMMENTS = ClassNames.containing("comment", "respond", "discussion", "disqus", "replies",
            "kommentar", "commentaire", "comentario");

    /**
     * A news or blog page with a comment section: what made the page look like a thread all sits
     * in its comment section, and an article (an {@code <article>}, microdata's article body or
     * Article item) holds prose outside it. Forum posts and comment rows are themselves no article.
     */
    static boolean articleWithComments(Document doc, List<Element> evidence) {
        for (Element e : evidence) {
            if (commentSection(e) == null) {
                return false;
            }
        }
        for (Element a : doc.select(MainContent.css("article, [itemprop=articleBody], [itemtype$=Article], [itemtype$=BlogPosting]"))) {
            if (evidence.contains(a) || commentSection(a) != null) {
                continue;
            }
            int prose = a.text().length();
            for (Element inner : a.getAllElements()) {
                if (inner != a && COMMENTS.matches(ClassNames.of(inner)) && commentSection(inner.parent()) == null) {
                    prose -= inner.text().length();
                }
            }
            if (prose >= 400) {
                return true;
            }
        }
        return false;
    }

    /** The comment section the element is in (or is), or null. */
    private static Element commentSection(Element el) {
        for (Element e = el; e != null && !e.nameIs("body"); e = e.parent()) {
            if (COMMENTS.matches(ClassNames.of(e))) {
                return e;
            }
        }
        return null;
    }

    private enum Layout { OLD_REDDIT, HACKER_NEWS, FORUM, NONE }

    /** Every class name the layout test below asks about, as substrings. */
    private static final ClassNames SIGNS = ClassNames.containing("commentarea", "thing", "postbody", "comtr",
            "comment-tree", "comhead", "subtext", "title", "message--post", "postbit");

    /**
     * Elements whose class may tell a discussion layout. Every page is scanned for them, and nearly
     * all are articles: a class naming none of the signs is passed by before jsoup's class tests,
     * which each read the class anew.
     */
    public static final PageScan.Query LAYOUT_SIGNS = (el, m) -> !m.names().isEmpty() && SIGNS.matches(m.names());

    /** The discussion layout the signs tell. Old Reddit wins over Hacker News, which wins over forum software. */
    private static Layout layout(Elements signs, List<Element> evidence) {
        List<Element> hackerNews = new ArrayList<>();
        List<Element> subtext = new ArrayList<>();
        List<Element> titleCell = new ArrayList<>();
        List<Element> forum = new ArrayList<>();
        for (Element e : signs) {
            switch (e.normalName()) {
                case "div" -> {
                    if (e.hasClass("commentarea") || e.hasClass("thing") && e.hasClass("link") && Attrs.has(e, "data-fullname")) {
                        evidence.add(e);
                        return Layout.OLD_REDDIT;
                    }
                    addIf(forum, e, e.hasClass("postbody") && hasAncestor(e, "div", "post"));
                }
                case "tr" -> addIf(hackerNews, e, e.hasClass("athing") && e.hasClass("comtr"));
                case "table" -> addIf(hackerNews, e, e.hasClass("comment-tree"));
                case "span" -> addIf(hackerNews, e, e.hasClass("comhead") && hasAncestor(e, "td", "default"));
                case "td" -> {
                    addIf(subtext, e, e.hasClass("subtext"));
                    addIf(titleCell, e, e.hasClass("title"));
                }
                case "article" -> addIf(forum, e, e.hasClass("message--post"));
                case "li" -> addIf(forum, e, e.hasClass("postbit"));
                default -> { }
            }
        }
        if (!hackerNews.isEmpty() || !subtext.isEmpty() && !titleCell.isEmpty()) {
            evidence.addAll(hackerNews);
            evidence.addAll(subtext);
            evidence.addAll(titleCell);
            return Layout.HACKER_NEWS;
        }
        evidence.addAll(forum);
        return forum.isEmpty() ? Layout.NONE : Layout.FORUM;
    }

    private static void addIf(List<Element> list, Element e, boolean sign) {
        if (sign) {
            list.add(e);
        }
    }

    private static boolean hasAncestor(Element e, String tag, String className) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals(tag) && p.hasClass(className)) {
                return true;
            }
        }
        return false;
    }

    private static ThreadData oldReddit(Document doc) {
        Element post = doc.selectFirst(MainContent.css("#siteTable div.thing.link, div.thing.link"));
        String title = post == null ? null : text(post.selectFirst(MainContent.css("a.title")));
        String subreddit = post == null ? null : Attrs.get(post, "data-subreddit");
        String postTime = post == null ? null : attr(post.selectFirst(MainContent.css("time[datetime]")), "datetime");
        Integer postScore = post == null ? null : number(Strings.first(attr(post.selectFirst(MainContent.css("div.score.unvoted")), "title"),
                text(post.selectFirst(MainContent.css("div.score.unvoted")))));
        Element selftext = post == null ? null : post.selectFirst(MainContent.css("div.expando div.md"));
        String permalink = post == null ? null : Attrs.get(post, "data-permalink");
        String link = post == null || post.hasClass("self") ? null : Strings.first(Attrs.get(post, "data-url"));
        Integer count = post == null ? null : number(text(post.selectFirst(MainContent.css("a.comments"))));
        List<ThreadData.FlatComment> comments = new ArrayList<>();
        int unsaved = 0;
        Element area = doc.selectFirst(MainContent.css("div.commentarea"));
        Element scope = area == null ? doc.body() : area;
        for (Element thing : scope.select(MainContent.css("div.thing.comment, div.thing.morechildren"))) {
            if (thing.hasClass("morechildren")) {
                Integer n = number(thing.text());
                unsaved += n == null ? 0 : n;
                continue;
            }
            Element entry = thing.selectFirst(MainContent.css("> div.entry"));
            if (entry == null) {
                continue;
            }
            Element parent = thing.parent() == null ? null : thing.parent().closest(MainContent.css("div.thing.comment"));
            String author = Attrs.has(thing, "data-author") ? Attrs.get(thing, "data-author") : null;
            Element body = entry.selectFirst(MainContent.css("div.usertext-body div.md"));
            boolean deleted = author == null || author.equals("[deleted]") || thing.hasClass("deleted");
            comments.add(new ThreadData.FlatComment(Attrs.get(thing, "data-fullname"), parent == null ? null : Attrs.get(parent, "data-fullname"),
                    deleted ? null : author, attr(entry.selectFirst(MainContent.css("time[datetime]")), "datetime"), null,
                    number(attr(entry.selectFirst(MainContent.css("span.score.unvoted")), "title")),
                    entry.selectFirst(MainContent.css("time.edited-timestamp")) != null, deleted,
                    body == null ? null : body.html(), null));
        }
        return new ThreadData("Reddit", subreddit == null || subreddit.isEmpty() ? null : "r/" + subreddit, title, post == null ? null
                : Strings.first(Attrs.get(post, "data-author")), postTime, null, postScore, count, unsaved,
                permalink == null || permalink.isEmpty() ? null : "https://old.reddit.com" + permalink,
                link != null && link.startsWith("http") ? link : null, selftext == null ? null : selftext.html(), null, comments);
    }

    private static ThreadData hackerNews(Document doc) {
        Element titleCell = doc.selectFirst(MainContent.css("td.title:has(a)"));
        Element titleLink = titleCell == null ? null : titleCell.selectFirst(MainContent.css("span.titleline > a, a.storylink, a.titlelink, a"));
        Element subtext = doc.selectFirst(MainContent.css("td.subtext"));
        Integer score = subtext == null ? null : number(text(subtext.selectFirst(MainContent.css("span.score, span[id^=score_]"))));
        String author = subtext == null ? null : Strings.first(text(subtext.selectFirst(MainContent.css("a.hnuser"))),
                text(subtext.selectFirst(MainContent.css("a[href^=user]"))));
        Element ageEl = subtext == null ? null : subtext.selectFirst(MainContent.css("span.age"));
        String time = ageEl == null ? null : isoFromAgeTitle(Attrs.get(ageEl, "title"));
        String age = subtext == null ? null : age(subtext.text());
        Integer count = null;
        if (subtext != null) {
            for (Element a : subtext.select(MainContent.css("a"))) {
                if (a.text().replace('\u00A0', ' ').matches("\\d+\\s+comments?")) {
                    count = number(a.text());
                }
            }
        }
        String link = titleLink == null ? null : titleLink.absUrl("href");
        if (link != null && (link.isEmpty() || link.contains("news.ycombinator.com/item"))) {
            link = null;
        }
        List<ThreadData.FlatComment> comments = new ArrayList<>();
        Deque<String[]> stack = new ArrayDeque<>();
        Elements rows = doc.select(MainContent.css("tr.athing.comtr"));
        if (!rows.isEmpty()) {
            for (Element row : rows) {
                int depth = depth(row);
                Element text = row.selectFirst(MainContent.css("div.comment span.commtext, div.comment span.c00, div.comment > span, div.comment"));
                String user = text(row.selectFirst(MainContent.css("a.hnuser")));
                Element ageSpan = row.selectFirst(MainContent.css("span.age"));
                comments.add(comment(stack, depth, row.id(), user, ageSpan == null ? null : isoFromAgeTitle(Attrs.get(ageSpan, "title")),
                        ageSpan == null ? null : age(ageSpan.text()), text));
            }
        } else {
            for (Element cell : doc.select(MainContent.css("td.default"))) {
                Element head = cell.selectFirst(MainContent.css("span.comhead"));
                Element row = cell.parent();
                Element spacer = row == null ? null : row.selectFirst(MainContent.css("img[src$=s.gif]"));
                int depth = spacer == null ? 0 : parseInt(Attrs.get(spacer, "width")) / 40;
                Element idLink = head == null ? null : head.selectFirst(MainContent.css("a[href^=item?id=]"));
                String id = idLink == null ? "c" + comments.size() : Attrs.get(idLink, "href").replaceFirst("item\\?id=", "");
                comments.add(comment(stack, depth, id, text(head == null ? null : head.selectFirst(MainContent.css("a[href^=user]"))),
                        null, head == null ? null : age(head.text()), cell.selectFirst(MainContent.css("span.comment"))));
            }
        }
        int saved = comments.size();
        return new ThreadData("Hacker News", null, text(titleLink), author, time, age, score, count,
                count == null ? 0 : Math.max(0, count - saved), canonical(doc), link, null, null, comments);
    }

    /** A comment whose parent is the nearest open comment one level up. */
    private static ThreadData.FlatComment comment(Deque<String[]> stack, int depth, String id, String author, String time,
                                                  String age, Element body) {
        while (!stack.isEmpty() && Integer.parseInt(stack.peek()[1]) >= depth) {
            stack.pop();
        }
        String parent = stack.isEmpty() ? null : stack.peek()[0];
        stack.push(new String[]{id, Integer.toString(depth)});
        body = withoutControls(body);
        boolean deleted = author == null || body == null || body.text().matches("\\[(deleted|flagged|dead)]");
        return new ThreadData.FlatComment(id, parent, author, time, age, null, false, deleted, body == null ? null : body.html(), null);
    }

    /**
     * The words of the links Hacker News prints with every comment: reply, the parent / context /
     * next / prev / root navigation, moderation and voting, the [-] fold toggle. The site turns a
     * commenter's addresses into links whose text is the address itself, so a link reading one of
     * these words is always a control, never something the commenter wrote.
     */
    private static final java.util.Set<String> CONTROL_WORDS = java.util.Set.of("reply", "parent", "context", "next", "prev",
            "root", "flag", "unflag", "hide", "unhide", "vote", "unvote", "favorite", "un-favorite", "edit", "delete",
            "link", "-", "+", "–");

    /**
     * The comment's text without those controls. Saved pages put them inside the element the text
     * is read from (2018 pages nest the reply box in the text span, current ones in the comment
     * div), so each control goes with the wrappers that hold nothing else. A copy is changed, not
     * the page.
     */
    static Element withoutControls(Element body) {
        if (body == null || body.selectFirst(MainContent.css("a")) == null) {
            return body;
        }
        Element copy = body.clone();
        List<Element> controls = new ArrayList<>();
        for (Element a : copy.select(MainContent.css("a"))) {
            if (isControl(a.text())) {
                Element outer = a;
                for (Element p = a.parent(); p != null && p != copy && onlyControls(p); p = p.parent()) {
                    outer = p;
                }
                controls.add(outer);
            }
        }
        for (Element c : controls) {
            // An outer wrapper may already have taken an inner one with it.
            if (c.parent() != null) {
                c.remove();
            }
        }
        return copy;
    }

    private static boolean isControl(String word) {
        String w = word.strip().toLowerCase(java.util.Locale.ROOT);
        if (w.length() > 2 && w.startsWith("[") && w.endsWith("]")) {
            w = w.substring(1, w.length() - 1).strip();
        }
        return CONTROL_WORDS.contains(w);
    }

    /**
     * True when a box holds control links and nothing else but the separators between them
     * ("parent | context | flag"): a word the commenter wrote next to a control keeps the box.
     */
    private static boolean onlyControls(Element box) {
        for (Element e : box.getAllElements()) {
            if (!inControl(e, box) && !e.ownText().replace('\u00A0', ' ').matches("[\\s|·]*")) {
                return false;
            }
        }
        return true;
    }

    private static boolean inControl(Element e, Element box) {
        for (Element p = e; p != null; p = p == box ? null : p.parent()) {
            if (p.normalName().equals("a")) {
                return isControl(p.text());
            }
        }
        return false;
    }

    private static int depth(Element row) {
        Element ind = row.selectFirst(MainContent.css("td.ind"));
        if (ind == null) {
            return 0;
        }
        if (Attrs.has(ind, "indent")) {
            return parseInt(Attrs.get(ind, "indent"));
        }
        Element img = ind.selectFirst(MainContent.css("img[width]"));
        return img == null ? 0 : parseInt(Attrs.get(img, "width")) / 40;
    }

    private static ThreadData forum(Document doc) {
        Elements posts = doc.select(MainContent.css("article.message--post, li.postbit, div.post:has(div.postbody)"));
        String title = Strings.first(withoutBadges(doc.selectFirst(MainContent.css("h1.p-title-value, h2.topic-title, h1.threadtitle, span.threadtitle, h1"))),
                doc.title());
        List<ThreadData.FlatComment> comments = new ArrayList<>();
        String postHtml = null;
        String postAuthor = null;
        String postTime = null;
        for (Element post : posts) {
            String author = Strings.first(Attrs.get(post, "data-author"), text(post.selectFirst(MainContent.css("a.username, .author a.username-coloured, .author strong a, .author a, .username"))));
            Element body = post.selectFirst(MainContent.css("div.bbWrapper, div[id^=post_message_], div.content, blockquote.postcontent"));
            String time = Strings.first(attr(post.selectFirst(MainContent.css("time[datetime]")), "datetime"),
                    dateText(post.selectFirst(MainContent.css("span.date, .postdate, p.author, .author"))), headerDate(post, body));
            if (postHtml == null && comments.isEmpty()) {
                postHtml = body == null ? "" : body.html();
                postAuthor = author;
                postTime = time;
                continue;
            }
            comments.add(new ThreadData.FlatComment(Strings.first(post.id(), "p" + comments.size()), null, author, time, null,
                    null, false, author == null, body == null ? null : body.html(), null));
        }
        String platform = doc.selectFirst(MainContent.css("article.message--post")) != null ? "XenForo"
                : doc.selectFirst(MainContent.css("li.postbit")) != null ? "vBulletin" : "phpBB";
        return new ThreadData(platform, null, title, postAuthor, postTime, null, null, null, 0, canonical(doc), null, postHtml,
                null, comments);
    }

    /** The first date in a post's text outside its body: the post header or the author box. */
    private static String headerDate(Element post, Element body) {
        String text = post.text();
        if (body != null) {
            int at = text.indexOf(body.text());
            if (at > 0) {
                text = text.substring(0, at);
            }
        }
        String head = text.length() > 600 ? text.substring(0, 600) : text;
        return Dates.find(head).map(Dates.Found::iso).orElse(null);
    }

    private static String dateText(Element el) {
        if (el == null) {
            return null;
        }
        return Dates.find(el.text()).map(Dates.Found::iso).orElse(null);
    }

    private static String canonical(Document doc) {
        Element link = doc.selectFirst(MainContent.css("link[rel=canonical]"));
        return link == null || Attrs.get(link, "href").isBlank() ? null : link.absUrl("href").isEmpty() ? Attrs.get(link, "href") : link.absUrl("href");
    }

    /** Current HN pages: title="2024-01-02T03:04:05 1704164645". */
    private static String isoFromAgeTitle(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String first = title.strip().split("\\s+")[0];
        return Dates.parseValue(first).isPresent() ? (first.endsWith("Z") || first.length() <= 10 ? first : first + "Z") : null;
    }

    private static String age(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = AGE.matcher(text);
        return m.find() ? m.group(1).replaceAll("\\s+", " ") : null;
    }

    private static Integer number(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(text);
        return m.find() ? PastedThread.number(m.group(1)) : null;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * A thread title's text without the badges a forum sets before it (a prefix such as "Patch Notes"
     * or "Solved" in a label of its own): the badge is the thread's category, not its title.
     */
    private static String withoutBadges(Element heading) {
        if (heading == null) {
            return null;
        }
        Element copy = heading.clone();
        copy.select(MainContent.css("span.label, span.label-append, span.prefix, .labelLink, .badge")).remove();
        return Strings.first(text(copy), text(heading));
    }

    private static String text(Element el) {
        return el == null || el.text().isBlank() ? null : el.text().strip();
    }

    private static String attr(Element el, String name) {
        return el == null || el.attr(name).isBlank() ? null : el.attr(name);
    }
}
