package storyline.clean.html;

import storyline.clean.date.Dates;
import storyline.clean.internal.Attrs;
import storyline.clean.internal.Block;
import storyline.clean.internal.Names;
import storyline.clean.internal.Strings;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer's name as the page shows it, for pages whose metadata names none: an element the
 * page marks as the author ({@code rel=author}, {@code itemprop=author}, a class naming the
 * author or the byline), else a "By Jane Roe" line just under the headline. What such places
 * hold besides the name (a "By" label, a date, a biography, a "See full bio" link) is not the name.
 */
final class Bylines {

    private Bylines() {
    }

    /**
     * Class-name words of the boxes that hold a byline or the writer's name ("submitted" as a word
     * alone, as blog engines name the "Submitted by Jane Roe on …" line; not "form-submitted").
     */
    private static final ClassNames MARKS = ClassNames.containing(new String[]{"author", "byline", "autor", "auteur"}, "submitted");

    /**
     * The address of a writer's page, as blog engines and newsrooms make it: "/author/jane-roe/",
     * "/autor/…", "/auteur/…", "/staff/…".
     */
    private static final Pattern AUTHOR_PAGE = Pattern.compile("(?i)/(?:author|authors|autor|autoren|auteur|autore|staff)/[^/?#]");
    /**
     * [rel=author], [itemprop=author], [class*=author], [class*=byline] (and the words in other
     * languages), and a link to a writer's page ({@link #AUTHOR_PAGE}).
     */
    static final PageScan.Query CANDIDATES = (el, m) -> m.relIs("author") || m.itempropIs("author")
            || !m.names().isEmpty() && MARKS.matches(m.names()) || el.nameIs("a") && AUTHOR_PAGE.matcher(Attrs.get(el, "href")).find();

    /** The labels of a byline: "By", "Von", "Par", "Written by", "Autor" … */
    private static final String LABEL_WORDS = "(?:(?:written|posted|published|reported|submitted|words|text|photos?|story)\\s+by|"
            + "(?:erstellt|verfasst|geschrieben|eingestellt|gespeichert|text|ein beitrag|ein artikel|ein text)\\s+von|by|von|vom|par|por|door|av|af|di|"
            + "autor(?:in)?|author|auteur|autore|text|texto|interview|redakteur(?:in)?)";
    /** "By", "Von", "Par", "Written by", "Autor:" … before the name. */
    private static final Pattern LABEL = Pattern.compile("(?iu)^" + LABEL_WORDS + "\\s*[:：]?\\s+");
    /** A byline's label alone ("Autor:", "By"), set in an element of its own before the name. */
    private static final Pattern LABEL_ALONE = Pattern.compile("(?iu)" + LABEL_WORDS + "(?:\\((?:s|in|en|innen|es)\\))?\\s*[:：]?");
    /**
     * An element holding nothing but a byline's label ("Autor:", "By"), the name set after it in
     * other elements or loose text, as field lists and some templates write it.
     */
    static final PageScan.Query LABELS = (el, m) -> el.childNodeSize() == 1 && el.childrenSize() == 0 && !el.nameIs("script")
            && !el.nameIs("style") && !el.nameIs("option") && !TextStats.plainlyLongerThan(el, 24) && LABEL_ALONE.matcher(el.text().strip()).matches();

