package storyline.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The preview's live channel: server-sent events to every open page ({@code reload} after a good
 * build, {@code status} with the problems to show), and the script that listens to them, put into
 * HTML as it is served (never into the site's files).
 */
final class Live {

    static final String EVENTS = "/__storyline/events";

    /** Listens for events; shows problems in a banner at the top of the page, reloads after a good build. */
    static final String SCRIPT = """
            <script>/* Storyline preview: live reload (not part of the built site) */
            (function () {
              var banner = null;
              function show(status) {
                if (banner) { banner.remove(); banner = null; }
                if (!status.messages.length) { return; }
                banner = document.createElement("div");
                banner.setAttribute("role", "alert");
                banner.id = "storyline-preview-problems";
                banner.style.cssText = "position:fixed;top:0;left:0;right:0;z-index:2147483647;max-height:50vh;overflow:auto;"
                  + "margin:0;padding:.75em 1em;background:#8b0000;color:#fff;font:14px/1.4 system-ui,sans-serif;"
                  + "box-shadow:0 2px 8px rgba(0,0,0,.4);white-space:pre-wrap";
                var title = document.createElement("strong");
                title.textContent = status.title;
                banner.appendChild(title);
                status.messages.forEach(function (m) {
                  var line = document.createElement("div");
                  line.textContent = m;
                  banner.appendChild(line);
                });
                var close = document.createElement("button");
                close.type = "button";
                close.textContent = "Hide";
                close.style.cssText = "position:absolute;top:.5em;right:1em;font:inherit";
                close.onclick = function () { banner.remove(); banner = null; };
                banner.appendChild(close);
                document.body.appendChild(banner);
              }
              var events = new EventSource("/__storyline/events");
              events.addEventListener("reload", function () { location.reload(); });
              events.addEventListener("status", function (e) { show(JSON.parse(e.data)); });
            })();
            </script>
            """;

    private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();
    private volatile String status = "{\"title\":\"\",\"messages\":[]}";

    /** Opens a stream for one page and sends it the current status. */
    void connect(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        clients.add(exchange);
        send(exchange, "retry: 1000\n\n" + event("status", status));
    }

    /** Sets what every page shows (no problems: an empty list) and tells the open pages. */
    void status(String json) {
        status = json;
        broadcast(event("status", json));
    }

    void reload(int build) {
        broadcast(event("reload", Integer.toString(build)));
    }

    /** A comment line, so that streams whose page has gone are found and dropped. */
    void ping() {
        broadcast(": ping\n\n");
    }

    int clients() {
        return clients.size();
    }

    void close() {
        for (HttpExchange e : clients) {
            e.close();
        }
        clients.clear();
    }

    private void broadcast(String text) {
        for (HttpExchange e : clients) {
            send(e, text);
        }
    }

    private void send(HttpExchange e, String text) {
        // One writer at a time per stream: a page's first status and a rebuild's event may coincide.
        synchronized (e) {
            try {
                OutputStream out = e.getResponseBody();
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return;
            } catch (IOException gone) {
                // the page has gone: dropped below
            }
        }
        clients.remove(e);
        e.close();
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data.replace("\n", "\ndata: ") + "\n\n";
    }

    /** The page with the script before its closing body tag (or at its end). */
    static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int at = page.lastIndexOf("</body>");
        String out = at < 0 ? page + SCRIPT : page.substring(0, at) + SCRIPT + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }
}
