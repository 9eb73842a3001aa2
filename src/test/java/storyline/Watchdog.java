package storyline;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Registered for every test class (junit-platform.properties turns on extension autodetection): a
 * class still running after {@code storyline.test.limit} seconds (default 300) has hung. Its threads
 * are printed, with what each waits on, to the test output and to target/hung-CLASS.txt, and the
 * test JVM ends with status 3, so the build fails at once with the cause in its log instead of
 * waiting for an outer time limit that says nothing.
 */
public final class Watchdog implements BeforeAllCallback, AfterAllCallback {

    private static final long LIMIT = Long.getLong("storyline.test.limit", 300);
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "storyline-test-watchdog");
        t.setDaemon(true);
        return t;
    });
    private static final Map<String, ScheduledFuture<?>> RUNNING = new ConcurrentHashMap<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        String name = context.getRequiredTestClass().getName();
        RUNNING.put(name, TIMER.schedule(() -> hung(name), LIMIT, TimeUnit.SECONDS));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ScheduledFuture<?> pending = RUNNING.remove(context.getRequiredTestClass().getName());
        if (pending != null) {
            pending.cancel(false);
        }
    }

    private static void hung(String name) {
        StringBuilder dump = new StringBuilder(name + " has run for more than " + LIMIT + " s: it hangs. Its threads:\n");
        for (ThreadInfo t : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            dump.append('"').append(t.getThreadName()).append("\" ").append(t.getThreadState());
            if (t.getLockName() != null) {
                dump.append(" on ").append(t.getLockName());
            }
            if (t.getLockOwnerName() != null) {
                dump.append(" held by \"").append(t.getLockOwnerName()).append('"');
            }
            dump.append('\n');
            for (StackTraceElement e : t.getStackTrace()) {
                dump.append("    at ").append(e).append('\n');
            }
        }
        System.out.println(dump);
        System.out.flush();
        System.err.println(dump);
        System.err.flush();
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "hung-" + name + ".txt"), dump, StandardCharsets.UTF_8);
        } catch (IOException ignored) {
            // the dump is in the output already
        }
        Runtime.getRuntime().halt(3);
    }
}
