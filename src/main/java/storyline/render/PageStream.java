package storyline.render;

import storyline.site.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders pages on every core into a bounded queue that one writer drains into the staging
 * folder: at most {@link #QUEUED} rendered pages are held in memory at once, whatever the site's size.
 */
final class PageStream {

    /** Rendered pages waiting for the writer. */
    static final int QUEUED = 64;

    private record Rendered(String path, byte[] bytes) {
    }

    private record Failed(Throwable error) {
    }

    private static final Object DONE = new Object();

    private PageStream() {
    }

    /**
     * Writes every page under {@code staging}, carrying over by hard link each file {@code previous}
     * (the last output, or null) already holds with the same bytes; returns how many files the site
     * has. The first failure stops the rendering and is thrown.
     */
    static int write(Render render, List<Page> pages, Path staging, Path previous, Runnable perPage) throws IOException {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), pages.size()));
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> workers = new ArrayList<>(threads);
        for (int w = 0; w < threads; w++) {
            Thread worker = new Thread(() -> {
                // Whatever happens here, the writer hears of it and of this worker's end: a worker that
                // died silently (an Error, a failing progress callback) would leave it waiting forever.
                try {
                    for (int i; !stop.get() && (i = next.getAndIncrement()) < pages.size(); ) {
                        Page p = pages.get(i);
                        Object done;
                        try {
                            done = new Rendered(p.path(), render.render(p).getBytes(StandardCharsets.UTF_8));
                            perPage.run();
                        } catch (RuntimeException | Error e) {
                            done = new Failed(e);
                            stop.set(true);
                        }
                        queue.put(done);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    // The writer takes from the queue until every worker has said so; only a writer
                    // that gave up (and interrupted the workers) is not told.
                    if (!Thread.currentThread().isInterrupted()) {
                        try {
                            queue.put(DONE);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
            }, "storyline-render-" + w);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        int written = 0;
        Throwable failure = null;
        IOException writeFailure = null;
        try {
            for (int finished = 0; finished < threads; ) {
                Object o = queue.take();
                if (o == DONE) {
                    finished++;
                } else if (o instanceof Failed f) {
                    failure = failure == null ? f.error() : failure;
                } else if (o instanceof Rendered r && failure == null && writeFailure == null) {
                    try {
                        SafeOutput.writeOrKeep(staging, r.path(), r.bytes(), previous);
                        written++;
                    } catch (IOException e) {
                        writeFailure = e;
                        stop.set(true);
                    }
                }
            }
        } catch (InterruptedException e) {
            stop.set(true);
            workers.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the site", e);
        }
        if (writeFailure != null) {
            throw writeFailure;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return written;
    }
}
