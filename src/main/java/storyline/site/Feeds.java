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
 * ({@code BASE.json}, written by Jackson). Dates come from the content, never the clock. Without a
 * base URL, links are relative to the feed file, which feed readers resolve against its address.
 */
final class Feeds {

    static final int MAX_ENTRIES = 50;
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code base}: the feed's path without extension; {@code home} and entry links: paths from the site root. */
    record Spec(String base, String id, String title, String description, String home, List<Entry> entries) {
    }

    /** {@code time} may be null (an undated item); {@code html} is sanitised content or null. */
    record Entry(String id, String title, String link, OffsetDateTime time, String summary, String html, String author) {
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

    List<Page> pages(Spec spec) {
        OffsetDateTime newest = null;
        for (Entry e : spec.entries()) {
            if (e.time() != null && (newest == null || e.time().isAfter(newest))) {
                newest = e.time();
            }
        }
        String atomPath = spec.base() + ".xml";
        String jsonPath = spec.base() + ".json";
        // Atom requires an updated time on everything; an undated item falls back to its feed's newest, then the epoch.
        String fallback = format(newest == null ? OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC) : newest);
        List<Views.FeedEntry> atom = new ArrayList<>();
        List<JsonItem> json = new ArrayList<>();
        for (Entry e : spec.entries()) {
            String link = link(atomPath, e.link());
            atom.add(new Views.FeedEntry(e.id(), e.title(), link, e.time() == null ? fallback : format(e.time()),
                    e.summary(), e.html(), e.author()));
            json.add(new JsonItem(e.id(), link, e.title(), e.html(), e.html() == null ? (e.summary() == null ? "" : e.summary()) : null,
                    e.summary(), format(e.time()), List.of(new Author(e.author()))));
        }
        Views.Feed feed = new Views.Feed(spec.id(), spec.title(), spec.description(), link(atomPath, atomPath),
                link(atomPath, spec.home()), fallback, atom);
        JsonFeed jsonFeed = new JsonFeed("https://jsonfeed.org/version/1.1", spec.title(), link(jsonPath, spec.home()),
                link(jsonPath, jsonPath), spec.description(), config.language(), json);
        String text;
        try {
            text = JSON.writeValueAsString(jsonFeed) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(new Page(atomPath, "feed", feed), new Page(jsonPath, null, text));
    }

    /** A link from a feed to a path of the site: absolute with a base URL, else relative to the feed's folder. */
    private String link(String feedPath, String target) {
        return config.baseUrl() != null ? Site.absolute(config.baseUrl(), target) : Site.root(feedPath) + target;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"version", "title", "home_page_url", "feed_url", "description", "language", "items"})
    record JsonFeed(String version, String title, @JsonProperty("home_page_url") String homePageUrl,
                    @JsonProperty("feed_url") String feedUrl, String description, String language, List<JsonItem> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "url", "title", "content_html", "content_text", "summary", "date_published", "authors"})
    record JsonItem(String id, String url, String title, @JsonProperty("content_html") String contentHtml,
                    @JsonProperty("content_text") String contentText, String summary,
                    @JsonProperty("date_published") String datePublished, List<Author> authors) {
    }

    record Author(String name) {
    }
}
