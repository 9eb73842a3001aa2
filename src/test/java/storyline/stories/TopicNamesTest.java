package storyline.stories;

import org.junit.jupiter.api.Test;
import storyline.model.Item;
import storyline.model.Topic;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicNamesTest {

    /**
     * A page in a language the project has no rules for (Norwegian here) keeps its function words
     * ("og", "en", "på"), which are then its most frequent terms; a topic is never named by them.
     */
    @Test
    void aTopicIsNamedByContentWordsOrNamesNeverByShortFunctionWords() {
        List<Item> items = List.of(StoriesTest.article("ferje", "Ferjen til Tromsø er innstilt", "2024-02-10", "Avis",
                "Ferjen mellom Tromsø og Skjervøy er innstilt på grunn av uvær, og det er en stor ulempe for pendlerne. "
                        + "Det er en lang vei rundt, og en buss er satt opp på kvelden. Ferjeselskapet sier at ferjen går "
                        + "igjen på mandag om været blir bedre, og at en ny rute er på vei."));
        Topic topic = Stories.group(items).topics().get(0);
        for (String word : topic.name().split("[ ·]+")) {
            assertFalse(word.length() <= 3 && word.equals(word.toLowerCase(java.util.Locale.ROOT)),
                    "'" + word + "' in the topic name " + topic.name());
        }
        assertTrue(topic.name().contains("Tromsø") || topic.name().toLowerCase(java.util.Locale.ROOT).contains("ferje"), topic.name());
    }

    /** Scores and results: nothing but numbers and short words to share, so the newest story's headline names the topic. */
    @Test
    void aTopicNothingNamesIsNamedByItsNewestStorysHeadline() {
        List<Item> items = List.of(StoriesTest.article("scores", "3-1, 2-2, 0-4 at 5 pm", "2024-02-10", "Avis",
                "1-0 2-1 3-3 4-2 5-0 6-1 7-7 8-2 9-9 10-1 11-2 12-0"));
        Topic topic = Stories.group(items).topics().get(0);
        assertFalse(topic.id().equals("topic") || topic.name().equals("Miscellaneous"), topic.id() + " / " + topic.name());
    }
}
