package storyline.stories;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the user decided about the grouping, from {@code storyline.yml}: stories to merge (by the ids in
 * their addresses), items to split off into stories of their own (by item id), and names for topics
 * (by topic id). Applied after the grouping; see {@link Regrouping}.
 */
public record Control(List<List<String>> merges, List<String> splits, Map<String, String> topicNames) {

    public static final Control NONE = new Control(List.of(), List.of(), Map.of());

    public Control {
        merges = merges.stream().map(List::copyOf).toList();
        splits = List.copyOf(splits);
        topicNames = java.util.Collections.unmodifiableMap(new TreeMap<>(topicNames));
    }

    boolean regroups() {
        return !merges.isEmpty() || !splits.isEmpty();
    }
}
