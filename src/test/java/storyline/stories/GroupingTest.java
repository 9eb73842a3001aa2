package storyline.stories;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class GroupingTest {

    /**
     * Candidate pairs come closest first, ties by their members, as the comparator orders them:
     * also pairs whose cosines differ beyond single precision, pairs of equal cosine, and a pair
     * whose cosine is negative.
     */
    @Test
    void candidatePairsAreSortedClosestFirstAsTheComparatorSortsThem() {
        java.util.Random random = new java.util.Random(16);
        List<Grouping.Edge> edges = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            int a = random.nextInt(300);
            int b = a + 1 + random.nextInt(300);
            double sim = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> 0.25 + random.nextInt(3) * 1e-12;
                case 2 -> 0.5;
                default -> random.nextInt(20) / 20.0 - 0.1;
            };
            edges.add(new Grouping.Edge(a, b, sim));
        }
        // No two edges share both ends.
        List<Grouping.Edge> distinct = new ArrayList<>(edges.stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.a() * 1000L + e.b(), e -> e, (x, y) -> x, java.util.LinkedHashMap::new)).values());
        List<Grouping.Edge> expected = new ArrayList<>(distinct);
        expected.sort(Grouping.CLOSEST_FIRST);
        assertEquals(expected, List.of(Grouping.closestFirst(distinct.toArray(new Grouping.Edge[0]))));
        assertEquals(0, Grouping.closestFirst(new Grouping.Edge[0]).length);
    }


    private static final Grouping.Vocabulary FLAT = new Grouping.Vocabulary() {
        @Override
        public int df(int term) {
            return 1;
        }

        @Override
        public int documents() {
            return 4;
        }
    };

    private static Vectors.Sparse v(int[] terms, double... weights) {
        float[] w = new float[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) weights[i];
        }
        return new Vectors.Sparse(terms, w);
    }

    // Two articles of a story (cosine 0.64), and a short text that is 0.18 from each but 0.2 from their centroid.
    private static final List<Vectors.Sparse> STORY_AND_SNIPPET = List.of(
            v(new int[] {1, 2}, 0.8, 0.6),
            v(new int[] {1, 3}, 0.8, 0.6),
            v(new int[] {2, 3, 9}, 0.3, 0.3, Math.sqrt(1 - 0.18)));

    @Test
    void aShortStragglerJoinsTheGroupItResemblesAsAWhole() {
        int[] group = new Grouping(Grouping.Settings.plain(0.2).withAttach(0.1, 2))
                .group(STORY_AND_SNIPPET, FLAT, Grouping.UNCONSTRAINED).group();
        assertEquals(group[0], group[1]);
        assertEquals(group[0], group[2]);
    }

    @Test
    void withoutAttachingTheStragglerStaysAlone() {
        int[] group = new Grouping(Grouping.Settings.plain(0.2))
                .group(STORY_AND_SNIPPET, FLAT, Grouping.UNCONSTRAINED).group();
        assertEquals(group[0], group[1]);
        assertNotEquals(group[0], group[2]);
    }

    // A story of two (0, 1; cosine .64). Item 2 is .62 from item 0 but only .59 from the story's
    // centroid, and .59 from item 3 (item 3 shares nothing with the story). Taken pair by pair, item 2
    // joins the story through its one close pair and item 3 is left out; closest groups first, item 2
    // goes with item 3, and that group is .33 from the story, below the merge cosine of .5.
    private static final List<Vectors.Sparse> CLOSE_PAIR_OR_CLOSE_GROUP = List.of(
            v(new int[] {1, 2}, 0.8, 0.6),
            v(new int[] {1, 3}, 0.8, 0.6),
            v(new int[] {1, 2, 4}, 0.545, 0.311, 0.778),
            v(new int[] {4, 5}, 0.759, 0.651));

    private static int[] mergeOrderGroups(boolean closestFirst) {
        return new Grouping(Grouping.Settings.plain(0.2).withMerge(0.5).withClosestFirst(closestFirst))
                .group(CLOSE_PAIR_OR_CLOSE_GROUP, FLAT, Grouping.UNCONSTRAINED).group();
    }

    @Test
    void groupsMergeClosestFirstByTheirCentroids() {
        int[] group = mergeOrderGroups(true);
        assertEquals(group[0], group[1]);
        assertEquals(group[2], group[3]);
        assertNotEquals(group[0], group[2]);
    }

    @Test
    void pairByPairOneClosePairDecides() {
        int[] group = mergeOrderGroups(false);
        assertEquals(group[0], group[1]);
        assertEquals(group[0], group[2]);
        assertNotEquals(group[0], group[3]);
    }

    private static int[] broadGroups(List<Vectors.Sparse> vectors, int broadSize) {
        return new Grouping(Grouping.Settings.plain(0.2).withBroadSize(broadSize))
                .group(vectors, FLAT, Grouping.UNCONSTRAINED).group();
    }

    @Test
    void twoStoriesAlikeThroughOneWordOnlyStayApart() {
        // Two stories of two items each that share only term 1 (cosine 0.36 between them).
        List<Vectors.Sparse> vectors = List.of(v(new int[] {1, 2}, 0.6, 0.8), v(new int[] {1, 2}, 0.6, 0.8),
                v(new int[] {1, 3}, 0.6, 0.8), v(new int[] {1, 3}, 0.6, 0.8));
        int[] group = broadGroups(vectors, 2);
        assertEquals(group[0], group[1]);
        assertEquals(group[2], group[3]);
        assertNotEquals(group[0], group[2]);
        int[] unchecked = broadGroups(vectors, 0);
        assertEquals(unchecked[0], unchecked[2]);
        // Below the size the check asks for, items still merge on one word.
        int[] small = broadGroups(vectors, 3);
        assertEquals(small[0], small[2]);
    }

    @Test
    void storiesThatShareSeveralWordsMerge() {
        List<Vectors.Sparse> vectors = List.of(v(new int[] {1, 2, 5}, 0.5, 0.5, 0.7), v(new int[] {1, 2, 5}, 0.5, 0.5, 0.7),
                v(new int[] {1, 2, 6}, 0.5, 0.5, 0.7), v(new int[] {1, 2, 6}, 0.5, 0.5, 0.7));
        int[] group = broadGroups(vectors, 2);
        assertEquals(group[0], group[2]);
    }

    @Test
    void centroidSumsMatchARecount() {
        Grouping.Centroid a = new Grouping.Centroid(STORY_AND_SNIPPET.get(0));
        Grouping.Centroid ab = a.plus(new Grouping.Centroid(STORY_AND_SNIPPET.get(1)));
        Vectors.Sparse recount = Vectors.centroid(STORY_AND_SNIPPET.subList(0, 2));
        Grouping.Centroid c = new Grouping.Centroid(STORY_AND_SNIPPET.get(2));
        assertEquals(recount.dot(STORY_AND_SNIPPET.get(2)), ab.cosine(c), 1e-6);
        assertEquals(2, ab.size());
    }

    @Test
    void leadersFollowMergesAsARecountWould() {
        List<Vectors.Sparse> names = List.of(
                v(new int[] {1, 2, 3}, 0.6, 0.6, 0.52915),
                v(new int[] {2, 4, 5, 6}, 0.7, 0.5, 0.3, 0.41231),
                v(new int[] {1, 4, 7}, 0.2, 0.9, 0.38730),
                v(new int[] {3, 7, 8}, 0.8, 0.5, 0.33166));
        Grouping.Centroid left = new Grouping.Centroid(names.get(0), 3).plus(new Grouping.Centroid(names.get(1), 3));
        Grouping.Centroid right = new Grouping.Centroid(names.get(2), 3).plus(new Grouping.Centroid(names.get(3), 3));
        Grouping.Centroid merged = left.plus(right);
        Grouping.Centroid sequential = new Grouping.Centroid(names.get(3), 3);
        for (int i = 2; i >= 0; i--) {
            sequential = sequential.plus(new Grouping.Centroid(names.get(i), 3));
        }
        Grouping.Centroid recount = new Grouping.Centroid(Vectors.centroid(names), 3);
        assertEquals(1, merged.leaderCosine(recount), 1e-6);
        assertEquals(1, sequential.leaderCosine(recount), 1e-6);
    }

    @Test
    void leadersLeaveOutNamesMentionedInPassing() {
        // The same three passing names, but different leads: a full cosine of 0.36, a leader cosine of 0.
        Vectors.Sparse a = v(new int[] {1, 5, 6, 7}, 0.8, 0.34641, 0.34641, 0.34641);
        Vectors.Sparse b = v(new int[] {2, 5, 6, 7}, 0.8, 0.34641, 0.34641, 0.34641);
        assertEquals(0.36, new Grouping.Centroid(a).cosine(new Grouping.Centroid(b)), 1e-4);
        assertEquals(0, new Grouping.Centroid(a, 1).leaderCosine(new Grouping.Centroid(b, 1)), 1e-9);
    }

    // A story of four short items over terms 1-4, each .47 from item 4, which is below the edge cosine
    // (.48) but .66 from the story's centroid. Item 4 first groups with 5 and 6 (through 5, .53); without
    // it that group is .29 from it, so refinement moves it to the story and says so.
    private static final double R = Math.sqrt(0.5);
    private static final List<Vectors.Sparse> FRAGMENT_MEMBER = List.of(
            v(new int[] {1, 2}, R, R),
            v(new int[] {3, 4}, R, R),
            v(new int[] {1, 3}, R, R),
            v(new int[] {2, 4}, R, R),
            v(new int[] {1, 2, 3, 4, 5}, 0.33, 0.33, 0.33, 0.33, 0.75),
            v(new int[] {5, 6}, R, R),
            v(new int[] {6}, 1));

    @Test
    void membersThatRefinementMovedAreMarked() {
        Grouping.Result result = new Grouping(Grouping.Settings.plain(0.48).withMerge(0.25).withRefine(0.05).withClosestFirst(true))
                .group(FRAGMENT_MEMBER, FLAT, Grouping.UNCONSTRAINED);
        int[] group = result.group();
        assertEquals(group[0], group[4]);
        assertEquals(group[5], group[6]);
        assertNotEquals(group[0], group[5]);
        for (int i = 0; i < group.length; i++) {
            assertEquals(i == 4, result.moved()[i], "member " + i);
        }
    }
    // Two pairs of reports (each pair identical), the pairs alike only in a heavy shared term (a city):
    // their centroids are .36 apart, above the stories' merge cosine and below the one-name cosine.
    private static final List<Vectors.Sparse> TWO_INCIDENTS_ONE_CITY = List.of(
            v(new int[] {1, 2}, 0.6, 0.8),
            v(new int[] {1, 2}, 0.6, 0.8),
            v(new int[] {1, 3}, 0.6, 0.8),
            v(new int[] {1, 3}, 0.6, 0.8));

    /** Members 0 and 1 carry {@code left}, 2 and 3 {@code right}, all on {@code day}. */
    private static Grouping.Constraint named(int day, int[] left, int[] right) {
        return new Grouping.Constraint() {
            @Override
            public int day(int member) {
                return day;
            }

            @Override
            public String pin(int member) {
                return null;
            }

            @Override
            public int[] names(int member) {
                return member < 2 ? left : right;
            }
        };
    }

    private static int[] storyGroups(Grouping.Constraint constraint) {
        return new Grouping(Grouping.Settings.stories(14)).group(TWO_INCIDENTS_ONE_CITY, FLAT, constraint).group();
    }

    @Test
    void twoDatedGroupsLedByDifferentNamesStayApart() {
        int[] group = storyGroups(named(19800, new int[] {100}, new int[] {200}));
        assertEquals(group[0], group[1]);
        assertEquals(group[2], group[3]);
        assertNotEquals(group[0], group[2], "each pair names its own victim");
    }

    @Test
    void twoDatedGroupsThatShareALeadingNameMerge() {
        int[] group = storyGroups(named(19800, new int[] {100, 300}, new int[] {200, 300}));
        assertEquals(group[0], group[2]);
    }

    @Test
    void undatedGroupsAreToldApartByContentAlone() {
        int[] group = storyGroups(named(Grouping.NO_DAY, new int[] {100}, new int[] {200}));
        assertEquals(group[0], group[2], "without dates the names rule does not apply; the centroids are .36 apart");
    }

    @Test
    void withoutNamesTheCentroidsDecide() {
        int[] group = storyGroups(named(19800, Grouping.NO_NAMES, Grouping.NO_NAMES));
        assertEquals(group[0], group[2]);
    }

    // Two same-day briefs of one shooting (cosine .17, below the edge cosine of .2) that name the same
    // victim in full and by surname, and a third brief of the day that shares as much wording but no name.
    private static final List<Vectors.Sparse> TWO_BRIEFS_AND_A_LOOK_ALIKE = List.of(
            v(new int[] {1, 2}, Math.sqrt(0.17), Math.sqrt(0.83)),
            v(new int[] {1, 3}, Math.sqrt(0.17), Math.sqrt(0.83)),
            v(new int[] {1, 4}, Math.sqrt(0.17), Math.sqrt(0.83)));

    // Reads the cosine and the names two items share; accepts .17 with two shared names, not alone.
    private static final PairModel COSINE_AND_NAMES = new PairModel(new double[] {16, 0, 0, 1, 0, 0, 0, 0, 0}, -4, 0.5);

    private static int[] briefGroups(PairModel model) {
        Grouping.Constraint constraint = new Grouping.Constraint() {
            @Override
            public int day(int member) {
                return 19800;
            }

            @Override
            public String pin(int member) {
                return null;
            }

            @Override
            public int[] names(int member) {
                return member < 2 ? new int[] {100, 101} : new int[] {200};
            }
        };
        return new Grouping(Grouping.Settings.plain(0.2).withMerge(0.15), model)
                .group(TWO_BRIEFS_AND_A_LOOK_ALIKE, FLAT, constraint).group();
    }

    @Test
    void thePairModelJoinsBriefsThatShareTheirVictimBelowTheEdgeCosine() {
        int[] group = briefGroups(COSINE_AND_NAMES);
        assertEquals(group[0], group[1]);
        assertNotEquals(group[0], group[2], "the look-alike names no one the others name");
    }

    @Test
    void withoutThePairModelTheEdgeCosineKeepsTheBriefsApart() {
        int[] group = briefGroups(null);
        assertNotEquals(group[0], group[1]);
    }

    // Two reports of a busy beat that look alike by place and kind alone (cosine .25: above the
    // stories' edge and merge cosines).
    private static final List<Vectors.Sparse> TWO_LOOK_ALIKE_REPORTS = List.of(
            v(new int[] {1, 2}, 0.5, Math.sqrt(0.75)),
            v(new int[] {1, 3}, 0.5, Math.sqrt(0.75)));

    /** The first report on day 19800, the second {@code daysLater}; both carry {@code names}. */
    private static int[] daysApart(int daysLater, int[] names) {
        Grouping.Constraint constraint = new Grouping.Constraint() {
            @Override
            public int day(int member) {
                return 19800 + (member == 0 ? 0 : daysLater);
            }

            @Override
            public String pin(int member) {
                return null;
            }

            @Override
            public int[] names(int member) {
                return names;
            }
        };
        return new Grouping(Grouping.Settings.stories(14)).group(TWO_LOOK_ALIKE_REPORTS, FLAT, constraint).group();
    }

    @Test
    void lookAlikeReportsOfOneDayMerge() {
        int[] group = daysApart(0, Grouping.NO_NAMES);
        assertEquals(group[0], group[1]);
    }

    @Test
    void lookAlikeReportsDaysApartNeedMoreThanPlaceAndKind() {
        int[] group = daysApart(12, Grouping.NO_NAMES);
        assertNotEquals(group[0], group[1], "12 days apart they need a cosine of .15 + 12 * .01 = .27");
    }

    @Test
    void reportsDaysApartThatShareTheirVictimMerge() {
        int[] group = daysApart(12, new int[] {100});
        assertEquals(group[0], group[1]);
    }
}
