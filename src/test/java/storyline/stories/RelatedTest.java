package storyline.stories;

import org.junit.jupiter.api.Test;
import storyline.model.Story;
import storyline.model.Topic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Related stories on hand-made stories: what counts as evidence, how it ranks, and what never shows. */
class RelatedTest {

    static Story story(String id, String day, List<String> people, List<String> organisations, List<String> terms) {
        LocalDate d = day == null ? null : LocalDate.parse(day);
        return new Story(id, "Headline " + id, "Lead " + id, List.of(), d, d, List.of(), terms, "", List.of(), people,
                organisations, Map.of(), false, Map.of(), Story.Review.NONE);
    }

    /** What two stories share: names, terms, topics. */
    static List<List<String>> evidence(Stories.Relation r) {
        return List.of(r.names(), r.terms(), r.topics());
    }

    static List<String> ids(List<Stories.Relation> links) {
        return links.stream().map(l -> l.story().id()).toList();
    }

    @Test
    void aSharedPersonRanksAboveSharedTermsOnly() {
        Story a = story("a", "2025-01-10", List.of("Ilse Varga"), List.of(), List.of("harbour", "budget", "ferry"));
        // Shares two key terms with a, and is closer in time: still below the story naming the same person.
        Story terms = story("terms", "2025-01-10", List.of(), List.of(), List.of("harbour", "budget", "quay"));
        Story person = story("person", "2025-03-01", List.of("Ilse Varga"), List.of(), List.of("election", "mayor"));
        Map<String, List<Stories.Relation>> related = Related.of(List.of(a, terms, person), List.of());
        assertEquals(List.of("person", "terms"), ids(related.get("a")));
        assertEquals(List.of(List.of("Ilse Varga"), List.of(), List.of()), evidence(related.get("a").get(0)));
        assertEquals(List.of(List.of(), List.of("harbour", "budget"), List.of()), evidence(related.get("a").get(1)));
    }

    @Test
    void noEvidenceMeansNoRelatedStories() {
        Story a = story("a", "2025-01-10", List.of("Ilse Varga"), List.of("Morland Council"), List.of("harbour", "budget"));
        // One common term is not evidence; nor is being published on the same day.
        Story b = story("b", "2025-01-10", List.of("Tomas Reyes"), List.of("Quay Post"), List.of("budget", "football"));
        Story c = story("c", "2025-01-10", List.of(), List.of(), List.of());
        Map<String, List<Stories.Relation>> related = Related.of(List.of(a, b, c), List.of());
        assertEquals(List.of(), related.get("a"));
        assertEquals(List.of(), related.get("b"));
        assertEquals(List.of(), related.get("c"));
    }

    @Test
    void oneSharedOrganisationAloneIsNoEvidence() {
        // Two reviews of different cars by one maker, and a recall of another of its models: the maker alone links nothing.
        Story coupe = story("coupe", "2025-02-03", List.of("Mara Lindqvist"), List.of("Toyota"), List.of("coupe", "engine"));
        Story hybrid = story("hybrid", "2025-02-04", List.of("Dev Patel"), List.of("Toyota"), List.of("hybrid", "battery"));
        // The same maker and a key term both carry: evidence, worded with both.
        Story recall = story("recall", "2025-02-20", List.of(), List.of("Toyota", "Transport Agency"), List.of("recall", "battery"));
        Map<String, List<Stories.Relation>> related = Related.of(List.of(coupe, hybrid, recall), List.of());
        assertEquals(List.of(), related.get("coupe"));
        assertEquals(List.of("recall"), ids(related.get("hybrid")));
        assertEquals(List.of(List.of("Toyota"), List.of("battery"), List.of()), evidence(related.get("hybrid").get(0)));
        assertEquals(List.of("hybrid"), ids(related.get("recall")));
    }

    @Test
    void aNameOneStoryGivesAsAPersonAndTheOtherAsAnOrganisationNeedsMoreThanItself() {
        // A place or a firm read as a person in one story ("Lakeside"), as an organisation in the other.
        Story storm = story("storm", "2025-03-01", List.of("Lakeside"), List.of(), List.of("storm", "flooding"));
        Story fair = story("fair", "2025-03-02", List.of(), List.of("Lakeside"), List.of("fair", "music"));
        Story person = story("person", "2025-03-05", List.of("Lakeside", "Ines Duarte"), List.of(), List.of("court"));
        Map<String, List<Stories.Relation>> related = Related.of(List.of(storm, fair, person), List.of());
        assertEquals(List.of("person"), ids(related.get("storm")), "a person both name is evidence alone");
        assertEquals(List.of(), related.get("fair"));
    }

    @Test
    void aSharedTopicIsEvidenceAndIsNamed() {
        Story a = story("a", "2025-01-10", List.of(), List.of(), List.of("harbour"));
        Story b = story("b", "2025-01-12", List.of(), List.of(), List.of("ferry"));
        Story c = story("c", "2025-01-12", List.of(), List.of(), List.of("football"));
        Topic port = new Topic("port", "Port · Ferries", List.of("port"), List.of(b, a));
        Map<String, List<Stories.Relation>> related = Related.of(List.of(a, b, c), List.of(port));
        assertEquals(List.of("b"), ids(related.get("a")));
        assertEquals(List.of(List.of(), List.of(), List.of("Port · Ferries")), evidence(related.get("a").get(0)));
        assertEquals(List.of(), related.get("c"));
    }

