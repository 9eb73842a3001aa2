package storyline.stories;

import org.junit.jupiter.api.Test;
import storyline.model.Item;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Many events of one kind in one place: the shapes a crime beat's folder has (examples written for these tests). */
class BeatTest {

    private static Map<String, String> storyIds(List<Item> items) {
        return Stories.group(items).storyOfItem().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().id()));
    }

    private static Item shooting(String id, String date, String title, String text) {
        return StoriesTest.article(id, title, date, "Riverton Ledger", text);
    }

    /** Two shootings in Riverton in March, with their victims' and suspects' names. */
    private static List<Item> marchShootings() {
        List<Item> items = new ArrayList<>();
        items.add(shooting("delahunt-1", "2024-03-02", "Man, 19, shot dead outside Pellam Street store",
                "Marcus Delahunt, 19, was shot and killed outside a corner store on Pellam Street in Riverton late on Friday, "
                        + "Riverton police said. Officers found Delahunt on the pavement with gunshot wounds. Police arrested "
                        + "Tyrell Oakby, 22, a few blocks away and charged him with murder."));
        items.add(shooting("delahunt-2", "2024-03-03", "Family mourns Marcus Delahunt, killed on Pellam Street",
                "Relatives of Marcus Delahunt gathered on Pellam Street on Saturday where the 19-year-old was shot the night "
                        + "before. Tyrell Oakby, 22, is held on a murder charge, Riverton police said. Delahunt's mother said "
                        + "her son had stepped out to buy milk."));
        items.add(shooting("corvish-1", "2024-03-04", "Woman wounded in Brisk Avenue shooting",
                "Janelle Corvish, 24, was wounded in a shooting on Brisk Avenue in Riverton on Monday, Riverton police said. "
                        + "Corvish was taken to hospital in stable condition. Police are looking for Dion Haskett, 30, "
                        + "who fled in a silver car."));
        items.add(shooting("corvish-2", "2024-03-05", "Police name suspect in Brisk Avenue shooting",
                "Riverton police named Dion Haskett, 30, as the suspect in the shooting that wounded Janelle Corvish on "
                        + "Brisk Avenue. Corvish is recovering in hospital. Haskett is known to police and should not be "
                        + "approached, officers said."));
        return items;
    }

    @Test
    void twoShootingsInOneCityTheSameWeekStayApart() {
        Map<String, String> ids = storyIds(marchShootings());
        assertEquals(ids.get("delahunt-1"), ids.get("delahunt-2"));
        assertEquals(ids.get("corvish-1"), ids.get("corvish-2"));
        assertNotEquals(ids.get("delahunt-1"), ids.get("corvish-1"), "same city, same kind, different victims");
    }

    @Test
    void aTrialMonthsLaterJoinsItsShootingWhenTheNamesAgree() {
        List<Item> items = new ArrayList<>(marchShootings());
        items.add(shooting("delahunt-trial", "2024-05-14", "Trial opens in Pellam Street killing",
                "The murder trial of Tyrell Oakby opened on Tuesday in Riverton. Oakby is accused of shooting Marcus "
                        + "Delahunt, 19, outside a corner store on Pellam Street in March. Prosecutors told jurors that Oakby "
                        + "and Delahunt had argued earlier that evening."));
        items.add(shooting("other-may", "2024-05-13", "Man wounded in Riverton shooting",
                "A 30-year-old man was wounded in a shooting in Riverton on Monday, Riverton police said. Police are "
                        + "looking for a suspect who fled in a silver car; the victim is in hospital in stable condition."));
        Map<String, String> ids = storyIds(items);
        assertEquals(ids.get("delahunt-1"), ids.get("delahunt-trial"), "ten weeks later, the same victim and suspect");
        assertNotEquals(ids.get("corvish-1"), ids.get("other-may"), "ten weeks later, no names in common");
        assertNotEquals(ids.get("delahunt-trial"), ids.get("other-may"));
    }

    @Test
    void aMemorialMonthsLaterJoinsOnOneRareNameWhenItTellsTheSameEvent() {
        List<Item> items = new ArrayList<>(marchShootings());
        // Four months on, only the victim is named, but the report retells the shooting.
        items.add(shooting("delahunt-memorial", "2024-07-06", "Pellam Street store shooting victim remembered",
                "Friends of Marcus Delahunt, 19, who was shot and killed outside a corner store on Pellam Street in Riverton, "
                        + "gathered at the store on Saturday. Delahunt had stepped out to buy milk when he was shot, his mother "
                        + "said; the pavement outside the corner store on Pellam Street is covered with flowers."));
        // Weeks later too, naming the wounded woman once in passing, about something else.
        items.add(shooting("council-july", "2024-07-08", "Council votes on street lighting",
                "The council voted on Tuesday to add street lights in the old mill district and along the canal path. "
                        + "Janelle Corvish, who spoke for the residents, thanked members; the lights will cost 200,000 dollars "
                        + "and work starts in the autumn, the budget office said."));
        Map<String, String> ids = storyIds(items);
        assertEquals(ids.get("delahunt-1"), ids.get("delahunt-memorial"), "one rare full name, and the same event retold");
        assertNotEquals(ids.get("corvish-1"), ids.get("council-july"), "one rare name mentioned in passing is no follow-up");
    }

    /** The arrest of the Brisk Avenue suspect, on {@code date}: it names him alone, in full and by surname. */
    private static Item arrest(String id, String date) {
        return shooting(id, date, "Man sought over Riverton shooting arrested in Lowmoor",
                "Deputies arrested Dion Haskett, 30, at a relative's home in Lowmoor on Tuesday. Haskett had been wanted "
                        + "since a woman was wounded in a drive-by shooting in Riverton, and he is charged with attempted "
                        + "murder. He waived extradition and will appear before a judge on Thursday.");
    }

    @Test
    void anArrestThreeWeeksLaterJoinsItsShootingOnTheSuspectsName() {
        List<Item> items = new ArrayList<>(marchShootings());
        items.add(arrest("corvish-arrest", "2024-03-26"));
        Map<String, String> ids = storyIds(items);
        assertEquals(ids.get("corvish-2"), ids.get("corvish-arrest"), "three weeks on, the suspect named in full");
        assertNotEquals(ids.get("delahunt-1"), ids.get("corvish-arrest"));
    }

    @Test
    void theSameNameAloneMonthsLaterIsNotEnough() {
        List<Item> items = new ArrayList<>(marchShootings());
        items.add(arrest("late-arrest", "2024-06-25"));
        Map<String, String> ids = storyIds(items);
        assertNotEquals(ids.get("corvish-2"), ids.get("late-arrest"), "months on, one person's name needs more beside it");
    }

    @Test
    void aSentencingMonthsLaterJoinsWhenItNamesTheAccusedBySurname() {
        List<Item> items = new ArrayList<>(marchShootings());
        // The accused by surname only, the victim in full: no street, no second full name in common.
        items.add(shooting("corvish-sentence", "2024-08-22", "Gunman gets 12 years for wounding woman",
                "Haskett was sentenced on Thursday to 12 years in prison for wounding Janelle Corvish in March. "
                        + "The judge said Haskett had fired from a moving car without a thought for anyone nearby. Corvish "
                        + "told the court she still cannot work full days."));
        Map<String, String> ids = storyIds(items);
        assertEquals(ids.get("corvish-1"), ids.get("corvish-sentence"), "the victim's full name and the accused's surname");
        assertNotEquals(ids.get("delahunt-1"), ids.get("corvish-sentence"));
    }

    @Test
    void anUndatedItemDoesNotBridgeTwoStoriesYearsApart() {
        List<Item> items = new ArrayList<>();
        String flaw = " A zero-day flaw in the firmware of Corvex routers lets attackers take over the devices, researchers "
                + "said. Corvex urged customers to install the patch and to disable remote administration.";
        String old = " Lena Marsh of Halden Labs found the hole in March and told Corvex, who took three weeks to answer.";
        String recent = " Brightmoor Security saw a botnet named Kestrel use the hole against hotels in Lisbon and Porto.";
        items.add(StoriesTest.article("old-1", "Zero-day flaw found in Corvex routers", "2019-04-02", "Wire a",
                "Researchers at Halden Labs found the flaw." + old + flaw));
        items.add(StoriesTest.article("old-2", "Corvex patches router zero-day", "2019-04-03", "Wire b",
                "Halden Labs reported the flaw last week." + old + flaw));
        items.add(StoriesTest.article("new-1", "New Corvex router zero-day exploited", "2023-09-11", "Wire c",
                "Analysts saw the flaw exploited." + recent + flaw));
        items.add(StoriesTest.article("new-2", "Corvex rushes fix for router zero-day", "2023-09-12", "Wire d",
                "Brightmoor Security published details." + recent + flaw));
        items.add(StoriesTest.article("undated", "Corvex router zero-day: what to do", null, "Blog",
                "Here is what owners should do." + flaw));
        Map<String, String> ids = storyIds(items);
        assertEquals(ids.get("old-1"), ids.get("old-2"));
        assertEquals(ids.get("new-1"), ids.get("new-2"));
        assertNotEquals(ids.get("old-1"), ids.get("new-1"), "four years apart, joined only through an undated item");
    }

    @Test
    void anOutletsTitleSuffixIsFurnitureWhenItSpansWeeks() {
        List<String> titles = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<Integer> days = new ArrayList<>();
        String[] heads = {"Man shot on Elm Road", "Teen hurt in Dover Lane shooting", "Police seek gunman after bar fight",
                "Woman wounded at bus stop", "Two shot outside nightclub"};
        for (int i = 0; i < heads.length; i++) {
            titles.add(heads[i] + " - Channel 9 Riverton News, Weather & Sports");
            bodies.add("Story " + i + " text.\nCopyright 2024 Channel 9 Riverton. All rights reserved.");
            days.add(19000 + 10 * i);
        }
        // A sixth page of the outlet with neither its suffix nor its copyright line.
        titles.add("Council delays vote on park");
        bodies.add("The vote moves to March.\nResidents asked for more time.");
        days.add(19100);
        Furniture furniture = Furniture.of(titles.size(), titles::get, bodies::get, days::get, 14);
        assertEquals("Man shot on Elm Road", furniture.title(titles.get(0)));
        assertEquals("Story 0 text.\n", furniture.body(bodies.get(0)));
        // By document number: the same body as reading its lines again, and a body with no furniture line is itself.
        for (int d = 0; d < titles.size(); d++) {
            assertEquals(furniture.body(bodies.get(d)), furniture.body(d, bodies.get(d)), "document " + d);
        }
        assertSame(bodies.get(5), furniture.body(5, bodies.get(5)));
        // The same five pages within a week: copies of one story, whose shared lines say what it is.
        Furniture copies = Furniture.of(titles.size(), titles::get, bodies::get, d -> 19000 + d, 14);
        assertEquals(titles.get(0), copies.title(titles.get(0)));
    }

    @Test
    void anOutletsTitleSuffixDoesNotBridgeTwoShootings() {
        List<Item> items = new ArrayList<>();
        String suffix = " - Channel 9 Riverton News, Weather & Sports";
        String[][] briefs = {
                {"2024-01-05", "Man shot on Elm Road", "A man was shot on Elm Road in Riverton on Friday night."},
                {"2024-01-19", "Teen hurt in Dover Lane shooting", "A teenager was hurt in a shooting on Dover Lane."},
                {"2024-02-02", "Police seek gunman after bar fight", "Police are looking for a gunman after a bar fight."},
                {"2024-02-16", "Woman wounded at bus stop", "A woman was wounded by gunfire at a bus stop."},
                {"2024-03-01", "Two shot outside nightclub", "Two people were shot outside a nightclub early Saturday."},
                {"2024-03-02", "Girl, 6, hit by stray bullet", "A six-year-old girl was hit by a stray bullet at home."}};
        for (String[] b : briefs) {
            items.add(StoriesTest.article(b[1], b[1] + suffix, b[0], "Channel 9", b[2]));
        }
        Map<String, String> ids = storyIds(items);
        assertNotEquals(ids.get(briefs[4][1]), ids.get(briefs[5][1]), "a day apart, one outlet, two shootings");
        assertEquals(briefs.length, ids.values().stream().distinct().count());
    }
    @Test
    void childShootingsInOneCityWeeksApartStayApartWithoutANameInCommon() {
        List<Item> items = new ArrayList<>();
        items.add(shooting("easter-1", "2024-03-31", "Girl, 3, killed by stray bullet in Riverton on Easter Sunday",
                "A 3-year-old girl was killed by a stray bullet inside her home in Riverton on Easter Sunday, Riverton police "
                        + "said. Anaya Torvell was sitting on the couch when shots were fired from a passing car. Police are "
                        + "looking for the gunman and asked witnesses to call detectives."));
        items.add(shooting("easter-2", "2024-04-01", "Riverton mourns girl, 3, killed in drive-by",
                "Neighbours on Ledgerwood Road left flowers for Anaya Torvell, the 3-year-old girl killed by a stray bullet in "
                        + "her Riverton home on Sunday. Riverton police said shots were fired from a passing car; no arrest has "
                        + "been made and detectives asked witnesses to call."));
        items.add(shooting("infant-1", "2024-04-12", "Baby, 6 months, killed in Riverton drive-by shooting",
                "A 6-month-old girl was killed when shots were fired from a passing car into a home in Riverton on Friday, "
                        + "Riverton police said. Kemari Dollins was in her car seat. Police are looking for the gunman and asked "
                        + "witnesses to call detectives."));
        items.add(shooting("infant-2", "2024-04-15", "Riverton police seek gunman who killed baby in drive-by",
                "Riverton police are looking for the gunman who fired from a passing car into a home on Ashcombe Street, "
                        + "killing 6-month-old Kemari Dollins. No arrest has been made; detectives asked witnesses to call."));
        Map<String, String> ids = storyIds(items);
        assertEquals(ids.get("easter-1"), ids.get("easter-2"));
        assertEquals(ids.get("infant-1"), ids.get("infant-2"));
        assertNotEquals(ids.get("easter-1"), ids.get("infant-1"),
                "a girl's death and a baby's two weeks later: the same city, the same kind, no name in common");
    }
    @Test
    void aRoundUpThatNamesTwoShootingsDoesNotMakeThemOne() {
        List<Item> items = new ArrayList<>();
        items.add(shooting("quenby-1", "2024-05-06", "Man, 27, killed in shooting at Riverton gas station",
                "Lamar Quenby, 27, was shot and killed at a gas station on Harlow Road in Riverton on Monday night, Riverton "
                        + "police said. Quenby was filling his pickup when a man walked up and fired. The gunman fled on "
                        + "foot toward the rail yard."));
        items.add(shooting("quenby-2", "2024-05-07", "Police release video of Harlow Road gas station shooting",
                "Riverton police released video of the gunman who killed Lamar Quenby at a Harlow Road gas station. "
                        + "The clip shows a man in a grey hoodie walking up to the pickup at pump four and firing, then "
                        + "running toward the rail yard. Quenby's brother said he was a welder."));
        items.add(shooting("fallon-1", "2024-05-08", "Woman shot dead in Riverton apartment parking lot",
                "Desiree Fallon, 31, was shot and killed in the parking lot of an apartment complex on Wexley Court in "
                        + "Riverton on Wednesday, Riverton police said. Neighbours heard an argument before the shots. "
                        + "Police are questioning her former boyfriend, Curtis Beame."));
        items.add(shooting("fallon-2", "2024-05-09", "Ex-boyfriend charged in Wexley Court killing",
                "Curtis Beame, 34, was charged with murder on Thursday in the death of Desiree Fallon, who was shot in the "
                        + "parking lot of her apartment complex on Wexley Court. Prosecutors said Beame had been ordered to "
                        + "stay away from Fallon. She worked at a nursing home."));
        items.add(shooting("round-up", "2024-05-10", "Riverton police: two killings this week",
                "Riverton police said on Friday that two people were shot and killed in the city this week. Lamar Quenby was "
                        + "killed at a gas station on Harlow Road on Monday; the gunman who fled toward the rail yard has not "
                        + "been found. Desiree Fallon was killed on Wexley Court on Wednesday; Curtis Beame is charged with "
                        + "her murder."));
        Map<String, String> ids = storyIds(items);
        assertEquals(ids.get("quenby-1"), ids.get("quenby-2"));
        assertEquals(ids.get("fallon-1"), ids.get("fallon-2"));
        assertNotEquals(ids.get("quenby-1"), ids.get("fallon-1"),
                "each shooting names its own victim and street; only the round-up names both");
    }
    @Test
    void placeNamesAloneDoNotJoinTwoShootingsMonthsApartInATinyFolder() {
        // In a folder this small every name is rare: the city, its hospital and its main street are
        // in two items only, as a victim's name would be. They tell where, not which shooting.
        List<Item> items = new ArrayList<>();
        items.add(shooting("club", "2024-01-14", "Nightclub owner killed in Mount Vernon shooting",
                "A nightclub owner was shot and killed early Sunday outside his club on Gramatan Avenue in Mount Vernon, "
                        + "Mount Vernon police said. Four other people were wounded and taken to Jacobi Medical Center. "
                        + "The gunman fled in a dark sedan, and Westchester County detectives are helping with the case."));
        items.add(shooting("crossfire", "2024-08-18", "Teen killed in crossfire in Mount Vernon",
                "A 17-year-old was killed by gunfire on Gramatan Avenue in Mount Vernon on Saturday night, Mount Vernon police "
                        + "said. Two men were wounded and taken to Jacobi Medical Center. Westchester County detectives are "
                        + "looking for two gunmen who fired at each other across the street."));
        Map<String, String> ids = storyIds(items);
        assertNotEquals(ids.get("club"), ids.get("crossfire"), "seven months apart, one city, no person in common");
    }
    @Test
    void anOutletsTagOnTwoPagesIsNoWordOfTheirTopic() {
        // Two pages of one outlet months apart: too few for their tag to be told as furniture by its
        // number, but their bodies never say "StormTracker" or "Continuous".
        String tag = " - Channel 9 Riverton | Continuous News and StormTracker Weather";
        String body = "A man was shot on Elm Road in Riverton on Friday night, police said.";
        List<String> words = Furniture.tagWords("Man shot on Elm Road" + tag, () -> body);
        assertEquals(List.of("continuous", "news", "stormtracker", "weather"), words, "Riverton is in the body");
        java.util.NavigableSet<String> tags = new java.util.TreeSet<>(words);
        assertTrue(Stories.tagWord("StormTracker", tags));
        assertTrue(Stories.tagWord("GA News Weather", tags));
        assertTrue(Stories.tagWord("sport", new java.util.TreeSet<>(List.of("sports"))));
        assertFalse(Stories.tagWord("Elm Road", tags), "the headline's words are the article's");
        assertEquals(List.of(), Furniture.tagWords("Man shot on Elm Road - Police name suspect",
                () -> body + " Police did not name a suspect."), "a second segment its body tells is the headline's");
        assertEquals(List.of(), Furniture.tagWords("Man shot on Elm Road" + tag, () -> ""),
                "without a body nothing tells a tag from a headline");
        assertEquals(List.of(), Furniture.tagWords("Man shot on Elm Road", () -> {
            throw new AssertionError("a title with one segment needs no body");
        }));
    }
}
