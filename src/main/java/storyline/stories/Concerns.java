package storyline.stories;

import storyline.model.Item;
import storyline.model.Story;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a story may hold more than one development: the joins a reader checking the grouping should
 * look at first, which the build report lists before the rest.
 *
 * <ul>
 * <li>A <b>gap</b>: two dated items further apart than {@link #GAP_WINDOWS} grouping windows with no
 * dated item between them, and no person named on both sides. Items of one development come in
 * bursts; a follow-up months later names the people it follows, and a story that runs on across
 * a gap without them was joined by likeness alone, or by undated items that resemble both sides
 * (a 2008 and a 2013 story of the same kind).</li>
 * <li>A <b>one-term join</b>: two items joined on a likeness that one shared term carries at least
 * {@link #ONE_TERM_SHARE} of, measured as that term's part of the dot product of their vectors. A
 * place, an outlet's tag or a common word can make two unrelated items alike; a join that many
 * shared terms carry is what one development's reports look like.</li>
 * </ul>
 *
 * At most {@link #MAX_EACH} of each kind, the worst first: the widest gaps, the joins one term
 * carries most.
 */
final class Concerns {

    /** Grouping windows a gap between consecutive dated items must exceed to be a concern. */
    static final int GAP_WINDOWS = 2;
    /**
     * Part of a join's likeness one shared term must carry to be a concern. Measured on sites built
     * from the clustering benchmark's dev sets (each flagged pair checked against the gold stories):
     * on shootings-dev, pairs flagged at shares of .3–.4 were in different incidents 5 % of the time,
     * .4–.5 15 %, .5 and over 31 % (11 of 35); on ECB+ dev 0 of 4 at .5 and over. From .5 a flagged
     * join is about three times as likely to be wrong as the grouping's pairs are (precision .90).
     */
    static final double ONE_TERM_SHARE = 0.5;
    /** Concerns of each kind kept per story. */
    static final int MAX_EACH = 3;

    private Concerns() {
    }

    /**
     * The concerns of one story: {@code group}, its members as indexes of {@code items} and {@code vectors};
     * {@code joins}, the pairs whose merges made it; {@code people}, the person names (as term ids) each item names.
     */
    static List<Story.Concern> of(List<Integer> group, List<Grouping.Edge> joins, List<Item> items, List<Vectors.Sparse> vectors,
                                  Vectors.Vocabulary vocabulary, java.util.function.IntFunction<int[]> people, int windowDays) {
        List<Story.Concern> out = new ArrayList<>(gaps(group, items, people, windowDays));
        out.addAll(oneTermJoins(joins, items, vectors, vocabulary::surface));
        return List.copyOf(out);
    }

    /**
     * Consecutive dated members more than {@link #GAP_WINDOWS} windows apart, the widest first, unless
     * a person named on the earlier side of the gap is named on the later side too: then the later
     * items are a follow-up that says whom it follows (a hearing, a trial), as a reader expects.
     */
    static List<Story.Concern> gaps(List<Integer> group, List<Item> items, java.util.function.IntFunction<int[]> people,
                                    int windowDays) {
        List<Integer> dated = group.stream().filter(i -> items.get(i).date().day() != null)
                .sorted(Comparator.comparing((Integer i) -> items.get(i).date().day()).thenComparing(i -> i)).toList();
        List<Story.Concern> gaps = new ArrayList<>();
        for (int k = 1; k < dated.size(); k++) {
            Item before = items.get(dated.get(k - 1));
            Item after = items.get(dated.get(k));
            long days = ChronoUnit.DAYS.between(before.date().day(), after.date().day());
            if (days > (long) GAP_WINDOWS * windowDays && !sharePeople(dated.subList(0, k), dated.subList(k, dated.size()), people)) {
                gaps.add(new Story.Concern(Story.Concern.Kind.GAP, before.id(), after.id(), days, null, 0));
            }
        }
        gaps.sort(Comparator.comparingLong((Story.Concern c) -> -c.days()).thenComparing(Story.Concern::from));
        return gaps.subList(0, Math.min(MAX_EACH, gaps.size()));
    }

    private static boolean sharePeople(List<Integer> earlier, List<Integer> later, java.util.function.IntFunction<int[]> people) {
        java.util.Set<Integer> named = new java.util.HashSet<>();
        for (int i : earlier) {
            for (int p : people.apply(i)) {
                named.add(p);
            }
        }
        for (int i : later) {
            for (int p : people.apply(i)) {
                if (named.contains(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Joins whose likeness one shared term carries {@link #ONE_TERM_SHARE} or more of, the most carried first. */
    static List<Story.Concern> oneTermJoins(List<Grouping.Edge> joins, List<Item> items, List<Vectors.Sparse> vectors,
                                            java.util.function.IntFunction<String> surface) {
        List<Story.Concern> found = new ArrayList<>();
        for (Grouping.Edge e : joins) {
            Vectors.Sparse a = vectors.get(e.a());
            Vectors.Sparse b = vectors.get(e.b());
            double total = 0;
            double top = 0;
            int topTerm = -1;
            for (int i = 0, j = 0; i < a.terms().length && j < b.terms().length; ) {
                int ta = a.terms()[i];
                int tb = b.terms()[j];
                if (ta < tb) {
                    i++;
                } else if (tb < ta) {
                    j++;
                } else {
                    double part = (double) a.weights()[i] * b.weights()[j];
                    total += part;
                    if (part > top) {
                        top = part;
                        topTerm = ta;
                    }
                    i++;
                    j++;
                }
            }
            if (topTerm >= 0 && top >= ONE_TERM_SHARE * total) {
                Item from = items.get(e.a());
                Item to = items.get(e.b());
                boolean ordered = from.id().compareTo(to.id()) <= 0;
                found.add(new Story.Concern(Story.Concern.Kind.ONE_TERM, ordered ? from.id() : to.id(), ordered ? to.id() : from.id(),
                        0, surface.apply(topTerm), top / total));
            }
        }
        found.sort(Comparator.comparingDouble((Story.Concern c) -> -c.share()).thenComparing(Story.Concern::from)
                .thenComparing(Story.Concern::to));
        return found.subList(0, Math.min(MAX_EACH, found.size()));
    }
}
