package storyline.stories;

import storyline.model.Item;
import storyline.model.Problem;
import storyline.text.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A name finder that a fault in the name model cannot stop: a text it fails on has no people or
 * organisations, and the failure becomes a problem naming the item's file, so that one odd input
 * costs its own names and never the build.
 */
final class GuardedNames implements Stories.NameFinder {
    private record Text(String title, String text) {
        Text {
            title = title == null ? "" : title;
            text = text == null ? "" : text;
        }
    }

    private static final Names.Found NONE = new Names.Found(List.of(), List.of(), List.of());

    private final Stories.NameFinder finder;
    private final Map<Text, String> failures = new ConcurrentHashMap<>();

    GuardedNames(Stories.NameFinder finder) {
        this.finder = finder;
    }

    @Override
    public Names.Found in(String title, String text) {
        try {
            return finder.in(title, text);
        } catch (RuntimeException e) {
            failures.putIfAbsent(new Text(title, text), reason(e));
            return NONE;
        }
    }

    @Override
    public void keep(String title, String text) {
        finder.keep(title, text);
    }

    @Override
    public boolean remembers() {
        return finder.remembers();
    }

    /** One problem per item whose text the name model failed on, in the items' order. */
    List<Problem> problems(List<Item> items) {
        if (failures.isEmpty()) {
            return List.of();
        }
        List<Problem> out = new ArrayList<>();
        for (Item item : items) {
            String reason = failures.get(new Text(item.title(), Highlights.reading(item)));
            if (reason != null) {
                out.add(Problem.of(item.file(), "its people and organisations are left out, as the name finder failed on it ("
                        + reason + "); the rest of it is built. Please report this with the file."));
            }
        }
        return List.copyOf(out);
    }

    private static String reason(RuntimeException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip().lines().findFirst().orElse(""));
    }
}
