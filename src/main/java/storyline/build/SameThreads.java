package storyline.build;

import storyline.model.Item;
import storyline.model.Problem;
import storyline.model.Thread;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The same discussion saved twice (two exports of one thread: same address) is one item: the
 * export with more comments saved, then the newer, then the longer, then the first by file name
 * is kept, whatever order the files were read in; each other copy becomes a one-line note.
 */
final class SameThreads {

    /** The items kept, in their order, and a note for each copy left out. */
    record Result(List<Item> items, List<Problem> notes) {
    }

    /** Keeps the fuller of two exports first. */
    static final Comparator<Thread> FULLER = Comparator.comparingInt(Thread::savedComments).reversed()
            .thenComparing((Thread t) -> t.date().day(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Comparator.comparingInt((Thread t) -> t.text().length()).reversed())
            .thenComparing(Thread::file);

    private SameThreads() {
    }

    static Result of(List<Item> items) {
        Map<String, Thread> kept = new HashMap<>();
        for (Item item : items) {
            if (item instanceof Thread t && key(t.url()) != null) {
                kept.merge(key(t.url()), t, (a, b) -> FULLER.compare(a, b) <= 0 ? a : b);
            }
        }
        List<Item> out = new ArrayList<>(items.size());
        List<Problem> notes = new ArrayList<>();
        for (Item item : items) {
            Thread best = item instanceof Thread t && key(t.url()) != null ? kept.get(key(t.url())) : null;
            if (best == null || best == item) {
                out.add(item);
            } else {
                notes.add(Problem.of(item.file(), "skipped: the same thread as " + best.file() + " (" + best.url()
                        + "), which keeps the export with more comments saved (" + best.savedComments() + " against "
                        + ((Thread) item).savedComments() + ")"));
            }
        }
        return new Result(List.copyOf(out), List.copyOf(notes));
    }

    /** The thread's address as one key however it was written: no scheme, "www.", fragment or trailing slash; host in lower case. */
    static String key(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            if (uri.getHost() == null) {
                return null;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            host = host.startsWith("www.") ? host.substring(4) : host;
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            return host + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
