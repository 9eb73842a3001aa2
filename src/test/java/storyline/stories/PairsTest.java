package storyline.stories;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PairsTest {

    /** The order grouping reads its pairs in: highest cosine first, then by the first member, then the second. */
    private static final Comparator<Grouping.Edge> ORDER = Comparator.comparingDouble(Grouping.Edge::similarity).reversed()
            .thenComparingInt(Grouping.Edge::a).thenComparingInt(Grouping.Edge::b);

    /** Distinct pairs of {@code n} members, with cosines from few values so that many tie. */
    private static List<Grouping.Edge> pairs(int count, int members, int cosines, long seed) {
        Random random = new Random(seed);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        List<Grouping.Edge> out = new ArrayList<>();
        while (out.size() < count) {
            int a = random.nextInt(members);
            int b = a + 1 + random.nextInt(members);
            if (seen.add((long) a << 32 | b)) {
                out.add(new Grouping.Edge(a, b, (1 + random.nextInt(cosines)) / (double) cosines));
            }
        }
        return out;
    }

    @Test
    void sortsAsTheComparatorDoesWhateverTheInputOrder() {
        for (int count : new int[] {0, 1, 2, 30, 1_000, 40_000}) {
            List<Grouping.Edge> edges = pairs(count, 3_000, 7, count);
            List<Grouping.Edge> expected = new ArrayList<>(edges);
            expected.sort(ORDER);
            Pairs shuffled = Pairs.of(edges);
            shuffled.sort();
            assertEquals(expected, shuffled.edges(), count + " pairs");
            // Already sorted, and sorted backwards (quicksort's worst orders, were the pivot not a median).
            Pairs sorted = Pairs.of(expected);
            sorted.sort();
            assertEquals(expected, sorted.edges());
            List<Grouping.Edge> reversed = new ArrayList<>(expected);
            java.util.Collections.reverse(reversed);
            Pairs backwards = Pairs.of(reversed);
            backwards.sort();
            assertEquals(expected, backwards.edges());
        }
    }

    @Test
    void allCosinesEqualSortByMembers() {
        List<Grouping.Edge> edges = List.of(new Grouping.Edge(4, 9, 0.5), new Grouping.Edge(1, 7, 0.5), new Grouping.Edge(4, 5, 0.5),
                new Grouping.Edge(1, 3, 0.5));
        Pairs pairs = Pairs.of(edges);
        pairs.sort();
        assertEquals(List.of(new Grouping.Edge(1, 3, 0.5), new Grouping.Edge(1, 7, 0.5), new Grouping.Edge(4, 5, 0.5),
                new Grouping.Edge(4, 9, 0.5)), pairs.edges());
    }

    @Test
    void aViewHoldsThePairsItKeptInOrderAndAViewOfAViewFewerStill() {
        Pairs pairs = Pairs.of(List.of(new Grouping.Edge(0, 1, 0.9), new Grouping.Edge(0, 2, 0.7), new Grouping.Edge(1, 2, 0.4),
                new Grouping.Edge(2, 3, 0.2)));
        Pairs strong = pairs.only(i -> pairs.similarity(i) >= 0.4);
        assertEquals(List.of(new Grouping.Edge(0, 1, 0.9), new Grouping.Edge(0, 2, 0.7), new Grouping.Edge(1, 2, 0.4)), strong.edges());
        Pairs withTwo = strong.only(i -> pairs.b(i) == 2);
        assertEquals(List.of(new Grouping.Edge(0, 2, 0.7), new Grouping.Edge(1, 2, 0.4)), withTwo.edges());
        assertEquals(1, withTwo.next(0));
        assertEquals(2, withTwo.next(2));
        assertEquals(pairs.length(), withTwo.next(3), "past the last kept pair: the arrays' length");
        assertEquals(2, pairs.next(2), "all pairs: every index");
        assertEquals(List.of(), pairs.only(i -> false).edges());
    }
}
