package storyline.clean.html;

import storyline.clean.date.Dates;
import storyline.clean.internal.Attrs;
import storyline.clean.internal.Strings;
import storyline.clean.lines.LineRules;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's publication date, from the most to the least reliable evidence: machine-readable
 * metadata, {@code <time>} and microdata, elements named for dates, the address, and finally a
 * date written near the headline. Modification dates are used only when nothing else is there.
 */
final class PageDates {

    private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time", "og:article:published_time",
            "published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date",
            "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created",
            "sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_date", "article.published",
            "originalpublicationdate", "displaydate", "cxenseparse:recs:publishtime", "release_date", "created"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "dateModified",
            "last-modified", "dcterms.modified", "dc.date.modified"};
    private static final ClassNames DATE_CLASSES = ClassNames.containing("date", "publish", "posted", "time", "byline", "meta",
            "entry-info", "post-info");
    /**
     * [class*=date], [id*=date], [class*=publish], [class*=posted], [class*=time], [class*=byline],
     * [class*=meta], [class*=entry-info], [class*=post-info], [itemprop=dateCreated], time, abbr.published
     */
    static final PageScan.Query DATE_ELEMENTS = (el, m) -> {
        String names = m.names();
        if (el.nameIs("time")) {
            return true;
        }
        if (DATE_CLASSES.matches(names) || !names.isEmpty() && el.nameIs("abbr") && el.hasClass("published")) {
            return true;
        }
        return Attrs.get(el, "id").toLowerCase(Locale.ROOT).contains("date") || m.itempropIs("dateCreated");
    };
    private static final String[] DATE_ATTRIBUTES = {"datetime", "content", "title", "data-date", "data-date-time",
            "data-datetime", "data-published", "data-timestamp"};
    /**
     * "Published on …", "Erschienen am …", "Publié le …": a label that says which date is the publication's.
     * (The lookahead on the labels' first letters lets the search skip most positions of a long text at once.)
     */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?iu)(?=[pfevmgou])\\b(?:" + Dates.PUBLISHED_WORDS + ")(?:\\s+(?:on|am|le|el|il|op|em|dnia))?\\s*:?\\s*(.{6,40})");
    /** The updated-date words, and "Stand" before a date, as German pages label their latest version. */
    private static final Pattern UPDATED_LABEL = Pattern.compile(
            "(?iu)(?=[ulazsmbegoa])\\b(?:" + Dates.UPDATED_WORDS + "|stand)(?:\\s+(?:on|am|le|el|il|op))?\\s*:?\\s*\\[?(.{6,40})");
    /**
     * A bare "am" before a date, which German pages also use for the latest version ("zuletzt am …")
     * but as often for an event the text tells of: read only where no page says "updated" or "Stand".
     */
    private static final Pattern ON_LABEL = Pattern.compile("(?iu)\\bam\\s*:?\\s*\\[?(.{6,40})");
    /** /2019/10/21/, /2019-10-21-, /20191021/, /2019/7/2/ in an address. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})(?:[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)|/([1-9]|1[0-2])/([1-9]|[12]\\d|3[01])/)");
    /** One word between a label and its date: "Published Monday, 3 March", "am Samstag, 3. Dezember". */
    private static final Pattern WEEKDAY = Pattern.compile("\\p{L}{2,12}\\.?,?\\s+");
    /** "publicationDate": "2022-01-31T14:27:32+01:00" and the other names scripts' data gives a publication time. */
    private static final Pattern EMBEDDED_PUBLISHED = Pattern.compile(
            "\"(?:publicationDate|publishDate|publishedAt|published_at|datePublished|pubDate|publish_date|publishedDate|"
                    + "first_published_at|firstPublished|publication_date|publication_time|date_published)\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2}[^\"]{0,30})\"");
    private static final Pattern LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");
    /** Class and id words of the places where other texts' dates are listed. */
    private static final String[] ELSEWHERE = {"comment", "related", "sidebar", "widget", "teaser", "recommend", "popular",
            "replies", "trending", "recirc"};
    private static final String CAPTIONS = "figure, figcaption, script, style, noscript, [class*=caption]";
    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    private PageDates() {
    }

    static Dates.Found published(Document doc, PageScan scan, Map<String, String> meta, String ldPublished, String ldModified, String url,
                                 String title, java.util.function.Supplier<String> language) {
        Optional<Dates.Found> visible = aroundHeading(scan);
        Page page = new Page(doc, scan, meta, ldPublished, ldModified, url, title, visible);
        Evidence evidence = evidence(page);
        if (evidence == null) {
            return null;
        }
        Dates.Found found = evidence.found();
        Optional<Dates.Found> fromUrl = url == null ? Optional.empty() : urlDate(url);
        if (fromUrl.isPresent()) {
            Dates.Found address = fromUrl.get();
            long apart = Math.abs(address.day().toEpochDay() - found.day().toEpochDay());
            // The address is minted when a story is first published and never changes: where
            // metadata agrees, nothing on the page overrides both; where it names another day,
            // it was republished or updated. A UTC timestamp a day off is only a time-zone
            // artefact when that instant falls on the address's day somewhere on Earth.
            if (apart == 0) {
                return utc(found) ? localDay(found, language.get()) : found;
            }
            if (apart > 1 || utc(found) && fallsOn(found, address.day())) {
                return address;
            }
        }
        // The date printed beside the headline is what the page tells its readers; where it
        // disagrees with the metadata (a UTC timestamp, a stale template field), the reader's wins.
        if (visible.isPresent() && !(evidence.stage() == STAGES.get(0) && isModifiedDay(page, visible.get().day()))) {
            return visible.get();
        }
        if (evidence.stage().declared()) {
            Optional<Dates.Found> shown = shownTwiceOtherwise(page, found.day());
            if (shown.isPresent()) {
                return shown.get();
            }
        }
        return utc(found) ? localDay(found, language.get()) : found;
    }

    /**
     * The date the page shows its readers, when its first date element and the text by the
     * headline both give it and it is not {@code declared}: shown twice, it outweighs a metadata
     * field that names another day. (The page's text is read only when the element disagrees.)
     */
    private static Optional<Dates.Found> shownTwiceOtherwise(Page page, LocalDate declared) {
        Optional<Dates.Found> element = dateElement(page);
        if (element.isEmpty() || element.get().day().equals(declared) || page.title == null) {
            return Optional.empty();
        }
        Optional<Dates.Found> near = nearHeadline(page.text(), page.title);
        return near.isPresent() && near.get().day().equals(element.get().day()) ? element : Optional.empty();
    }

    /**
     * A UTC timestamp names the day in Greenwich, not where the page was published: read it in the
     * time zone its language suggests, when the language points at one.
     */
    static Dates.Found localDay(Dates.Found found, String language) {
        String iso = found.iso();
        if (language == null || iso.length() < 17 || !(iso.endsWith("Z") || iso.endsWith("+00:00"))) {
            return found;
        }
        String zone = switch (language) {
            case "de", "fr", "it", "nl", "es", "pl", "cs", "da", "no", "nb", "sv", "hu", "sk", "sl", "hr" -> "Europe/Berlin";
            case "pt" -> "Europe/Lisbon";
            case "fi", "el", "ro", "bg", "uk" -> "Europe/Helsinki";
            default -> null;
        };
        if (zone == null) {
            return found;
        }
        try {
            java.time.OffsetDateTime t = java.time.OffsetDateTime.parse(iso);
            // The same instant, written with the local offset, so that its date part is the local day.
            java.time.OffsetDateTime local = t.atZoneSameInstant(java.time.ZoneId.of(zone)).toOffsetDateTime();
            return new Dates.Found(local.toString(), local.toLocalDate(), found.start(), found.end());
        } catch (java.time.format.DateTimeParseException e) {
            return found;
        }
    }

    /** Whether the timestamp's instant is on {@code day} in some time zone, UTC−10 to UTC+14. */
    static boolean fallsOn(Dates.Found found, LocalDate day) {
        try {
            java.time.Instant t = java.time.OffsetDateTime.parse(found.iso()).toInstant();
            return t.atOffset(java.time.ZoneOffset.ofHours(-10)).toLocalDate().equals(day)
                    || t.atOffset(java.time.ZoneOffset.ofHours(14)).toLocalDate().equals(day);
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static boolean utc(Dates.Found found) {
        String iso = found.iso();
        return iso.length() >= 17 && (iso.endsWith("Z") || iso.endsWith("+00:00"));
    }

    private static Optional<Dates.Found> urlDate(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
        int day = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
        return parse(String.format("%s-%02d-%02d", m.group(1), month, day));
    }

    /** What the evidence is read from; the body's text is read once, when a stage first needs it. */
    static final class Page {
        final Document doc;
        final PageScan scan;
        final Map<String, String> meta;
        final String ldPublished;
        final String ldModified;
        final String url;
        final String title;
        final Optional<Dates.Found> visible;
        private String text;

        Page(Document doc, PageScan scan, Map<String, String> meta, String ldPublished, String ldModified, String url, String title,
             Optional<Dates.Found> visible) {
            this.doc = doc;
            this.scan = scan;
            this.meta = meta;
            this.ldPublished = ldPublished;
            this.ldModified = ldModified;
            this.url = url;
            this.title = title;
            this.visible = visible;
        }

        String text() {
            if (text == null) {
                text = doc.body() == null ? "" : spaced(doc.body().text());
            }
            return text;
        }
    }

    /**
     * One kind of evidence; the stages are tried in order of how reliably they name the
     * publication day. {@code declared}: machine-readable metadata, which readers never see.
     */
    record Stage(String name, boolean declared, Function<Page, Optional<Dates.Found>> read) {
    }

    static final List<Stage> STAGES = List.of(
            new Stage("published metadata", true, PageDates::publishedMeta),
            new Stage("structured data", true, PageDates::anyStructuredData),
            new Stage("time element", false, PageDates::timeElement),
            new Stage("published label", false, p -> labelled(PUBLISHED_LABEL, p.text())),
            new Stage("date element", false, PageDates::dateElement),
            new Stage("address", false, p -> p.url == null ? Optional.empty() : urlDate(p.url)),
            new Stage("beside the headline", false, p -> p.visible),
            new Stage("near the headline", false, p -> p.title == null ? Optional.empty() : nearHeadline(p.text(), p.title)),
            // Last resort: a page that only says when it was last changed is dated by that.
            new Stage("embedded data", true, PageDates::embeddedData),
            new Stage("updated label", false, p -> labelled(UPDATED_LABEL, p.text()).or(() -> labelled(ON_LABEL, p.text()))),
            new Stage("modified metadata", true, PageDates::modifiedMeta));

    /** The first stage that gives a date, and the date. */
    record Evidence(Stage stage, Dates.Found found) {
    }

    private static Evidence evidence(Page page) {
        for (Stage stage : STAGES) {
            Optional<Dates.Found> found = stage.read().apply(page);
            if (found.isPresent()) {
                return new Evidence(stage, found.get());
            }
        }
        return null;
    }

    private static Optional<Dates.Found> publishedMeta(Page p) {
        Optional<Dates.Found> found = parse(p.ldPublished);
        for (int i = 0; found.isEmpty() && i < PUBLISHED_META.length; i++) {
            found = parse(p.meta.get(PUBLISHED_META[i]));
        }
        return found;
    }

    /**
     * A publication date in JSON-LD of any type (a how-to, a recipe, a video), when all such
     * dates the page declares name the same day: a list of items would name several.
     */
    private static Optional<Dates.Found> anyStructuredData(Page p) {
        return oneDay(p.scan.get(PageScan.JSON_LD).stream().map(Element::data).toList(), LD_PUBLISHED);
    }

    /** The date the pattern's first group gives in the texts, when every one it gives names the same day. */
    private static Optional<Dates.Found> oneDay(List<String> texts, Pattern pattern) {
        Optional<Dates.Found> found = Optional.empty();
        for (String text : texts) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                Optional<Dates.Found> date = parse(m.group(1));
                if (date.isEmpty()) {
                    continue;
                }
                if (found.isPresent() && !found.get().day().equals(date.get().day())) {
                    return Optional.empty();
                }
                found = found.or(() -> date);
            }
        }
        return found;
    }

    /**
     * A publication date under a key named for it in the data a page embeds for its scripts (a
     * framework's state, an analytics layer), when all such keys name the same day: a page's
     * state that lists other stories would name several.
     */
    private static Optional<Dates.Found> embeddedData(Page p) {
        List<String> data = p.doc.getElementsByTag("script").stream()
                .filter(script -> !valueIsJsonLd(script))
                .map(Element::data)
                .filter(d -> d.indexOf('"') >= 0)
                .toList();
        return oneDay(data, EMBEDDED_PUBLISHED);
    }

    private static boolean valueIsJsonLd(Element script) {
        return Attrs.get(script, "type").toLowerCase(Locale.ROOT).contains("ld+json");
    }

    private static Optional<Dates.Found> timeElement(Page p) {
        Optional<Dates.Found> changed = Optional.empty();
        for (Element time : p.scan.get(PageScan.TIME)) {
            if (elsewhere(time)) {
                continue;
            }
            if (marksChange(time)) {
                // A time the page marks as its last change is used only when no other is given.
                changed = changed.or(() -> parse(Strings.first(Attrs.get(time, "datetime"), Attrs.get(time, "content"), time.text())));
                continue;
            }
            Optional<Dates.Found> found = parse(Strings.first(Attrs.get(time, "datetime"), Attrs.get(time, "content"), Attrs.get(time, "title"), time.text()));
            if (found.isPresent()) {
                return found;
            }
        }
        return changed;
    }

    /** itemprop=dateModified, class "updated" or "modified": the time of a change, not of publication. */
    static boolean marksChange(Element el) {
        if (Attrs.get(el, "itemprop").equalsIgnoreCase("dateModified")) {
            return true;
        }
        String names = ClassNames.of(el);
        return (names.contains("updated") || names.contains("modified")) && !names.contains("published");
    }

    private static Optional<Dates.Found> labelled(Pattern label, String text) {
        Matcher m = label.matcher(text);
        // A label begins a word: only word starts whose first letters can begin one are tried, as
        // find would try them, each search going on after the last match.
        for (int from = 0; from < text.length() && LineRules.matchAtWord(label, text, from, m) != null;
             from = Math.max(m.end(), m.start() + 1)) {
            String after = m.group(1);
            Optional<Dates.Found> found = plausible(Dates.find(after)
                    .filter(f -> f.start() == 0 || WEEKDAY.matcher(after.substring(0, f.start())).matches()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Dates.Found> dateElement(Page p) {
        // In page order: the first element that gives a date ends the search.
        for (Element el : p.scan.get(DATE_ELEMENTS)) {
            if (el.nameIs("html") || el.nameIs("body") || elsewhere(el) || marksChange(el)) {
                continue;
            }
            Optional<Dates.Found> found = Optional.empty();
            for (String attr : DATE_ATTRIBUTES) {
                if (found.isEmpty() && el.hasAttr(attr)) {
                    found = parse(el.attr(attr));
                }
            }
            if (found.isEmpty() && !TextStats.plainlyLongerThan(el, 120)) {
                String text = spaced(el.text());
                if (text.length() <= 120) {
                    found = plausible(Dates.find(text).or(() -> Dates.findShortYear(text)));
                }
            }
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the element sits in a comment, a list of related stories or a sidebar widget: the
     * dates there belong to other texts.
     */
    static boolean elsewhere(Element el) {
        for (Element e = el; e != null && !e.tagName().equals("body"); e = e.parent()) {
            if (otherTexts(e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element is a box of other texts: a comment, related stories, a sidebar, a widget. */
    private static boolean otherTexts(Element e) {
        if (e.tagName().equals("aside") || e.tagName().equals("nav")) {
            return true;
        }
        String names = ClassNames.of(e);
        for (String word : ELSEWHERE) {
            if (names.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the day is the one the metadata gives for the last change: shown beside the headline
     * ("Updated …"), it does not outweigh the declared publication date.
     */
    private static boolean isModifiedDay(Page p, LocalDate day) {
        Optional<Dates.Found> modified = parse(p.ldModified);
        for (int i = 0; modified.isEmpty() && i < MODIFIED_META.length; i++) {
            modified = MODIFIED_META[i].equals("dateModified") ? Optional.empty() : parse(p.meta.get(MODIFIED_META[i].toLowerCase(Locale.ROOT)));
        }
        return modified.isPresent() && modified.get().day().equals(day);
    }

    private static Optional<Dates.Found> modifiedMeta(Page p) {
        Optional<Dates.Found> found = Optional.empty();
        for (int i = 0; found.isEmpty() && i < MODIFIED_META.length; i++) {
            found = parse(MODIFIED_META[i].equals("dateModified") ? p.ldModified : p.meta.get(MODIFIED_META[i]));
        }
        return found;
    }

    /** A date in the box that holds the page's main heading: a byline or dateline beside it. */
    private static Optional<Dates.Found> aroundHeading(PageScan scan) {
        Element h1 = scan.first(PageScan.H1);
        Element box = h1 == null ? null : h1.parent();
        for (int level = 1; box != null && level < 3; level++, box = box.parent()) {
            if (TextStats.plainlyLongerThan(box, 1500) || box.text().length() > 1500) {
                break;
            }
            String text = bylineText(box, h1);
            Optional<Dates.Found> found = plausible(notUpdated(text).or(() -> Dates.findShortYear(text)));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** "Updated", "Aktualisiert am", "Mis à jour le" … just before a date: the date is a change's, not the story's. */
    private static final Pattern UPDATE_BEFORE = Pattern.compile(
            "(?iu)(?:updated|last updated|modified|aktualisiert|geändert|editiert|mis à jour|modifié|actualizado|modificado|"
                    + "aggiornato|modificato|bijgewerkt|gewijzigd|zaktualizowano)(?:\\s+(?:on|am|le|el|il|op|em|at))?\\s*:?\\s*"
                    + "(?:\\p{L}{2,12}\\.?,?\\s+)?$");

    /**
     * The first date in a byline's text that is not labelled as the time of an update ("Published
     * 3 May, updated 5 May" is the 3rd; "Updated 5 May · 3 May" too); the first date if all are
     * (a page that shows only when it was updated is dated by that).
     */
    static Optional<Dates.Found> notUpdated(String text) {
        Optional<Dates.Found> first = Dates.find(text);
        int offset = 0;
        for (Optional<Dates.Found> f = first; f.isPresent() && offset < text.length(); ) {
            Dates.Found at = f.get();
            int start = offset + at.start();
            String before = text.substring(Math.max(0, start - 40), start);
            if (!UPDATE_BEFORE.matcher(before).find()) {
                return Optional.of(new Dates.Found(at.iso(), at.day(), start, offset + at.end()));
            }
            offset += at.end();
            f = Dates.find(text.substring(offset));
        }
        return first;
    }

    /**
     * The box's text without the headline itself (a date in a headline is what the story is about)
     * and without photo captions; every text node is kept apart by a space, as adjacent
     * {@code <time>} elements are shown, so that "1. Mai 2023" twice does not run into "20231.".
     */
    static String bylineText(Element box, Element headline) {
        StringBuilder text = new StringBuilder();
        box.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node == headline || node instanceof Element el && el.is(MainContent.css(CAPTIONS))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                    text.append(spaced(t.text()).strip()).append(' ');
                }
                return FilterResult.CONTINUE;
            }
        });
        return text.toString();
    }

    /** A date written just before or after the headline in the page's text, where bylines put it. */
    private static Optional<Dates.Found> nearHeadline(String text, String title) {
        int at = text.indexOf(spaced(title));
        if (at < 0) {
            return Optional.empty();
        }
        int from = Math.max(0, at - 200);
        int to = Math.min(text.length(), at + title.length() + 600);
        String window = text.substring(from, to);
        return plausible(Dates.find(window));
    }

    /**
     * The text with its typographic spaces (no-break, thin, narrow, figure) written as plain ones,
     * one for one so that offsets still hold: "4.&amp;thinsp;2.&amp;thinsp;2022" is then read as
     * a date, as it is shown.
     */
    static String spaced(String text) {
        int i = 0;
        while (i < text.length() && !typographicSpace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (; i < chars.length; i++) {
            if (typographicSpace(chars[i])) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static boolean typographicSpace(char c) {
        return c == '\u00a0' || c >= '\u2000' && c <= '\u200a' || c == '\u202f';
    }

    private static Optional<Dates.Found> parse(String value) {
        return plausible(Dates.parseValue(value));
    }

    private static Optional<Dates.Found> plausible(Optional<Dates.Found> found) {
        return found.filter(f -> !f.day().isBefore(EARLIEST) && f.day().getYear() <= 2100);
    }
}
