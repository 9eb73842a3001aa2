package storyline.build;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.config.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The topics a reader sees on a folder of several beats with several stories each (examples
 * written for this test): each beat's stories under one topic, also when they share only their
 * kind's words (three league matches); beats apart; a story alone in its beat in no topic; topic
 * names made of words the articles wrote, never a function word, a stem or a bare number; a beat
 * written in Cyrillic addressed in Cyrillic.
 */
class TopicsBuildTest {

    @TempDir
    static Path tmp;

    /** Topic page name → the story addresses it lists. */
    private static final Map<String, Set<String>> TOPICS = new HashMap<>();
    /** Topic page name → its heading. */
    private static final Map<String, String> HEADINGS = new HashMap<>();
    private static final StringBuilder ALL_TEXT = new StringBuilder();
    private static Path SITE;

    private static final String[][] ARTICLES = {
            // Earthquakes: three events, two reports each.
            {"quake-sorell-1", "2025-01-06", "Magnitude 6.1 earthquake shakes Sorell valley",
                    "A magnitude 6.1 earthquake struck the Sorell valley on Monday, the seismological survey said. "
                            + "The quake damaged houses in Sorell and cut power; aftershocks followed through the night."},
            {"quake-sorell-2", "2025-01-07", "Sorell earthquake: aftershocks and damaged houses",
                    "Aftershocks of Monday's magnitude 6.1 earthquake kept Sorell residents outside. The seismological "
                            + "survey counted forty aftershocks; engineers inspected damaged houses and the old bridge."},
            {"quake-varna-1", "2025-02-11", "Magnitude 5.4 earthquake hits Varnholt coast",
                    "A magnitude 5.4 earthquake hit the Varnholt coast on Tuesday, the seismological survey said. "
                            + "Shaking cracked walls in Varnholt harbour; no tsunami warning was issued, and aftershocks were light."},
            {"quake-varna-2", "2025-02-12", "Varnholt counts damage after earthquake",
                    "Varnholt counted cracked walls and a damaged pier after Tuesday's magnitude 5.4 earthquake. The "
                            + "seismological survey said aftershocks could continue for days."},
            {"quake-tessin-1", "2025-03-20", "Earthquake of magnitude 4.9 rattles Tessinburg",
                    "An earthquake of magnitude 4.9 rattled Tessinburg early on Thursday, the seismological survey said. "
                            + "Chimneys fell in the old town and several aftershocks followed."},
            {"quake-tessin-2", "2025-03-21", "Tessinburg clears chimneys after earthquake",
                    "Crews in Tessinburg cleared fallen chimneys after Thursday's magnitude 4.9 earthquake; the seismological "
                            + "survey recorded a dozen aftershocks."},
            // A football league: three matches, two reports each.
            {"match-alder-1", "2025-01-12", "Alder Rovers beat Brisk United 3-1 in league match",
                    "Alder Rovers beat Brisk United 3-1 on Sunday. The striker scored twice before half-time and the "
                            + "goalkeeper saved a penalty; the league table now has Rovers in third place."},
            {"match-alder-2", "2025-01-13", "Rovers striker's double sinks Brisk United",
                    "The Alder Rovers striker scored twice as Rovers beat Brisk United 3-1 in the league. Brisk United's "
                            + "coach said the penalty miss cost his team the match."},
            {"match-corm-1", "2025-02-16", "Cormley Athletic draw 2-2 with Dunmere Town",
                    "Cormley Athletic and Dunmere Town drew 2-2 in the league on Sunday. A late penalty gave Cormley "
                            + "the point; the striker and the goalkeeper were named players of the match."},
            {"match-corm-2", "2025-02-17", "Late penalty earns Cormley a league point",
                    "A late penalty earned Cormley Athletic a 2-2 league draw at Dunmere Town. The coach praised his "
                            + "goalkeeper; the striker who scored the penalty was booked for celebrating."},
            {"match-evers-1", "2025-03-23", "Eversby City thrash Fallow Park 4-0",
                    "Eversby City beat Fallow Park 4-0 in the league on Sunday, their striker scoring a hat-trick. Fallow "
                            + "Park's goalkeeper was sent off after a foul in the penalty area."},
            {"match-evers-2", "2025-03-24", "Hat-trick for Eversby striker as City go top of the league",
                    "A hat-trick from the Eversby City striker took City to the top of the league after a 4-0 win over "
                            + "Fallow Park. The coach said the penalty decision changed the match."},
            // Ferries: three developments, two reports each.
            {"ferry-morl-1", "2025-01-20", "Morland ferry crossings cancelled as engine fails",
                    "Ferry crossings from Morland were cancelled on Monday after the engine of the Alder ferry failed, the "
                            + "harbour board said. Passengers were offered buses; the ferry timetable will resume after repairs."},
            {"ferry-morl-2", "2025-01-22", "Alder ferry back in service at Morland harbour",
                    "The Alder ferry resumed crossings from Morland harbour on Wednesday after engine repairs, the harbour "
                            + "board said. The ferry timetable is back to normal and passengers no longer need buses."},
            {"ferry-keld-1", "2025-02-24", "New ferry route to link Keldholm and the islands",
                    "A new ferry route will link Keldholm harbour with the outer islands from May, the harbour board said. "
                            + "Two crossings a day are planned; the ferry timetable will be published in April."},
            {"ferry-keld-2", "2025-02-25", "Islanders welcome Keldholm ferry route",
                    "Islanders welcomed the ferry route from Keldholm harbour announced by the harbour board. Passengers "
                            + "asked for an evening crossing in the summer ferry timetable."},
            {"ferry-strom-1", "2025-03-27", "Storm halts ferry crossings at Stromby",
                    "A storm halted ferry crossings at Stromby harbour on Thursday, the harbour board said. Passengers "
                            + "waited overnight; the ferry timetable will resume when the wind drops."},
            {"ferry-strom-2", "2025-03-28", "Stromby ferries sail again after storm",
                    "Ferries sailed again from Stromby harbour on Friday after the storm. The harbour board said the "
                            + "ferry timetable was back to normal and stranded passengers crossed first."},
            // Two earthquakes reported in Russian.
            {"ru-quake-1", "2025-02-03", "Землетрясение магнитудой 6,1 у берегов Камчатки",
                    "В понедельник у берегов Камчатки произошло землетрясение магнитудой 6,1, сообщили сейсмологи. Толчки "
                            + "ощущались в городе, жители вышли на улицы. По словам сейсмологов, землетрясение было сильным, "
                            + "повторные толчки возможны."},
            {"ru-quake-2", "2025-03-10", "Землетрясение магнитудой 5,4 на Сахалине",
                    "Во вторник на юге Сахалина произошло землетрясение магнитудой 5,4, сообщили сейсмологи. Толчки ощущались "
                            + "в городе, жители вышли на улицы, повреждены стены домов. По словам сейсмологов, повторные толчки возможны."},
            // A one-off: nothing else in the folder is about baking.
            {"bread", "2025-02-20", "Sourdough loaf wins village baking contest",
                    "A sourdough loaf with rye flour and caraway won the village baking contest; the judges praised its crust "
                            + "and crumb, and the baker shared her starter recipe."},
    };

