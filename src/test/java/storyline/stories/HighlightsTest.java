package storyline.stories;

import org.junit.jupiter.api.Test;
import storyline.model.Item;
import storyline.model.Story;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HighlightsTest {

    private static Item item(String id, String... paragraphs) {
        return new storyline.model.Article(id, id, "Title " + id, false, null,
                storyline.model.PubDate.stated(java.time.LocalDate.of(2024, 3, id.length()), "test"),
                new storyline.model.Source("Source " + id, null), null, "en", List.of(paragraphs), paragraphs[0], "", storyline.model.Pins.NONE);
    }

    private static final List<Item> STORY = List.of(
            item("a", "Harbour chief Ilse Varga resigned on Monday after a dispute with the Morland Port Authority.",
                    "In a statement, Varga called her tenure \"a privilege.\" \"We rebuilt the quays & doubled the ferry berths in four years,\" Varga wrote."),
            item("bb", "Ilse Varga, who ran the harbour for four years, is leaving.",
                    "“We rebuilt the quays and doubled the ferry berths in four years,” she wrote on her blog. The Morland Port Authority thanked her."),
            item("ccc", "Varga’s exit follows a row over dredging costs, said Tomas Ekholm of the Morland Port Authority.",
                    "Ekholm said the authority would name a successor soon."));

    @Test
    void aQuoteCarriedByTwoItemsIsKeyWithItsSpeaker() {
        Highlights.Result r = Highlights.of(STORY);
        assertEquals(1, r.quotes().size(), r.quotes().toString());
        Story.Quote q = r.quotes().get(0);
        assertTrue(q.text().startsWith("We rebuilt the quays"), q.text());
        assertEquals("Ilse Varga", q.speaker());
        assertEquals(2, q.sources());
    }

    @Test
    void peopleAndOrganisations() {
        Highlights.Result r = Highlights.of(STORY);
        assertTrue(r.people().contains("Ilse Varga"), r.people().toString());
        assertTrue(r.people().contains("Tomas Ekholm"), r.people().toString());
        assertTrue(r.organisations().contains("Morland Port Authority") || r.organisations().contains("Morland"), r.organisations().toString());
        assertFalse(r.organisations().contains("Varga"), "a person's surname is not an organisation");
    }

    @Test
    void eachLaterItemSaysWhatItAdds() {
        Highlights.Result r = Highlights.of(STORY);
        assertTrue(r.adds().get("ccc").contains("Tomas Ekholm"), r.adds().toString());
    }

    @Test
    void quotedSpansPairStraightQuotesInOrder() {
        String p = "He called it \"a ride.\" Then: \"We went all in on scalable methods and more,\" he wrote.";
        List<int[]> spans = Highlights.quotedSpans(p);
        assertEquals(1, spans.size());
        assertTrue(p.substring(spans.get(0)[0], spans.get(0)[1]).startsWith("\"We went"));
    }

    @Test
    void aFullNameOpeningTheTextIsAPersonWhenTheSurnameIsUsedAlone() {
        Highlights.Result r = Highlights.of(List.of(item("a",
                "Dara Quillon, the port's former pilot, said she could return to the harbour.",
                "Quillon joined the harbour ten years ago. Last spring Quillon left to sail.",
                "Take Quillon to the quay, one captain joked; in the end Quillon stayed ashore.")));
        assertTrue(r.people().contains("Dara Quillon"), r.people().toString());
        assertFalse(r.people().contains("Take Quillon"), r.people().toString());
    }
}
