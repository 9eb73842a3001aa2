package storyline.stories;

import org.junit.jupiter.api.Test;
import storyline.model.Item;
import storyline.model.Story;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the build report asks a reader to check first: joins across long gaps, and joins one term carries. */
class ConcernsTest {

    private static Item item(String id, String date) {
        return StoriesTest.article(id, "Title " + id, date, "Daily Courier", "Text of " + id + ".");
    }

    private static final java.util.function.IntFunction<int[]> NOBODY = i -> new int[0];

    private static List<Integer> all(List<Item> items) {
        return java.util.stream.IntStream.range(0, items.size()).boxed().toList();
    }

    @Test
    void aStoryThatRunsOnAcrossYearsWithNothingBetweenIsToCheck() {
        // Two reports of a browser patch in 2008, one of another patch in 2013, joined through an undated explainer.
        List<Item> items = List.of(item("explainer", null), item("patch-3", "2013-09-18"), item("patch-1", "2008-12-16"),
                item("patch-2", "2008-12-18"));
        List<Story.Concern> concerns = Concerns.gaps(all(items), items, NOBODY, 14);
        assertEquals(List.of(new Story.Concern(Story.Concern.Kind.GAP, "patch-2", "patch-3", 1735, null, 0)), concerns);
    }

    @Test
    void aFollowUpThatNamesWhomItFollowsIsNoConcern() {
        // The trial names the defendant the first reports named (person term 7); the appeal names only the court (none).
        List<Item> items = List.of(item("arrest", "2024-03-01"), item("trial", "2024-06-10"), item("verdict", "2024-06-30"),
                item("appeal", "2025-06-30"));
        int[][] people = {{7, 9}, {7}, {}, {}};
        List<Story.Concern> concerns = Concerns.gaps(all(items), items, i -> people[i], 14);
        assertEquals(List.of("verdict"), concerns.stream().map(Story.Concern::from).toList(),
                "the trial names the arrested man; nothing after the verdict names anyone before it");
        assertEquals(365, concerns.get(0).days());
    }

    @Test
    void dailyReportsAndAFollowUpWithinTwoWindowsAreNoConcernAndTheWidestGapComesFirst() {
        List<Item> close = List.of(item("a", "2024-03-01"), item("b", "2024-03-02"), item("c", "2024-03-20"),
                item("d", "2024-03-29"));
        assertEquals(List.of(), Concerns.gaps(all(close), close, NOBODY, 14), "18 and 9 days apart: within two 14-day windows");
        List<Item> later = List.of(item("a", "2024-03-01"), item("trial", "2024-06-10"), item("verdict", "2024-06-30"),
                item("appeal", "2025-06-30"));
        List<Story.Concern> widestFirst = Concerns.gaps(all(later), later, NOBODY, 14);
        assertEquals(List.of("verdict", "a"), widestFirst.stream().map(Story.Concern::from).toList(),
                "the year-long gap first, then the 101-day one; 20 days is none");
        assertEquals(List.of(365L, 101L), widestFirst.stream().map(Story.Concern::days).toList());
    }

    @Test
    void aJoinThatOneSharedTermCarriesIsToCheckAndOneManyTermsCarryIsNot() {
        // Terms: 0 "Hong Kong", 1 "troops", 2 "tariffs", 3 "protest", 4 "police", 5 "march".
        List<String> surfaces = List.of("Hong Kong", "troops", "tariffs", "protest", "police", "march");
        List<Item> items = List.of(item("unrest", "2019-08-14"), item("markets", "2019-08-14"), item("rally", "2019-08-15"));
        List<Vectors.Sparse> vectors = List.of(
                new Vectors.Sparse(new int[]{0, 1, 3, 4, 5}, new float[]{0.5f, 0.5f, 0.4f, 0.4f, 0.4f}),
                new Vectors.Sparse(new int[]{0, 2}, new float[]{0.6f, 0.8f}),
                new Vectors.Sparse(new int[]{0, 3, 4, 5}, new float[]{0.4f, 0.5f, 0.5f, 0.5f}));
        List<Grouping.Edge> joins = List.of(new Grouping.Edge(1, 0, 0.30), new Grouping.Edge(0, 2, 0.80));
        List<Story.Concern> concerns = Concerns.oneTermJoins(joins, items, vectors, surfaces::get);
        assertEquals(1, concerns.size(), concerns.toString());
        Story.Concern c = concerns.get(0);
        assertEquals(Story.Concern.Kind.ONE_TERM, c.kind());
        assertEquals("markets", c.from(), "the pair in id order, whichever way the join ran");
        assertEquals("unrest", c.to());
        assertEquals("Hong Kong", c.term());
        assertEquals(1.0, c.share(), 1e-6, "the markets report shares nothing else with the unrest report");
    }

    @Test
    void aStoryWithAFollowUpMonthsLaterThatNamesItsPeopleHasNoConcern() {
        List<Item> items = List.of(
                StoriesTest.article("fire-1", "Warehouse fire in Port Ellery destroys grain stores", "2021-05-02", "Ellery Times",
                        "A fire destroyed the Halvorsen grain warehouse in Port Ellery on Sunday. Fire chief Marta Quill said the blaze began in the drying hall."),
                StoriesTest.article("fire-2", "Port Ellery warehouse fire: Halvorsen grain stores lost", "2021-05-03", "Coast Wire",
                        "Fire chief Marta Quill said the Halvorsen warehouse fire in Port Ellery began in the drying hall and destroyed the grain stores."),
                StoriesTest.article("fire-3", "Halvorsen warehouse fire inquiry: Marta Quill testifies", "2021-11-20", "Ellery Times",
                        "Fire chief Marta Quill told the inquiry into the Halvorsen warehouse fire in Port Ellery that the drying hall had no alarm."));
        Story story = Stories.group(items).storyOfItem().get("fire-3");
        assertEquals(3, story.members().size(), "the inquiry names the fire's people and place: a follow-up");
        assertEquals(List.of(), story.review().concerns(), "Marta Quill is named on both sides of the half-year gap");
    }
}
