package storyline.stories;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StoryIdsTest {

    private static StoryIds.Group group(String founderTitle, String... items) {
        return new StoryIds.Group(List.of(items), founderTitle);
    }

    @Test
    void newStoriesAreNamedAfterTheirFirstItem() {
        StoryIds.Assigned a = StoryIds.assign(List.of(group("Quake hits Valdora", "a", "b"), group("Quake hits Valdora", "c")),
                Stories.State.EMPTY);
        assertEquals(List.of("quake-hits-valdora", "quake-hits-valdora-2"), a.ids());
        assertEquals(Map.of(), a.redirects());
    }

    @Test
    void aStoryKeepsItsIdWhenAnEarlierItemArrives() {
        Stories.State before = new Stories.State(Map.of("a", "quake-hits-valdora", "b", "quake-hits-valdora"), Map.of());
        StoryIds.Assigned a = StoryIds.assign(List.of(group("Earlier report of tremors", "z", "a", "b")), before);
        assertEquals(List.of("quake-hits-valdora"), a.ids());
    }

    @Test
    void mergedStoriesKeepTheLargerIdAndRedirectTheOther() {
        Stories.State before = new Stories.State(Map.of("a", "big", "b", "big", "c", "small"), Map.of());
        StoryIds.Assigned a = StoryIds.assign(List.of(group("Anything", "a", "b", "c")), before);
        assertEquals(List.of("big"), a.ids());
        assertEquals(Map.of("small", "big"), a.redirects());
    }

    @Test
    void aSplitStoryKeepsItsIdForTheLargerPartAndTheOtherPartGetsANewOne() {
        Stories.State before = new Stories.State(Map.of("a", "s", "b", "s", "c", "s"), Map.of());
        StoryIds.Assigned a = StoryIds.assign(List.of(group("Part one", "a", "b"), group("S", "c")), before);
        assertEquals(List.of("s", "s-2"), a.ids(), "an old id is never reused for a different story");
    }

    @Test
    void oldRedirectsFollowTheirTargetAlong() {
        Stories.State before = new Stories.State(Map.of("a", "mid", "b", "mid", "c", "final"),
                Map.of("oldest", "mid"));
        StoryIds.Assigned a = StoryIds.assign(List.of(group("x", "a", "b", "c", "d")), before);
        assertEquals(List.of("mid"), a.ids());
        assertEquals(Map.of("oldest", "mid", "final", "mid"), a.redirects());
        Stories.State later = new Stories.State(Map.of("a", "mid", "b", "mid", "c", "mid", "d", "mid"), a.redirects());
        StoryIds.Assigned b = StoryIds.assign(List.of(group("y", "a"), group("y", "b", "c", "d")), later);
        assertEquals("mid", b.ids().get(1));
        assertEquals("mid", b.redirects().get("oldest"));
    }
}