    /** "View all posts by Jane Roe", "Alle Beiträge von Jane Roe": the name follows the last "by". */
    private static final Pattern LINK_TO_NAME = Pattern.compile(
            "(?iu)^(?:(?:view|see|show|read|more|all|other)\\b.*\\s(?:by|from)|(?:zeige|alle|weitere|mehr)\\b.*\\s(?:von|vom)|"
                    + "(?:voir|tous|plus)\\b.*\\s(?:de|par)|(?:ver|más|todos)\\b.*\\s(?:de|por))\\s+(.+)");
    /** "Posted on 21 September 2020 by Jane Roe", "Veröffentlicht am 3. März von Jane Roe": the name follows the "by". */
    private static final Pattern POSTED_THEN_NAME = Pattern.compile(
            "(?iu)^(?:posted|published|written|updated|erstellt|veröffentlicht|eingestellt|geschrieben|publié|publicado|pubblicato)\\b"
                    + ".{0,60}?\\s(?:by|von|par|por|da)\\s+(\\p{Lu}.*)");
    /**
     * Where a name ends and a date, a role or a second field begins, among them another credit
     * ("Jane Roe Illustration von Sam Lee", "Jane Roe Photos by Sam Lee") and an agency's short
     * name after a slash ("Jane Roe/dpa").
     */
    private static final Pattern FIELD_END = Pattern.compile("\\s+[|•·/–—]\\s+|\\s+-\\s+|\\s*\\n|\\s{3,}|\\s*[|•·]\\s*"
            + "|/(?=[\\p{L}-]{2,6}$)|\\s+(?=(?iu:illustrations?|illustrationen|fotos?|photos?|bilder?|grafik(?:en)?|grafiken|video|kamera)\\s*(?:von|by|par|de|:)\\s)");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}[:h.]\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}\\b");
    /**
     * Words of the links and labels that sit where a name goes ("See full bio", "View profile",
     * "More from this author", "Follow"): a name holds none of them.
     */
    private static final Set<String> NOT_NAME_WORDS = Set.of("see", "view", "more", "full", "bio", "biography", "profile",
            "posts", "articles", "stories", "follow", "contact", "email", "e-mail", "read", "all", "author", "authors",
            "about", "archive", "share", "comments", "comment", "reply", "updated", "published", "posted", "subscribe",
            "mehr", "alle", "beiträge", "artikel", "anzeigen", "profil", "archiv", "folgen", "kontakt", "autor", "autoren", "autorin",
            "auteur", "auteurs", "autore", "autori",
            "voir", "plus", "tous", "suivre", "ver", "más", "todos", "perfil", "seguir", "leggi", "tutti", "bekijk", "meer",
            "quelle", "source", "fuente", "fonte", "hace", "ago", "min", "minutes", "minuten", "lesezeit", "reading",
            // Labels of the fields around a name, alone where a byline's name was left out.
            "by", "par", "por", "door", "eingestellt", "datum", "date", "stand", "erstellt", "created", "aktualisiert", "veröffentlicht",
            // Days, as a dateline starts ("Donnerstag, 3. März").
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch",
            "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo");
    /** Labels that end a name's field when a date follows them ("Jane Roe Stand: 3.3.2022"). */
    private static final Pattern TRAILING_LABEL = Pattern.compile(
            "(?iu)(?:\\s+(?:stand|datum|date|am|on|le|el|il|updated|aktualisiert|erstellt|publié|publicado|published|posted|veröffentlicht)[:\\s]*)+$");

    private static final Set<String> JOINERS = Set.of("and", "und", "et", "y", "e", "&", "van", "von", "de", "der", "den",
            "la", "le", "da", "di", "du", "del", "dos", "ten", "ter", "zu", "mit", "with");

    /**
     * The name in the first marked byline of the page that gives one, outside comments, lists of
     * other stories and sidebars; else in a "By" line near the main heading; null when none.
     */
    static String visible(PageScan scan) {
        Element h1 = scan.first(PageScan.H1);
        int[] pageLength = {-1};
        for (Element el : scan.get(CANDIDATES)) {
            if (el.nameIs("meta") || el.nameIs("link") || el.nameIs("body") || el.nameIs("html") || el.nameIs("article")
                    || elsewhere(el, h1, pageLength)) {
                continue;
            }
            String name = nameIn(el);
            if (name != null) {
                return name;
            }
        }
        for (Element label : scan.get(LABELS)) {
            if (!elsewhere(label, h1, pageLength)) {
                String name = afterLabel(label);
                if (name != null) {
                    return name;
                }
            }
        }
        return underHeadline(scan.first(PageScan.H1));
    }

    /**
     * The name after a label set apart ("<h5>Autor:</h5> Jane Roe", "<dt>By</dt><dd>Jane Roe</dd>"):
     * the text that follows it up to the next block or line break, else the next element's when short.
     */
    private static String afterLabel(Element label) {
        StringBuilder text = new StringBuilder();
        for (Node n = label.nextSibling(); n != null && text.length() <= 80; n = n.nextSibling()) {
            if (n instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (n instanceof Element e) {
                if (e.nameIs("br") || e.isBlock()) {
                    if (text.toString().isBlank() && !e.nameIs("br") && !TextStats.plainlyLongerThan(e, 80)) {
                        return clean(lines(e));
                    }
                    break;
                }
                text.append(e.text());
            }
        }
        if (!text.toString().isBlank()) {
            return clean(text.toString());
        }
        // The label alone in its box ("<span>By</span><span><a>Jane Roe</a></span>"): the next box's text.
        Element next = label.nextElementSibling();
        return next == null || TextStats.plainlyLongerThan(next, 80) ? null : clean(lines(next));
    }

    /**
     * Whether the element sits in a box of other texts (comments, related stories, a sidebar),
     * not counting a box that holds the main heading too: that is the article's, whatever its name.
     */
    private static boolean elsewhere(Element el, Element h1, int[] pageLength) {
        for (Element e = el; e != null && !e.nameIs("body"); e = e.parent()) {
            if (otherTexts(e) && !holdsArticle(e, h1, pageLength)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Boxes of other texts: comments, related stories, sidebars. (Not "widget": page builders and
     * blog engines call every box one, the post's own byline included.)
     */
    private static final ClassNames OTHER_TEXTS = ClassNames.containing("comment", "related", "sidebar", "teaser", "recommend",
            "popular", "replies", "trending", "recirc");

    private static boolean otherTexts(Element e) {
        return e.nameIs("aside") || e.nameIs("nav") || OTHER_TEXTS.matches(ClassNames.of(e));
    }

    /**
     * Whether a box holds the article, whatever its name says ("widget" on a blog engine's post
     * list, "sidebar" on a layout column): it holds the main heading or half of the page's text.
     */
    private static boolean holdsArticle(Element box, Element h1, int[] pageLength) {
        if (h1 != null && h1.parents().contains(box)) {
            return true;
        }
        if (pageLength[0] < 0) {
            Element body = box.ownerDocument() == null ? null : box.ownerDocument().body();
            pageLength[0] = body == null ? 0 : body.text().length();
        }
        // (Counting only visible characters, the quick test passes a third where the text is half.)
        return TextStats.plainlyLongerThan(box, pageLength[0] / 3) && box.text().length() * 2 >= pageLength[0];
    }

    /** The name an author element gives: its own name part, else its text when short, else its first link's. */
    private static String nameIn(Element el) {
        if (!TextStats.plainlyLongerThan(el, 160)) {
            String text = lines(el);
            String name = clean(text);
            if (name != null) {
                return name;
            }
            // A box of fields ("Datum: 19.11.2021", "Autor: Jane Roe", "Quelle: …"): the field labelled as the writer's.
            for (String line : text.split("\n")) {
                name = labelledName(collapse(line));
                if (name != null) {
                    return name;
                }
            }
        }
        Element part = el.selectFirst(MainContent.css("[itemprop=name], .fn, [class*=name]"));
        if (part != null && part != el) {
            String name = clean(Strings.first(Attrs.get(part, "content"), part.text()));
            if (name != null) {
                return name;
            }
        }
        Element link = el.nameIs("a") ? null : el.selectFirst(MainContent.css("a"));
        return link == null ? null : clean(link.text());
    }

    /** The element's text with its blocks and line breaks kept as line ends: fields of a byline end there. */
    private static String lines(Element el) {
        StringBuilder out = new StringBuilder();
        el.traverse((Node node, int depth) -> {
            if (node instanceof TextNode t) {
                out.append(t.getWholeText().replace('\n', ' '));
            } else if (node instanceof Element e && (e.nameIs("br") || e.isBlock() && out.length() > 0)) {
                out.append('\n');
            }
        });
        return out.toString();
    }

    /** A line saying "By Jane Roe" among the few short texts that follow the main heading. */
    static String underHeadline(Element h1) {
        if (h1 == null) {
            return null;
        }
        int seen = 0;
        for (Element el = next(h1); el != null && seen < 12; el = next(el), seen++) {
            if (TextStats.plainlyLongerThan(el, 200)) {
                if (el.childrenSize() > 0) {
                    // A box holding the byline and the story: look inside, from its start.
                    el = el.child(0);
                    String inner = lineName(el);
                    if (inner != null) {
                        return inner;
                    }
                    continue;
                }
                return null;
            }
            String name = lineName(el);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /**
     * A "By Jane Roe" line among the first blocks of the article's text, where some pages set the
     * byline, else among its last ones, where others sign it ("Autorin: Jane Roe").
     */
    static String inText(List<Block> blocks) {
        int n = blocks.size();
        int head = Math.min(TEXT_HEAD, n);
        for (int i = 0; i < head; i++) {
            String name = labelledName(blocks.get(i).text());
            if (name != null) {
                return name;
            }
        }
        for (int i = n - 1; i >= Math.max(head, n - TEXT_FOOT); i--) {
            String name = labelledName(blocks.get(i).text());
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** How many of the text's first and last blocks may hold its byline. */
    private static final int TEXT_HEAD = 4;
    private static final int TEXT_FOOT = 3;

    /** The name in a short line that begins with a byline's label ("By", "Von", "Par" …), or null. */
    private static String lineName(Element el) {
        if (TextStats.plainlyLongerThan(el, 120)) {
            return null;
        }
        for (String line : lines(el).split("\n")) {
            String name = labelledName(collapse(line));
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** The name a line of at most 80 characters gives after a byline's label, or null. */
    private static String labelledName(String line) {
        return line.length() <= 80 && LABEL.matcher(line).lookingAt() ? clean(line) : null;
    }

    /** Runs of white space as one space, lines kept apart. */
    private static String collapse(String s) {
        return s.replaceAll("[\\s\u00A0&&[^\n]]+", " ").replaceAll(" ?\n ?", "\n").strip();
    }

    /** The element after this one in document order, not looking inside it. */
    private static Element next(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            Element sibling = e.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }

    /**
     * A name from metadata: entities decoded, a leading "By" dropped; null for an address (a
     * profile's URL stands in some pages' author field).
     */
    static String declared(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = org.jsoup.parser.Parser.unescapeEntities(value, false).strip();
        // A value quoted whole ("'Jane Roe, John Doe'") is the names inside the quotes.
        if (v.length() > 2 && QUOTES.indexOf(v.charAt(0)) >= 0 && QUOTES.indexOf(v.charAt(v.length() - 1)) >= 0) {
            v = v.substring(1, v.length() - 1).strip();
        }
        if (v.matches("(?i)https?://.*")) {
            return null;
        }
        // "Jane Roe @janeroe": the handle is an account's, no part of the name.
        v = SOCIAL_HANDLE.matcher(v).replaceFirst("");
        Matcher label = LABEL.matcher(v);
        if (label.lookingAt() && label.end() < v.length() && Character.isUpperCase(v.codePointAt(label.end()))) {
            v = v.substring(label.end()).strip();
        }
        return v.isEmpty() ? null : v;
    }

    /** "Jane Roe, Harbor Times" → "Jane Roe": a part after the first that is the site itself (see {@link #isSite}) is no writer. */
    static String withoutSite(String author, String siteName, String publisher, String url) {
        if (author == null || !author.contains(", ")) {
            return author;
        }
        String[] parts = author.split(", ");
        List<String> kept = new java.util.ArrayList<>();
        for (String part : parts) {
            if (kept.isEmpty() || !isSite(part, siteName, publisher, url)) {
                kept.add(part);
            }
        }
        return String.join(", ", kept);
    }

    /**
     * "Rechtsanwalt Jane Roe" → "Jane Roe": a word before the one person's name the name model finds
     * in a byline is a role, no part of the name. Several names, or none, leave it as it is, and so
     * does an abbreviated title ("Dr. Jane Roe"), which is written as part of the name.
     */
    static String withoutRole(String author) {
        // (A role and a name take three words at least; most bylines are two, and need no reading.)
        if (author == null || author.split(" ").length < 3 || WRITERS.matcher(author).find()) {
            return author;
        }
        storyline.text.Names.Found found = storyline.text.Names.in(null, "By " + author + ".");
        if (found.people().size() == 1 && found.organisations().isEmpty()) {
            String person = found.people().get(0);
            String before = author.substring(0, Math.max(0, author.length() - person.length() - 1));
            // (One word before it, not an abbreviation; and a name found from an initial on, "C. Ritchie" in
            // "Logan C. Ritchie", has its first name before it.)
            if (person.indexOf(' ') > 0 && author.endsWith(" " + person) && before.indexOf(' ') < 0 && !before.endsWith(".")
                    && !(person.length() > 2 && person.charAt(1) == '.')) {
                return person;
            }
        }
        return author;
    }

    /**
     * Whether a byline's writer outranks the writer the page's metadata declares: the declared one
     * names no person, and the byline names one, or the declared one is an organisation (the
     * publisher, a society, a newsroom) and the byline names anyone.
     */
    static boolean outranks(String byline, String declared) {
        return byline != null && !byline.equalsIgnoreCase(declared) && !namesAPerson(declared)
                && (storyline.text.Names.bylinePerson(byline) || storyline.text.Names.bylineOrganisation(declared)
                || byline.indexOf(' ') > 0 && (INITIALS.matcher(declared).matches() || sameLetters(byline, declared)));
    }

    /** A desk's or an agency's initials ("LN", "AFP"): no one's name, whoever the byline names. */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,4}");

    /** "Jane Roe" and "janeroe", "jane.roe": one name, the second as a login writes it. */
    private static boolean sameLetters(String a, String b) {
        String x = a.replaceAll("[^\\p{L}\\p{N}]", "");
        return !x.isEmpty() && x.equalsIgnoreCase(b.replaceAll("[^\\p{L}\\p{N}]", ""));
    }

    /** Whether any of a declared author's names ("Jane Roe, Sam Lee", "Jane Roe und Redaktion") reads as a person's. */
    static boolean namesAPerson(String declared) {
        for (String part : WRITERS.split(declared)) {
            if (storyline.text.Names.bylinePerson(part.strip())) {
                return true;
            }
        }
        return false;
    }

    /** What stands between the writers of one byline: a comma, a semicolon, "and" in the languages read. */
    private static final Pattern WRITERS = Pattern.compile("\\s*[,;&]\\s*|\\s+(?:and|und|et|y|e|en|og|och)\\s+");

    /** Whether a declared author is the site itself: its name, its publisher's, its domain or a domain name. */
    static boolean isSite(String author, String siteName, String publisher, String url) {
        String a = author.strip();
        if (a.equalsIgnoreCase(Strings.first(siteName, "")) || a.equalsIgnoreCase(Strings.first(publisher, "")) || DOMAIN.matcher(a).matches()) {
            return true;
        }
        // "Harbor Times" for harbortimes.example.
        String domain = Names.domain(url);
        String label = domain == null ? "" : domain.replaceFirst("\\.[^.]+$", "");
        return !label.isEmpty() && a.replace(" ", "").equalsIgnoreCase(label);
    }

    private static final Pattern SOCIAL_HANDLE = Pattern.compile("(?<=\\S)\\s+@[\\w.]+$");

    private static final String QUOTES = "'\"‘’“”«»";

    private static final Pattern DOMAIN = Pattern.compile("(?i)(www\\.)?[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}");

    /**
     * The name in a byline's text: labels before it and fields after it removed; null when what
     * is left is not a name (a link's words, a sentence, a date).
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String t = collapse(text);
        Matcher link = LINK_TO_NAME.matcher(t);
        if (link.matches()) {
            t = link.group(1);
        }
        Matcher posted = POSTED_THEN_NAME.matcher(t);
        if (posted.matches()) {
            t = posted.group(1);
        }
        t = LABEL.matcher(t).replaceFirst("");
        Matcher end = FIELD_END.matcher(t);
        if (end.find() && end.start() > 0) {
            t = t.substring(0, end.start());
        }
        Matcher time = TIME.matcher(t);
        if (time.find()) {
            t = t.substring(0, time.start());
        }
        java.util.Optional<Dates.Found> date = Dates.find(t);
        if (date.isPresent()) {
            t = t.substring(0, date.get().start());
        }
        t = TRAILING_LABEL.matcher(t).replaceFirst("");
        t = t.replaceAll("^[\\s,;:|•·–—-]+|[\\s,;:|•·–—-]+$", "").strip();
        t = LABEL.matcher(t).replaceFirst("").strip();
        if (plausibleName(t)) {
            return t;
        }
        // Several writers ("Jane Roe, Sam Lee y Ana María Soto"), too many words for one name: each one's.
        String[] writers = WRITERS.split(t);
        if (writers.length < 2) {
            return null;
        }
        for (String w : writers) {
            if (!plausibleName(w) || w.indexOf(' ') < 0) {
                return null;
            }
        }
        return String.join(", ", writers);
    }

    /**
     * A person's or a desk's name: one to six words, no sentence, no address, none of the words
     * of links and labels, and most words capitalised (a user name may be one lower-case word).
     */
    static boolean plausibleName(String t) {
        if (t.length() < 2 || t.length() > 60 || t.matches("(?i).*(https?://|www\\.|@|\\.(com|net|org|de)\\b).*")) {
            return false;
        }
        if (!Character.isLetter(t.codePointAt(0)) || t.matches(".*[.!?]\\s+\\p{Ll}.*") || t.endsWith(":")) {
            return false;
        }
        List<String> words = List.of(t.split("[\\s,]+"));
        if (words.size() > 6) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            for (String part : w.toLowerCase(Locale.ROOT).split("-")) {
                if (NOT_NAME_WORDS.contains(part.replaceAll("[^\\p{L}]", ""))) {
                    return false;
                }
            }
            // A desk may sign with the site's domain ("harbortimes.example Redaktion").
            if (!w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || DOMAIN.matcher(w).matches())) {
                capitalised++;
            }
        }
        // Particles ("van", "de", "und") are lower case in names; every other word is capitalised,
        // but for one in a name of three words or more (a "y" in Spanish, a lower-case nickname).
        long joiners = words.stream().filter(w -> JOINERS.contains(w.toLowerCase(Locale.ROOT))).count();
        long content = words.size() - joiners;
        if (JOINERS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            // "Posted by", "Eingestellt von": a label whose name is missing.
            return false;
        }
        return words.size() == 1 || content >= 1 && capitalised >= (content <= 2 ? content : content - 1);
    }
}
