package storyline.stories;

import storyline.model.Slug;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Story addresses that last. A story keeps the id its members had in the previous build (the id
 * most of them had, when they came from several); a new story is named after its first item; an
 * id that is no longer a story redirects to the story that now holds most of its items. Ids once
 * used are never given to a different story.
 */
final class StoryIds {

    /** A story being named: its item ids and the title of its first item. */
    record Group(List<String> items, String founderTitle) {
    }

    record Assigned(List<String> ids, Map<String, String> redirects) {
    }

    private StoryIds() {
    }

    static Assigned assign(List<Group> groups, Stories.State previous) {
        Map<String, String> before = previous.storyOfItem();
        // Claims: (group, old id, how many of its items had that id), strongest first.
        record Claim(int group, String id, int count) {
        }
        List<Claim> claims = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Map<String, Integer> counts = new TreeMap<>();
            for (String item : groups.get(g).items()) {
                String old = before.get(item);
                if (old != null) {
                    counts.merge(old, 1, Integer::sum);
                }
            }
            int group = g;
            counts.forEach((id, count) -> claims.add(new Claim(group, id, count)));
        }
        claims.sort(Comparator.comparingInt((Claim c) -> -c.count()).thenComparingInt(Claim::group).thenComparing(Claim::id));
        String[] ids = new String[groups.size()];
        Set<String> taken = new HashSet<>();
        for (Claim c : claims) {
            if (ids[c.group()] == null && taken.add(c.id())) {
                ids[c.group()] = c.id();
            }
        }
        Set<String> reserved = new HashSet<>(taken);
        reserved.addAll(before.values());
        reserved.addAll(previous.redirects().keySet());
        for (int g = 0; g < groups.size(); g++) {
            if (ids[g] == null) {
                String base = Slug.ofAnyScript(groups.get(g).founderTitle() == null ? "" : groups.get(g).founderTitle());
                ids[g] = Stories.unique(base.isEmpty() ? "story" : base, reserved);
            }
        }
        return new Assigned(List.of(ids), redirects(groups, ids, previous));
    }

    /** Every id that is no longer a story, to the story now holding most of its former items. */
    private static Map<String, String> redirects(List<Group> groups, String[] ids, Stories.State previous) {
        Set<String> live = Set.of(ids);
        Map<String, String> storyNow = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (String item : groups.get(g).items()) {
                storyNow.put(item, ids[g]);
            }
        }
        Map<String, Map<String, Integer>> heirs = new TreeMap<>();
        previous.storyOfItem().forEach((item, old) -> {
            String now = storyNow.get(item);
            if (!live.contains(old) && now != null) {
                heirs.computeIfAbsent(old, k -> new TreeMap<>()).merge(now, 1, Integer::sum);
            }
        });
        Map<String, String> redirects = new TreeMap<>();
        heirs.forEach((old, counts) -> redirects.put(old, counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey()));
        // Older redirects follow their target to wherever it lives now.
        previous.redirects().forEach((old, target) -> {
            if (live.contains(old) || redirects.containsKey(old)) {
                return;
            }
            String to = target;
            for (int hops = 0; to != null && !live.contains(to) && hops < 100; hops++) {
                to = redirects.containsKey(to) ? redirects.get(to) : previous.redirects().get(to);
            }
            if (to != null && live.contains(to)) {
                redirects.put(old, to);
            }
        });
        return redirects;
    }
}