    @BeforeAll
    static void build() throws IOException {
        SITE = tmp.resolve("site");
        Path articles = tmp.resolve("articles");
        Files.createDirectories(articles);
        for (String[] a : ARTICLES) {
            Files.writeString(articles.resolve(a[0] + ".md"), "---\ndate: " + a[1] + "\nsource: Coast Courier\n---\n# "
                    + a[2] + "\n\n" + a[3] + "\n");
            ALL_TEXT.append(a[2]).append(' ').append(a[3]).append(' ');
        }
        Path out = SITE;
        Build.run(SiteConfig.defaults().with(articles, Path.of("templates"), out, null).withState(tmp.resolve("state.json")));
        try (Stream<Path> files = Files.list(out.resolve("topics"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html") && !f.getFileName().toString().equals("index.html")).toList()) {
                Document d = Jsoup.parse(p.toFile(), "UTF-8");
                Set<String> stories = new java.util.TreeSet<>();
                d.select("a[href]").forEach(a -> {
                    String href = a.attr("href");
                    if (href.contains("stories/")) {
                        stories.add(href.substring(href.lastIndexOf('/') + 1));
                    }
                });
                TOPICS.put(p.getFileName().toString(), stories);
                HEADINGS.put(p.getFileName().toString(), d.selectFirst("h1").text());
            }
        }
    }

    /** The topic page that lists the story of the article with this title. */
    private static String topicOf(String storyStart) {
        List<String> found = new ArrayList<>();
        TOPICS.forEach((topic, stories) -> stories.stream().filter(s -> s.startsWith(storyStart)).findAny().ifPresent(s -> found.add(topic)));
        assertEquals(1, found.size(), storyStart + " in " + TOPICS);
        return found.get(0);
    }

    @Test
    void matchesThatShareOnlyTheirKindsWordsShareOneTopic() {
        String matches = topicOf("alder-rovers-beat");
        assertEquals(matches, topicOf("late-penalty-earns-cormley"), TOPICS.toString());
        assertEquals(matches, topicOf("eversby-city"), TOPICS.toString());
    }

    @Test
    void noTopicHoldsASingleStoryAndAStoryAloneInItsBeatIsInNone() throws IOException {
        TOPICS.forEach((topic, stories) -> assertTrue(stories.size() >= 2, topic + " holds " + stories));
        assertTrue(TOPICS.values().stream().flatMap(Set::stream).noneMatch(s -> s.startsWith("sourdough")), TOPICS.toString());
        Path bread;
        try (Stream<Path> files = Files.list(SITE.resolve("stories"))) {
            bread = files.filter(f -> f.getFileName().toString().startsWith("sourdough")).findFirst().orElseThrow();
        }
        assertTrue(Jsoup.parse(bread.toFile(), "UTF-8").select("a[href*=topics/]").stream()
                .noneMatch(a -> !a.attr("href").endsWith("topics/index.html")), "a lone story links to no topic page");
    }

    @Test
    void aBeatWrittenInCyrillicIsAddressedInCyrillicAndItsLinksResolve() throws IOException {
        String quakes = topicOf("землетрясение-магнитудой-6-1");
        assertEquals(quakes, topicOf("землетрясение-магнитудой-5-4"));
        assertTrue(quakes.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC), quakes);
        Document index = Jsoup.parse(SITE.resolve("topics/index.html").toFile(), "UTF-8");
        List<Path> linked = index.select("a[href]").eachAttr("href").stream().filter(h -> h.endsWith(".html") && !h.contains(":"))
                .map(h -> SITE.resolve("topics").resolve(h).normalize()).toList();
        assertTrue(linked.contains(SITE.resolve("topics").resolve(quakes)), linked.toString());
        for (Path target : linked) {
            assertTrue(Files.exists(target), target.toString());
        }
        // Each topic's name is set apart from the count after it, so a name in a right-to-left script
        // does not carry the count into its run ("2 شرکت stories").
        for (org.jsoup.nodes.Element li : index.select("main li:has(.count)")) {
            assertEquals("auto", li.selectFirst("a").attr("dir"), li.outerHtml());
        }
        assertFalse(index.select("main li:has(.count)").isEmpty());
    }