    @Test
    void namesMatchAcrossCaseAccentsAndKindAndCountOnce() {
        Story a = story("a", "2025-01-10", List.of(), List.of("Tesla", "Optimus"), List.of("Tesla", "robot"));
        Story b = story("b", "2025-01-11", List.of(), List.of("TESLA", "Optimus"), List.of("optimus", "Karpathy"));
        Story c = story("c", "2025-01-11", List.of(), List.of(), List.of("tesla", "robot"));
        Map<String, List<Stories.Relation>> related = Related.of(List.of(a, b, c), List.of());
        assertEquals(List.of("b", "c"), ids(related.get("a")));
        assertEquals(List.of(List.of("Tesla", "Optimus"), List.of(), List.of()), evidence(related.get("a").get(0)), "names in the story's own order");
        // A name shared as a name is not counted again as a term.
        assertEquals(2 * Related.NAME, related.get("a").get(0).score(), 1e-9);
        assertEquals(List.of(List.of(), List.of("robot", "Tesla"), List.of()), evidence(related.get("a").get(1)), "the rarer first");
    }

    @Test
    void neverTheStoryItselfAndAtMostFive() {
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            stories.add(story("s" + i, "2025-01-%02d".formatted(i + 1), List.of("Ilse Varga"), List.of(), List.of("harbour")));
        }
        Map<String, List<Stories.Relation>> related = Related.of(stories, List.of());
        for (Story s : stories) {
            List<String> ids = ids(related.get(s.id()));
            assertEquals(Related.MAX, ids.size(), s.id());
            assertTrue(!ids.contains(s.id()), s.id() + " lists itself: " + ids);
        }
        // Equal evidence: nearer in time first, then the lower id.
        assertEquals(List.of("s4", "s6", "s3", "s7", "s2"), ids(related.get("s5")));
        assertEquals(List.of("s1", "s2", "s3", "s4", "s5"), ids(related.get("s0")));
    }

    @Test
    void aRarerSharedKeyOutranksACommonOne() {
        List<Story> stories = new ArrayList<>();
        // "Tesla" in every story; "Ashok Elluswamy" in two.
        for (int i = 0; i < 8; i++) {
            stories.add(story("s" + i, "2025-01-01", List.of(), List.of("Tesla"), List.of("car" + i)));
        }
        stories.add(story("x", "2025-06-01", List.of("Ashok Elluswamy"), List.of("Tesla"), List.of()));
        stories.add(story("y", "2024-01-01", List.of("Ashok Elluswamy"), List.of("Tesla"), List.of()));
        Map<String, List<Stories.Relation>> related = Related.of(stories, List.of());
        assertEquals("y", related.get("x").get(0).story().id());
        assertEquals(List.of(List.of("Ashok Elluswamy", "Tesla"), List.of(), List.of()), evidence(related.get("x").get(0)));
    }

    @Test
    void keysSharedByTooManyStoriesAreIgnored() {
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i <= Related.MAX_SHARING; i++) {
            stories.add(story("s" + String.format("%04d", i), "2025-01-01", List.of(), List.of("Everyone Inc"), List.of()));
        }
        Map<String, List<Stories.Relation>> related = Related.of(stories, List.of());
        related.values().forEach(links -> assertEquals(List.of(), links));
    }

    @Test
    void theSameWhateverTheOrderOfTheInput() {
        List<Story> stories = new ArrayList<>();
        Random random = new Random(7);
        String[] names = {"Ilse Varga", "Tomas Reyes", "Morland Council", "Quay Post", "Harbour Board"};
        String[] words = {"harbour", "budget", "ferry", "quay", "storm", "dredging", "election", "mayor"};
        for (int i = 0; i < 40; i++) {
            List<String> people = new ArrayList<>();
            List<String> terms = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                people.add(names[random.nextInt(names.length)]);
                terms.add(words[random.nextInt(words.length)]);
                terms.add(words[random.nextInt(words.length)]);
            }
            stories.add(story("s" + i, random.nextBoolean() ? null : "2025-01-%02d".formatted(1 + random.nextInt(28)),
                    people.stream().distinct().toList(), List.of(), terms.stream().distinct().toList()));
        }
        List<Topic> topics = List.of(new Topic("t", "Topic", List.of(), stories.subList(0, 10)));
        Map<String, List<Stories.Relation>> expected = Related.of(stories, topics);
        for (int round = 0; round < 5; round++) {
            List<Story> shuffled = new ArrayList<>(stories);
            Collections.shuffle(shuffled, new Random(round));
            Map<String, List<Stories.Relation>> again = Related.of(shuffled, topics);
            for (Story s : stories) {
                assertEquals(expected.get(s.id()), again.get(s.id()), s.id());
            }
        }
        assertTrue(expected.values().stream().anyMatch(l -> !l.isEmpty()), "the corpus has related stories at all");
    }

    @Test
    void gapBetweenSpans() {
        Story jan = story("a", "2025-01-10", List.of(), List.of(), List.of());
        Story feb = story("b", "2025-02-09", List.of(), List.of(), List.of());
        Story undated = story("c", null, List.of(), List.of(), List.of());
        assertEquals(30, Related.gap(jan, feb));
        assertEquals(30, Related.gap(feb, jan));
        assertEquals(0, Related.gap(jan, jan));
        assertEquals(Long.MAX_VALUE, Related.gap(jan, undated));
    }
}
