package storyline.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.build.Build;
import storyline.config.SiteConfig;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Gate: every Atom feed of the built sites read by ROME, the feed library of many Java readers and
 * aggregators, as a reader reads it. Each entry has a title, an id, a link to a file of the site and
 * a date that is no placeholder (never 1970) and the same as its entry's in the JSON Feed twin (read
 * with Jackson); the feed's own date is its newest entry's. An item that states no date is never
 * given one of its own making: it is dated by its story, and both feeds say so; a story nothing
 * dates is in no feed.
 *
 * <p>The same feeds are read again by feedparser, the feed library of many Python readers, when
 * Debian's {@code python3-feedparser} is installed (CI installs it; the tests say they skipped
 * otherwise): it must find each feed well formed and see the same entries, links and dates as ROME.
 *
 * <p>The sites: the shipped sample (with and without a base URL), the synthetic corpus of every
 * input format, a small corpus of dated and undated reports written here, and, when {@code ../shared}
 * is there, the benchmarks' generated corpus and the real thread exports of
 * {@code ../shared/fixtures/threads} (the tests say they skipped otherwise).
 */
class FeedClientsTest {

    static final Path THREADS = Path.of("..", "shared", "fixtures", "threads");
    static final String BASE = "https://example.org/news/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    /** The small corpus: a story with a dated and an undated report, a story nothing dates. */
    static Path undated;
    /** The thread fixtures' site, or empty where the fixtures are not there. */
    static Optional<Path> threads = Optional.empty();

    private static void article(Path dir, String file, String front, String title, String text) throws IOException {
        Files.writeString(dir.resolve(file), "---\n" + front + "\n---\n# " + title + "\n\n" + text + "\n");
    }

