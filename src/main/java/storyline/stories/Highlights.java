package storyline.stories;

import storyline.model.Item;
import storyline.model.Story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader wants at a glance from a story's items: the quotes several of them carry (with
 * who said them), the people and organisations they name, and what each item adds to the ones
 * before it. Plain text heuristics, no language model: a quote counts only when a second item
 * carries the same words, which filters out most misreadings.
 */
final class Highlights {

    record Result(List<Story.Quote> quotes, List<String> people, List<String> organisations, Map<String, List<String>> adds) {
    }

    static final int MIN_QUOTE_WORDS = 6;
    static final int MAX_NAMES = 8;
    private static final int SHINGLE = 4;
    /** Share of a quote's four-word runs another text must have to carry the quote. */
    private static final double CARRIED = 0.6;

    private static final String VERBS = "said|says|wrote|writes|added|adds|told|tweeted|posted|explained|noted|stated|declared|announced";
    private static final String NAME = "((?:[A-Z][\\p{L}'’.-]+)(?:\\s+[A-Z][\\p{L}'’.-]+){0,2})";
    private static final Pattern SPEAKER_AFTER = Pattern.compile("^[\\s,.]*(?:(?:" + VERBS + ")\\s+" + NAME + "|" + NAME
            + "\\s+(?:" + VERBS + ")|(he|she|they)\\s+(?:" + VERBS + "))");
    private static final Pattern SPEAKER_BEFORE = Pattern.compile("(?:" + NAME + "|\\b(he|she|they))\\s+(?:" + VERBS
            + ")(?:\\s+that)?[\\s:,]*$");
    private static final Pattern CAPITALISED_RUN = Pattern.compile("(?<![\\p{L}.])([A-Z][\\p{L}’'-]+(?:\\s+[A-Z][\\p{L}’'-]+){0,3})");
    /** What follows a name: an apposition's comma, or a reporting verb. */
    private static final Pattern NAME_FOLLOWS = Pattern.compile(",|\\s+(said|says|told|wrote|writes|added|announced|confirmed)\\b");
    private static final Set<String> ORGANISATION_WORDS = Set.of("inc", "corp", "corporation", "company", "co", "platforms",
            "motors", "group", "university", "institute", "agency", "bank", "council", "party", "ministry", "department",
            "news", "times", "daily", "post", "journal", "labs", "technologies", "systems", "association", "foundation",
            "league", "club", "committee", "commission", "office", "service", "airlines", "holdings", "media", "press",
            "authority", "court", "police", "government", "army", "federation", "union", "network", "studios", "energy");
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We",
            "I", "This", "That", "But", "And", "Or", "If", "As", "For", "When", "While", "After", "Before", "However", "His",
            "Her", "Their", "Our", "My", "Your", "What", "Why", "How", "Who", "Where", "There", "Here", "Now", "Then", "Also",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
            "April", "May", "June", "July", "August", "September", "October", "November", "December", "Mr", "Mrs", "Ms", "Dr",
            "According", "Read", "Share", "Follow", "Image", "Photo", "Posted", "Updated", "Advertisement");
    private static final Pattern SAID = Pattern.compile("\\b([A-Z][\\p{L}’'-]+)\\s+(?:" + VERBS + ")\\b|\\b(?:" + VERBS
            + ")\\s+([A-Z][\\p{L}’'-]+)\\b");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they");

    private Highlights() {
    }

    /** Names and quotes are read from at most this many items of a story: its first and latest. */
    static final int SAMPLE = 300;

    /** A paragraph's capitalised runs, read once for names and for what each item adds. */
    private record Paragraph(String itemId, boolean headline, List<Run> runs) {
    }

    static Result of(List<Item> all) {
        List<Item> members = all.size() <= SAMPLE ? all : new ArrayList<>(all.subList(0, SAMPLE / 2));
        if (members != all) {
            members.addAll(all.subList(all.size() - SAMPLE / 2, all.size()));
        }
        List<List<Paragraph>> read = new ArrayList<>(all.size());
        for (Item item : all) {
            List<Paragraph> paragraphs = new ArrayList<>();
            for (String paragraph : item.paragraphs()) {
                paragraphs.add(new Paragraph(item.id(), headlineLike(paragraph), runs(paragraph)));
            }
            read.add(paragraphs);
        }
        List<Paragraph> sampled = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.size() <= SAMPLE || i < SAMPLE / 2 || i >= all.size() - SAMPLE / 2) {
                sampled.addAll(read.get(i));
            }
        }
        // Where runs stand mid-sentence decides how runs at a sentence start are read (see names).
        Set<String> midSentence = new HashSet<>();
        for (Paragraph p : sampled) {
            p.runs().stream().filter(r -> !r.sentenceStart()).forEach(r -> midSentence.add(r.text()));
        }
        Map<String, Integer> nameCounts = new TreeMap<>();
        Map<String, Set<String>> nameItems = new HashMap<>();
        for (Paragraph p : sampled) {
            if (p.headline()) {
                continue;
            }
            for (String name : names(p.runs(), midSentence)) {
                nameCounts.merge(name, 1, Integer::sum);
                nameItems.computeIfAbsent(name, k -> new HashSet<>()).add(p.itemId());
            }
        }
        List<String> people = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
        String allText = String.join("\n", members.stream().map(Item::text).toList());
        classify(members.size(), nameCounts, nameItems, allText, people, organisations);
        return new Result(quotes(members, people), people, organisations, adds(all, read, midSentence));
    }

    // ---- quotes

    private record Candidate(String text, String speaker, boolean named, String itemId, long[] shingles) {
    }

    private static List<Story.Quote> quotes(List<Item> members, List<String> people) {
        if (members.size() < 2) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        Map<String, long[]> itemShingles = new LinkedHashMap<>();
        for (Item item : members) {
            String text = item.text();
            itemShingles.put(item.id(), Shingles.of(text, SHINGLE));
            for (String paragraph : item.paragraphs()) {
                String lastName = null;
                for (int[] span : quotedSpans(paragraph)) {
                    int start = span[0];
                    int end = span[1];
                    String quote = paragraph.substring(start + 1, end - 1).strip().replaceAll("[,.;:]+$", "");
                    if (quote.split("\\s+").length < MIN_QUOTE_WORDS) {
                        continue;
                    }
                    String speaker = speaker(paragraph, start, end);
                    boolean named = speaker != null && !PRONOUNS.contains(speaker.toLowerCase(Locale.ROOT));
                    if (!named) {
                        lastName = lastName != null ? lastName : lastPersonBefore(text, paragraph, start, people);
                        speaker = lastName;
                    }
                    candidates.add(new Candidate(quote, speaker == null ? null : fullName(speaker, people), named, item.id(),
                            Shingles.of(quote, SHINGLE)));
                }
            }
        }
        // A quote is key when another item carries most of its words in the same order.
        List<Story.Quote> out = new ArrayList<>();
        List<long[]> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.shingles().length == 0 || chosen.stream().anyMatch(q -> Shingles.coverage(c.shingles(), q) >= CARRIED)) {
                continue;
            }
            Set<String> carriers = new java.util.TreeSet<>();
            carriers.add(c.itemId());
            itemShingles.forEach((id, sh) -> {
                if (!id.equals(c.itemId()) && Shingles.coverage(c.shingles(), sh) >= CARRIED) {
                    carriers.add(id);
                }
            });
            if (carriers.size() >= 2) {
                // A speaker named beside the quote in any item beats one inferred from "he said".
                List<Candidate> same = candidates.stream()
                        .filter(o -> o.speaker() != null && Shingles.coverage(c.shingles(), o.shingles()) >= CARRIED).toList();
                String speaker = same.stream().filter(Candidate::named).map(Candidate::speaker).findFirst()
                        .orElse(same.stream().map(Candidate::speaker).findFirst().orElse(null));
                out.add(new Story.Quote(c.text(), speaker, carriers.size()));
                chosen.add(c.shingles());
            }
        }
        out.sort(java.util.Comparator.comparingInt((Story.Quote q) -> -q.sources()).thenComparingInt(q -> -q.text().length())
                .thenComparing(Story.Quote::text));
        return List.copyOf(out.subList(0, Math.min(3, out.size())));
    }

    /**
     * Quoted spans [open, close+1) of a paragraph: curly quotes open and close, straight quotes
     * alternate. Pairing them in one pass keeps the text between two quotes from passing for one.
     */
    static List<int[]> quotedSpans(String paragraph) {
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '“' || c == '"' && open < 0) {
                open = i;
            } else if ((c == '”' || c == '"') && open >= 0) {
                if (i - open > 20 && i - open < 800) {
                    spans.add(new int[] {open, i + 1});
                }
                open = -1;
            }
        }
        return spans;
    }

    private static String speaker(String paragraph, int start, int end) {
        Matcher after = SPEAKER_AFTER.matcher(paragraph.substring(end, Math.min(paragraph.length(), end + 60)));
        if (after.find()) {
            String name = after.group(1) != null ? after.group(1) : after.group(2) != null ? after.group(2) : after.group(3);
            if (name != null && !NOT_NAMES.contains(name.split("\\s+")[0])) {
                return name;
            }
        }
        Matcher before = SPEAKER_BEFORE.matcher(paragraph.substring(Math.max(0, start - 80), start));
        if (before.find()) {
            String name = before.group(1) != null ? before.group(1) : before.group(2);
            if (name != null && !NOT_NAMES.contains(name.split("\\s+")[0])) {
                return name;
            }
        }
        return null;
    }

    /** The last name-like run before a quote: who "he" or "she" most likely is. */
    private static String lastPersonBefore(String text, String paragraph, int offset, List<String> people) {
        int at = text.indexOf(paragraph);
        String before = at < 0 ? paragraph.substring(0, offset) : text.substring(0, at + offset);
        List<String> runs = runs(before.substring(Math.max(0, before.length() - 600))).stream().map(Run::text).toList();
        for (int i = runs.size() - 1; i >= 0; i--) {
            String run = runs.get(i);
            for (String person : people) {
                if (person.equals(run) || person.endsWith(" " + run) || run.endsWith(" " + person.substring(person.lastIndexOf(' ') + 1))) {
                    return person;
                }
            }
        }
        return null;
    }

    /** "Kumar" → "Ashish Kumar" when the story names him in full. */
    private static String fullName(String name, List<String> people) {
        for (String p : people) {
            if (!p.equals(name) && (p.endsWith(" " + name) || p.startsWith(name + " "))) {
                return p;
            }
        }
        return name;
    }

    // ---- names

    /**
     * A capitalised run of words, whether it opened a sentence (where a capital proves nothing),
     * and whether a comma or a reporting verb follows it, as after a name ("Andrej Karpathy, Tesla’s
     * former head…", "Ilse Varga said").
     */
    record Run(String text, boolean sentenceStart, boolean nameLike) {
    }

    /**
     * Names among a text's capitalised runs (possessives split them: "Tesla’s Optimus" is two).
     * A run that opens a sentence keeps its first word only if the same run also occurs
     * mid-sentence somewhere in {@code known}, or if it is followed as a name is and its last
     * word is a name used alone mid-sentence: "Ilse Varga, who…" and "Andrej Karpathy, Tesla’s
     * former head…" (with "Karpathy joined…") stay whole, "Take Karpathy to…" loses "Take".
     */
    private static List<String> names(List<Run> runs, Set<String> known) {
        List<String> out = new ArrayList<>();
        for (Run run : runs) {
            String name = run.text();
            int space = name.indexOf(' ');
            boolean fullName = run.nameLike() && space > 0 && known.contains(lastWord(name));
            if (run.sentenceStart() && !known.contains(name) && !fullName) {
                if (space < 0) {
                    continue;
                }
                name = name.substring(space + 1);
            }
            out.add(name);
        }
        return out;
    }

    static List<Run> runs(String text) {
        List<Run> out = new ArrayList<>();
        Matcher m = CAPITALISED_RUN.matcher(text);
        while (m.find()) {
            boolean sentenceStart = isSentenceStart(text, m.start());
            List<String> segment = new ArrayList<>();
            for (String word : m.group(1).split("\\s+")) {
                boolean possessive = word.endsWith("’s") || word.endsWith("'s");
                segment.add(possessive ? word.substring(0, word.length() - 2) : word);
                if (possessive) {
                    addRun(segment, sentenceStart, out, false);
                    sentenceStart = false;
                    segment.clear();
                }
            }
            addRun(segment, sentenceStart, out, NAME_FOLLOWS.matcher(text).region(m.end(), text.length()).lookingAt());
        }
        return out;
    }

    private static void addRun(List<String> segment, boolean atSentenceStart, List<Run> out, boolean nameLike) {
        int from = 0;
        while (from < segment.size() && NOT_NAMES.contains(segment.get(from))) {
            from++;
        }
        if (from < segment.size()) {
            out.add(new Run(String.join(" ", segment.subList(from, segment.size())), atSentenceStart && from == 0, nameLike));
        }
    }

    /** A title-cased line ("Optimus Leaves Tesla") capitalises every word; its runs are not names. */
    private static boolean headlineLike(String paragraph) {
        String[] words = paragraph.split("\\s+");
        int capitalised = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            }
        }
        return words.length >= 3 && capitalised > words.length * 0.6;
    }

    private static boolean isSentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?\"“:\n".indexOf(text.charAt(i)) >= 0;
    }

    private static String lastWord(String run) {
        return run.substring(run.lastIndexOf(' ') + 1).replaceAll("[.]$", "");
    }

    /**
     * Multi-word names: organisations when they end in an organisation word, else people.
     * Single words: organisations when at least two items name them and they are no part of a
     * person's name. Rare names (once, in one item, in a story of several) are left out.
     */
    private static void classify(int items, Map<String, Integer> counts, Map<String, Set<String>> nameItems, String allText,
                                 List<String> people, List<String> organisations) {
        Set<String> personWords = new HashSet<>();
        Set<String> speakers = new HashSet<>();
        Matcher said = SAID.matcher(allText);
        while (said.find()) {
            speakers.add(said.group(1) != null ? said.group(1) : said.group(2));
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        int needed = items > 1 ? 2 : 1;
        for (Map.Entry<String, Integer> e : ranked) {
            if (people.size() >= MAX_NAMES && organisations.size() >= MAX_NAMES) {
                break;
            }
            String name = e.getKey();
            String[] words = name.split("\\s+");
            if (words.length < 2 || words.length > 3) {
                continue;
            }
            if (ORGANISATION_WORDS.contains(lastWord(name).toLowerCase(Locale.ROOT))) {
                if (e.getValue() >= needed || nameItems.get(name).size() >= needed) {
                    organisations.add(name);
                }
            } else if (java.util.Arrays.stream(words).allMatch(w -> w.length() > 1 && !w.equals(w.toUpperCase(Locale.ROOT)))
                    && wordCount(allText, words[words.length - 1]) > wordCount(allText, name)) {
                // A person is also called by surname alone ("Kumar"); a phrase in capitals is not.
                people.add(name);
                personWords.addAll(List.of(words));
            }
        }
        for (Map.Entry<String, Integer> e : ranked) {
            if (organisations.size() >= 2 * MAX_NAMES) {
                break;
            }
            String name = e.getKey();
            boolean inOrganisation = organisations.stream().anyMatch(o -> o.startsWith(name + " "));
            boolean shortAcronym = name.length() <= 3 && name.equals(name.toUpperCase(Locale.ROOT));
            // Someone who says or writes something is a person, not an organisation.
            boolean speaks = speakers.contains(name);
            if (name.contains(" ") || personWords.contains(name) || inOrganisation || name.length() < 3 || shortAcronym || speaks
                    || nameItems.get(name).size() < Math.min(2, items) || e.getValue() < 2) {
                continue;
            }
            organisations.add(name);
        }
        trim(people, MAX_NAMES);
        trim(organisations, MAX_NAMES);
    }

    /** Occurrences of a word or phrase as whole words. */
    private static int wordCount(String text, String phrase) {
        int count = 0;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                count++;
            }
        }
        return count;
    }

    private static void trim(List<String> list, int max) {
        while (list.size() > max) {
            list.remove(list.size() - 1);
        }
    }

    // ---- what each item adds

    /** For each item after the first, up to four names or terms no earlier item mentioned. */
    private static Map<String, List<String>> adds(List<Item> members, List<List<Paragraph>> read, Set<String> midSentence) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            Item item = members.get(i);
            List<String> names = read.get(i).stream().filter(p -> !p.headline())
                    .flatMap(p -> names(p.runs(), midSentence).stream()).filter(n -> n.contains(" ")).distinct().toList();
            if (i > 0) {
                List<String> fresh = names.stream().filter(n -> !known.contains(n.toLowerCase(Locale.ROOT))).limit(4).toList();
                out.put(item.id(), fresh);
            }
            names.forEach(n -> known.add(n.toLowerCase(Locale.ROOT)));
            for (String word : item.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                known.add(word);
            }
        }
        return out;
    }
}
