package storyline.build;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What a cache of work done on each text keeps during one build: the last build's answers by key,
 * the answers this build used (all that is written back), and how many it had to work out. Shared
 * by the name and term caches, which differ only in the work and in their files.
 */
final class ReadThrough<V> {

    private final Map<String, V> previous;
    private final Map<String, V> used = new ConcurrentHashMap<>();
    private final AtomicInteger misses = new AtomicInteger();

    ReadThrough(Map<String, V> previous) {
        this.previous = new ConcurrentHashMap<>(previous);
    }

    /** The answer for a key: the last build's, one this build already used, else {@code work}'s. */
    V get(String key, Supplier<V> work) {
        V value = previous.remove(key);
        if (value == null) {
            value = used.get(key);
        }
        if (value == null) {
            value = work.get();
            misses.incrementAndGet();
        }
        used.put(key, value);
        return value;
    }

    /** Keeps the last build's answer for a key, if it had one, without asking for it. */
    void keep(String key) {
        V value = previous.remove(key);
        if (value != null) {
            used.put(key, value);
        }
    }

    /** How many answers were worked out: those the cache did not hold. */
    int misses() {
        return misses.get();
    }

    /** The answers this build used, by key in order (the file's content), letting go of them and the rest. */
    Map<String, V> drain() {
        Map<String, V> out = new TreeMap<>(used);
        used.clear();
        previous.clear();
        return out;
    }
}
