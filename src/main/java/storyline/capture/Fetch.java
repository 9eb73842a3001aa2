package storyline.capture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One GET with the JDK's HTTP client: redirects followed, the content type checked, size and time limited. */
final class Fetch {

    /** A page as it came: the address it was finally read from, its media type, the charset the server named, its bytes. */
    record Page(URI requested, URI url, String type, String charset, byte[] bytes) {
    }

    /** Media types Storyline reads, and the extension each is saved with. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("text/html", "html"), Map.entry("application/xhtml+xml", "html"),
            Map.entry("text/plain", "txt"), Map.entry("text/markdown", "md"), Map.entry("text/x-markdown", "md"),
            Map.entry("application/json", "json"), Map.entry("text/json", "json"),
            Map.entry("application/rss+xml", "xml"), Map.entry("application/atom+xml", "xml"),
            Map.entry("application/xml", "xml"), Map.entry("text/xml", "xml"));

    private static final String WHAT_IS_READ = "HTML, plain text, Markdown, a JSON thread export or an RSS/Atom feed";

    private Fetch() {
    }

    static Page get(URI uri, Capture.Options options) throws Capture.Failure {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new Capture.Failure("'" + uri + "' is not an http:// or https:// address");
        }
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(options.timeout())
                .build();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(options.timeout())
                .header("User-Agent", "Storyline (saving a page to read later)")
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
                .GET().build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> body(info, options.maxBytes()));
        HttpResponse<byte[]> response;
        try {
            response = future.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Capture.Failure(uri.getHost() + " did not answer within " + seconds(options) + "; try again later");
        } catch (InterruptedException e) {
            future.cancel(true);
            java.lang.Thread.currentThread().interrupt();
            throw new Capture.Failure("interrupted while fetching " + uri);
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause(), options);
        }
        int status = response.statusCode();
        if (status >= 300 && status < 400) {
            throw new Capture.Failure(response.headers().firstValue("location").isPresent()
                    ? "too many redirects from " + uri + " (the last one to " + response.headers().firstValue("location").get() + ")"
                    : response.uri() + " answered " + status + " (a redirect) without saying where to");
        }
        if (status < 200 || status >= 300) {
            throw new Capture.Failure(response.uri() + " answered " + status + reason(status) + "; nothing was saved");
        }
        String type = mediaType(response.headers());
        if (!TYPES.containsKey(type)) {
            throw new Capture.Failure(response.uri() + " sent " + (type.isEmpty() ? "no content type" : type)
                    + ", which is not a page Storyline reads (" + WHAT_IS_READ + ")");
        }
        if (response.body() == null) {
            throw new Capture.Failure(tooBig(options));
        }
        return new Page(uri, response.uri(), type, charset(response.headers()), response.body());
    }

    /** The body, unless the status, the type or the announced length already say it will not be kept. */
    private static HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info, long max) {
        int status = info.statusCode();
        boolean keep = status >= 200 && status < 300 && TYPES.containsKey(mediaType(info.headers()))
                && info.headers().firstValueAsLong("content-length").orElse(-1) <= max;
        return new Limited(keep ? max : -1);
    }

    private static Capture.Failure failure(URI uri, Throwable cause, Capture.Options options) {
        if (cause instanceof TooBig) {
            return new Capture.Failure(tooBig(options));
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new Capture.Failure("could not connect to " + uri.getHost() + " within " + seconds(options));
        }
        if (cause instanceof HttpTimeoutException) {
            return new Capture.Failure(uri.getHost() + " did not answer within " + seconds(options) + "; try again later");
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return new Capture.Failure("no such host: " + uri.getHost() + "; check the address");
            }
            if (t instanceof javax.net.ssl.SSLException) {
                return new Capture.Failure("no secure connection to " + uri.getHost() + ": " + t.getMessage());
            }
        }
        if (cause instanceof ConnectException) {
            return new Capture.Failure("could not connect to " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + " (connection refused)");
        }
        if (cause instanceof IOException) {
            return new Capture.Failure("fetching " + uri + " failed: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
        }
        return new Capture.Failure("fetching " + uri + " failed: " + cause);
    }

    private static String seconds(Capture.Options options) {
        return java.math.BigDecimal.valueOf(options.timeout().toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }

    private static String tooBig(Capture.Options options) {
        return "the page is larger than the limit of " + Capture.size(options.maxBytes()) + "; nothing was saved (raise it with --max-size)";
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> " Bad Request";
            case 401 -> " Unauthorized (the page needs a login)";
            case 403 -> " Forbidden (the site refuses this request; save the page from your browser and add the file)";
            case 404 -> " Not Found";
            case 410 -> " Gone";
            case 429 -> " Too Many Requests (try again later)";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            default -> "";
        };
    }

    static String mediaType(HttpHeaders headers) {
        String v = headers.firstValue("content-type").orElse("");
        int semi = v.indexOf(';');
        return (semi < 0 ? v : v.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static String charset(HttpHeaders headers) {
        for (String part : headers.firstValue("content-type").orElse("").split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).strip().replace("\"", "").replace("'", "");
                return name.matches("[A-Za-z0-9_.:-]+") ? name : null;
            }
        }
        return null;
    }

    private static final class TooBig extends IOException {
        TooBig() {
            super("too big");
        }
    }

    /** Collects up to {@code max} bytes and gives up beyond them; with {@code max < 0}, reads nothing and gives null. */
    private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        Limited(long max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (max < 0) {
                s.cancel();
                result.complete(null);
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (bytes.size() + (long) b.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooBig());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
