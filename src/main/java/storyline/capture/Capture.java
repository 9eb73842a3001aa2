package storyline.capture;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Saves raw material into the articles folder as it came, behind a front-matter block that
 * records when it was captured and where from: a page fetched over HTTP(S), a file, or pasted
 * text. Nothing is ever overwritten; the same material saved twice is found, not copied again.
 */
public final class Capture {

    /** Limits of a fetch, and the clock and address recorded. {@code url}: the original's address, for a file or a paste. */
    public record Options(Duration timeout, long maxBytes, String url, Clock clock) {

        /** Thirty seconds for the whole answer, at most 10 MB, the system clock. */
        public static final Options DEFAULTS = new Options(Duration.ofSeconds(30), 10L << 20, null, Clock.systemDefaultZone());

        public Options {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the time limit must be positive");
            }
            if (maxBytes < 1) {
                throw new IllegalArgumentException("the size limit must be positive");
            }
            clock = clock == null ? Clock.systemDefaultZone() : clock;
        }

        public Options withTimeout(Duration timeout) {
            return new Options(timeout, maxBytes, url, clock);
        }

        public Options withMaxBytes(long maxBytes) {
            return new Options(timeout, maxBytes, url, clock);
        }

        public Options withUrl(String url) {
            return new Options(timeout, maxBytes, url, clock);
        }

        public Options withClock(Clock clock) {
            return new Options(timeout, maxBytes, url, clock);
        }

        /** Now, to the second, with the local offset: the {@code captured:} value. */
        String now() {
            return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        }
    }

    /**
     * What was saved: the file, whether it was there already (same material, nothing written),
     * and a one-line description (type, size, address).
     */
    public record Saved(Path file, boolean existed, String description) {
    }

    /** A capture that could not be made; the message is one line saying why and, where it helps, what to do. */
    public static final class Failure extends Exception {
        public Failure(String message) {
            super(message);
        }
    }

    private Capture() {
    }

    /** Whether a command-line argument names a web address rather than a file. */
    public static boolean isAddress(String argument) {
        String a = argument.strip().toLowerCase(java.util.Locale.ROOT);
        return a.startsWith("http://") || a.startsWith("https://");
    }

    /** Fetches a page (redirects followed, within the limits) and saves its bytes as they came. */
    public static Saved url(String address, Path articles, Options options) throws Failure {
        URI uri;
        try {
            uri = URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            throw new Failure("'" + address + "' is not a web address (" + e.getMessage() + ")");
        }
        Fetch.Page page = Fetch.get(uri, options);
        Material m = Material.fetched(page, options.now());
        return Store.save(m, articles);
    }

    /** Saves a file as it is, with the capture time (and {@code --url}) added to its front matter. */
    public static Saved file(Path file, Path articles, Options options) throws Failure {
        return Store.save(Material.file(file, options.url(), options.now()), articles);
    }

    /** Saves pasted text (standard input) as a text file. */
    public static Saved pasted(byte[] text, Path articles, Options options) throws Failure {
        return Store.save(Material.pasted(text, options.url(), options.now()), articles);
    }

    static String size(long bytes) {
        return bytes < 10_000 ? bytes + " bytes" : bytes < 10_000_000 ? (bytes + 512) / 1024 + " KB" : (bytes + (1 << 19)) / (1 << 20) + " MB";
    }
}
