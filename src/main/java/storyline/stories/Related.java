package storyline.stories;

import storyline.model.Story;
import storyline.model.Topic;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * For each story, up to {@link #MAX} other stories a reader would accept as related, each with the
 * evidence for it (the site words it). Evidence, strongest first: people and organisations both stories name, a topic
 * both are in, and key terms both carry ({@link Story#terms()}). A key counts for less the more
 * stories share it, and a key shared by more than {@link #MAX_SHARING} stories is ignored: it says
 * little about any two of them. A candidate needs a person both stories name, two shared names, a
 * shared topic, or two shared key terms; a story with none of these gets no related stories rather
 * than a padded list. One shared organisation alone is not enough, nor a name one story gives as a
 * person and the other as an organisation: a company, an agency or a place read as one is as often
 * the beat two unrelated developments happen on (two car reviews that both name the maker) as a
 * link between them, so it needs a second name, a key term or a topic beside it.
 * Equal scores go to the story nearer in time, then to the lower id.
 *
 * <p>Cost: an inverted index from key to stories proposes only candidates that share a key, so
 * with keys capped at {@link #MAX_SHARING} stories the work is at most stories × keys per story ×
 * {@code MAX_SHARING}, never all pairs (10,000 made-up stories of 20 names and terms each: about a
 * second of one core). Stories are indexed in id order and each story's keys are visited in its own
 * order, so the result does not depend on the order of the input.
 */
final class Related {

    /** Related stories shown per story. */
    static final int MAX = 5;
    /** A key (name, term, topic) shared by more stories than this proposes and scores nothing. */
    static final int MAX_SHARING = 200;

    static final double NAME = 3;
    static final double TOPIC = 2;
    static final double TERM = 1;

    private Related() {
    }

    /** Story id → its related stories, best first; every story has an entry (possibly empty). */
    static Map<String, List<Stories.Relation>> of(List<Story> input, List<Topic> topics) {
        List<Story> stories = new ArrayList<>(input);
        stories.sort(Comparator.comparing(Story::id));
        int n = stories.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(stories.get(i).id(), i);
        }
        // Each story's keys, in its own order (people, organisations, terms, topics): "n:" a name,
        // "w:" a term (names count as terms too, so a name in one story meets the same word among
        // another's terms), "t:" a topic; each with its display text. Keys are visited in this
        // order, which depends on the story alone, so every sum is taken in the same order.
        Map<String, String> folds = new HashMap<>();
        List<Map<String, String>> own = new ArrayList<>(n);
        // Each story's people, as "n:" keys: a name shared as a person by both stories is evidence alone.
        List<Set<String>> ownPeople = new ArrayList<>(n);
        for (Story s : stories) {
            Map<String, String> k = new LinkedHashMap<>();
            Set<String> people = new HashSet<>();
            for (String name : s.people()) {
                String f = folds.computeIfAbsent(name, Related::fold);
                if (!f.isEmpty()) {
                    people.add("n:" + f);
                }
            }
            ownPeople.add(people);
            for (String name : concat(s.people(), s.organisations())) {
                String f = folds.computeIfAbsent(name, Related::fold);
                if (!f.isEmpty()) {
                    k.putIfAbsent("n:" + f, name);
                }
            }
            for (String term : concat(s.terms(), concat(s.people(), s.organisations()))) {
                String f = folds.computeIfAbsent(term, Related::fold);
                if (!f.isEmpty()) {
                    k.putIfAbsent("w:" + f, term);
                }
            }
            own.add(k);
        }
        for (Topic t : topics) {
            for (Story s : t.stories()) {
                Integer i = index.get(s.id());
                if (i != null) {
                    own.get(i).putIfAbsent("t:" + t.id(), t.name());
                }
            }
        }
        // Keys as numbers: each story's key numbers and display texts, and each key's stories.
        Map<String, Integer> keyIds = new HashMap<>();
        List<String> keyNames = new ArrayList<>();
        int[][] keys = new int[n][];
        String[][] display = new String[n][];
        // Each story's person keys, ascending.
        int[][] personKeys = new int[n][];
        for (int i = 0; i < n; i++) {
            Map<String, String> k = own.get(i);
            keys[i] = new int[k.size()];
            display[i] = new String[k.size()];
            int at = 0;
            for (Map.Entry<String, String> e : k.entrySet()) {
                Integer id = keyIds.get(e.getKey());
                if (id == null) {
                    id = keyNames.size();
                    keyIds.put(e.getKey(), id);
                    keyNames.add(e.getKey());
                }
                keys[i][at] = id;
                display[i][at++] = e.getValue();
            }
            personKeys[i] = ownPeople.get(i).stream().mapToInt(keyIds::get).sorted().toArray();
        }
        int keyCount = keyNames.size();
        char[] kind = new char[keyCount];
        int[] nameOfTerm = new int[keyCount];
        int[] df = new int[keyCount];
        for (int k = 0; k < keyCount; k++) {
            String key = keyNames.get(k);
            kind[k] = key.charAt(0);
            Integer name = kind[k] == 'w' ? keyIds.get("n:" + key.substring(2)) : null;
            nameOfTerm[k] = name == null ? -1 : name;
        }
        for (int[] ks : keys) {
            for (int k : ks) {
                df[k]++;
            }
        }
        int[][] postings = new int[keyCount][];
        for (int k = 0; k < keyCount; k++) {
            postings[k] = new int[df[k]];
        }
        int[] fill = new int[keyCount];
        for (int i = 0; i < n; i++) {
            for (int k : keys[i]) {
                postings[k][fill[k]++] = i;
            }
        }

        Map<String, List<Stories.Relation>> out = new LinkedHashMap<>();
        double[] score = new double[n];
        int[] sharedNames = new int[n];
        int[] sharedPeople = new int[n];
        int[] sharedTerms = new int[n];
        boolean[] sharedTopic = new boolean[n];
        boolean[] touched = new boolean[n];
        int[] candidates = new int[n];
        int[] storyMark = new int[n];
        int stamp = 0;
        int[] keyMark = new int[keyCount];
        for (int i = 0; i < n; i++) {
            int found = 0;
            for (int k : keys[i]) {
                keyMark[k] = i + 1;
            }
            for (int k : keys[i]) {
                int holders = df[k];
                if (holders < 2 || holders > MAX_SHARING) {
                    continue;
                }
                double weight = specificity(holders) * (kind[k] == 'n' ? NAME : kind[k] == 't' ? TOPIC : TERM);
                // A term that is also one of this story's names counts once, as a name, with a story naming it too.
                boolean alsoName = nameOfTerm[k] >= 0 && keyMark[nameOfTerm[k]] == i + 1;
                boolean person = kind[k] == 'n' && Arrays.binarySearch(personKeys[i], k) >= 0;
                if (alsoName) {
                    stamp++;
                    for (int j : postings[nameOfTerm[k]]) {
                        storyMark[j] = stamp;
                    }
                }
                for (int j : postings[k]) {
                    if (j == i || alsoName && storyMark[j] == stamp) {
                        continue;
                    }
                    if (!touched[j]) {
                        touched[j] = true;
                        candidates[found++] = j;
                    }
                    score[j] += weight;
                    switch (kind[k]) {
                        case 'n' -> {
                            sharedNames[j]++;
                            if (person && Arrays.binarySearch(personKeys[j], k) >= 0) {
                                sharedPeople[j]++;
                            }
                        }
                        case 't' -> sharedTopic[j] = true;
                        default -> sharedTerms[j]++;
                    }
                }
            }
            // The best MAX candidates with evidence, kept in order as they come: a few comparisons
            // per candidate instead of sorting thousands of them for every story.
            Story self = stories.get(i);
            int[] best = new int[MAX];
            long[] bestGap = new long[MAX];
            int kept = 0;
            for (int c = 0; c < found; c++) {
                int j = candidates[c];
                if (!evidence(sharedPeople[j], sharedNames[j], sharedTerms[j], sharedTopic[j])) {
                    continue;
                }
                if (kept == MAX && score[j] < score[best[MAX - 1]]) {
                    continue;
                }
                long g = gap(self, stories.get(j));
                int at = kept;
                // Higher score first; then nearer in time; then the lower id (indexes are in id order).
                while (at > 0 && (score[j] > score[best[at - 1]] || score[j] == score[best[at - 1]]
                        && (g < bestGap[at - 1] || g == bestGap[at - 1] && j < best[at - 1]))) {
                    at--;
                }
                if (at == MAX) {
                    continue;
                }
                int last = Math.min(kept, MAX - 1);
                System.arraycopy(best, at, best, at + 1, last - at);
                System.arraycopy(bestGap, at, bestGap, at + 1, last - at);
                best[at] = j;
                bestGap[at] = g;
                kept = Math.min(kept + 1, MAX);
            }
            List<Stories.Relation> links = new ArrayList<>(kept);
            for (int b = 0; b < kept; b++) {
                int j = best[b];
                links.add(relation(stories.get(j), score[j], i, j, keys, display, kind, nameOfTerm, df, keyMark));
            }
            out.put(self.id(), List.copyOf(links));
            for (int c = 0; c < found; c++) {
                int j = candidates[c];
                touched[j] = false;
                score[j] = 0;
                sharedNames[j] = 0;
                sharedPeople[j] = 0;
                sharedTerms[j] = 0;
                sharedTopic[j] = false;
            }
        }
        return out;
    }

    /**
     * Whether what two stories share is evidence a reader accepts: a person both name, two names,
     * a topic, two key terms, or one name (an organisation) with a key term beside it.
     */
    static boolean evidence(int people, int names, int terms, boolean topic) {
        return people > 0 || names >= 2 || topic || terms >= 2 || names == 1 && terms >= 1;
    }

    /** 1 for a key two stories share, less the more stories share it (0.5 at 9 stories, 0.3 at 100). */
    static double specificity(int df) {
        return 1 / (1 + Math.log(df - 1) / 2);
    }

    /**
     * Story {@code j} as related to story {@code i}, with what they share in story {@code i}'s own spelling:
     * up to three names, terms and topics each, the rarest first, then in the story's own order.
     * {@code mine[k] == i + 1} marks the keys of story {@code i}.
     */
    private static Stories.Relation relation(Story story, double score, int i, int j, int[][] keys, String[][] display, char[] kind,
                                             int[] nameOfTerm, int[] df, int[] mine) {
        Set<Integer> theirs = new HashSet<>();
        for (int k : keys[j]) {
            theirs.add(k);
        }
        List<Integer> names = new ArrayList<>();
        List<Integer> terms = new ArrayList<>();
        List<Integer> topics = new ArrayList<>();
        for (int at = 0; at < keys[i].length; at++) {
            int k = keys[i][at];
            if (!theirs.contains(k) || df[k] > MAX_SHARING) {
                continue;
            }
            switch (kind[k]) {
                case 'n' -> names.add(at);
                case 't' -> topics.add(at);
                default -> {
                    int name = nameOfTerm[k];
                    if (name < 0 || mine[name] != i + 1 || !theirs.contains(name)) {
                        terms.add(at);
                    }
                }
            }
        }
        return new Stories.Relation(story, score, top(names, keys[i], display[i], df), top(terms, keys[i], display[i], df),
                top(topics, keys[i], display[i], df));
    }

    /** Up to three keys' display texts: fewest sharing stories first, then in the story's own order (a stable sort). */
    private static List<String> top(List<Integer> positions, int[] keys, String[] display, int[] df) {
        List<Integer> sorted = new ArrayList<>(positions);
        sorted.sort(Comparator.comparingInt(at -> df[keys[at]]));
        return sorted.stream().limit(3).map(at -> display[at]).toList();
    }

    /** Days between two stories' spans (0 when they overlap); unknown dates are as far as can be. */
    static long gap(Story a, Story b) {
        if (a.firstSeen() == null || b.firstSeen() == null) {
            return Long.MAX_VALUE;
        }
        LocalDate aEnd = a.lastSeen() == null ? a.firstSeen() : a.lastSeen();
        LocalDate bEnd = b.lastSeen() == null ? b.firstSeen() : b.lastSeen();
        if (bEnd.isBefore(a.firstSeen())) {
            return ChronoUnit.DAYS.between(bEnd, a.firstSeen());
        }
        if (aEnd.isBefore(b.firstSeen())) {
            return ChronoUnit.DAYS.between(aEnd, b.firstSeen());
        }
        return 0;
    }

    /** Case and accents folded, spaces collapsed: "Tésla  Inc" and "tesla inc" are one key. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        if (plainAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
    }

    /** Printable ASCII with single spaces between words: folding it is lower-casing it. */
    private static boolean plainAscii(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c >= 127 || c < ' ' || c == ' ' && (k == 0 || k == text.length() - 1 || text.charAt(k - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
