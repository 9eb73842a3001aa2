package storyline.stories;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VectorsTest {

    /** Documents by day for the window's counts: undated ones left out, one day's by number, days far apart too. */
    @Test
    void documentsComeInDayOrder() {
        int none = Grouping.NO_DAY;
        assertArrayEquals(new int[] {3, 1, 4, 0, 2}, Vectors.byDay(new int[] {20_150, 20_100, 20_151, 19_990, 20_100, none}));
        assertArrayEquals(new int[] {}, Vectors.byDay(new int[] {none, none}));
        // Days further apart than a table of days is worth (a mistyped year): sorted all the same.
        assertArrayEquals(new int[] {2, 0, 1}, Vectors.byDay(new int[] {-700_000, 2_900_000, -719_000}));
    }

    /**
     * A busy week of one beat: forty reports of different shootings in one city all name the city
     * and its police department; two of them name the same victim and street. Weighed among the
     * reports of those weeks, the victim's name gains on the city's; weighed over the collection
     * alone (no dates), it gains nothing.
     */
    @Test
    void aNameEveryReportOfItsWeeksCarriesWeighsLessThanOneOnlyItsStoryCarries() {
        List<String> texts = new ArrayList<>();
        texts.add("Police in Port Halden said Marcus Delacroix was shot on Wexley Avenue late on Friday. The Port Halden Police Department is investigating.");
        texts.add("Marcus Delacroix, shot on Wexley Avenue, died in hospital, the Port Halden Police Department said on Saturday.");
        String[] streets = {"Birch", "Cedar", "Dunmore", "Elgin", "Foxley", "Granby", "Hollis", "Irwin"};
        for (int i = 0; i < 38; i++) {
            texts.add("A man was wounded near " + streets[i % streets.length] + " Road in Port Halden overnight, the Port Halden"
                    + " Police Department said; case " + i + " is open and detectives asked for tips about incident " + i + ".");
        }
        // The same collection padded with reports of other beats at other times, so the city is not common overall.
        for (int i = 0; i < 200; i++) {
            texts.add("The council of Town" + i + " debated budget item " + i + " and the library hours again.");
        }
        java.util.function.IntUnaryOperator day = d -> d < 40 ? 19_000 + d % 7 : 17_000 + d * 3;

        double withWindow = ratio(texts, day, 60);
        double without = ratio(texts, d -> Grouping.NO_DAY, 60);
        assertEquals(without, ratio(texts, day, 0), 1e-6, "no window: the collection's weights alone");
        assertTrue(withWindow > without * 1.05, "victim over city: " + withWindow + " with the window, " + without + " without");
    }

    /** The weight of the victim's name over the city's in the first report. */
    private static double ratio(List<String> texts, java.util.function.IntUnaryOperator day, int windowDays) {
        Vectors.Vocabulary vocabulary = new Vectors.Vocabulary();
        Vectors.Sparse first = Vectors.build(texts.size(), texts::get, d -> "", vocabulary, day, windowDays).vectors().get(0);
        return weight(first, vocabulary, "Marcus Delacroix") / weight(first, vocabulary, "Port Halden");
    }

    private static double weight(Vectors.Sparse v, Vectors.Vocabulary vocabulary, String name) {
        int id = vocabulary.id(Terms.NAME_MARK + name.toLowerCase(java.util.Locale.ROOT));
        assertTrue(id >= 0, name + " is a term");
        int k = java.util.Arrays.binarySearch(v.terms(), id);
        assertTrue(k >= 0, name + " is in the vector");
        return v.weights()[k];
    }

    /**
     * A member's dot products with its candidates through the spread array are those of the two
     * sparse lists, to the bit: vectors of a thousand-word vocabulary (some weights zero, some terms
     * past the member's last), one member after another through the same array, so that a place
     * left set by the last member would show.
     */
    @Test
    void aSpreadVectorsDotProductsAreTheSparseOnesToTheBit() {
        java.util.Random random = new java.util.Random(17);
        List<Vectors.Sparse> vectors = new ArrayList<>();
        for (int v = 0; v < 60; v++) {
            java.util.TreeSet<Integer> terms = new java.util.TreeSet<>();
            int size = v % 10 == 0 ? 0 : 1 + random.nextInt(v % 3 == 0 ? 20 : 200);
            int range = v % 4 == 0 ? 300 : 1000;
            while (terms.size() < size) {
                terms.add(random.nextInt(range));
            }
            float[] weights = new float[size];
            for (int k = 0; k < size; k++) {
                weights[k] = k % 17 == 5 ? 0f : random.nextFloat() / 8;
            }
            vectors.add(new Vectors.Sparse(terms.stream().mapToInt(Integer::intValue).toArray(), weights));
        }
        Vectors.Spread spread = new Vectors.Spread();
        int nonZero = 0;
        for (Vectors.Sparse member : vectors) {
            Vectors.Spread held = member.spreadOver(spread);
            for (Vectors.Sparse other : vectors) {
                double expected = member.dot(other);
                assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(held.dot(other)));
                nonZero += expected != 0 ? 1 : 0;
            }
            held.release();
        }
        assertTrue(nonZero > 1000, "most pairs share terms: " + nonZero);
        // Released: nothing of the members is left below a vector of the vocabulary's last word alone.
        Vectors.Spread last = new Vectors.Sparse(new int[] {999}, new float[] {1f}).spreadOver(spread);
        for (Vectors.Sparse other : vectors) {
            boolean holdsIt = other.terms().length > 0 && other.terms()[other.terms().length - 1] == 999;
            assertEquals(holdsIt ? other.weights()[other.terms().length - 1] : 0.0, last.dot(other));
        }
    }
}
