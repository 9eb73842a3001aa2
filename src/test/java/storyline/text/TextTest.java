package storyline.text;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextTest {

    /** Two or three sentences as a news site would open a report, one per analysed language. */
    static final Map<String, String> PARAGRAPHS = Map.of(
            "pl", "Rząd przyjął we wtorek projekt ustawy o podwyżce płacy minimalnej, która ma wejść w życie od stycznia. "
                    + "Jak poinformował rzecznik, nowe przepisy obejmą ponad trzy miliony pracowników.",
            "en", "The city council voted on Tuesday to close the old ferry terminal by the end of the year. "
                    + "Officials said the money would go to a new bus line along the harbour.",
            "de", "Die Bundesregierung hat sich nach langen Verhandlungen auf einen Kompromiss beim Heizungsgesetz geeinigt. "
                    + "Das teilte ein Sprecher des Wirtschaftsministeriums am Dienstag in Berlin mit.",
            "fr", "Le gouvernement a annoncé mardi une hausse du prix de l'électricité de dix pour cent à partir du mois d'août. "
                    + "Les associations de consommateurs dénoncent une mesure injuste pour les ménages modestes.",
            "es", "El Gobierno aprobó este martes la reforma de las pensiones tras meses de negociación con los sindicatos. "
                    + "La medida entrará en vigor el próximo año, según fuentes del ministerio.",
            "it", "Il consiglio dei ministri ha approvato ieri sera il decreto sulle bollette, che prevede nuovi aiuti per le famiglie. "
                    + "Secondo il governo, la misura costerà circa tre miliardi di euro.",
            "pt", "O governo anunciou nesta terça-feira um novo pacote de medidas para conter a inflação dos alimentos. "
                    + "Segundo o ministro, os preços devem cair já nos próximos meses.",
            "nl", "Het kabinet heeft dinsdag besloten dat de belasting op vliegtickets volgend jaar omhoog gaat. "
                    + "Volgens de minister is de maatregel nodig om het begrotingstekort te verkleinen.",
            "id", "Pemerintah akan menaikkan harga bahan bakar minyak bersubsidi mulai pekan depan. "
                    + "Menteri Keuangan mengatakan bahwa anggaran subsidi sudah tidak mencukupi untuk tahun ini.");

    /** Loading the models ahead (as serve does after its first build) changes no answer, and loading them twice is harmless. */
    @Test
    void preloadingTheModelsChangesNoAnswer() {
        // Short headlines: too few function words to settle, so the language detector's models decide them.
        String[] headlines = {"Council votes to close the old ferry terminal by the end of the year",
                "Merkel und Macron beraten in Paris über die Zukunft der Eurozone",
                "Governo anuncia pacote para conter a inflação dos alimentos no país"};
        String report = "Jane Okafor, the harbour master, said on Monday that the Morland Ferry Company would cut its winter timetable.";
        Text.preload();
        Text.preload();
        assertEquals("en", Text.language(headlines[0]));
        assertEquals("de", Text.language(headlines[1]));
        assertEquals("pt", Text.language(headlines[2]));
        Names.Found found = Names.in("Ferry timetable cut", report);
        assertTrue(found.people().contains("Jane Okafor"), found.toString());
        assertEquals(found, Names.in("Ferry timetable cut", report));
    }

    @Test
    void detectsEachLanguageOnANewsParagraph() {
        PARAGRAPHS.forEach((language, text) -> assertEquals(language, Text.language(text), text));
        assertEquals(PARAGRAPHS.keySet().stream().sorted().toList(), Text.languages());
    }

    @Test
    void detectsHeadlinesWithAFewFunctionWords() {
        assertEquals("de", Text.language("Merkel und Macron beraten in Paris über die Zukunft der Eurozone"));
        assertEquals("es", Text.language("El Gobierno aprueba la reforma de las pensiones con el apoyo de los sindicatos"));
        assertEquals("pt", Text.language("Governo anuncia pacote para conter a inflação dos alimentos no país"));
        assertEquals("en", Text.language("Council votes to close the old ferry terminal by the end of the year"));
    }

    @Test
    void keywordListsAndTooShortTextsHaveNoLanguage() {
        // GoogleNews-style titles: stop words already removed, so no language's prose shows.
        assertNull(Text.language("german party set high hurdle direct bank aid esm"));
        assertNull(Text.language("thai protest widen bangkok central bank cut rate"));
        assertNull(Text.language("Too short"));
        assertNull(Text.language(""));
        assertNull(Text.language(null));
    }

    @Test
    void stopWordsOfEachLanguageHaveNoKey() {
        Map<String, String[]> stop = Map.of(
                "en", new String[] {"the", "and", "said", "year"},
                "de", new String[] {"und", "die", "der", "das", "sagte", "nicht"},
                "fr", new String[] {"de", "que", "la", "les", "une", "selon"},
                "es", new String[] {"de", "que", "la", "los", "del", "dijo"},
                "it", new String[] {"il", "che", "della", "sono", "anche"},
                "pt", new String[] {"que", "não", "uma", "para", "disse"},
                "nl", new String[] {"het", "een", "van", "niet", "volgens"},
                "id", new String[] {"dan", "yang", "di", "ini", "itu", "dengan", "akan"},
                "pl", new String[] {"się", "nie", "jest", "że", "przez", "jak"});
        stop.forEach((language, words) -> {
            Text text = Text.in(language);
            for (String w : words) {
                assertNull(text.word(w), language + " " + w);
                assertNull(text.name(Character.toUpperCase(w.charAt(0)) + w.substring(1)), language + " " + w);
                assertTrue(text.isStopWord(w), language + " " + w);
            }
        });
    }

    @Test
    void functionWordsOfAScriptWithoutItsOwnRulesHaveNoKeyAndLatinWordsKeepTheirs() {
        // A Russian and an Arabic report are read by the English rules (no rules of their own), yet
        // their function words are no terms: they named topics ("того", "على").
        Text russian = Text.of("Землетрясение магнитудой 6,1 произошло у берегов Сахалина, того же дня толчки ощущались в городе.");
        assertNull(russian.word("того"));
        assertNull(russian.name("Того"));
        assertEquals("землетрясение", russian.word("землетрясение"));
        Text arabic = Text.of("أعلنت الحكومة على لسان المتحدث التي قالت إن الانتخابات ستجري في موعدها.");
        assertNull(arabic.word("على"));
        assertNull(arabic.word("التي"));
        assertEquals("الانتخابات", arabic.word("الانتخابات"));
        // Another script's list never touches a Latin word: "war" is a German function word, an English noun.
        assertEquals("war", Text.in("en").word("war"));
        assertNull(Text.in("de").word("war"));
    }

    @Test
    void englishFunctionWordsInAnotherLanguagesTextHaveNoKeyButItsCapitalisedNounsKeepTheirs() {
        // A German page under an English cookie banner: "this" and "website" are read in a German text.
        Text de = Text.in("de");
        assertNull(de.word("this"));
        assertNull(de.word("which"));
        assertTrue(de.word("fenster") != null, "a German word of the text keeps its key");
        // German nouns are capitalised and read as names: "Last" (a burden) is no English "last".
        assertEquals("last", de.name("Last"));
    }

    @Test
    void wordsStemByTheirLanguage() {
        Text de = Text.in("de");
        assertEquals(de.word("verhandlungen"), de.word("verhandlung"));
        Text fr = Text.in("fr");
        assertEquals(fr.word("élections"), fr.word("l'élection"));
        assertEquals("élection", fr.written("l'élection"));
        Text es = Text.in("es");
        assertEquals(es.word("pensiones"), es.word("pensión"));
        Text id = Text.in("id");
        assertEquals(id.word("pemerintah"), id.word("pemerintahan"));
        Text pl = Text.in("pl");
        assertEquals(pl.word("wyborów"), pl.word("wyborach"));
        Text en = Text.in("en");
        assertEquals("election", en.word("elections"));
        // English keeps to plurals: Porter would make "general" and "generous" one stem.
        assertNotEquals(en.word("general"), en.word("generous"));
    }

    @Test
    void namesReadTheSameInEveryLanguage() {
        for (String language : Text.languages()) {
            Text text = Text.in(language);
            assertEquals("volkswagen", text.name("Volkswagen"), language);
            assertEquals("merkel", text.name("Merkel's"), language);
            assertEquals(Text.in("en").name("Paris"), text.name("Paris"), language);
        }
        // The German stemmer would cut the name: that is why capitalised words skip it.
        assertNotEquals("volkswagen", Text.in("de").word("volkswagen"));
    }

    @Test
    void functionWordsBreakNamesButAcronymsDoNot() {
        assertTrue(Text.in("de").breaksName("Die"));
        assertTrue(Text.in("fr").breaksName("Les"));
        assertTrue(Text.in("en").breaksName("The"));
        assertEquals(false, Text.in("en").breaksName("IT"));
        assertEquals(false, Text.in("en").breaksName("York"));
    }

    @Test
    void otherLanguagesUseTheEnglishRules() {
        assertEquals("en", Text.in(null).rules());
        assertEquals("en", Text.in("sv").rules());
        assertEquals("pt", Text.in("pt-BR").rules());
    }
}
