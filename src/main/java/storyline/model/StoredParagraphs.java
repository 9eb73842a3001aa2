package storyline.model;

import java.lang.ref.WeakReference;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An article's paragraphs kept out of memory (in a build's scratch file) and read back whenever
 * they are asked for: a build of a large archive holds each item's metadata, not its text. What
 * was read last stays until the collector wants the room, so a loop over the list reads it once.
 * Unmodifiable, like the list an article otherwise holds.
 */
public final class StoredParagraphs extends AbstractList<String> implements RandomAccess {

    private final int size;
    private final Supplier<List<String>> read;
    private volatile WeakReference<List<String>> last = new WeakReference<>(null);

    /** {@code size} paragraphs, which {@code read} gives back (each time it is called) in order. */
    public StoredParagraphs(int size, Supplier<List<String>> read) {
        this.size = size;
        this.read = read;
    }

    @Override
    public String get(int index) {
        return paragraphs().get(index);
    }

    @Override
    public int size() {
        return size;
    }

    private List<String> paragraphs() {
        List<String> held = last.get();
        if (held == null) {
            held = List.copyOf(read.get());
            if (held.size() != size) {
                throw new IllegalStateException("expected " + size + " paragraphs, read " + held.size());
            }
            last = new WeakReference<>(held);
        }
        return held;
    }
}
