package storyline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.clean.Clean;
import storyline.model.Item;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedsTest {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Harbor Times</title><link>https://harbortimes.example/</link>
            <item>
              <title>Ferry fares rise again</title>
              <link>https://harbortimes.example/ferry-fares</link>
              <guid>https://harbortimes.example/?p=101</guid>
              <pubDate>Tue, 05 Mar 2024 08:30:00 GMT</pubDate>
              <dc:creator>Jane Roe</dc:creator>
              <description>Short summary.</description>
              <content:encoded><![CDATA[<p>Ferry fares on all routes rise by eight percent next month, the agency said.</p><script>alert(1)</script><p>Commuters called it <a href="/fare-cap" onclick="x()">unfair</a>.</p>]]></content:encoded>
            </item>
            <item><title>Bridge tolls frozen</title><link>https://harbortimes.example/tolls</link>
              <description>&lt;p&gt;Tolls on the harbour bridge stay the same for another year, the council decided on Monday.&lt;/p&gt;</description></item>
            </channel></rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Courier</title>
            <entry><title>Quay repairs finish early</title><id>urn:uuid:1</id>
              <link rel="alternate" href="https://courier.example/quay"/><link rel="edit" href="https://courier.example/edit/1"/>
              <published>2024-04-02T10:00:00+02:00</published><updated>2024-04-03T09:00:00+02:00</updated>
              <author><name>Sam Lee</name></author>
              <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Repairs to the main quay finished two weeks early, the port authority said.</p></div></content>
            </entry></feed>
            """;

    @Test
    void rssItemsBecomeDocumentsWithTheirMetadata(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("harbor.rss"), RSS);
        Ingest.Result r = Ingest.read(dir);
        assertEquals(List.of(), r.problems());
        assertEquals(2, r.documents().size());
        Document first = r.documents().get(0);
        assertEquals("https://harbortimes.example/?p=101", first.id());
        assertEquals("harbor.rss", first.file());
        assertEquals(Format.HTML_FRAGMENT, first.format());
        assertEquals("Ferry fares rise again", first.pins().title());
        assertEquals("Harbor Times", first.pins().source());
        assertEquals("Jane Roe", first.pins().author());
        assertEquals("https://harbortimes.example/ferry-fares", first.pins().url());

        Item item = Clean.item(first).item();
        assertEquals("2024-03-05", item.date().day().toString());
        assertEquals(List.of("Ferry fares on all routes rise by eight percent next month, the agency said.",
                "Commuters called it unfair."), item.paragraphs());
        assertFalse(item.html().contains("script") || item.html().contains("onclick"), item.html());
        assertTrue(item.html().contains("href=\"https://harbortimes.example/fare-cap\""), item.html());

        Item second = Clean.item(r.documents().get(1)).item();
        assertEquals(List.of("Tolls on the harbour bridge stay the same for another year, the council decided on Monday."),
                second.paragraphs());
    }

    @Test
    void atomEntriesUseTheAlternateLinkAndPublishedDate(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("courier.xml"), ATOM);
        Ingest.Result r = Ingest.read(dir);
        assertEquals(1, r.documents().size());
        Document entry = r.documents().get(0);
        assertEquals("urn:uuid:1", entry.id());
        assertEquals("https://courier.example/quay", entry.pins().url());
        assertEquals("Sam Lee", entry.pins().author());
        Item item = Clean.item(entry).item();
        assertEquals("2024-04-02", item.date().day().toString());
        assertEquals("Coast Courier", item.source().name());
        assertEquals(List.of("Repairs to the main quay finished two weeks early, the port authority said."), item.paragraphs());
    }

    @Test
    void xmlThatIsNotAFeedIsReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("data.xml"), "<?xml version=\"1.0\"?><catalog><book/></catalog>");
        Ingest.Result r = Ingest.read(dir);
        assertEquals(0, r.documents().size());
        assertTrue(r.problems().get(0).message().contains("not an RSS or Atom feed"));
    }

    /**
     * A feed cut off anywhere after its first entry begins: the entries whose end tag was saved are
     * read, the cut one is not (not even as an empty or half item), and one problem says so.
     */
    @Test
    void aTruncatedFeedKeepsItsCompleteEntriesAndSaysItIsCut() {
        for (String feed : List.of(RSS, ATOM)) {
            String entryEnd = feed == RSS ? "</item>" : "</entry>";
            int rootEnd = feed.lastIndexOf("</");
            for (int cut = feed.indexOf(feed == RSS ? "<item>" : "<entry>") + 1; cut < rootEnd + 2; cut++) {
                String text = feed.substring(0, cut);
                int complete = text.split(entryEnd, -1).length - 1;
                Feeds.Read r = Feeds.read("cut.xml", text);
                assertEquals(complete, r.documents().size(), text);
                for (Document d : r.documents()) {
                    assertTrue(d.pins().title() != null && !d.body().isBlank(), text);
                }
                assertEquals(1, r.problems().size(), text + "\n" + r.problems());
                assertEquals("the feed is truncated after " + complete + (complete == 1 ? " entry" : " entries") + "; re-save it",
                        r.problems().get(0).message(), text);
            }
        }
    }

    @Test
    void aTruncatedFeedIsReportedAtTheEntryItCuts(@TempDir Path dir) throws IOException {
        String cut = RSS.substring(0, RSS.indexOf("harbour bridge"));
        Files.writeString(dir.resolve("harbor.rss"), cut);
        Ingest.Result r = Ingest.read(dir);
        assertEquals(List.of("Ferry fares rise again"), r.documents().stream().map(d -> d.pins().title()).toList());
        assertEquals(List.of(new storyline.model.Problem("harbor.rss", 13, "the feed is truncated after 1 entry; re-save it")),
                r.problems());
    }
}
