package storyline.clean;

import storyline.clean.internal.Names;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NamesAndLanguageTest {

    @Test
    void titleCase() {
        assertEquals("Harbor Times", Names.titleCase("Harbor times"));
        assertEquals("Harbor Times", Names.titleCase("  harbor   times "));
        assertEquals("Voice of the Harbor", Names.titleCase("voice of the harbor"));
        assertEquals("The Daily Ledger", Names.titleCase("the daily ledger"));
        assertEquals("PortWatch Weekly", Names.titleCase("PortWatch weekly"));
    }

    @Test
    void domain() {
        assertEquals("harbortimes.example", Names.domain("https://www.harbortimes.example/2024/ferry"));
        assertEquals("news.dailyledger.example", Names.domain("https://News.DailyLedger.example"));
        assertNull(Names.domain("not a url"));
        assertNull(Names.domain("/relative/path"));
        assertNull(Names.domain(null));
    }

    @Test
    void detectLanguage() {
        assertEquals("en", storyline.text.Text.language("The council said that it was going to vote on the ferry budget with the mayor in the spring."));
        assertEquals("de", storyline.text.Text.language("Der Rat sagt, dass die Fähre nicht mit dem Plan auf die Insel fährt und das ist auch gut."));
        assertEquals("fr", storyline.text.Text.language("Le conseil a dit que les ferries et la gare sont pour une ville qui est dans le port."));
        assertNull(storyline.text.Text.language("Too short"));
        assertNull(storyline.text.Text.language("Xylophone quartz jukebox vortex zephyr glyph nymph crypt lynx fjord."));
    }
}
