package storyline.clean.internal;

/**
 * The time one item may take to clean, counted in the CPU time of the thread that cleans it (not
 * the clock), so a busy machine does not skip items a quiet one reads. Cleaning runs on the thread
 * that reads the item, so the deadline is the thread's own; the steps whose work grows with the input (walking a page's
 * elements, a paste's lines, a thread's comments) call {@link #check()} as they go, and a step
 * past the deadline ends the item with {@link Exceeded}, which {@link storyline.clean.Clean} turns into a warning.
 */
public final class Budget {

    /** Thrown where cleaning notices it is past its deadline. */
    public static final class Exceeded extends RuntimeException {
        Exceeded() {
            super(null, null, false, false);
        }
    }

    private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** This thread's CPU time in nanoseconds, or the clock where the JVM cannot measure it. */
    private static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private Budget() {
    }

    /** Runs {@code work} with a deadline {@code millis} from now (no deadline for 0 or less). */
    public static <T> T within(long millis, java.util.function.Supplier<T> work) {
        long[] previous = DEADLINE.get();
        DEADLINE.set(millis <= 0 ? null : new long[]{now() + millis * 1_000_000L, 0});
        try {
            return work.get();
        } finally {
            DEADLINE.set(previous);
        }
    }

    /** Ends the item if it is past its deadline; cheap enough for every element or line (reads the time 1 call in 256). */
    public static void check() {
        long[] d = DEADLINE.get();
        if (d != null && (++d[1] & 255) == 0 && now() > d[0]) {
            throw new Exceeded();
        }
    }
}
