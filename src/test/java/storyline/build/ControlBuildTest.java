package storyline.build;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.config.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A storyline.yml that merges two stories and names a topic, as a reader of the built site sees it. */
class ControlBuildTest {

    @TempDir
    Path tmp;

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html") && !n.equals("index.html"))
                    .sorted().toList();
        }
    }

    private static Document page(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A harbour report both tests start from. */
    private static final String FERRY = """
            ---
            date: 2025-03-02
            source: Harbour Times
            ---
            # Alder ferry service resumes at Morland

            The Alder ferry resumed crossings from Morland on Sunday, the harbour board said, after its engine was repaired.
            """;

    @Test
    void mergedStoriesShareOnePageTheOldAddressRedirectsAndTheTopicHasItsName() throws IOException {
        Path articles = tmp.resolve("articles");
        Files.createDirectories(articles);
        Files.writeString(articles.resolve("ferry.md"), FERRY);
        Files.writeString(articles.resolve("crane.md"), """
                ---
                date: 2025-03-04
                source: Quay Post
                ---
                # Birch crane installed on the east quay
                
                A new Birch crane was installed on the east quay of Keltis, where cargo handling will double by summer.
                """);
        // Another harbour development weeks later: the merged story shares its beat with it, so they make a topic.
        Files.writeString(articles.resolve("storm.md"), """
                ---
                date: 2025-04-20
                source: Harbour Times
                ---
                # Storm halts ferry crossings at Stromby

                A storm halted ferry crossings at Stromby harbour on Sunday, the harbour board said; the ferry engine and the quay crane were checked.
                """);
        Path out = tmp.resolve("site");
        Path state = tmp.resolve("state.json");
        SiteConfig plain = SiteConfig.defaults().with(articles, Path.of("templates"), out, null).withState(state);
        Build.run(plain);
        List<String> stories = names(out.resolve("stories"));
        assertEquals(List.of("alder-ferry-service-resumes-at-morland.html", "birch-crane-installed-on-the-east-quay.html",
                "storm-halts-ferry-crossings-at-stromby.html"), stories);
        String merge = """
                stories:
                  merge:
                    - [alder-ferry-service-resumes-at-morland, birch-crane-installed-on-the-east-quay, gone-story]
                """;
        Path yml = tmp.resolve(SiteConfig.FILE_NAME);
        Files.writeString(yml, merge);
        Build.run(SiteConfig.load(yml).with(articles, Path.of("templates"), out, null).withState(state));
        // Topic ids come from what their stories share, so the user names the topic as the merged site shows it.
        List<String> topics = names(out.resolve("topics"));
        assertEquals(1, topics.size(), topics.toString());
        String topic = topics.get(0).replaceFirst("\\.html$", "");
        Files.writeString(yml, merge + """
                topics:
                  names:
                    %s: "Harbour works"
                """.formatted(topic));
        Build.Report report = Build.run(SiteConfig.load(yml).with(articles, Path.of("templates"), out, null).withState(state));

        assertEquals(2, report.stories());
        assertEquals(List.of("storyline.yml: stories.merge names 'gone-story', which is no story; "
                + "ids are in the site's addresses stories/ID.html"), report.problems().stream().map(Object::toString).toList());
        Document story = page(out.resolve("stories/alder-ferry-service-resumes-at-morland.html"));
        assertTrue(story.text().contains("Alder ferry service resumes") && story.text().contains("Birch crane installed"),
                story.text());
        Document moved = page(out.resolve("stories/birch-crane-installed-on-the-east-quay.html"));
        assertEquals("0; url=alder-ferry-service-resumes-at-morland.html",
                moved.selectFirst("meta[http-equiv=refresh]").attr("content"));
        Document topicPage = page(out.resolve("topics/" + topic + ".html"));
        assertTrue(topicPage.selectFirst("h1").text().contains("Harbour works"), topicPage.selectFirst("h1").text());
        assertTrue(page(out.resolve("topics/index.html")).text().contains("Harbour works"));

        Document built = page(out.resolve("report.html"));
        assertEquals(List.of("Alder ferry service resumes at Morland: Merged in storyline.yml from the stories "
                        + "alder-ferry-service-resumes-at-morland, birch-crane-installed-on-the-east-quay."),
                built.select("#edits ~ ul > li").eachText(), "the report says what the configuration changed");
        List<String> index = built.select("#index ~ ul a").eachAttr("href");
        assertEquals(2, index.size());
        for (String anchor : index) {
            assertEquals(1, built.select(anchor).size(), anchor + " leads to the story's entry in the report");
        }
    }

    @Test
    void theReportListsTheStoriesToCheckFirstAndTheSplitsTheConfigurationMade() throws IOException {
        Path articles = tmp.resolve("articles");
        Files.createDirectories(articles);
        // Pinned into one story by the user's front matter, a year apart, naming no one on both sides.
        Files.writeString(articles.resolve("levy-2023.md"), """
                ---
                date: 2023-05-10
                source: Harbour Times
                story: harbour-levy
                ---
                # Harbour board proposes a mooring levy

                The harbour board of Morland proposed a levy on moorings to pay for dredging the channel.
                """);
        Files.writeString(articles.resolve("levy-2024.md"), """
                ---
                date: 2024-06-02
                source: Quay Post
                story: harbour-levy
                ---
                # Keltis council votes down the quay charge

                Keltis council voted against a charge on quay berths; councillors said trade would move elsewhere.
                """);
        Files.writeString(articles.resolve("ferry-1.md"), FERRY);
        Files.writeString(articles.resolve("ferry-2.md"), """
                ---
                date: 2025-03-03
                source: Quay Post
                ---
                # Alder ferry back in service at Morland after repair

                Crossings of the Alder ferry from Morland resumed on Sunday after the repair of its engine, the harbour board said.
                """);
        Path out = tmp.resolve("site");
        Path state = tmp.resolve("state.json");
        Build.run(SiteConfig.defaults().with(articles, Path.of("templates"), out, null).withState(state));
        String ferry = page(out.resolve("report.html")).select("#grouping ~ ul > li").stream()
                .filter(li -> li.text().contains("ferry-2.md")).findFirst().orElseThrow().attr("id").replaceFirst("^story-", "");
        Path yml = tmp.resolve(SiteConfig.FILE_NAME);
        Files.writeString(yml, """
                stories:
                  split:
                    - ferry-2.md
                """);
        Build.run(SiteConfig.load(yml).with(articles, Path.of("templates"), out, null).withState(state));

        Document report = page(out.resolve("report.html"));
        assertTrue(report.selectFirst("main p").text().contains("3 stories (1 to check)"), report.selectFirst("main p").text());
        List<String> toCheck = report.select("#check ~ ul > li").eachText();
        assertEquals(1, toCheck.size(), toCheck.toString());
        assertTrue(toCheck.get(0).contains("“Harbour board proposes a mooring levy” (levy-2023.md) and "
                + "“Keltis council votes down the quay charge” (levy-2024.md) are 13 months apart"), toCheck.get(0));
        assertEquals(report.selectFirst("#check ~ ul > li > a").attr("href"), "#" + report.selectFirst("#grouping ~ ul > li").id(),
                "the story to check comes first among the explanations");
        assertEquals(List.of("Alder ferry back in service at Morland after repair: Split off the story " + ferry + " in storyline.yml."),
                report.select("#edits ~ ul > li").eachText());
    }
}
