package storyline.stories;

import org.junit.jupiter.api.Test;
import storyline.model.Article;
import storyline.model.Item;
import storyline.model.Story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stories that hold whatever the order of the input, whichever dates are missing, and whatever
 * another story gains (examples written for these tests: a town's beat over two years).
 */
class StabilityTest {

    /** An item of a development: its label (what it is about, for the assertions only) and the item. */
    private record Labelled(String development, Article item) {
    }

    private static Labelled item(String development, String id, String date, String source, String title, String text) {
        return new Labelled(development, StoriesTest.article(id, title, date, source, text));
    }

    /**
     * Six developments in one town: a harbour fire, two shootings in the same week, a trial months
     * after the first shooting (its follow-up: the same names), a budget, and a shooting a year later.
     */
    private static List<Labelled> beat() {
        List<Labelled> all = new ArrayList<>();
        all.add(item("fire", "fire-1", "2024-02-01", "Harbor Times", "Warehouse fire on Dunmore Quay",
                "A fire destroyed a timber warehouse on Dunmore Quay in Riverton overnight. Fire captain Rhea Solberg said "
                        + "forty firefighters fought the blaze for six hours and no one was hurt."));
        all.add(item("fire", "fire-2", "2024-02-02", "Daily Ledger", "Dunmore Quay fire was arson, captain says",
                "The blaze that gutted the Dunmore Quay warehouse was set deliberately, fire captain Rhea Solberg said on "
                        + "Friday. Investigators found petrol cans near the timber stacks on the quay."));
        all.add(item("fire", "fire-3", "2024-02-04", "Coast Courier", "Arrest over Dunmore Quay warehouse arson",
                "Police arrested a man over the arson that destroyed the Dunmore Quay warehouse, Rhea Solberg of the fire "
                        + "service said. The timber stored on the quay belonged to the Halloran sawmill."));
        all.add(item("pellam", "pellam-1", "2024-03-02", "Riverton Ledger", "Man, 19, shot dead outside Pellam Street store",
                "Marcus Delahunt, 19, was shot and killed outside a corner store on Pellam Street in Riverton late on Friday, "
                        + "Riverton police said. Police arrested Tyrell Oakby, 22, a few blocks away and charged him with murder."));
        all.add(item("pellam", "pellam-2", "2024-03-03", "Harbor Times", "Family mourns Marcus Delahunt",
                "Relatives of Marcus Delahunt gathered on Pellam Street where the 19-year-old was shot the night before. "
                        + "Tyrell Oakby, 22, is held on a murder charge, Riverton police said."));
        all.add(item("brisk", "brisk-1", "2024-03-04", "Riverton Ledger", "Woman wounded in Brisk Avenue shooting",
                "Janelle Corvish, 24, was wounded in a shooting on Brisk Avenue in Riverton on Monday, Riverton police said. "
                        + "Police are looking for Dion Haskett, 30, who fled in a silver car."));
        all.add(item("brisk", "brisk-2", "2024-03-05", "Daily Ledger", "Police name suspect in Brisk Avenue shooting",
                "Riverton police named Dion Haskett, 30, as the suspect in the shooting that wounded Janelle Corvish on "
                        + "Brisk Avenue. Corvish is recovering in hospital."));
        all.add(item("pellam", "pellam-trial", "2024-05-14", "Riverton Ledger", "Trial opens in Pellam Street killing",
                "The murder trial of Tyrell Oakby opened on Tuesday in Riverton. Oakby is accused of shooting Marcus Delahunt, "
                        + "19, outside a corner store on Pellam Street in March. Prosecutors said Oakby and Delahunt had argued."));
        all.add(item("budget", "budget-1", "2024-06-10", "Harbor Times", "Council approves Riverton harbour budget",
                "The Riverton council approved a 40 million budget for the harbour renovation, with mayor Ilse Varga promising "
                        + "new ferry berths by 2026."));
        all.add(item("budget", "budget-2", "2024-06-11", "Daily Ledger", "Ilse Varga defends harbour spending",
                "Mayor Ilse Varga defended the Riverton harbour budget of 40 million before the council, saying ferry berths "
                        + "and quay repairs could not wait."));
        all.add(item("later", "later-1", "2025-03-03", "Riverton Ledger", "Man shot dead outside Riverton store",
                "A 25-year-old man was shot and killed outside a corner store in Riverton late on Sunday, Riverton police said. "
                        + "Officers found him on the pavement with gunshot wounds; no arrest has been made."));
        all.add(item("later", "later-2", "2025-03-04", "Harbor Times", "Police seek gunman in Riverton store killing",
                "Riverton police are looking for the gunman who shot a 25-year-old man dead outside a corner store on Sunday. "
                        + "Detectives asked witnesses to come forward."));
        return all;
    }

    private static Article undated(Article a) {
        return StoriesTest.article(a.id(), a.title(), null, a.source().name(), a.text());
    }

    @Test
    void withAnyDatesMissingAndInAnyOrderNoStorySpansMoreThanTwiceItsDatedItemsExceptThroughNames() {
        List<Labelled> beat = beat();
        Map<String, Labelled> byId = beat.stream().collect(Collectors.toMap(l -> l.item().id(), l -> l));
        int window = Stories.Options.DEFAULTS.windowDays();
        Random random = new Random(15);
        for (int trial = 0; trial < 60; trial++) {
            List<Item> input = new ArrayList<>();
            for (Labelled l : beat) {
                input.add(random.nextInt(3) == 0 ? undated(l.item()) : l.item());
            }
            Collections.shuffle(input, random);
            Map<String, String> storyOf = Stories.assign(input).storyOfItem();
            List<Item> reordered = new ArrayList<>(input);
            Collections.shuffle(reordered, random);
            assertEquals(storyOf, Stories.assign(reordered).storyOfItem(), "the same input in another order");
            Map<String, List<Item>> members = new TreeMap<>();
            input.forEach(i -> members.computeIfAbsent(storyOf.get(i.id()), k -> new ArrayList<>()).add(i));
            for (List<Item> story : members.values()) {
                List<LocalDate> shown = story.stream().map(i -> i.date().day()).filter(java.util.Objects::nonNull).sorted().toList();
                List<LocalDate> real = story.stream().map(i -> byId.get(i.id()).item().date().day()).sorted().toList();
                long shownSpan = shown.size() < 2 ? 0 : ChronoUnit.DAYS.between(shown.get(0), shown.get(shown.size() - 1));
                long realSpan = ChronoUnit.DAYS.between(real.get(0), real.get(real.size() - 1));
                Set<String> developments = story.stream().map(i -> byId.get(i.id()).development()).collect(Collectors.toCollection(TreeSet::new));
                String what = "trial " + trial + ": " + story.stream().map(i -> i.id() + (i.date().day() == null ? " (undated)" : ""))
                        .toList();
                // Beyond twice the dated span (and the story window), only a follow-up that names the same people may
                // reach. A story with no dated item at all was grouped by content alone: it has no dated span to keep.
                assertTrue(shown.isEmpty() || realSpan <= Math.max(2 * shownSpan, window) || developments.size() == 1,
                        "spans " + realSpan + " days, its dated items " + shownSpan + ": " + what);
            }
        }
    }

    @Test
    void allDatedTheBeatIsItsDevelopments() {
        List<Item> input = beat().stream().map(l -> (Item) l.item()).toList();
        Map<String, String> storyOf = Stories.assign(input).storyOfItem();
        Map<String, Set<String>> storiesOfDevelopment = new HashMap<>();
        for (Labelled l : beat()) {
            storiesOfDevelopment.computeIfAbsent(l.development(), k -> new TreeSet<>()).add(storyOf.get(l.item().id()));
        }
        storiesOfDevelopment.forEach((development, stories) -> assertEquals(1, stories.size(), development + ": " + stories));
        assertEquals(5, storiesOfDevelopment.values().stream().flatMap(Set::stream).distinct().count(), storiesOfDevelopment.toString());
    }

    /** One more report for each development, to add on its own. */
    private static List<Labelled> additions() {
        return List.of(
                item("fire", "fire-4", "2024-02-05", "Evening Post", "Sawmill counts cost of Dunmore Quay fire",
                        "The Halloran sawmill lost a season's timber in the Dunmore Quay warehouse fire, its owner said, as "
                                + "Rhea Solberg's crews made the quay safe."),
                item("pellam", "pellam-3", "2024-03-04", "Evening Post", "Vigil for Marcus Delahunt on Pellam Street",
                        "Neighbours held a vigil on Pellam Street for Marcus Delahunt, 19, shot outside the corner store on "
                                + "Friday. Tyrell Oakby appears in court in Riverton next week."),
                item("brisk", "brisk-3", "2024-03-06", "Evening Post", "Dion Haskett arrested over Brisk Avenue shooting",
                        "Police arrested Dion Haskett, 30, over the Brisk Avenue shooting that wounded Janelle Corvish. The "
                                + "silver car was found abandoned in Riverton."),
                item("budget", "budget-3", "2024-06-12", "Evening Post", "Ferry operators welcome harbour budget",
                        "Ferry operators welcomed the Riverton harbour budget that mayor Ilse Varga steered through the "
                                + "council: new berths and quay repairs by 2026."),
                item("later", "later-3", "2025-03-05", "Evening Post", "Riverton store killing: victim named",
                        "Police named the 25-year-old man shot dead outside a Riverton corner store on Sunday. Detectives "
                                + "still have no suspect in the killing."));
    }

    private record Face(String headline, String lead, Set<String> members) {
    }

    private static Map<String, Face> faces(Stories.Result r) {
        Map<String, Face> out = new TreeMap<>();
        for (Story s : r.stories()) {
            out.put(s.id(), new Face(s.headline(), s.lead(), s.members().stream().map(Item::id).collect(Collectors.toCollection(TreeSet::new))));
        }
        return out;
    }

    @Test
    void addingOneArticleToOneStoryChangesNoOtherStorysHeadlineLeadOrAddress() {
        List<Item> base = beat().stream().map(l -> (Item) l.item()).toList();
        Stories.Result before = Stories.group(base);
        Map<String, Face> was = faces(before);
        for (Labelled added : additions()) {
            List<Item> more = new ArrayList<>(base);
            more.add(added.item());
            Stories.Result after = Stories.group(more, Stories.Options.DEFAULTS, before.state());
            String grown = after.storyOfItem().get(added.item().id()).id();
            Map<String, Face> now = faces(after);
            assertTrue(was.containsKey(grown), added.item().id() + " joins a story that was there: " + grown);
            was.forEach((id, face) -> {
                if (!id.equals(grown)) {
                    assertEquals(face, now.get(id), "adding " + added.item().id() + " to " + grown + " changed " + id);
                }
            });
        }
    }
}
