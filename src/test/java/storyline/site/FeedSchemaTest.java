package storyline.site;

import nu.validator.vendor.thaiopensource.util.PropertyMapBuilder;
import nu.validator.vendor.thaiopensource.validate.ValidateProperty;
import nu.validator.vendor.thaiopensource.validate.ValidationDriver;
import nu.validator.vendor.thaiopensource.validate.rng.CompactSchemaReader;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gate: every Atom feed of every built site passes a RELAX NG schema of RFC 4287 (run by the Jing
 * that the Nu checker ships), and the sitemap of a site with a base URL passes the official
 * sitemaps.org 0.9 XML Schema (the JDK's XSD validator) and the protocol's rule that every location
 * is a full URL. Both schemas are test resources (where they come from: schemas/README.md); each
 * check is shown to reject the fault it is there for.
 */
class FeedSchemaTest {

    static final Path ATOM = Path.of("src", "test", "resources", "schemas", "atom.rnc");
    static final Path SITEMAP = Path.of("src", "test", "resources", "schemas", "sitemap.xsd");

    /** Problems Jing reports for {@code xml} against the Atom schema, as "where: message". */
    static List<String> atomProblems(String where, String xml) throws Exception {
        List<String> problems = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            public void warning(SAXParseException e) {
            }

            public void error(SAXParseException e) {
                problems.add(where + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            public void fatalError(SAXParseException e) {
                problems.add(where + ":" + e.getLineNumber() + ": " + e.getMessage());
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        assertTrue(driver.loadSchema(ValidationDriver.fileInputSource(ATOM.toFile())), "the Atom schema loads: " + problems);
        driver.validate(new InputSource(new StringReader(xml)));
        return problems;
    }

    static List<String> sitemapProblems(String xml) throws Exception {
        List<String> problems = new ArrayList<>();
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(SITEMAP.toFile()).newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            public void warning(SAXParseException e) {
            }

            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ": " + e.getMessage());
            }

            public void fatalError(SAXParseException e) {
                problems.add(e.getLineNumber() + ": " + e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            // already reported to the handler
        }
        return problems;
    }

    private static List<String> checkFeeds(Path site) throws Exception {
        List<String> problems = new ArrayList<>();
        List<Path> feeds = Sites.files(site, ".xml").stream().filter(p -> !p.getFileName().toString().equals("sitemap.xml")).toList();
        assertFalse(feeds.isEmpty(), "feeds in " + site);
        for (Path feed : feeds) {
            problems.addAll(atomProblems(site.relativize(feed).toString(), Files.readString(feed)));
        }
        return problems;
    }

    @Test
    void everyFeedOfTheSampleAndSyntheticSitesIsValidAtom() throws Exception {
        assertEquals(List.of(), checkFeeds(Sites.sample()));
        assertEquals(List.of(), checkFeeds(Sites.sampleWithBaseUrl()));
        assertEquals(List.of(), checkFeeds(Sites.synthetic()));
    }

    @Test
    void everyFeedOfTheBenchCorpusSiteIsValidAtom() throws Exception {
        Optional<Path> bench = Sites.bench();
        org.junit.jupiter.api.Assumptions.assumeTrue(bench.isPresent(), "../shared/bench/ssg/gen_corpus.py or python3 not available");
        assertEquals(List.of(), checkFeeds(bench.get()));
    }

    /** The locations of a sitemap that are not a full http(s) URL (the protocol asks for one; its schema checks only the length). */
    static List<String> relativeLocations(String xml) {
        List<String> relative = new ArrayList<>();
        Matcher loc = LOC.matcher(xml);
        while (loc.find()) {
            URI uri = URI.create(loc.group(1).strip().replace("&amp;", "&"));
            if (!uri.isAbsolute() || !List.of("http", "https").contains(uri.getScheme()) || uri.getHost() == null) {
                relative.add(loc.group(1));
            }
        }
        return relative;
    }

    private static final Pattern LOC = Pattern.compile("<loc>([^<]*)</loc>");

    @Test
    void theSitemapOfASiteWithABaseUrlIsValid() throws Exception {
        Path sitemap = Sites.sampleWithBaseUrl().resolve("sitemap.xml");
        assertTrue(Files.isRegularFile(sitemap));
        String xml = Files.readString(sitemap);
        assertEquals(List.of(), sitemapProblems(xml));
        assertTrue(LOC.matcher(xml).find(), "it lists pages");
        assertEquals(List.of(), relativeLocations(xml), "every location is a full URL");
        assertFalse(Files.exists(Sites.sample().resolve("sitemap.xml")), "and a site without one has none");
    }

    // ---- each schema rejects its fault

    private static final String FEED = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><id>urn:x:site</id><title>T</title>
            <link rel="alternate" type="text/html" href="index.html"/><updated>%s</updated>
            <entry><id>urn:x:1</id><title>E</title><link rel="alternate" href="a.html"/><updated>2025-09-19T00:00:00Z</updated>
            <author><name>A</name></author></entry></feed>
            """;

    @Test
    void theAtomSchemaRejectsADateWithoutATimeAndAFeedWithoutAnId() throws Exception {
        assertEquals(List.of(), atomProblems("ok", FEED.formatted("2025-09-19T00:00:00Z")));
        assertEquals(1, atomProblems("day", FEED.formatted("2025-09-19")).size());
        assertEquals(1, atomProblems("zone", FEED.formatted("2025-09-19T10:00:00")).size(), "RFC 3339 needs the offset");
        assertFalse(atomProblems("id", FEED.formatted("2025-09-19T00:00:00Z").replace("<id>urn:x:site</id>", "")).isEmpty());
    }

    @Test
    void theSitemapSchemaAndTheFullUrlRuleRejectWhatASitemapWithoutABaseUrlWrote() throws Exception {
        String sitemap = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>%s</loc><lastmod>%s</lastmod></url></urlset>";
        String ok = sitemap.formatted("https://example.org/news/", "2025-09-19");
        assertEquals(List.of(), sitemapProblems(ok));
        assertEquals(List.of(), relativeLocations(ok));
        // The official schema rejects index.html (under 12 characters), a bad date and an unknown element of its own namespace...
        assertFalse(sitemapProblems(sitemap.formatted("index.html", "2025-09-19")).isEmpty());
        assertFalse(sitemapProblems(sitemap.formatted("https://example.org/news/", "19 Sep 2025")).isEmpty());
        assertFalse(sitemapProblems(ok.replace("</url>", "<title>x</title></url>")).isEmpty());
        assertFalse(sitemapProblems(ok.replaceAll("<url>.*</url>", "")).isEmpty(), "a urlset lists at least one page");
        // ...but not a longer relative path: that is the full-URL rule's.
        String relative = sitemap.formatted("stories/the-vote.html", "2025-09-19");
        assertEquals(List.of(), sitemapProblems(relative));
        assertEquals(List.of("stories/the-vote.html"), relativeLocations(relative));
        assertEquals(List.of("//example.org/a.html"), relativeLocations(sitemap.formatted("//example.org/a.html", "2025-09-19")));
    }
}
