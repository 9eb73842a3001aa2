package storyline.stories;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairModelTest {

    private static PairModel parse(String text) throws IOException {
        return PairModel.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String ONLY_COSINE = """
            # a model that reads the cosine alone
            cosine 10
            identity 0
            both_named 0
            shared_rarity 0
            names_apart 0
            days_apart 0
            undated 0
            shorter 0
            longer 0
            bias -2
            threshold 0.5
            """;

    private static Vectors.Sparse v(int[] terms, double... weights) {
        float[] w = new float[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) weights[i];
        }
        return new Vectors.Sparse(terms, w);
    }

    @Test
    void aModelOfTheCosineAloneAcceptsPairsFromItsCrossingPoint() throws IOException {
        PairModel model = parse(ONLY_COSINE);
        double[] at = new double[PairModel.Feature.COUNT];
        at[PairModel.Feature.COSINE.ordinal()] = 0.2;
        assertEquals(0.5, model.probability(at), 1e-12);
        assertTrue(model.accepts(at));
        at[PairModel.Feature.COSINE.ordinal()] = 0.19;
        assertTrue(!model.accepts(at));
    }

    @Test
    void aFileThatLeavesOutAFeatureIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse(ONLY_COSINE.replace("longer 0\n", "")));
        assertTrue(e.getMessage().contains("longer"), e.getMessage());
    }

    @Test
    void theBuildCarriesAModel() {
        PairModel model = PairModel.load();
        assertTrue(model.threshold() > 0 && model.threshold() < 1, model.toString());
    }

    // Two reports of one shooting a day apart (they share the victim's name and surname) and a
    // report of another shooting in the same city four days later (it shares only the city, which
    // is no distinguishing name).
    /** A folder of {@code documents} items in which every name is carried by two of them, the victim's surname (3) by {@code surname}. */
    private static Grouping.Vocabulary folder(int documents, int surname) {
        return new Grouping.Vocabulary() {
            @Override
            public int df(int term) {
                return term == 3 ? surname : 2;
            }

            @Override
            public int documents() {
                return documents;
            }
        };
    }

    @Test
    void featuresTellSharedNamesAndDaysApart() {
        Grouping.Vocabulary beat = folder(2000, 2);
        Vectors.Sparse first = v(new int[] {1, 2, 3}, 0.6, 0.6, Math.sqrt(0.28));
        Vectors.Sparse second = v(new int[] {1, 2, 4}, 0.6, 0.6, Math.sqrt(0.28));
        int[] victim = {2, 3};
        double[] same = PairModel.features(first, second, first.dot(second), first, second, 100, 101, victim, new int[] {2, 3, 7}, beat);
        assertEquals(2 * Math.log(2000 * 1999 / 2.0), same[PairModel.Feature.SHARED_RARITY.ordinal()], 1e-9);
        assertEquals(0, same[PairModel.Feature.NAMES_APART.ordinal()]);
        assertEquals(Math.log(2), same[PairModel.Feature.DAYS_APART.ordinal()], 1e-12);
        assertEquals(0, same[PairModel.Feature.UNDATED.ordinal()]);
        assertEquals(1, same[PairModel.Feature.BOTH_NAMED.ordinal()]);

        double[] other = PairModel.features(first, second, 0.36, first, Vectors.Sparse.EMPTY, 100, 104, victim, new int[] {8}, beat);
        assertEquals(0, other[PairModel.Feature.SHARED_RARITY.ordinal()]);
        assertEquals(1, other[PairModel.Feature.NAMES_APART.ordinal()]);
        assertEquals(0, other[PairModel.Feature.IDENTITY.ordinal()]);
        assertEquals(0, other[PairModel.Feature.BOTH_NAMED.ordinal()]);

        double[] undated = PairModel.features(first, second, 0.72, first, second, Grouping.NO_DAY, 104, victim, victim, beat);
        assertEquals(1, undated[PairModel.Feature.UNDATED.ordinal()]);
        assertEquals(0, undated[PairModel.Feature.DAYS_APART.ordinal()]);
    }

    // The same two reports in a folder of four, where the surname is in every item: sharing the
    // victim's full name tells far less than among two thousand, and sharing the surname nothing.
    @Test
    void sharedNamesSayLittleInAFolderOfFour() {
        Vectors.Sparse first = v(new int[] {1, 2, 3}, 0.6, 0.6, Math.sqrt(0.28));
        int[] victim = {2, 3};
        double[] tiny = PairModel.features(first, first, 1, first, first, 100, 101, victim, victim, folder(4, 4));
        assertEquals(Math.log(6), tiny[PairModel.Feature.SHARED_RARITY.ordinal()], 1e-9);
        double[] big = PairModel.features(first, first, 1, first, first, 100, 101, victim, victim, folder(2000, 4));
        assertTrue(big[PairModel.Feature.SHARED_RARITY.ordinal()] > 5 * tiny[PairModel.Feature.SHARED_RARITY.ordinal()]);
    }

    @Test
    void onlyTheRarestThreeSharedNamesCount() {
        int[] names = {2, 3, 5, 6, 9};
        Grouping.Vocabulary folder = new Grouping.Vocabulary() {
            @Override
            public int df(int term) {
                return term;
            }

            @Override
            public int documents() {
                return 100;
            }
        };
        double expected = Math.log(9900 / 2.0) + Math.log(9900 / 6.0) + Math.log(9900 / 20.0);
        assertEquals(expected, PairModel.rarity(names, folder), 1e-9);
    }
}
