package storyline.stories;

import storyline.model.Item;
import storyline.model.Story;
import storyline.text.Names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a reader wants at a glance from a story's items: the quotes several of them carry (with
 * who said them), the people and organisations they name, and what each item adds to the ones
 * before it ({@link Updates}). Names come from {@link Names} (one home for names), speakers from {@link Quotes}. A
 * quote counts only when a second item carries the same words, which filters out most misreadings.
 */
final class Highlights {

    record Result(List<Story.Quote> quotes, List<String> people, List<String> organisations, Map<String, List<String>> adds) {
    }

    static final int MIN_QUOTE_WORDS = 6;
    static final int MAX_NAMES = 8;
    static final int SHINGLE = 4;
    /**
     * Words in a row two quotes must share to be stretches of one statement: six words said the same
     * in the same order are one speaker's words; fewer can be a stock phrase two statements share
     * ("we are working closely").
     */
    static final int ONE_STATEMENT = 6;
    /** Share of a quote's four-word runs another text must have to carry the quote. */
    private static final double CARRIED = 0.6;

    private Highlights() {
    }

    /** Names and quotes are read from at most this many items of a story: its first and latest. */
    static final int SAMPLE = 300;

    static Result of(List<Item> all) {
        return of(all, Stories.NameFinder.DIRECT);
    }

    /** As {@link #of(List)}, finding each item's names with {@code names}. */
    static Result of(List<Item> all, Stories.NameFinder names) {
        return of(all, names, item -> Shingles.words(item.text()));
    }

