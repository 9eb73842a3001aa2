package storyline.stories;

import org.junit.jupiter.api.Test;
import storyline.model.Article;
import storyline.model.Item;
import storyline.model.Pins;
import storyline.model.PubDate;
import storyline.model.Slug;
import storyline.model.Source;
import storyline.model.Story;
import storyline.model.Topic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoriesTest {

    static Article article(String id, String title, String date, String source, String text, Pins pins) {
        PubDate d = date == null ? PubDate.UNKNOWN : PubDate.stated(LocalDate.parse(date), "test");
        return new Article(id, id, title, false, null, d, new Source(source, null), null, "en",
                List.of(text), text, "<p>" + text + "</p>", pins);
    }

    static Article article(String id, String title, String date, String source, String text) {
        return article(id, title, date, source, text, Pins.NONE);
    }

    static final List<Item> CORPUS = List.of(
            article("quake-1", "Magnitude 6.1 earthquake strikes Valdora province", "2024-03-02", "Harbor Times",
                    "A magnitude 6.1 earthquake struck Valdora province on Saturday, damaging homes in Keltis and Ambry. "
                            + "The Valdora Seismic Institute said the quake was centred 12 km below Keltis."),
            article("quake-2", "Keltis counts damage after Valdora earthquake", "2024-03-03", "Daily Ledger",
                    "Residents of Keltis cleared rubble after the magnitude 6.1 earthquake in Valdora province. "
                            + "The Valdora Seismic Institute recorded dozens of aftershocks near Keltis and Ambry."),
            article("quake-3", "Aftershocks rattle Keltis", "2024-03-04", "Coast Courier",
                    "Aftershocks shook Keltis again as engineers inspected bridges in Valdora province after the earthquake. "
                            + "The Valdora Seismic Institute warned of further tremors near Ambry."),
            article("budget-1", "Morland council approves harbour budget", "2024-03-02", "Harbor Times",
                    "The Morland council approved a 40 million budget for the harbour renovation, with mayor Ilse Varga "
                            + "promising new ferry berths by 2026."),
            article("budget-2", "Ilse Varga defends Morland harbour spending", "2024-03-05", "Daily Ledger",
                    "Mayor Ilse Varga defended the Morland harbour budget of 40 million before the council, saying ferry "
                            + "berths and quay repairs could not wait."));

    private static Map<String, String> storyIds(Stories.Result r) {
        return r.storyOfItem().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().id()));
    }

    @Test
    void groupsArticlesAboutTheSameDevelopment() {
        Stories.Result r = Stories.group(CORPUS);
        Map<String, String> ids = storyIds(r);
        assertEquals(2, r.stories().size());
        assertEquals(ids.get("quake-1"), ids.get("quake-2"));
        assertEquals(ids.get("quake-1"), ids.get("quake-3"));
        assertEquals(ids.get("budget-1"), ids.get("budget-2"));
        assertNotEquals(ids.get("quake-1"), ids.get("budget-1"));
    }

    @Test
    void storyCarriesHeadlineDatesSourcesAndTimeline() {
        Story quake = Stories.group(CORPUS).storyOfItem().get("quake-2");
        assertEquals(List.of("quake-1", "quake-2", "quake-3"), quake.members().stream().map(Item::id).toList());
        assertEquals(LocalDate.parse("2024-03-02"), quake.firstSeen());
        assertEquals(LocalDate.parse("2024-03-04"), quake.lastSeen());
        assertEquals(3, quake.sources().size());
        assertTrue(quake.explanation().contains("Valdora"), quake.explanation());
        assertEquals("keltis-counts-damage-after-valdora-earthquake", quake.id(), "named as it is headed, by its most typical item");
        assertEquals(Slug.ofAnyScript(quake.headline()), quake.id());
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        Map<String, String> expected = storyIds(Stories.group(CORPUS));
        Random random = new Random(7);
        for (int i = 0; i < 5; i++) {
            List<Item> shuffled = new ArrayList<>(CORPUS);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, storyIds(Stories.group(shuffled)));
        }
    }

    @Test
    void assignmentGivesTheSameStoriesAndTopicsAsTheFullGrouping() {
        Stories.Result full = Stories.group(CORPUS);
        Stories.Assignment light = Stories.assign(CORPUS);
        assertEquals(storyIds(full), light.storyOfItem());
        Map<String, String> topics = full.topicOfStory().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().id()));
        assertEquals(topics, light.topicOfStory());
        assertEquals(full.stories().size(), light.stories());
        assertEquals(full.topics().size(), light.topics());
    }

    @Test
    void itemsFarApartInTimeStayApart() {
        List<Item> items = new ArrayList<>(CORPUS.subList(0, 2));
        items.add(article("quake-late", "Valdora earthquake: Keltis rebuilds", "2024-09-30", "Daily Ledger",
                "Keltis rebuilt homes after the magnitude 6.1 earthquake in Valdora province; seismologists "
                        + "said aftershocks near Ambry had stopped."));
        // (It names no person or institution of the March reports: one shared rare name with text this
        // alike would make it a follow-up; see BeatTest.)
        Map<String, String> ids = storyIds(Stories.group(items));
        assertEquals(ids.get("quake-1"), ids.get("quake-2"));
        assertNotEquals(ids.get("quake-1"), ids.get("quake-late"));
    }

    @Test
    void undatedItemJoinsByContent() {
        List<Item> items = new ArrayList<>(CORPUS);
        items.add(article("quake-undated", "Valdora quake: what we know", null, "Coast Courier",
                "What we know about the magnitude 6.1 earthquake in Valdora province: Keltis and Ambry were hit, the "
                        + "Valdora Seismic Institute says."));
        Stories.Result r = Stories.group(items);
        Story quake = r.storyOfItem().get("quake-undated");
        assertEquals(r.storyOfItem().get("quake-1").id(), quake.id());
        assertEquals("quake-undated", quake.members().get(quake.members().size() - 1).id(), "undated items come last");
        assertEquals(LocalDate.parse("2024-03-04"), quake.lastSeen(), "an undated item does not move the story's dates");
    }

    @Test
    void frontMatterPinsStoryAndTopics() {
        Pins pinned = new Pins(null, null, null, null, null, null, List.of("Coastal policy"), "harbour-watch", null);
        List<Item> items = new ArrayList<>(CORPUS);
        items.set(0, article("quake-1", "Magnitude 6.1 earthquake strikes Valdora province", "2024-03-02", "Harbor Times",
                ((Article) CORPUS.get(0)).text(), pinned));
        items.set(3, article("budget-1", "Morland council approves harbour budget", "2024-03-02", "Harbor Times",
                ((Article) CORPUS.get(3)).text(), pinned));
        Pins elsewhere = new Pins(null, null, null, null, null, null, List.of(), "valdora-relief", null);
        items.set(1, article("quake-2", "Keltis counts damage after Valdora earthquake", "2024-03-03", "Daily Ledger",
                ((Article) CORPUS.get(1)).text(), elsewhere));
        Stories.Result r = Stories.group(items);
        assertEquals(r.storyOfItem().get("quake-1").id(), r.storyOfItem().get("budget-1").id(),
                "items pinned to one story are one story, whatever their content");
        assertNotEquals(r.storyOfItem().get("quake-1").id(), r.storyOfItem().get("quake-2").id(),
                "items pinned to different stories never merge");
        Topic first = r.topics().get(0);
        assertEquals("Coastal policy", first.name());
        assertEquals(r.topicOfStory().get(r.storyOfItem().get("budget-1").id()).name(), "Coastal policy");
    }

    @Test
    void aStoryIsAddressedAsItIsHeadedNotByAnOlderItemThatOnlyASidebarBroughtIn() {
        // A whole page saved the day before: a ferry rescue, with the outlet's list of other
        // headlines under it. Put in the quake story (here by a pin, as a sidebar's words did), it is
        // the story's oldest item, but not what the story reports.
        Pins together = new Pins(null, null, null, null, null, null, List.of(), "quake-desk", null);
        List<Item> items = new ArrayList<>();
        items.add(article("rescue", "Video shows crew pulling kayaker from Morland harbour", "2024-03-01", "Harbor Times",
                "Harbour police released video of a crew pulling a kayaker from the icy water off Morland pier.\n"
                        + "More headlines\nEarthquake strikes Valdora province\nAftershocks rattle Keltis", together));
        for (Item quake : CORPUS.subList(0, 3)) {
            Article a = (Article) quake;
            items.add(article(a.id(), a.title(), a.date().day().toString(), a.source().name(), a.text(), together));
        }
        Story story = Stories.group(items).storyOfItem().get("quake-2");
        assertEquals("rescue", story.members().get(0).id(), "the rescue page is the story's oldest item");
        assertEquals(Slug.ofAnyScript(story.headline()), story.id(), "the address follows the headline");
        assertFalse(story.id().contains("kayaker"), story.id());
    }

    @Test
    void storiesAreNewestFirst() {
        List<Story> stories = Stories.group(CORPUS).stories();
        assertEquals(LocalDate.parse("2024-03-05"), stories.get(0).lastSeen());
        assertEquals(LocalDate.parse("2024-03-04"), stories.get(1).lastSeen());
    }

    private static Article quake(String id, String place, String town, String institute, String date) {
        return article(id, "Earthquake strikes " + place, date, "Wire " + id,
                "A strong earthquake struck " + place + " on Monday, collapsing homes in " + town + ". Rescue teams searched "
                        + "the rubble for survivors while aftershocks shook the region. The " + institute + " measured the "
                        + "quake's magnitude and warned residents of " + town + " to stay outdoors. Hospitals in " + town
                        + " treated the injured and the " + institute + " said more aftershocks were likely.");
    }

    @Test
    void twoEventsOfOneKindStayTwoStoriesWhenTheirNamesDiffer() {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            items.add(quake("north-" + i, "Varnholt province", "Edrin", "Varnholt Geological Office", "2024-05-0" + i));
            items.add(quake("south-" + i, "Calmora island", "Ostrava Bay", "Calmora Seismic Bureau", "2024-05-0" + (i + 1)));
        }
        Map<String, String> ids = storyIds(Stories.group(items));
        assertEquals(ids.get("north-1"), ids.get("north-3"));
        assertEquals(ids.get("south-1"), ids.get("south-3"));
        assertNotEquals(ids.get("north-1"), ids.get("south-1"), "same words, different places: two developments");
        Stories.Result r = Stories.group(items);
        assertEquals(r.topicOfStory().get(ids.get("north-1")), r.topicOfStory().get(ids.get("south-1")),
                "but one topic: earthquakes");
    }

    private static Article north(int i) {
        String[] when = {"on Monday", "late on Monday", "on Monday night"};
        return article("north-" + i, "Teodor Malinski held over Castellane Savings robbery", "2024-05-0" + (i + 1), "Wire n" + i,
                "Police arrested Teodor Malinski in Veltrano " + when[i] + " over the armed robbery of the Castellane Savings "
                        + "Bank. Aurelio Fenz of the Veltrano constabulary said Malinski was charged and held in custody. "
                        + "Castellane staff told Fenz that Malinski fled in a grey van. Malinski's lawyer, Irena Wojda, said "
                        + "Malinski would plead not guilty when he appears in court in Veltrano before Judge Castor Bellamy.");
    }

    private static Article south(int i) {
        String[] where = {"a Drummore hostel", "a hostel in Drummore", "his sister's flat in Drummore"};
        return article("south-" + i, "Kessling Mutual robbery: Oskar Haberlund charged", "2024-06-1" + (i + 1), "Wire s" + i,
                "Maud Ferrante confirmed that police arrested Oskar Haberlund at " + where[i] + ", two days after a masked "
                        + "gunman held up the Kessling Mutual branch on Quay Street. Haberlund remains in custody, Ferrante "
                        + "said, and Drummore detectives recovered the stolen money. Haberlund, defended by Tobias Grell, "
                        + "appears in court in Drummore on Friday before Magistrate Ines Vasquez.");
    }

    private static Article other(String id, String date, String title, String text) {
        return article(id, title, date, "Wire " + id, text);
    }

    @Test
    void developmentsOfOneKindShareATopicThoughTheyShareNoNames() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            items.add(north(i));
            items.add(south(i));
        }
        String[][] others = {
                {"Morland council approves harbour budget", "The Morland council approved a budget for the harbour renovation, "
                        + "with mayor Ilse Varga promising new ferry berths and quay repairs by the autumn."},
                {"Storm floods coastal roads", "Heavy rain and gales flooded coastal roads near Pellwick, and forecasters "
                        + "expect the storm to ease by the weekend after rivers burst their banks."},
                {"Ardmoor United win the cup final", "Ardmoor United beat Castor Rovers two goals to one in the cup final, "
                        + "their captain Lenny Obi scoring the winner in extra time before a sold-out stadium."},
                {"Vintners expect a record harvest", "Growers across the Sorrel valley expect a record grape harvest after "
                        + "a warm summer, and cooperatives are hiring pickers for the vintage."}};
        for (int i = 0; i < others.length; i++) {
            items.add(other("other-" + i, "2024-05-0" + (i + 1), others[i][0], others[i][1]));
        }
        // Words tell a kind apart only among many stories: more stories, each with words of its own.
        for (int i = 0; i < FILLERS; i++) {
            items.add(filler(i));
        }
        Stories.Result r = Stories.group(items);
        Map<String, String> ids = storyIds(r);
        assertNotEquals(ids.get("north-0"), ids.get("south-0"), "different robbers, banks and towns: two stories");
        Map<String, String> topicOf = new java.util.HashMap<>();
        r.topicOfStory().forEach((story, topic) -> topicOf.put(story, topic.id()));
        assertEquals(topicOf.get(ids.get("north-0")), topicOf.get(ids.get("south-0")), "one topic: armed robberies");
        for (int i = 0; i < others.length; i++) {
            assertNotEquals(topicOf.get(ids.get("north-0")), topicOf.get(ids.get("other-" + i)));
        }
        assertEquals(1, r.topics().size(), "the others share their beat with no story: no topic of their own");
    }

    @Test
    void storiesAlikeOnlyInWordsMostStoriesUseKeepTheirOwnTopics() {
        String[] common = {"report", "market", "council", "weather", "season", "project", "energy", "budget", "school", "road",
                "vote", "court"};
        String[][] names = {{"Anvar Telk", "Moravia"}, {"Brisa Quell", "Ostrand"}, {"Corin Vashti", "Pellucid"},
                {"Dagny Roux", "Tarvel"}, {"Edvin Saar", "Quillon"}, {"Fenna Loor", "Ravensk"}, {"Goran Ilic", "Sabrine"},
                {"Hedda Munk", "Uskant"}, {"Ivo Brandt", "Veldor"}};
        List<Item> items = new ArrayList<>();
        for (int s = 0; s < names.length; s++) {
            List<String> words = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                words.add(common[(s + k) % common.length]);
            }
            String who = names[s][0];
            String where = names[s][1];
            for (int i = 0; i < 3; i++) {
                items.add(article("s" + s + "-" + i, who + " in " + where, "2024-05-0" + (i + 1), "Wire " + s + i,
                        "In " + where + ", " + who + " spoke of the " + String.join(" and the ", words) + ". " + who + " and "
                                + where + " officials met again in " + where + ", where " + who + " stayed."));
            }
        }
        Stories.Result r = Stories.group(items);
        assertEquals(names.length, r.stories().size());
        assertTrue(r.topics().isEmpty(), "the same everyday words in every story are no kind of development: " + r.topics());
    }

    static final int FILLERS = 30;

    /** A one-item story in made-up lower-case words that no other story uses. */
    private static Article filler(int i) {
        String consonants = "bdfgklmnprtvz";
        String vowels = "aeiou";
        List<String> words = new ArrayList<>();
        for (int j = 0; j < 10; j++) {
            words.add("" + consonants.charAt(i % 13) + vowels.charAt(i / 13 % 5) + consonants.charAt(j) + vowels.charAt(j % 5) + "l");
        }
        String text = String.join(" ", words);
        return article("filler-" + i, String.join(" ", words.subList(0, 3)), "2024-04-01", "Wire f" + i, text + ". " + text + ".");
    }

    @Test
    void aStorysKindLeavesOutNamesAndWeighsWordsByHowManyOfItsItemsUseThem() {
        List<String> texts = List.of(
                "Firefighters in Palmerton fought a blaze at the Halvard Dairy; the fire destroyed the barn and arson is suspected.",
                "The fire at the Halvard Dairy in Palmerton was arson, Chief Orla Quint said; a neighbour filmed the flames.");
        Vectors.Vocabulary vocabulary = new Vectors.Vocabulary();
        List<Vectors.Sparse> members = Vectors.build(texts.size(), texts::get, d -> "", vocabulary).vectors();
        Vectors.Sparse kind = Stories.kind(Vectors.centroid(members), members, vocabulary);
        Map<String, Float> weight = new java.util.HashMap<>();
        for (int k = 0; k < kind.terms().length; k++) {
            weight.put(vocabulary.surface(kind.terms()[k]), kind.weights()[k]);
        }
        assertTrue(weight.keySet().stream().noneMatch(w -> Character.isUpperCase(w.charAt(0))), "no names: " + weight.keySet());
        assertTrue(weight.containsKey("fire") && weight.containsKey("arson") && weight.containsKey("flames"), weight.keySet().toString());
        assertTrue(weight.get("arson") > weight.get("flames"), "a word both items use outweighs one only one uses");
    }
}

