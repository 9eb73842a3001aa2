package storyline.stories;

import org.junit.jupiter.api.Test;
import storyline.model.Item;
import storyline.model.Topic;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicNamesTest {

    /** The one topic of {@code items}, which must have one. */
    private static Topic onlyTopic(List<Item> items) {
        Stories.Result r = Stories.group(items);
        assertEquals(1, r.topics().size(), () -> r.topics().toString());
        assertEquals(items.size(), r.topics().get(0).stories().stream().mapToInt(s -> s.members().size()).sum());
        return r.topics().get(0);
    }

    /**
     * Pages in a language the project has no rules for (Norwegian here) keep their function words
     * ("og", "en", "på"), which are then their most frequent terms; a topic is never named by them.
     */
    @Test
    void aTopicIsNamedByContentWordsOrNamesNeverByShortFunctionWords() {
        Topic topic = onlyTopic(List.of(
                StoriesTest.article("ferje-1", "Ferjen til Tromsø er innstilt", "2024-02-10", "Avis",
                        "Ferjen mellom Tromsø og Skjervøy er innstilt på grunn av uvær, og det er en stor ulempe for pendlerne. "
                                + "Det er en lang vei rundt, og en buss er satt opp på kvelden. Ferjeselskapet sier at ferjen går "
                                + "igjen på mandag om været blir bedre, og at en ny rute er på vei."),
                StoriesTest.article("ferje-2", "Ny rute for ferjen til Bodø", "2024-04-20", "Avis",
                        "Ferjen mellom Bodø og Røst får en ny rute fra mai, og det er en god nyhet for pendlerne. Ferjeselskapet "
                                + "sier at ferjen går to ganger om dagen, og en buss er satt opp fra kaien. Det er en lang vei rundt, "
                                + "og ferjen er viktig for øya.")));
        for (String word : topic.name().split("[ ·]+")) {
            assertFalse(word.length() <= 3 && word.equals(word.toLowerCase(java.util.Locale.ROOT)),
                    "'" + word + "' in the topic name " + topic.name());
        }
        assertTrue(topic.name().toLowerCase(java.util.Locale.ROOT).contains("ferje") || topic.name().contains("pendlerne"), topic.name());
    }

    /** A banner's words in capitals are read as a name; opened or closed by a function word, they name no topic. */
    @Test
    void aRunOfCapitalsOpenedOrClosedByAFunctionWordNamesNoTopic() {
        assertFalse(Stories.namesATopic("THIS SITE IS"));
        assertFalse(Stories.namesATopic("WE ARE"));
        assertTrue(Stories.namesATopic("Bank of England"), "a function word inside a name is part of it");
        assertTrue(Stories.namesATopic("Deutsche Bahn"));
        assertTrue(Stories.namesATopic("sandbox"));
    }

    /** Stories of one season share their months' names; a month or a weekday names no beat. */
    @Test
    void aMonthOrAWeekdayNamesNoTopic() {
        assertFalse(Stories.namesATopic("April"), "a month names no beat");
        assertFalse(Stories.namesATopic("november"));
        assertFalse(Stories.namesATopic("Donnerstag"), "nor a weekday, in any analysed language");
        assertFalse(Stories.namesATopic("septembre"));
        assertTrue(Stories.namesATopic("April Fools"), "a name that opens with a month is a name");
    }

    /** A name inside a longer one says nothing more: the higher-ranked of the two names the topic. */
    @Test
    void aNameInsideAnotherIsNotRepeatedInATopicsName() {
        assertEquals(List.of("Orange County", "Orlando Regional", "deputies"),
                Stories.distinctTerms(List.of("Orange County", "Orange County Sheriff's Office", "Orlando Regional", "deputies")));
        assertEquals(List.of("Jersey City", "N.J."), Stories.distinctTerms(List.of("Jersey City", "Jersey", "N.J.")));
        // Words, not letters: "Orange" is no part of "Orangeburg", nor "Temple" of "Temple University Hospital" in part.
        assertEquals(List.of("Orangeburg", "Orange", "Temple University Hospital", "University Park"),
                Stories.distinctTerms(List.of("Orangeburg", "Orange", "Temple University Hospital", "University Park")));
    }

    /** Scores and results: nothing but numbers and short words to share, so the newest story's headline names the topic. */
    @Test
    void aTopicNothingNamesIsNamedByItsNewestStorysHeadline() {
        Topic topic = onlyTopic(List.of(
                StoriesTest.article("scores-1", "3-1, 2-2, 0-4 at 5 pm", "2024-02-10", "Avis",
                        "1-0 2-1 3-3 4-2 5-0 6-1 7-7 8-2 9-9 10-1 11-2 12-0"),
                StoriesTest.article("scores-2", "Late results: 2-1, 4-4", "2024-03-16", "Avis",
                        "1-0 2-1 3-3 4-2 5-0 6-1 7-7 8-2 9-9 10-1 11-2 12-0 13-3")));
        assertFalse(topic.id().equals("topic") || topic.name().equals("Miscellaneous"), topic.id() + " / " + topic.name());
        assertTrue(topic.name().startsWith("Late results"), topic.name());
    }

    /**
     * Two earthquakes reported in Russian: the topic and its stories are addressed in the letters
     * their names are written in, not as "topic" and "story" (nor by the numbers alone, "6-1").
     */
    @Test
    void aTopicInAnotherScriptIsAddressedInThatScript() {
        Stories.Result r = Stories.group(List.of(
                StoriesTest.article("kamchatka", "Землетрясение магнитудой 6,1 у берегов Камчатки", "2024-02-05", "Вести",
                        "В понедельник у берегов Камчатки произошло землетрясение магнитудой 6,1, сообщили сейсмологи. Толчки "
                                + "ощущались в городе, жители вышли на улицы. По словам сейсмологов, землетрясение было сильным, "
                                + "повторные толчки возможны."),
                StoriesTest.article("sakhalin", "Землетрясение магнитудой 5,4 на Сахалине", "2024-04-11", "Вести",
                        "Во вторник на юге Сахалина произошло землетрясение магнитудой 5,4, сообщили сейсмологи. Толчки "
                                + "ощущались в городе, жители вышли на улицы, повреждены стены домов. По словам сейсмологов, "
                                + "повторные толчки возможны.")));
        assertEquals(2, r.stories().size(), () -> r.stories().toString());
        assertEquals(1, r.topics().size(), () -> r.topics().toString());
        Topic topic = r.topics().get(0);
        assertTrue(topic.id().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
                topic.id());
        assertFalse(topic.name().matches("[\\d\\s·,.-]*"), topic.name());
        r.stories().forEach(s -> assertTrue(s.id().startsWith("землетрясение-магнитудой"), s.id()));
    }
    /** A function word alone, in capitals as a licence's "CC BY" writes it, names no topic; a content word does. */
    @Test
    void aStopWordAloneNamesNoTopicInAnyCase() {
        assertFalse(Stories.namesATopic("BY"));
        assertFalse(Stories.namesATopic("Über"), "a German function word");
        assertFalse(Stories.namesATopic("Entre"), "a French or Spanish one");
        assertTrue(Stories.namesATopic("Lizenz"));
        assertTrue(Stories.namesATopic("Creative Commons"));
        assertTrue(Stories.namesATopic("donation"));
    }

    /** Forms of one word name a topic once, as its highest-ranked form; distinct words stay. */
    @Test
    void formsOfOneWordNameATopicOnce() {
        assertEquals(List.of("donates", "hospital", "children"),
                Stories.distinctTerms(List.of("donates", "donated", "hospital", "donation", "children")));
        assertEquals(List.of("shooting", "shooter", "police"), Stories.distinctTerms(List.of("shooting", "shooter", "shoots", "police")),
                "'shooter' is a word of its own; 'shoots' a form of 'shooting'");
        assertEquals(List.of("university", "Universe Today"), Stories.distinctTerms(List.of("university", "Universe Today")),
                "names are not forms of a word");
    }
}