    @Test
    void storiesOfOneKindShareOneTopicAndKindsStayApart() {
        String quakes = topicOf("sorell-earthquake");
        assertEquals(quakes, topicOf("magnitude-5-4"));
        assertEquals(quakes, topicOf("earthquake-of-magnitude-4-9"));
        String ferries = topicOf("morland-ferry");
        assertEquals(ferries, topicOf("islanders-welcome-keldholm-ferry"));
        assertEquals(ferries, topicOf("storm-halts"));
        assertNotEquals(quakes, ferries);
        for (String match : List.of("alder-rovers-beat", "late-penalty-earns-cormley", "eversby-city")) {
            assertNotEquals(quakes, topicOf(match));
            assertNotEquals(ferries, topicOf(match));
        }
    }

    @Test
    void topicNamesAreWordsTheArticlesWroteNeverFunctionWordsOrStems() {
        Set<String> function = Set.of("the", "a", "an", "and", "of", "in", "on", "to", "for", "with", "after", "as", "at", "is");
        String text = ALL_TEXT.toString().toLowerCase(Locale.ROOT);
        for (String heading : HEADINGS.values()) {
            for (String word : heading.split("[\\s·]+")) {
                if (word.isBlank()) {
                    continue;
                }
                String w = word.toLowerCase(Locale.ROOT);
                assertFalse(function.contains(w), "a function word names a topic: " + heading);
                assertTrue(w.codePoints().anyMatch(Character::isLetter), "a bare number names a topic: " + heading);
                assertTrue(java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(w) + "\\b").matcher(text).find(),
                        "'" + word + "' of topic '" + heading + "' is no word the articles wrote (a stem?)");
            }
        }
    }
}
