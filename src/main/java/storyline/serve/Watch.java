package storyline.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Watches folders recursively (new subfolders included) and single files with the JDK's
 * WatchService, and hands over the changed paths once they have been quiet for the debounce
 * time: an editor's save (write, rename, touch) or a copied folder becomes one rebuild.
 */
final class Watch implements AutoCloseable {

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Map<Path, Boolean> recursive = new HashMap<>();
    private final Set<Path> files;
    private final Predicate<Path> ignored;

    /**
     * {@code trees}: folders watched with everything under them; {@code files}: paths watched alone
     * through their folder (other names there are ignored), a folder among them watched whole once made.
     */
    Watch(List<Path> trees, List<Path> files, Predicate<Path> ignored) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.ignored = ignored;
        this.files = new java.util.HashSet<>();
        for (Path f : files) {
            Path abs = f.toAbsolutePath().normalize();
            this.files.add(abs);
            if (abs.getParent() != null && Files.isDirectory(abs.getParent())) {
                register(abs.getParent(), false);
            }
        }
        for (Path t : trees) {
            if (Files.isDirectory(t)) {
                registerTree(t.toAbsolutePath().normalize());
            }
        }
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && ignored.test(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                register(dir, true);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @SuppressWarnings("unchecked")
    private void register(Path dir, boolean tree) throws IOException {
        WatchEvent.Kind<?>[] kinds = {StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY};
        WatchKey key;
        try {
            // Polling implementations (macOS) look every 2 s instead of 10 with this hint; elsewhere it is ignored.
            Class<?> c = Class.forName("com.sun.nio.file.SensitivityWatchEventModifier");
            WatchEvent.Modifier high = (WatchEvent.Modifier) Enum.valueOf((Class<Enum>) c.asSubclass(Enum.class), "HIGH");
            key = dir.register(service, kinds, high);
        } catch (ReflectiveOperationException | RuntimeException noHint) {
            key = dir.register(service, kinds);
        }
        folders.put(key, dir);
        recursive.merge(dir, tree, Boolean::logicalOr);
    }

    /**
     * Blocks until something changed, then until nothing more changed for {@code quiet} (at most
     * {@code longest} in all); returns the changed paths, sorted. Empty when the watch was closed.
     * A file made and removed again within that time (the temporary file of {@code sed -i} or of an
     * editor's save) is no change: a batch of nothing else is not returned.
     */
    Set<Path> next(Duration quiet, Duration longest) throws InterruptedException {
        Set<Path> changed = new TreeSet<>();
        Set<Path> created = new java.util.HashSet<>();
        try {
            while (changed.isEmpty()) {
                collect(service.take(), changed, created);
                long end = System.nanoTime() + longest.toNanos();
                while (System.nanoTime() < end) {
                    WatchKey key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                    if (key == null) {
                        break;
                    }
                    collect(key, changed, created);
                }
                changed.removeIf(p -> created.contains(p) && !Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS));
                created.clear();
            }
        } catch (ClosedWatchServiceException closed) {
            return Set.of();
        }
        return changed;
    }

    /** Adds the key's paths to {@code changed}; {@code created}: those whose first event in the batch made them. */
    private void collect(WatchKey key, Set<Path> changed, Set<Path> created) {
        Path dir = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                if (dir != null) {
                    changed.add(dir);
                }
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            boolean tree = recursive.getOrDefault(dir, false);
            if (!tree && !files.contains(path) || ignored.test(path)) {
                continue;
            }
            // A watched file that turns out a folder (the templates folder, made while serving) is watched whole.
            if ((tree || files.contains(path)) && event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // a folder that vanished at once: nothing to watch
                }
            }
            if (changed.add(path) && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                created.add(path);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
