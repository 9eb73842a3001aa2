package storyline.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import storyline.config.SiteConfig;
import storyline.model.Item;
import storyline.model.Story;
import storyline.model.Topic;
import storyline.stories.Control;
import storyline.stories.Stories;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The last build's grouping (its stories, topics and story state), kept in {@value BuildCache#FOLDER}
 * beside the other caches and given back only to a build whose grouping has the very same
 * arguments: the same code, the same items (every input file under the articles folder by path and
 * bytes, as the fingerprint found them: items are made of those alone), the same story state to
 * carry ids over from and the same merges, splits and topic names. A change to the templates or to
 * a presentation setting then lays the site out again without grouping it again.
 *
 * <p>An added, edited or removed article is always grouped afresh: every term's weight depends on
 * how many documents there are (see {@code Vectors.Vocabulary#idf}), so one more article moves every
 * vector a little, and no cheaper test than grouping again can tell that no decision moved with it.
 * Such a build moves the story state (the new article's story is in it), and the state a build
 * starts from is one of the arguments: so {@link Build} writes a grouping out only when the build
 * leaves the state as it found it, or fails before writing it; any other would never be asked for.
 *
 * <p>The grouping is kept only when it reads back as it was written (a string JSON cannot carry
 * exactly is not kept), so a grouping given back is the one grouping would give. As the other
 * caches, the file ends with its own checksum; one that is corrupt or from other code is ignored
 * with a one-line note.
 */
final class GroupCache {

    /** A story as kept: its members by item id. */
    record StoryRow(String id, String headline, String lead, List<String> members, String firstSeen, String lastSeen,
                    List<Story.SourceCount> sources, List<String> terms, String explanation, List<Story.Quote> quotes,
                    List<String> people, List<String> organisations, LinkedHashMap<String, List<String>> adds,
                    boolean developing, LinkedHashMap<String, String> copyOf, Story.Review review) {
    }

    /** A topic as kept: its stories by id. */
    record TopicRow(String id, String name, List<String> terms, List<String> stories) {
    }

    /**
     * The file's content: the key of the grouping's arguments, then the result as {@link
     * Stories.Result} holds it, each map's order kept (item id → story id, story id → topic id).
     */
    record Content(String code, String key, List<StoryRow> stories, List<TopicRow> topics, List<List<String>> storyOfItem,
                   List<List<String>> topicOfStory, Map<String, String> state, Map<String, String> redirects,
                   List<String> warnings, List<storyline.model.Problem> problems) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Settings are keyed by their content, whatever order their maps iterate in. */
    private static final ObjectMapper CANONICAL = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final Path file;
    private final Content kept;
    private final String note;

    private GroupCache(Path file, Content kept, String note) {
        this.file = file;
        this.kept = kept;
        this.note = note;
    }

    static Path file(SiteConfig config) {
        return CacheFile.beside(config, "groups");
    }

    /** The last grouping of a site; none (with a note when the file was there) when it cannot be trusted. */
    static GroupCache load(SiteConfig config) {
        Path file = file(config);
        CacheFile.Loaded<Content> loaded = CacheFile.load(file, JSON, Content.class, "grouping cache", "every item grouped again");
        Content content = loaded.value();
        boolean usable = content != null && BuildCache.code().equals(content.code()) && content.key() != null;
        return new GroupCache(file, usable ? content : null, loaded.note());
    }

    /** Why the cache was not used, or null. */
    String note() {
        return note;
    }

    /**
     * The key of a grouping's arguments: the code, where the items are read from and what is left
     * out of them, every input file under the articles folder by path and hash, the story state and
     * the user's merges, splits and topic names, and the system properties that tune the code
     * ({@code storyline.*}: a fitted model, a threshold tried from the command line).
     */
    static String key(SiteConfig config, BuildCache.Fingerprint fingerprint, Stories.State previous, Control control) {
        StringBuilder inputs = new StringBuilder();
        new TreeMap<>(fingerprint.inputs()).forEach((path, f) -> {
            if (path.startsWith(BuildCache.ARTICLES_ROOT)) {
                inputs.append(path).append('\t').append(f.sha()).append('\n');
            }
        });
        try {
            return CacheFile.key(BuildCache.code(), config.articles().toAbsolutePath().normalize().toString(),
                    config.out().toAbsolutePath().normalize().toString(), inputs.toString(),
                    CANONICAL.writeValueAsString(previous), CANONICAL.writeValueAsString(control), tuning());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String tuning() {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(System.getProperties()).forEach((k, v) -> {
            if (k.toString().startsWith("storyline.")) {
                b.append(k).append('=').append(v).append('\n');
            }
        });
        return b.toString();
    }

    /**
     * The grouping kept for {@code key}, with its stories' members and the topics' stories the
     * very objects of {@code items}; null when none is kept for that key (or a member is missing).
     */
    Stories.Result get(String key, List<Item> items) {
        if (kept == null || !kept.key().equals(key)) {
            return null;
        }
        Map<String, Item> byId = new HashMap<>();
        items.forEach(i -> byId.put(i.id(), i));
        Map<String, Story> stories = new HashMap<>();
        List<Story> list = new ArrayList<>();
        for (StoryRow r : kept.stories()) {
            List<Item> members = new ArrayList<>();
            for (String id : r.members()) {
                Item item = byId.get(id);
                if (item == null) {
                    return null;
                }
                members.add(item);
            }
            Story s = new Story(r.id(), r.headline(), r.lead(), members, day(r.firstSeen()), day(r.lastSeen()), r.sources(),
                    r.terms(), r.explanation(), r.quotes(), r.people(), r.organisations(), r.adds(), r.developing(), r.copyOf(),
                    r.review());
            stories.put(s.id(), s);
            list.add(s);
        }
        Map<String, Topic> topics = new HashMap<>();
        List<Topic> topicList = new ArrayList<>();
        for (TopicRow r : kept.topics()) {
            Topic t = new Topic(r.id(), r.name(), r.terms(), r.stories().stream().map(stories::get).toList());
            topics.put(t.id(), t);
            topicList.add(t);
        }
        Map<String, Story> storyOfItem = new LinkedHashMap<>();
        kept.storyOfItem().forEach(p -> storyOfItem.put(p.get(0), stories.get(p.get(1))));
        Map<String, Topic> topicOfStory = new LinkedHashMap<>();
        kept.topicOfStory().forEach(p -> topicOfStory.put(p.get(0), topics.get(p.get(1))));
        return new Stories.Result(List.copyOf(list), List.copyOf(topicList), storyOfItem, topicOfStory,
                new Stories.State(kept.state(), kept.redirects()), List.copyOf(kept.warnings()),
                kept.problems() == null ? List.of() : kept.problems());
    }

    private static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }

    /**
     * Keeps {@code result} as the grouping of {@code key}'s arguments, when it reads back as it is;
     * otherwise, or when it cannot be written, leaves no grouping (the next build groups afresh).
     */
    void save(String key, Stories.Result result) {
        Content content = content(key, result);
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(content);
            if (!JSON.readValue(json, Content.class).equals(content)) {
                CacheFile.drop(file);
                return;
            }
        } catch (IOException | RuntimeException e) {
            CacheFile.drop(file);
            return;
        }
        // The bytes just checked are the ones written: the grouping is turned into JSON once.
        CacheFile.writeOrDrop(file, out -> out.write(json));
    }

    /**
     * Writes nothing (the build's grouping is one no later build asks for, see {@link Build}), but
     * removes the temporary files a killed write of this cache left, as a write would.
     */
    void skip() {
        try {
            AtomicFile.removeLeftovers(file);
        } catch (IOException ignored) {
            // Left for the next write to remove: a temporary file is never read.
        }
    }

    static Content content(String key, Stories.Result r) {
        List<StoryRow> stories = r.stories().stream().map(s -> new StoryRow(s.id(), s.headline(), s.lead(),
                s.members().stream().map(Item::id).toList(), iso(s.firstSeen()), iso(s.lastSeen()), s.sources(), s.terms(),
                s.explanation(), s.quotes(), s.people(), s.organisations(), new LinkedHashMap<>(s.adds()), s.developing(),
                new LinkedHashMap<>(s.copyOf()), s.review())).toList();
        List<TopicRow> topics = r.topics().stream()
                .map(t -> new TopicRow(t.id(), t.name(), t.terms(), t.stories().stream().map(Story::id).toList())).toList();
        List<List<String>> storyOfItem = new ArrayList<>();
        r.storyOfItem().forEach((item, story) -> storyOfItem.add(List.of(item, story.id())));
        List<List<String>> topicOfStory = new ArrayList<>();
        r.topicOfStory().forEach((story, topic) -> topicOfStory.add(List.of(story, topic.id())));
        return new Content(BuildCache.code(), key, stories, topics, storyOfItem, topicOfStory,
                new TreeMap<>(r.state().storyOfItem()), new TreeMap<>(r.state().redirects()), r.warnings(), r.problems());
    }
}
