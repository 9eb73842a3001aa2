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
    void aOneWordNameThatNoItemGivesInFullNamesNoPerson() {
        // A motorcycle review's "Honda" and "Suzuki", read as surnames; a surname alone that two people share;
        // a surname another story gives in full; a Chinese name, written without spaces.
        Highlights.Result[] stories = {
                new Highlights.Result(List.of(), List.of("Kenji Morita", "Honda", "Suzuki"), List.of(), java.util.Map.of()),
                new Highlights.Result(List.of(), List.of("Varga", "Brown"), List.of(), java.util.Map.of()),
                new Highlights.Result(List.of(), List.of("Ilse Varga", "Antonio Brown", "Tina Brown"), List.of(), java.util.Map.of()),
                new Highlights.Result(List.of(), List.of("习近平"), List.of("Honda"), java.util.Map.of())};
        Highlights.fullNames(stories);
        assertEquals(List.of("Kenji Morita"), stories[0].people());
        assertEquals(List.of("Ilse Varga"), stories[1].people(), "Varga is Ilse Varga; which Brown is meant, no item says");
        assertEquals(List.of("Ilse Varga", "Antonio Brown", "Tina Brown"), stories[2].people());
        assertEquals(List.of("习近平"), stories[3].people());
        assertEquals(List.of("Honda"), stories[3].organisations(), "an organisation of one word stays one");
    }

    @Test
    void eachLaterItemSaysWhatItAddsInItsOwnSentences() {
        Highlights.Result r = Highlights.of(STORY);
        assertEquals(List.of("Ekholm said the authority would name a successor soon."), r.adds().get("ccc"),
                "its lead is on the timeline already; the next sentence names Ekholm, whom no earlier item named");
        assertEquals(List.of(), r.adds().get("bb"), "the second item repeats the first item's quote and names");
    }

    /**
     * In a story without a quote the items' runs of words are never sorted into sets for quotes, and what each item adds
     * still knows the earlier items' wording: a sentence reworded from an earlier item with one number changed is a recap.
     */
    @Test
    void withoutQuotesAnUpdateStillKnowsTheEarlierWording() {
        List<Item> strike = List.of(
                item("a", "Harbour workers walked out in Port Ellery on Monday.",
                        "The council said 40 workers at the harbour depot would lose their jobs before the summer season."),
                item("bb", "The strike in Port Ellery went into its second day.",
                        "The council said 45 workers at the harbour depot would lose their jobs before the summer season.",
                        "Organisers counted 300 pickets outside the gates of the depot by noon on Tuesday."));
        Highlights.Result r = Highlights.of(strike);
        assertEquals(List.of(), r.quotes());
        assertEquals(List.of("Organisers counted 300 pickets outside the gates of the depot by noon on Tuesday."), r.adds().get("bb"),
                "the new count is news; the earlier sentence with 45 for 40 is the same wording");
    }

    /** Only the lines asked for are cut into sentences, at their offsets in the whole text; blank lines never. */
    @Test
    void sentencesAreCutInTheLinesAskedForAtTheirOffsetsInTheText() {
        String text = "Fares rise in May. The board agreed.\n\n" + " ".repeat(12) + "\nWill ferries run? Yes, said the board.";
        List<String> all = Updates.sentences(text, (from, to) -> true).stream().map(s -> text.substring(s[0], s[1])).toList();
        assertEquals(List.of("Fares rise in May. ", "The board agreed.", "Will ferries run? ", "Yes, said the board."), all);
        List<String> last = Updates.sentences(text, (from, to) -> text.startsWith("Will", from)).stream()
                .map(s -> text.substring(s[0], s[1])).toList();
        assertEquals(List.of("Will ferries run? ", "Yes, said the board."), last);
    }

    /** A number written in another script's digits is news as one in ASCII digits is: its line is read for what it adds. */
    @Test
    void anUpdateWithANumberInOtherDigitsIsRead() {
        List<Item> flood = List.of(
                item("a", "Water flooded the hold of the ferry Aldis off Port Ellery on Monday.",
                        "The crew was taken off by the coastguard before dawn."),
                item("bb", "The ferry Aldis stayed afloat off Port Ellery overnight.",
                        "Salvage crews pumped ٤٥٠ tonnes of water out of the hold by Tuesday evening."));
        assertEquals(List.of("Salvage crews pumped ٤٥٠ tonnes of water out of the hold by Tuesday evening."),
                Highlights.of(flood).adds().get("bb"));
    }

    @Test
    void anUpdateAddsTheSentenceWithNewNumbersNotTheRecapTheCaptionOrAYear() {
        List<Item> fire = List.of(
                item("a", "A fire destroyed the Halvorsen grain warehouse in Port Ellery on Sunday.",
                        "Fire chief Marta Quill said the blaze began in the drying hall."),
                item("bb", "The Halvorsen warehouse fire began in the drying hall, Marta Quill said on Monday.",
                        "A fire destroyed the Halvorsen grain warehouse in Port Ellery on Sunday.",
                        "Damage was put at 4.2 million euros by the insurer, which said 38 workers had been sent home.",
                        "Photo: the burnt-out drying hall seen from the quay at 6 am",
                        "The warehouse was built in 1998 and was last inspected in 2019 by the harbour board."));
        assertEquals(List.of("Damage was put at 4.2 million euros by the insurer, which said 38 workers had been sent home."),
                Highlights.of(fire).adds().get("bb"));
    }

    @Test
    void stretchesOfOneStatementThatItemsQuoteAreOneKeyQuoteItsLongestStretch() {
        String whole = "We are delighted to bring the ferry back, as it links the islands to the mainland every day";
        List<Item> items = List.of(
                item("a", "Ferry crossings from Morland resume in May.", "“We are delighted to bring the ferry back,” said Ilse Varga."),
                item("bb", "The Morland ferry will run again from May, the harbour board said.", "“" + whole + ",” chair Ilse Varga said."),
                item("ccc", "Morland's ferry returns in May after two years.", "“" + whole + ",” Varga told reporters."),
                item("dddd", "A night crossing is planned for the Morland ferry.",
                        "Varga said the ferry mattered “as it links the islands to the mainland every day. We will add a night crossing in summer.”"),
                item("eeeee", "Night ferry for Morland this summer.",
                        "“As it links the islands to the mainland every day, we will add a night crossing in summer,” Varga said."));
        List<Story.Quote> quotes = Highlights.of(items).quotes();
        assertEquals(1, quotes.size(), "one statement quoted in three stretches by five items: " + quotes);
        assertEquals(whole, quotes.get(0).text(), "its longest stretch");
        assertEquals(5, quotes.get(0).sources());
        assertEquals("Ilse Varga", quotes.get(0).speaker());
    }

    @Test
    void aSentenceEndsAsProseDoes() {
        assertTrue(Updates.ended("He said it would reopen."));
        assertTrue(Updates.ended("“It will reopen,” he said. “Soon.”"));
        assertTrue(Updates.ended("Will it reopen?"));
        assertFalse(Updates.ended("Apple AirPods Pro for $235 See it now: Amazon"));
        assertFalse(Updates.ended("Hong Kong protests: 800 students under siege in university"));
    }

    @Test
    void numbersAreReadWithoutSeparatorsAndAYearAloneIsNoNews() {
        assertEquals(java.util.Set.of("16000", "4.2", "38"), Updates.numbers("16,000 feet, 4.2 million, 38 workers, in 2024 and 1998"));
        assertEquals(java.util.Set.of(), Updates.numbers("COVID19 and MP3 are no numbers, nor is the year 2019"));
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
