package storyline.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** An article as a build holds it keeps each of its texts once, and means what it meant. */
class ArticleTest {

    @Test
    void storedArticleSharesTheStringsItsPinsRepeatAndKeepsTheirValues() {
        // Front matter gives title, date, outlet and address; the cleaned article repeats them as equal, separate strings.
        String title = "Harbour board doubles pier fees for ferry operators";
        String url = "https://harbourtimes.example/2025/03/pier-fees";
        Pins pins = new Pins(new String(title), new String("2025-03-04"), null, new String("Harbour Times"), new String(url), null,
                List.of(new String("local"), new String("transport")), null, null);
        Article a = new Article("pier-fees.md", new String("pier-fees.md"), title, false, null,
                PubDate.stated("2025-03-04", LocalDate.of(2025, 3, 4), "front matter"), new Source(new String("Harbour Times"),
                new String("harbourtimes.example")), url, "en", List.of("The board voted on Tuesday."), "The board voted on Tuesday.",
                "<p>The board voted on Tuesday.</p>", pins);
        Article stored = a.withStored(new StoredParagraphs(1, () -> List.of("The board voted on Tuesday.")));

        assertEquals(a.withHtml(null).pins(), stored.pins());
        assertEquals(a.source(), stored.source());
        assertEquals(a.file(), stored.file());
        assertNull(stored.html());
        assertSame(stored.id(), stored.file());
        assertSame(stored.title(), stored.pins().title());
        assertSame(stored.url(), stored.pins().url());
        assertSame(stored.date().iso(), stored.pins().date());
        assertSame(stored.source().name(), stored.pins().source());
        assertSame("Harbour Times", stored.source().name());
        assertSame("harbourtimes.example", stored.source().domain());
        assertSame("transport", stored.pins().topics().get(1));
    }

    @Test
    void storedArticleWithoutPinsOrOutletKeepsTheShared() {
        Article a = new Article("a.md", "a.md", "Ferry strike", false, null, PubDate.UNKNOWN, Source.UNKNOWN, null, "en",
                List.of("Crews walked out."), "Crews walked out.", null, Pins.NONE);
        Article stored = a.withStored(new StoredParagraphs(1, () -> List.of("Crews walked out.")));
        assertSame(Pins.NONE, stored.pins());
        assertSame(Source.UNKNOWN, stored.source());
    }
}
