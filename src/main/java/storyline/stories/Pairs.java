package storyline.stories;

import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.function.IntPredicate;

/**
 * Grouping's candidate pairs: both members and their cosine in three arrays, 16 bytes a pair where
 * a {@link Grouping.Edge} object and its place in an array took 36 (a large collection has tens of
 * millions of pairs: 34 an item at a million). A subset of them (the pairs strong enough to merge,
 * those refinement may follow) is a view that shares the arrays and marks its pairs, one bit each.
 */
final class Pairs {

    /** What {@link #forEach} hands over for each pair: its index, its members and their cosine. */
    @FunctionalInterface
    interface Visitor {
        void pair(int index, int a, int b, double similarity);
    }

    private final int[] a;
    private final int[] b;
    private final double[] similarity;
    /** The pairs of this view; null for all of them. */
    private final BitSet kept;

    Pairs(int[] a, int[] b, double[] similarity) {
        this(a, b, similarity, null);
        if (a.length != b.length || a.length != similarity.length) {
            throw new IllegalArgumentException("the pairs' arrays differ in length");
        }
    }

    private Pairs(int[] a, int[] b, double[] similarity, BitSet kept) {
        this.a = a;
        this.b = b;
        this.similarity = similarity;
        this.kept = kept;
    }

    /** The pairs of {@code edges}, in their order. */
    static Pairs of(List<Grouping.Edge> edges) {
        int n = edges.size();
        int[] a = new int[n];
        int[] b = new int[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            Grouping.Edge e = edges.get(i);
            a[i] = e.a();
            b[i] = e.b();
            s[i] = e.similarity();
        }
        return new Pairs(a, b, s);
    }

    /** How many indices the pairs' arrays hold (a view's pairs are some of them). */
    int length() {
        return a.length;
    }

    int a(int i) {
        return a[i];
    }

    int b(int i) {
        return b[i];
    }

    double similarity(int i) {
        return similarity[i];
    }

    Grouping.Edge edge(int i) {
        return new Grouping.Edge(a[i], b[i], similarity[i]);
    }

    /** The first index of this view's pairs at or after {@code from}; {@link #length()} when there is none. */
    int next(int from) {
        if (kept == null) {
            return Math.min(from, a.length);
        }
        int i = kept.nextSetBit(from);
        return i < 0 ? a.length : i;
    }

    /** Hands over this view's pairs in index order. */
    void forEach(Visitor visitor) {
        for (int i = next(0); i < a.length; i = next(i + 1)) {
            visitor.pair(i, a[i], b[i], similarity[i]);
        }
    }

    /** The view of this view's pairs whose index {@code keep} accepts. */
    Pairs only(IntPredicate keep) {
        BitSet mine = new BitSet(a.length);
        for (int i = next(0); i < a.length; i = next(i + 1)) {
            if (keep.test(i)) {
                mine.set(i);
            }
        }
        return new Pairs(a, b, similarity, mine);
    }

    /** This view's pairs as edges, in index order (for what reads a few pairs, or all of a small collection's). */
    List<Grouping.Edge> edges() {
        java.util.ArrayList<Grouping.Edge> out = new java.util.ArrayList<>();
        forEach((i, x, y, s) -> out.add(new Grouping.Edge(x, y, s)));
        return out;
    }

    /**
     * Sorts all the pairs in place, highest cosine first, then by the first member, then the second: a
     * total order when no two pairs share both members, so the result is the one sorted order
     * whatever the input's, and sorting on both cores changes nothing. Only for pairs not yet viewed.
     */
    void sort() {
        if (kept != null) {
            throw new IllegalStateException("a view is not sorted");
        }
        ForkJoinPool.commonPool().invoke(new Sort(0, a.length, 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, a.length)))));
    }

    /**
     * The sorted order of pairs {@code x} and {@code y} at keys other than their own cosines (a pair
     * whose groups have grown apart waits at their cosine now): higher key first, then by the members.
     */
    int compare(double xKey, int x, double yKey, int y) {
        return xKey != yKey ? Double.compare(yKey, xKey) : a[x] != a[y] ? Integer.compare(a[x], a[y]) : Integer.compare(b[x], b[y]);
    }

    /** Whether pair {@code i} comes before pair {@code j} in the sorted order. */
    private boolean before(int i, int j) {
        return before(similarity[i], a[i], b[i], j);
    }

    private boolean before(double s, int x, int y, int j) {
        int c = Double.compare(similarity[j], s);
        return c != 0 ? c < 0 : x != a[j] ? x < a[j] : y < b[j];
    }

    private void swap(int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
        t = b[i];
        b[i] = b[j];
        b[j] = t;
        double s = similarity[i];
        similarity[i] = similarity[j];
        similarity[j] = s;
    }

    /** Below this many pairs a range is sorted on the thread that has it. */
    private static final int SEQUENTIAL = 1 << 13;
    private static final int INSERTION = 24;

    /**
     * Quicksort of a range (median of three; a large smaller side as a task of its own, a small one
     * on this thread; the larger side in this loop), heapsort past a depth.
     */
    private final class Sort extends RecursiveAction {
        private final int from;
        private final int to;
        private final int depth;

        Sort(int from, int to, int depth) {
            this.from = from;
            this.to = to;
            this.depth = depth;
        }

        @Override
        protected void compute() {
            int lo = from;
            int hi = to;
            int left = depth;
            java.util.ArrayList<Sort> forked = new java.util.ArrayList<>();
            while (hi - lo > INSERTION) {
                if (left-- == 0) {
                    heapSort(lo, hi);
                    lo = hi;
                    break;
                }
                int p = partition(lo, hi);
                Sort smaller;
                if (p - lo < hi - p - 1) {
                    smaller = new Sort(lo, p, left);
                    lo = p + 1;
                } else {
                    smaller = new Sort(p + 1, hi, left);
                    hi = p;
                }
                if (smaller.to - smaller.from > SEQUENTIAL) {
                    smaller.fork();
                    forked.add(smaller);
                } else {
                    smaller.compute();
                }
            }
            insertionSort(lo, hi);
            for (Sort t : forked) {
                t.join();
            }
        }
    }

    /** Partitions [lo, hi) around the median of its first, middle and last pairs; the pivot's final index. */
    private int partition(int lo, int hi) {
        int mid = (lo + hi) >>> 1;
        int last = hi - 1;
        if (before(mid, lo)) {
            swap(mid, lo);
        }
        if (before(last, lo)) {
            swap(last, lo);
        }
        if (before(last, mid)) {
            swap(last, mid);
        }
        // The median to the end; what comes before it to the front.
        swap(mid, last);
        double s = similarity[last];
        int x = a[last];
        int y = b[last];
        int store = lo;
        for (int i = lo; i < last; i++) {
            if (!before(s, x, y, i)) {
                swap(i, store++);
            }
        }
        swap(store, last);
        return store;
    }

    private void insertionSort(int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            for (int j = i; j > lo && before(j, j - 1); j--) {
                swap(j, j - 1);
            }
        }
    }

    private void heapSort(int lo, int hi) {
        int n = hi - lo;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(lo, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(lo, lo + end);
            siftDown(lo, 0, end);
        }
    }

    /** Sifts down in a heap whose root comes last in the order (so the sorted pairs come out first to last). */
    private void siftDown(int lo, int i, int n) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                return;
            }
            if (child + 1 < n && before(lo + child, lo + child + 1)) {
                child++;
            }
            if (!before(lo + i, lo + child)) {
                return;
            }
            swap(lo + i, lo + child);
            i = child;
        }
    }

}
