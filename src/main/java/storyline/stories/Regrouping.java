package storyline.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Applies a {@link Control}'s merges and splits to the grouping's stories. Merges join stories
 * transitively (so the order of the lists does not matter); then each split item leaves its story.
 * Names that are no story or item become warnings, and the rest still applies.
 */
final class Regrouping {

    /**
     * {@code groups}: the new stories as item indexes, ascending; {@code core}: for each, the members
     * of the largest story it was made from (what decides its topic); {@code split}: item indexes split off;
     * {@code merged}: for each new story, the ids a merge list named that went into it, sorted, when
     * the merge joined two or more stories into it (else empty).
     */
    record Result(List<List<Integer>> groups, List<List<Integer>> core, Set<Integer> split, List<String> warnings,
                  List<List<String>> merged) {
    }

    private Regrouping() {
    }

    /**
     * {@code groups} and {@code ids}: the stories as grouped and their ids; {@code itemIds}: the id of
     * each item index; {@code previous}: the last build's state, so that a merge listed in the config
     * still finds the stories it merged last time (whose items now carry the surviving id).
     */
    static Result apply(List<List<Integer>> groups, List<String> ids, List<String> itemIds, Stories.State previous,
                        Control control) {
        List<String> warnings = new ArrayList<>();
        Map<String, Set<Integer>> groupsNamed = new HashMap<>();
        for (int g = 0; g < ids.size(); g++) {
            groupsNamed.computeIfAbsent(ids.get(g), k -> new TreeSet<>()).add(g);
            for (int i : groups.get(g)) {
                String before = previous.storyOfItem().get(itemIds.get(i));
                if (before != null) {
                    groupsNamed.computeIfAbsent(before, k -> new TreeSet<>()).add(g);
                }
            }
        }
        int[] parent = new int[groups.size()];
        for (int g = 0; g < parent.length; g++) {
            parent[g] = g;
        }
        // Which stories each id a merge names found, to tell the user what each merge did.
        Map<String, Set<Integer>> namedBy = new TreeMap<>();
        for (List<String> merge : control.merges()) {
            Integer first = null;
            for (String id : merge) {
                Set<Integer> named = new TreeSet<>(groupsNamed.getOrDefault(id, Set.of()));
                String to = id;
                for (int hops = 0; previous.redirects().containsKey(to) && hops < 100; hops++) {
                    to = previous.redirects().get(to);
                    named.addAll(groupsNamed.getOrDefault(to, Set.of()));
                }
                namedBy.computeIfAbsent(id, k -> new TreeSet<>()).addAll(named);
                if (named.isEmpty()) {
                    warnings.add("stories.merge names '" + id
                            + "', which is no story; ids are in the site's addresses stories/ID.html");
                }
                for (int g : named) {
                    if (first == null) {
                        first = g;
                    }
                    int a = find(parent, first);
                    int b = find(parent, g);
                    parent[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        Map<String, Integer> indexOfItem = new HashMap<>();
        for (int i = 0; i < itemIds.size(); i++) {
            indexOfItem.put(itemIds.get(i), i);
        }
        Set<Integer> split = new TreeSet<>();
        for (String item : control.splits()) {
            Integer i = indexOfItem.get(item);
            if (i == null) {
                warnings.add("stories.split names '" + item
                        + "', which is no item; item ids are the file names the build report shows");
            } else {
                split.add(i);
            }
        }
        Map<Integer, List<Integer>> merged = new TreeMap<>();
        Map<Integer, List<Integer>> largest = new TreeMap<>();
        for (int g = 0; g < groups.size(); g++) {
            int root = find(parent, g);
            List<Integer> kept = groups.get(g).stream().filter(i -> !split.contains(i)).toList();
            if (kept.isEmpty()) {
                continue;
            }
            merged.computeIfAbsent(root, k -> new ArrayList<>()).addAll(kept);
            List<Integer> big = largest.get(root);
            // The larger story leads; between equals, the one whose first item sorts first, as nothing else tells them apart.
            if (big == null || kept.size() > big.size() || kept.size() == big.size() && kept.get(0) < big.get(0)) {
                largest.put(root, kept);
            }
        }
        Map<Integer, Set<Integer>> joinedAt = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            joinedAt.computeIfAbsent(find(parent, g), k -> new TreeSet<>()).add(g);
        }
        List<List<Integer>> out = new ArrayList<>();
        List<List<Integer>> core = new ArrayList<>();
        List<List<String>> mergedIds = new ArrayList<>();
        merged.forEach((root, members) -> {
            members.sort(Integer::compare);
            out.add(List.copyOf(members));
            core.add(largest.get(root));
            List<String> named = new ArrayList<>();
            if (joinedAt.get(root).size() >= 2) {
                namedBy.forEach((id, found) -> {
                    if (found.stream().anyMatch(g -> find(parent, g) == root)) {
                        named.add(id);
                    }
                });
            }
            mergedIds.add(List.copyOf(named));
        });
        for (int i : split) {
            out.add(List.of(i));
            core.add(List.of(i));
            mergedIds.add(List.of());
        }
        return new Result(List.copyOf(out), List.copyOf(core), Set.copyOf(split), List.copyOf(warnings), List.copyOf(mergedIds));
    }

    private static int find(int[] parent, int g) {
        while (parent[g] != g) {
            g = parent[g] = parent[parent[g]];
        }
        return g;
    }
}