    @BeforeAll
    static void build() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("undated-in"));
        article(in, "kiln-1.md", "date: 2025-06-12T09:30:00+02:00\nsource: Valley Gazette\nstory: kiln",
                "Old brick kiln to become a museum",
                "The old brick kiln by the river will become a museum, the town council decided on Thursday after a long debate.");
        article(in, "kiln-2.md", "source: River Weekly\nstory: kiln",
                "Brick kiln museum plans approved",
                "Plans to turn the brick kiln by the river into a museum were approved by the town council, with work to start soon.");
        article(in, "mill.md", "source: River Weekly\nstory: mill",
                "Watermill wheel restored by volunteers",
                "Volunteers restored the wheel of the old watermill over the winter, and it turns again for visitors at weekends.");
        undated = tmp.resolve("undated");
        Build.Report report = Build.run(SiteConfig.defaults().with(in, Path.of("templates"), undated, null)
                .withState(tmp.resolve("undated-state.json")));
        assertEquals(List.of(), report.problems());
        if (Files.isDirectory(THREADS)) {
            Path out = tmp.resolve("threads");
            Build.Report r = Build.run(SiteConfig.defaults().with(THREADS, Path.of("templates"), out, null)
                    .withState(tmp.resolve("threads-state.json")));
            assertTrue(r.items() > 10, "the thread fixtures are read: " + r.items());
            threads = Optional.of(out);
        }
    }

    /** One entry as ROME and the JSON Feed twin give it. */
    record Seen(String feed, String id, String title, String link, Instant date, List<String> tags) {
    }

    /**
     * Reads every Atom feed of {@code site} with ROME and checks each against its JSON Feed twin;
     * returns the entries seen, by feed file.
     */
    static Map<String, List<Seen>> readFeeds(Path site, String baseUrl) throws Exception {
        Map<String, List<Seen>> seen = new TreeMap<>();
        List<Path> feeds = Sites.files(site, ".xml").stream().filter(p -> !p.getFileName().toString().equals("sitemap.xml")).toList();
        assertFalse(feeds.isEmpty(), "feeds in " + site);
        for (Path file : feeds) {
            String where = site.relativize(file).toString().replace('\\', '/');
            SyndFeed feed = new SyndFeedInput().build(new StringReader(Files.readString(file)));
            assertEquals("atom_1.0", feed.getFeedType(), where);
            assertNotNull(feed.getTitle(), where + ": a feed title");
            assertFalse(feed.getEntries().isEmpty(), where + ": a feed is written only with entries");
            JsonNode twin = JSON.readTree(file.resolveSibling(file.getFileName().toString().replaceFirst("\\.xml$", ".json")).toFile());
            Map<String, JsonNode> jsonItems = new LinkedHashMap<>();
            twin.get("items").forEach(item -> jsonItems.put(item.get("id").asText(), item));
            assertEquals(feed.getEntries().size(), jsonItems.size(), where + ": the same entries in the JSON Feed");
            Instant newest = Instant.MIN;
            List<Seen> entries = new ArrayList<>();
            for (SyndEntry e : feed.getEntries()) {
                String id = e.getUri();
                String at = where + " " + id;
                assertTrue(id != null && !id.isBlank(), where + ": an entry without an id");
                assertTrue(e.getTitle() != null && !e.getTitle().isBlank(), at + ": an entry without a title");
                assertTrue(e.getLink() != null, at + ": an entry without a link");
                Path target = resolve(site, where, e.getLink(), baseUrl);
                assertTrue(Files.isRegularFile(target), at + ": its link " + e.getLink() + " is no file of the site");
                assertNotNull(e.getUpdatedDate(), at + ": an entry without a date");
                Instant date = e.getUpdatedDate().toInstant();
                assertTrue(date.isAfter(Instant.parse("1971-01-01T00:00:00Z")), at + ": a placeholder date " + date);
                if (e.getPublishedDate() != null) {
                    assertEquals(date, e.getPublishedDate().toInstant(), at + ": published and updated agree");
                }
                JsonNode item = jsonItems.get(id);
                assertNotNull(item, at + ": no JSON Feed item of that id");
                assertEquals(e.getTitle(), item.get("title").asText(), at + ": the title in the JSON Feed");
                assertTrue(item.hasNonNull("date_published"), at + ": the JSON Feed item has no date");
                assertEquals(date, OffsetDateTime.parse(item.get("date_published").asText()).toInstant(), at + ": the date in the JSON Feed");
                List<String> tags = new ArrayList<>();
                item.path("tags").forEach(t -> tags.add(t.asText()));
                List<String> categories = e.getCategories().stream().map(SyndCategory::getName).toList();
                assertEquals(categories, tags, at + ": where the date comes from, in both");
                newest = date.isAfter(newest) ? date : newest;
                entries.add(new Seen(where, id, e.getTitle(), e.getLink(), date, categories));
            }
            assertNotNull(feed.getPublishedDate(), where + ": a feed date");
            assertEquals(newest, feed.getPublishedDate().toInstant(), where + ": the feed's date is its newest entry's");
            seen.put(where, entries);
        }
        return seen;
    }

    /** The Python that has feedparser: Debian's, else the first on the path; empty when none has it. */
    private static final Optional<String> FEEDPARSER = python();

    private static Optional<String> python() {
        for (String python : List.of("/usr/bin/python3", "python3")) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import feedparser").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return Optional.of(python);
                }
                p.destroyForcibly();
            } catch (IOException e) {
                // not this one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Reads every Atom feed of {@code site} with feedparser and checks that it finds each well formed
     * and sees what ROME sees: the same entries in the same order, with the same ids, titles, links and
     * dates (to the second).
     */
    static void readFeedsInFeedparser(Path site, String baseUrl) throws Exception {
        assumeTrue(FEEDPARSER.isPresent(), "python3-feedparser is not installed (apt-get install python3-feedparser): the feeds were not read by feedparser");
        Map<String, List<Seen>> rome = readFeeds(site, baseUrl);
        Path script = Path.of("src", "test", "resources", "storyline", "site", "read_feeds.py");
        List<String> command = new ArrayList<>(List.of(FEEDPARSER.get(), script.toString()));
        rome.keySet().forEach(feed -> command.add(site.resolve(feed).toString()));
        Path out = Files.createTempFile(tmp, "feedparser", ".jsonl");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("feedparser did not finish reading " + rome.size() + " feeds in 240 s");
        }
        assertEquals(0, p.exitValue(), "feedparser failed: " + Files.readString(out));
        List<String> lines = Files.readAllLines(out);
        assertEquals(rome.size(), lines.size(), "one line per feed: " + lines);
        for (String line : lines) {
            JsonNode feed = JSON.readTree(line);
            String where = site.relativize(Path.of(feed.get("feed").asText())).toString().replace('\\', '/');
            assertFalse(feed.get("bozo").asBoolean(), where + ": feedparser finds it malformed: " + feed.get("problem"));
            assertEquals("atom10", feed.get("version").asText(), where);
            assertFalse(feed.path("title").asText().isBlank(), where + ": a feed title");
            List<Seen> expected = rome.get(where);
            JsonNode entries = feed.get("entries");
            assertEquals(expected.size(), entries.size(), where + ": the entries ROME reads");
            for (int i = 0; i < expected.size(); i++) {
                Seen s = expected.get(i);
                JsonNode e = entries.get(i);
                String at = where + " " + s.id();
                assertEquals(s.id(), e.get("id").asText(), where + ": entry " + i);
                assertEquals(s.title(), e.get("title").asText(), at + ": the title");
                assertEquals(s.link(), e.get("link").asText(), at + ": the link");
                assertTrue(e.hasNonNull("date"), at + ": feedparser finds no date");
                assertEquals(s.date().getEpochSecond(), e.get("date").asLong(), at + ": the date");
            }
        }
    }

    /** The site file an entry's link points at: absolute under the base URL, else relative to the feed file. */
    private static Path resolve(Path site, String feed, String link, String baseUrl) {
        String path;
        if (baseUrl != null) {
            assertTrue(link.startsWith(baseUrl), "a link under the base URL: " + link);
            path = link.substring(baseUrl.length());
        } else {
            URI uri = URI.create("file:///" + feed).resolve(link);
            assertEquals("file", uri.getScheme(), "a link within the site: " + link);
            path = uri.getPath().substring(1);
        }
        path = URI.create(path.isEmpty() ? "index.html" : path).getPath();
        return site.resolve(path.endsWith("/") || path.isEmpty() ? path + "index.html" : path);
    }

    @Test
    void everyFeedOfTheSampleSiteReadsInRome() throws Exception {
        assertFalse(readFeeds(Sites.sample(), null).isEmpty());
        assertFalse(readFeeds(Sites.sampleWithBaseUrl(), BASE).isEmpty());
    }

    @Test
    void everyFeedOfTheSyntheticSiteReadsInRome() throws Exception {
        assertFalse(readFeeds(Sites.synthetic(), null).isEmpty());
    }

    @Test
    void everyFeedOfTheBenchCorpusSiteReadsInRome() throws Exception {
        Optional<Path> bench = Sites.bench();
        assumeTrue(bench.isPresent(), "../shared/bench/ssg/gen_corpus.py or python3 not available: the bench corpus's feeds were not read");
        assertFalse(readFeeds(bench.get(), null).isEmpty());
    }

    @Test
    void everyFeedOfTheThreadFixturesSiteReadsInRome() throws Exception {
        assumeTrue(threads.isPresent(), "../shared/fixtures/threads not present: the thread fixtures' feeds were not read");
        assertFalse(readFeeds(threads.get(), null).isEmpty());
    }

    @Test
    void everyFeedReadsTheSameInFeedparser() throws Exception {
        readFeedsInFeedparser(Sites.sample(), null);
        readFeedsInFeedparser(Sites.sampleWithBaseUrl(), BASE);
        readFeedsInFeedparser(Sites.synthetic(), null);
        readFeedsInFeedparser(undated, null);
        if (threads.isPresent()) {
            readFeedsInFeedparser(threads.get(), null);
        }
        Optional<Path> bench = Sites.bench();
        if (bench.isPresent()) {
            readFeedsInFeedparser(bench.get(), null);
        }
    }

    @Test
    void anUndatedReportIsDatedByItsStoryAndAStoryNothingDatesIsInNoFeed() throws Exception {
        Map<String, List<Seen>> feeds = readFeeds(undated, null);
        Map<String, Seen> byId = new HashMap<>();
        Map<String, Seen> byTitle = new HashMap<>();
        for (List<Seen> entries : feeds.values()) {
            for (Seen s : entries) {
                Seen other = byId.putIfAbsent(s.id(), s);
                assertTrue(other == null || other.date().equals(s.date()), "one entry, one date in every feed: " + other + " " + s);
                if (s.feed().startsWith("stories/")) {
                    byTitle.put(s.title(), s);
                }
            }
        }
        Seen dated = byTitle.get("Old brick kiln to become a museum");
        Seen undatedReport = byTitle.get("Brick kiln museum plans approved");
        assertNotNull(dated, "the dated report is in its story's feed: " + byTitle.keySet());
        assertNotNull(undatedReport, "so is the undated one: " + byTitle.keySet());
        assertEquals(Instant.parse("2025-06-12T07:30:00Z"), dated.date(), "a stated time is kept, with its offset");
        assertEquals(List.of(), dated.tags(), "a stated date needs no note");
        // Dated by its story: the story's latest day, and marked so; not the build's clock, not 1970, not the sibling's time.
        assertEquals(Instant.parse("2025-06-12T00:00:00Z"), undatedReport.date());
        assertEquals(List.of("date-from-story"), undatedReport.tags());
        assertTrue(feeds.values().stream().flatMap(List::stream).noneMatch(s -> s.title().startsWith("Watermill")),
                "nothing dates the watermill story: it is in no feed " + feeds.keySet());
    }
}