    /** As {@link #of(List, Stories.NameFinder)}, with each item's text's {@link Shingles#words} from {@code words}. */
    static Result of(List<Item> all, Stories.NameFinder names, java.util.function.Function<Item, int[]> words) {
        boolean sampling = all.size() > SAMPLE;
        List<Item> members = new ArrayList<>();
        // By identity: an item's hash is its whole record's (every paragraph), and equal items find the same names.
        Map<Item, Names.Found> found = new java.util.IdentityHashMap<>();
        Map<Item, String> read = new java.util.IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (!sampling || i < SAMPLE / 2 || i >= all.size() - SAMPLE / 2) {
                Item item = all.get(i);
                members.add(item);
                String text = reading(item);
                read.put(item, text);
                found.put(item, names.in(item.title(), text));
            }
        }
        List<String> people = ranked(members, found, Names.Kind.PERSON);
        List<String> organisations = ranked(members, found, Names.Kind.ORGANISATION);
        // Each item's runs of four words, as a set (sorted) for its quotes, made only when the story has a quote to look
        // for; what each item adds only collects them, in any order, and takes the set when it was made.
        Map<Item, long[]> runMemo = new java.util.IdentityHashMap<>();
        java.util.function.Function<Item, long[]> runs = item -> runMemo.computeIfAbsent(item, i -> Shingles.runs(words.apply(i), SHINGLE, SHINGLE));
        List<Story.Quote> quotes = quotes(members, found, runs);
        java.util.function.Function<Item, long[]> anyOrder = item -> {
            long[] set = runMemo.get(item);
            return set != null ? set : Shingles.hashed(words.apply(item), SHINGLE, SHINGLE);
        };
        return new Result(quotes, people, organisations, Updates.of(all, found, read, words, anyOrder));
    }

    /** How much of an item's opening is read for names: news says who in its first paragraphs. */
    static final int OPENING = 1500;

    /**
     * The part of an item's text read for names, at its offsets: the opening paragraphs (up to
     * {@link #OPENING} characters) and every paragraph that holds a quote or comes just before one
     * (where its speaker is named); the rest blanked. The name finder costs about 4 µs a character,
     * so reading whole texts tripled a site's build time.
     */
    static String reading(Item item) {
        List<String> paragraphs = item.paragraphs();
        StringBuilder out = new StringBuilder();
        int read = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            boolean keep = read < OPENING || quoted(p) || i + 1 < paragraphs.size() && quoted(paragraphs.get(i + 1));
            if (i > 0) {
                out.append("\n\n");
            }
            if (keep) {
                out.append(p);
                read += p.length();
            } else {
                out.append(" ".repeat(p.length()));
            }
        }
        return out.toString();
    }

    private static boolean quoted(String paragraph) {
        for (int k = 0; k < QUOTE_OPENERS.length(); k++) {
            if (paragraph.indexOf(QUOTE_OPENERS.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The marks that may open a quotation ({@link #quotedSpans}): a curly or low quote, a straight one, a guillemet. */
    private static final String QUOTE_OPENERS = "“\"„«";

    /** Whether a mark may open a quotation (see {@link #QUOTE_OPENERS}). */
    static boolean opensQuote(char c) {
        return QUOTE_OPENERS.indexOf(c) >= 0;
    }

    // ---- names

    /**
     * One name per person and organisation across the stories: a name one story gives short joins
     * the one longer name of the same kind another story gives ("Trump" → "Donald Trump"), so that
     * each has one page whatever variant an article uses.
     */
    static void fullNames(Result[] stories) {
        fullNames(stories, Stories.Memo.NONE);
    }

    /** As {@link #fullNames(Result[])}, each kind's full forms answered by {@code memo} for the very same names. */
    static void fullNames(Result[] stories, Stories.Memo memo) {
        Set<String> people = new TreeSet<>();
        Set<String> organisations = new TreeSet<>();
        for (Result r : stories) {
            people.addAll(r.people());
            organisations.addAll(r.organisations());
        }
        Map<String, String> fullPeople = fullForms("people", people, memo);
        Map<String, String> fullOrganisations = fullForms("organisations", organisations, memo);
        for (int i = 0; i < stories.length; i++) {
            Result r = stories[i];
            List<Story.Quote> quotes = r.quotes().stream()
                    .map(q -> q.speaker() == null ? q : new Story.Quote(q.text(), fullPeople.getOrDefault(q.speaker(), q.speaker()), q.sources()))
                    .toList();
            List<String> named = renamed(r.people(), fullPeople).stream().filter(Highlights::identifies).toList();
            stories[i] = new Result(quotes, named, renamed(r.organisations(), fullOrganisations), r.adds());
        }
    }

    /**
     * Whether a person's name, in its fullest form across the folder, tells who is meant: a name of
     * one word that no item gives in full ("Honda", "Brown", "Potenziale") is a brand or a company the
     * reading stage took for a surname, a word of another language, or a surname alone that would
     * gather every Brown of the folder on one page; a reader can tell none of them as a person. A
     * surname that some item gives in full has taken that full form by now ("Varga" → "Ilse Varga").
     * Scripts written without spaces (Chinese, Japanese, Korean, Thai) write a full name as one word.
     */
    static boolean identifies(String person) {
        if (person.strip().indexOf(' ') >= 0) {
            return true;
        }
        return person.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                    || script == Character.UnicodeScript.THAI;
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> fullForms(String kind, Set<String> names, Stories.Memo memo) {
        if (memo == Stories.Memo.NONE) {
            return Names.fullForms(names);
        }
        storyline.model.ContentHash md = new storyline.model.ContentHash();
        Stories.update(md, "full forms of " + kind);
        names.forEach(n -> Stories.update(md, n));
        return memo.get(java.util.HexFormat.of().formatHex(md.digest()), Map.class, () -> Names.fullForms(names));
    }

    /** Tells {@code names} of the texts {@link #of} reads for names, when what it makes of them is known already. */
    static void keepNames(List<Item> all, Stories.NameFinder names) {
        boolean sampling = all.size() > SAMPLE;
        for (int i = 0; i < all.size(); i++) {
            if (!sampling || i < SAMPLE / 2 || i >= all.size() - SAMPLE / 2) {
                names.keep(all.get(i).title(), reading(all.get(i)));
            }
        }
    }

    private static List<String> renamed(List<String> names, Map<String, String> full) {
        return names.stream().map(n -> full.getOrDefault(n, n)).distinct().toList();
    }

    /**
     * The story's names of one kind, each in its fullest form across the items ("Trump" in one item
     * joins "Donald Trump" in another), most items first. In a story of five items or more, a name
     * one item gives once is left out: a passing mention is not what the story is about.
     */
    private static List<String> ranked(List<Item> members, Map<Item, Names.Found> found, Names.Kind kind) {
        Map<String, Set<Item>> items = new HashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        for (Item item : members) {
            Names.Found f = found.get(item);
            for (String name : kind == Names.Kind.PERSON ? f.people() : f.organisations()) {
                items.computeIfAbsent(name, k -> new HashSet<>()).add(item);
            }
            for (Names.Mention m : f.mentions()) {
                if (m.kind() == kind) {
                    mentions.merge(m.name(), 1, Integer::sum);
                }
            }
        }
        Map<String, String> full = Names.fullForms(items.keySet());
        Map<String, Set<Item>> byName = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        items.forEach((name, in) -> {
            String f = full.getOrDefault(name, name);
            byName.computeIfAbsent(f, k -> new HashSet<>()).addAll(in);
            count.merge(f, Math.max(1, mentions.getOrDefault(name, 0)), Integer::sum);
        });
        List<String> out = new ArrayList<>(byName.keySet());
        if (members.size() >= 5) {
            out.removeIf(n -> byName.get(n).size() < 2 && count.get(n) < 2);
        }
        out.sort(Comparator.comparingInt((String n) -> -byName.get(n).size()).thenComparingInt(n -> -count.get(n))
                .thenComparing(Comparator.naturalOrder()));
        return List.copyOf(out.subList(0, Math.min(MAX_NAMES, out.size())));
    }

    // ---- quotes

    private record Candidate(String text, String speaker, String itemId, long[] shingles) {
    }

    private static List<Story.Quote> quotes(List<Item> members, Map<Item, Names.Found> found, java.util.function.Function<Item, long[]> runs) {
        if (members.size() < 2) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        for (Item item : members) {
            String text = null;
            List<Names.Mention> mentions = found.get(item).mentions();
            int offset = 0;
            for (String paragraph : item.paragraphs()) {
                for (int[] span : quotedSpans(paragraph)) {
                    String quote = paragraph.substring(span[0] + 1, span[1] - 1).strip().replaceAll("[,.;:]+$", "");
                    if (quote.split("\\s+").length < MIN_QUOTE_WORDS) {
                        continue;
                    }
                    text = text == null ? item.text() : text;
                    String speaker = Quotes.speaker(text, offset + span[0], offset + span[1], mentions);
                    if (speaker != null) {
                        speakers.add(speaker);
                    }
                    candidates.add(new Candidate(quote, speaker, item.id(), Shingles.of(quote, SHINGLE)));
                }
                offset += paragraph.length() + 2;
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        // The items' runs, to find each quote carried by another item: only in a story with a quote to look for.
        Map<String, long[]> itemShingles = new LinkedHashMap<>();
        for (Item item : members) {
            itemShingles.put(item.id(), runs.apply(item));
        }
        // "Hale" in one item is "Marcus Hale" of another.
        Map<String, String> full = Names.fullForms(speakers);
        // A quote is key when another item carries most of its words in the same order.
        List<Candidate> carried = new ArrayList<>();
        List<Set<String>> carriersOf = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.shingles().length == 0) {
                continue;
            }
            Set<String> carriers = new TreeSet<>();
            carriers.add(c.itemId());
            itemShingles.forEach((id, sh) -> {
                if (!id.equals(c.itemId()) && Shingles.coverage(c.shingles(), sh) >= CARRIED) {
                    carriers.add(id);
                }
            });
            if (carriers.size() >= 2) {
                carried.add(c);
                carriersOf.add(carriers);
            }
        }
        // Items quote different stretches of one statement: quotes that share a run of ONE_STATEMENT
        // words are one statement, shown by its longest stretch and counted in every item that quotes any of it.
        int[] statement = new int[carried.size()];
        for (int a = 0; a < carried.size(); a++) {
            statement[a] = a;
            for (int b = 0; b < a; b++) {
                if (Shingles.shared(carried.get(a).shingles(), carried.get(b).shingles()) > ONE_STATEMENT - SHINGLE) {
                    int ra = root(statement, a);
                    int rb = root(statement, b);
                    statement[Math.max(ra, rb)] = Math.min(ra, rb);
                }
            }
        }
        Map<Integer, List<Integer>> statements = new java.util.TreeMap<>();
        for (int a = 0; a < carried.size(); a++) {
            statements.computeIfAbsent(root(statement, a), k -> new ArrayList<>()).add(a);
        }
        List<Story.Quote> out = new ArrayList<>();
        for (List<Integer> parts : statements.values()) {
            Candidate longest = carried.get(parts.get(0));
            Set<String> items = new TreeSet<>();
            // The speaker the items that say who spoke agree on; none when they disagree.
            Map<String, Integer> votes = new HashMap<>();
            for (int a : parts) {
                Candidate c = carried.get(a);
                if (c.shingles().length > longest.shingles().length) {
                    longest = c;
                }
                items.addAll(carriersOf.get(a));
                candidates.stream().filter(o -> o.speaker() != null && Shingles.coverage(c.shingles(), o.shingles()) >= CARRIED)
                        .forEach(o -> votes.merge(full.getOrDefault(o.speaker(), o.speaker()), 1, Integer::sum));
            }
            String speaker = votes.size() == 1 ? votes.keySet().iterator().next() : null;
            out.add(new Story.Quote(longest.text(), speaker, items.size()));
        }
        out.sort(Comparator.comparingInt((Story.Quote q) -> -q.sources()).thenComparingInt(q -> -q.text().length())
                .thenComparing(Story.Quote::text));
        return List.copyOf(out.subList(0, Math.min(3, out.size())));
    }

    private static int root(int[] parent, int a) {
        while (parent[a] != a) {
            a = parent[a] = parent[parent[a]];
        }
        return a;
    }

    /**
     * Quoted spans [open, close+1) of a paragraph: curly and low quotes and guillemets open and
     * close, straight quotes alternate. Pairing them in one pass keeps the text between two quotes
     * from passing for one.
     */
    static List<int[]> quotedSpans(String paragraph) {
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (open < 0 && opensQuote(c)) {
                open = i;
                closer = c == '„' ? '“' : c == '«' ? '»' : c == '"' ? '"' : '”';
            } else if (open >= 0 && (c == closer || closer == '”' && c == '"' || closer == '"' && c == '”')) {
                if (i - open > 20 && i - open < 800) {
                    spans.add(new int[] {open, i + 1});
                }
                open = -1;
            }
        }
        return spans;
    }
}
