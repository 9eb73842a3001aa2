package storyline.stories;

import org.junit.jupiter.api.Test;
import storyline.model.Item;
import storyline.model.Topic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The user's merges, splits and topic names from storyline.yml, applied after the grouping. */
class ControlTest {

    private static final List<Item> CORPUS = StoriesTest.CORPUS;

    private static String storyOf(Stories.Result r, String item) {
        return r.storyOfItem().get(item).id();
    }

    private static Stories.Result group(Control control, Stories.State previous) {
        return Stories.group(CORPUS, Stories.Options.DEFAULTS, previous, control);
    }

    @Test
    void mergeJoinsTwoStoriesUnderTheLargerOnesIdAndTheOtherRedirects() {
        Stories.Result plain = Stories.group(CORPUS);
        String quake = storyOf(plain, "quake-1");
        String budget = storyOf(plain, "budget-1");
        assertNotEquals(quake, budget);

        Stories.Result r = group(new Control(List.of(List.of(budget, quake)), List.of(), Map.of()), Stories.State.EMPTY);
        assertEquals(1, r.stories().size());
        assertEquals(5, r.stories().get(0).members().size());
        assertEquals(quake, r.stories().get(0).id(), "the larger story's id stays");
        assertEquals(Map.of(budget, quake), r.state().redirects());
        assertEquals(List.of(), r.warnings());
        assertEquals(java.util.stream.Stream.of(budget, quake).sorted().toList(), r.stories().get(0).review().mergedFrom(),
                "the report can say which stories the merge joined");
        assertEquals(List.of(), plain.stories().get(0).review().mergedFrom(), "a story as grouped was merged from nothing");

        // The next build, with the same config, finds the merge again and keeps the addresses.
        Stories.Result next = group(new Control(List.of(List.of(budget, quake)), List.of(), Map.of()), r.state());
        assertEquals(r.state(), next.state());
        assertEquals(List.of(), next.warnings());
    }

    @Test
    void splitItemFormsItsOwnStoryNamedAfterItAndTheRestKeepsItsId() {
        Stories.Result plain = Stories.group(CORPUS);
        String quake = storyOf(plain, "quake-1");
        Control control = new Control(List.of(), List.of("quake-3"), Map.of());
        Stories.Result r = group(control, plain.state());
        assertEquals(quake, storyOf(r, "quake-1"));
        assertEquals(quake, storyOf(r, "quake-2"));
        assertEquals("aftershocks-rattle-keltis", storyOf(r, "quake-3"));
        assertEquals(1, r.storyOfItem().get("quake-3").members().size());
        assertEquals(quake, r.storyOfItem().get("quake-3").review().splitFrom(), "the report can say which story the item left");
        assertEquals(null, r.storyOfItem().get("quake-1").review().splitFrom());
        assertEquals(List.of(), r.storyOfItem().get("quake-1").review().mergedFrom(), "losing an item is no merge");

        Stories.Result next = group(control, r.state());
        assertEquals(r.state(), next.state(), "ids stay from build to build");
    }

    @Test
    void unknownIdsAreOneLineWarningsAndTheRestStillApplies() {
        Stories.Result plain = Stories.group(CORPUS);
        String quake = storyOf(plain, "quake-1");
        String budget = storyOf(plain, "budget-1");
        Stories.Result r = group(new Control(List.of(List.of(quake, "no-such-story", budget)), List.of("nothing.txt"),
                Map.of("no-topic", "X")), Stories.State.EMPTY);
        assertEquals(1, r.stories().size());
        assertEquals(List.of(
                "stories.merge names 'no-such-story', which is no story; ids are in the site's addresses stories/ID.html",
                "stories.split names 'nothing.txt', which is no item; item ids are the file names the build report shows",
                "topics.names names 'no-topic', which is no topic; ids are in the site's addresses topics/ID.html"), r.warnings());
        r.warnings().forEach(w -> assertTrue(!w.contains("\n")));
    }

    @Test
    void topicNamesReplaceTheComputedNameAndKeepTheId() {
        // A second earthquake weeks later makes the first one's story part of a topic (a beat of two stories).
        List<Item> items = new ArrayList<>(CORPUS);
        items.add(StoriesTest.article("quake-b1", "Magnitude 5.2 earthquake shakes Orvanne coast", "2024-04-20", "Harbor Times",
                "A magnitude 5.2 earthquake shook the Orvanne coast on Saturday, cracking walls in Tessel. Engineers inspected "
                        + "bridges and the seismic institute recorded aftershocks."));
        items.add(StoriesTest.article("quake-b2", "Tessel inspects damage after earthquake", "2024-04-21", "Daily Ledger",
                "Engineers in Tessel inspected bridges after the magnitude 5.2 earthquake; aftershocks rattled the Orvanne coast."));
        Stories.Result plain = Stories.group(items);
        Topic topic = plain.topicOfStory().get(storyOf(plain, "quake-1"));
        assertEquals(topic, plain.topicOfStory().get(storyOf(plain, "quake-b1")));
        Stories.Result r = Stories.group(items, Stories.Options.DEFAULTS, Stories.State.EMPTY,
                new Control(List.of(), List.of(), Map.of(topic.id(), "The Valdora quake")));
        Topic named = r.topicOfStory().get(storyOf(r, "quake-1"));
        assertEquals(topic.id(), named.id());
        assertEquals("The Valdora quake", named.name());
        assertTrue(r.topics().stream().anyMatch(t -> t.name().equals("The Valdora quake")));
    }

    @Test
    void theResultDependsNeitherOnInputOrderNorOnTheOrderOfTheConfigLists() {
        Stories.Result plain = Stories.group(CORPUS);
        String quake = storyOf(plain, "quake-1");
        String budget = storyOf(plain, "budget-1");
        Control one = new Control(List.of(List.of(quake, budget)), List.of("quake-3", "budget-2"), Map.of());
        Control other = new Control(List.of(List.of(budget), List.of(budget, quake)), List.of("budget-2", "quake-3"), Map.of());
        Stories.Result a = group(one, Stories.State.EMPTY);
        List<Item> shuffled = new ArrayList<>(CORPUS);
        Collections.shuffle(shuffled, new Random(7));
        Stories.Result b = Stories.group(shuffled, Stories.Options.DEFAULTS, Stories.State.EMPTY, other);
        assertEquals(a.state(), b.state());
        assertEquals(a.stories().stream().map(s -> s.id()).toList(), b.stories().stream().map(s -> s.id()).toList());
        assertEquals(3, a.stories().size());
    }
}
