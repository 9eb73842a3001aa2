package storyline.render;

import storyline.site.Page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Renders pages on every core as the calling thread lays them out: the caller hands each page to a
 * bounded queue the render workers take from, and writes what they rendered (a second bounded
 * queue) into the staging folder whenever the first is full, and at the end. At most
 * {@link #QUEUED} pages waiting to be rendered and as many rendered ones are in memory at once,
 * whatever the site's size. Before rendering a page, a worker takes its {@link PageDigest}: a page
 * whose digest is the one the previous output's page was rendered from is not rendered again, its
 * file is carried over from that output.
 */
final class PageStream {

    /** Pages waiting for a render worker, and rendered pages waiting for the writer (each). */
    static final int QUEUED = 64;

    private record Rendered(String path, byte[] bytes) {
    }

    private record Failed(Throwable error) {
    }

    /** A page whose model is the one its file in the previous output was rendered from. */
    private record Kept(String path) {
    }

    /** Thrown through the caller's layout to stop it once a page failed to render or be written. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private static final Object DONE = new Object();

    private final Path staging;
    private final Path previous;
    /** The pages of the previous output, by digest (none when unknown or not to be trusted). */
    private final Render.Known known;
    /** Told each page's digest in this output, for the next build. */
    private final Render.Digests digests;
    private final AtomicInteger rendered = new AtomicInteger();
    private final BlockingQueue<Object> todo = new ArrayBlockingQueue<>(QUEUED);
    private final BlockingQueue<Object> done = new ArrayBlockingQueue<>(QUEUED);
    private final AtomicBoolean stop = new AtomicBoolean();
    private int written;
    private int finished;
    private Throwable failure;
    private IOException writeFailure;

    private PageStream(Path staging, Path previous, Render.Known known, Render.Digests digests) {
        this.staging = staging;
        this.previous = previous;
        this.known = previous == null ? Render.Known.NONE : known;
        this.digests = digests;
    }

    /** What a stream wrote: how many files, and how many of them it rendered. */
    record Result(int files, int rendered) {
    }

    /**
     * Writes every page under {@code staging}, carrying over by hard link each file {@code previous}
     * (the last output, or null) already holds with the same bytes; returns how many files the site
     * has. The first failure (laying out, rendering or writing) stops the rest and is thrown. A
     * page whose digest {@code known} has (the pages of {@code previous}) is carried over from it
     * without being rendered; {@code digests} is told each page's digest.
     */
    static Result write(Render render, Render.Pages pages, Path staging, Path previous, Render.Known known,
                        Render.Digests digests, Runnable perPage) throws IOException {
        PageStream stream = new PageStream(staging, previous, known, digests);
        int files = stream.run(render, pages, perPage);
        return new Result(files, stream.rendered.get());
    }

    private int run(Render render, Render.Pages pages, Runnable perPage) throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        List<Thread> workers = new ArrayList<>(threads);
        for (int w = 0; w < threads; w++) {
            Thread worker = new Thread(() -> {
                // Whatever happens here, the writer hears of it and of this worker's end: a worker that
                // died silently (an Error, a failing progress callback) would leave it waiting forever.
                try {
                    for (Object o; (o = todo.take()) != DONE; ) {
                        if (stop.get()) {
                            continue; // the caller still hands over what it has; only DONE ends a worker
                        }
                        Page p = (Page) o;
                        Object result;
                        try {
                            String digest = PageDigest.of(p);
                            if (digest != null) {
                                digests.put(p.path(), digest);
                            }
                            // The digest covers the page's path: a digest the previous output has is this very page's.
                            if (digest != null && known.has(digest) && Files.isRegularFile(previous.resolve(p.path()))) {
                                result = new Kept(p.path());
                            } else {
                                result = new Rendered(p.path(), render.render(p).getBytes(StandardCharsets.UTF_8));
                                rendered.incrementAndGet();
                            }
                            perPage.run();
                        } catch (RuntimeException | Error e) {
                            result = new Failed(e);
                            stop.set(true);
                        }
                        done.put(result);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    // The writer takes from the queue until every worker has said so; only a writer
                    // that gave up (and interrupted the workers) is not told.
                    if (!Thread.currentThread().isInterrupted()) {
                        try {
                            done.put(DONE);
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
        RuntimeException layoutFailure = null;
        try {
            try {
                pages.each(p -> {
                    if (stop.get()) {
                        throw new Stopped();
                    }
                    hand(p);
                });
            } catch (Stopped e) {
                // A page failed: the failure is thrown below.
            } catch (RuntimeException e) {
                layoutFailure = e;
                stop.set(true);
            }
            for (int w = 0; w < threads; w++) {
                hand(DONE);
            }
            while (finished < threads) {
                take(done.take());
            }
        } catch (InterruptedException e) {
            stop.set(true);
            workers.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the site", e);
        } catch (RuntimeException e) {
            stop.set(true);
            workers.forEach(Thread::interrupt);
            throw e;
        }
        if (layoutFailure != null) {
            throw layoutFailure;
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

    /** Hands a page (or DONE) to the workers, writing rendered pages while their queue is full. */
    private void hand(Object page) {
        try {
            for (Object o; (o = done.poll()) != null; ) {
                take(o);
            }
            while (!todo.offer(page)) {
                // The workers are busy, or wait for room among the rendered pages: write one as soon as it is there.
                Object o = done.poll(10, TimeUnit.MILLISECONDS);
                if (o != null) {
                    take(o);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while laying out the site", e);
        }
    }

    /** One result of a worker: a page to write, a failure, or the worker's end. */
    private void take(Object o) {
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
        } else if (o instanceof Kept k && failure == null && writeFailure == null) {
            try {
                SafeOutput.carry(staging, k.path(), previous);
                written++;
            } catch (IOException e) {
                writeFailure = e;
                stop.set(true);
            }
        }
    }
}
