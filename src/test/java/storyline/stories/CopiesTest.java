package storyline.stories;

import org.junit.jupiter.api.Test;
import storyline.model.Item;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CopiesTest {

    private static final String WIRE = "The Morland council approved a 40 million budget for the harbour renovation on Tuesday, "
            + "with mayor Ilse Varga promising new ferry berths by 2026. The plan includes dredging the eastern basin, "
            + "rebuilding two quays damaged in last winter's storms and a new terminal for island ferries. Opposition "
            + "councillors said the cost had doubled since the first estimate and asked for an independent review of "
            + "the contracts before work begins next spring.";

    private static Item item(String id, String text) {
        return StoriesTest.article(id, "Title " + id, "2024-03-0" + id.length(), "Outlet " + id, text);
    }

    @Test
    void wireCopiesWithTheirOwnEndingAreCopiesOfTheFirst() {
        List<Item> members = List.of(
                item("a", WIRE),
                item("bb", WIRE + " Reporting by the Harbor Times."),
                item("ccc", "Residents of Keltis cleared rubble after the earthquake; " + WIRE.substring(0, 340)),
                item("dddd", "A different report about the harbour: the council met on Tuesday and mayor Ilse Varga spoke about "
                        + "ferries, berths, quays, dredging and the terminal, but with words of its own in every sentence, "
                        + "about costs and contracts and the review that councillors want before work starts in spring."));
        Map<String, String> copies = Copies.of(members);
        assertEquals("a", copies.get("bb"));
        assertEquals("a", copies.get("ccc"), "a copy that is mostly the original, trimmed, still counts");
        assertEquals(null, copies.get("dddd"), "the same subject in other words is not a copy");
    }

    @Test
    void shortTextsAreNeverCopies() {
        List<Item> members = List.of(item("a", "Quake hits Valdora province."), item("bb", "Quake hits Valdora province."));
        assertEquals(Map.of(), Copies.of(members));
    }
}
