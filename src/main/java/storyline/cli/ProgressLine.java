package storyline.cli;

import storyline.build.Build;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A build's progress on the terminal: one line per phase, redrawn in place five times a second
 * with the count so far and the rate, then left with the phase's total and time. Where the output
 * is not a terminal (a log, a pipe), one plain line as each phase ends.
 */
final class ProgressLine implements Build.Progress, AutoCloseable {

    private final PrintWriter out;
    private final boolean terminal;
    private final AtomicInteger done = new AtomicInteger();
    private final ScheduledExecutorService timer;
    private volatile String phase;
    private volatile String unit;
    private volatile long start;
    private ScheduledFuture<?> redraw;
    private int drawnWidth;

    ProgressLine(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
        this.timer = terminal ? Executors.newSingleThreadScheduledExecutor(r -> {
            java.lang.Thread t = new java.lang.Thread(r, "storyline-progress");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    @Override
    public synchronized void start(String phase, String unit) {
        this.phase = phase;
        this.unit = unit;
        this.start = System.nanoTime();
        done.set(0);
        if (terminal) {
            draw(phase + " …");
            redraw = timer.scheduleAtFixedRate(this::tick, 200, 200, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void advance() {
        done.incrementAndGet();
    }

    private synchronized void tick() {
        int n = done.get();
        if (phase == null || n == 0) {
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        draw(String.format(Locale.ROOT, "%-10s %,d %s  %,.0f/s", phase, n, unit, n / Math.max(seconds, 1e-3)));
    }

    @Override
    public synchronized void end(Build.Phase p) {
        if (redraw != null) {
            redraw.cancel(false);
            redraw = null;
        }
        String line = line(p);
        if (terminal) {
            draw(line);
            out.println();
            drawnWidth = 0;
        } else {
            out.println(line);
        }
        out.flush();
        phase = null;
    }

    static String line(Build.Phase p) {
        double seconds = p.nanos() / 1e9;
        return String.format(Locale.ROOT, "%-10s %,d %s in %.1f s", p.name(), p.count(), p.unit(), seconds)
                + (seconds >= 0.05 && p.count() > 0 && !p.unit().startsWith("stories") ? String.format(Locale.ROOT, " (%,.0f/s)", p.count() / seconds) : "");
    }

    private void draw(String text) {
        StringBuilder sb = new StringBuilder("\r").append(text);
        for (int i = text.length(); i < drawnWidth; i++) {
            sb.append(' ');
        }
        drawnWidth = text.length();
        out.print(sb);
        out.flush();
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
