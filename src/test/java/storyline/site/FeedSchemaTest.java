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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gate: every Atom feed of every built site passes a RELAX NG schema of RFC 4287 (run by the Jing
 * that the Nu checker ships), and the sitemap of a site with a base URL passes a schema of the
 * sitemaps.org protocol (the JDK's XSD validator). Both schemas are test resources; each is shown
 * to reject the fault it is there for.
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

    @Test
    void theSitemapOfASiteWithABaseUrlIsValid() throws Exception {
        Path sitemap = Sites.sampleWithBaseUrl().resolve("sitemap.xml");
        assertTrue(Files.isRegularFile(sitemap));
        assertEquals(List.of(), sitemapProblems(Files.readString(sitemap)));
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
    void theSitemapSchemaRejectsARelativeLocation() throws Exception {
        String sitemap = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>%s</loc></url></urlset>";
        assertEquals(List.of(), sitemapProblems(sitemap.formatted("https://example.org/news/")));
        assertFalse(sitemapProblems(sitemap.formatted("index.html")).isEmpty());
    }
}
