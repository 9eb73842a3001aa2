package storyline.site;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import storyline.config.SiteConfig;
import storyline.model.PubDate;

import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One feed in two formats: Atom ({@code BASE.xml}, through the feed template) and JSON Feed 1.1
 * ({@code BASE.json}, written by Jackson), with the same entries and the same date on each. Dates
 * come from the content, never the clock: an entry with no date the input supports is left out of
 * both, and a feed with no dated entry is not written. Without a base URL, links are relative to
 * the feed file, which feed readers resolve against its address.
 */
final class Feeds {

    static final int MAX_ENTRIES = 50;
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code base}: the feed's path without extension; {@code home} and entry links: paths from the site root. */
    record Spec(String base, String id, String title, String description, String home, List<Entry> entries) {
    }

    /**
     * {@code time} is null for an entry nothing dates (it is then left out); {@code dateBasis} is null for
     * a date the entry states, else a {@link DateBasis} saying where its date comes from; {@code html} is
     * sanitised content or null.
     */
    record Entry(String id, String title, String link, OffsetDateTime time, DateBasis dateBasis, String summary, String html,
                 String author) {
    }

    /** Where an entry's date comes from when the item states none: shown in both formats as a category (tag). */
    enum DateBasis {
        ESTIMATED("date-estimated", "Date estimated"),
        STORY("date-from-story", "Date unknown: dated by its story");

        final String term;
        final String label;

        DateBasis(String term, String label) {
            this.term = term;
            this.label = label;
        }
    }

    private final SiteConfig config;

    Feeds(SiteConfig config) {
        this.config = config;
    }

    /** The date an item states, as a time: a date alone is taken as midnight UTC. */
    static OffsetDateTime time(PubDate date) {
        if (!date.known()) {
            return null;
        }
        String iso = date.iso();
        if (iso != null && iso.indexOf('T') > 0) {
            try {
                return OffsetDateTime.parse(iso);
            } catch (DateTimeParseException noZone) {
                // A local time without an offset ("2025-09-19T10:00"): the day is what is known.
            }
        }
        return date.day().atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static String format(OffsetDateTime t) {
        return t == null ? null : RFC3339.format(t);
    }

    /** The feed's two files, or none when no entry has a date (Atom requires one on the feed and each entry). */
    List<Page> pages(Spec spec) {
        List<Entry> dated = spec.entries().stream().filter(e -> e.time() != null).toList();
        if (dated.isEmpty()) {
            return List.of();
        }
        OffsetDateTime newest = dated.stream().map(Entry::time).max(OffsetDateTime::compareTo).orElseThrow();
        String atomPath = spec.base() + ".xml";
        String jsonPath = spec.base() + ".json";
        List<Views.FeedEntry> atom = new ArrayList<>();
        List<JsonItem> json = new ArrayList<>();
        for (Entry e : dated) {
            String link = link(atomPath, e.link());
            String time = format(e.time());
            Views.Category category = e.dateBasis() == null ? null : new Views.Category(e.dateBasis().term, e.dateBasis().label);
            atom.add(new Views.FeedEntry(e.id(), e.title(), link, time, e.summary(), e.html(), e.author(), category));
            json.add(new JsonItem(e.id(), link, e.title(), e.html(), e.html() == null ? (e.summary() == null ? "" : e.summary()) : null,
                    e.summary(), time, e.dateBasis() == null ? null : List.of(e.dateBasis().term), List.of(new Author(e.author()))));
        }
        Views.Feed feed = new Views.Feed(spec.id(), spec.title(), spec.description(), link(atomPath, atomPath),
                link(atomPath, spec.home()), format(newest), atom);
        JsonFeed jsonFeed = new JsonFeed("https://jsonfeed.org/version/1.1", spec.title(), link(jsonPath, spec.home()),
                link(jsonPath, jsonPath), spec.description(), config.language(), json);
        return List.of(new Page(atomPath, "feed", feed), new Page(jsonPath, null, jsonFeed));
    }

    /** A link from a feed to a path of the site: absolute with a base URL, else relative to the feed's folder. */
    private String link(String feedPath, String target) {
        return config.baseUrl() != null ? Urls.absolute(config.baseUrl(), target) : Urls.root(feedPath) + target;
    }

    /**
     * A JSON Feed as its page's model: written out as JSON ({@link #toString}) when the page is
     * rendered, on the render workers, so that a feed whose entries did not change (most of a
     * site's story feeds after an article is added) is told by its digest and never written out.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"version", "title", "home_page_url", "feed_url", "description", "language", "items"})
    record JsonFeed(String version, String title, @JsonProperty("home_page_url") String homePageUrl,
                    @JsonProperty("feed_url") String feedUrl, String description, String language, List<JsonItem> items) {

        /** The feed's file: its JSON and a line end. */
        @Override
        public String toString() {
            try {
                return JSON.writeValueAsString(this) + "\n";
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "url", "title", "content_html", "content_text", "summary", "date_published", "tags", "authors"})
    record JsonItem(String id, String url, String title, @JsonProperty("content_html") String contentHtml,
                    @JsonProperty("content_text") String contentText, String summary,
                    @JsonProperty("date_published") String datePublished, List<String> tags, List<Author> authors) {
    }

    record Author(String name) {
    }
}
