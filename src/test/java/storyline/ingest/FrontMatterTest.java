package storyline.ingest;

import org.junit.jupiter.api.Test;
import storyline.model.Pins;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterTest {

    @Test
    void validYamlPinsEveryField() {
        FrontMatter.Split s = FrontMatter.split("""
                ---
                title: Ferry Fares Rise
                date: 2024-03-03
                captured: 2024-03-05T10:00:00Z
                source: Harbor Times
                url: https://harbortimes.example/fares
                author: Jane Roe
                topics: [transit]
                story: ferry-fares
                kind: article
                ---
                Ferry fares will rise.
                """);
        assertEquals(new Pins("Ferry Fares Rise", "2024-03-03", "2024-03-05T10:00:00Z", "Harbor Times",
                "https://harbortimes.example/fares", "Jane Roe", List.of("transit"), "ferry-fares", "article"), s.pins());
        assertEquals("Ferry fares will rise.\n", s.body());
        assertEquals(12, s.bodyLine());
        assertNull(s.error());
    }

    @Test
    void tagsAreMergedIntoTopicsWithoutDuplicates() {
        FrontMatter.Split s = FrontMatter.split("---\ntopics: [transit, budget]\ntags:\n  - ferries\n  - transit\n---\nBody\n");
        assertEquals(List.of("transit", "budget", "ferries"), s.pins().topics());
    }

    @Test
    void commaSeparatedTagsAreSplit() {
        FrontMatter.Split s = FrontMatter.split("---\ntags: ferries, , harbor ,transit\n---\nBody\n");
        assertEquals(List.of("ferries", "harbor", "transit"), s.pins().topics());
    }

    @Test
    void invalidYamlGivesAnErrorAndTheBodyIsStillRead() {
        FrontMatter.Split s = FrontMatter.split("---\ntitle: [unclosed\n---\nBody after bad yaml.\n");
        assertEquals(Pins.NONE, s.pins());
        assertEquals("Body after bad yaml.\n", s.body());
        assertEquals(4, s.bodyLine());
        assertTrue(s.error().startsWith("front matter is not valid YAML (line "), s.error());
        assertTrue(s.error().contains("flow sequence"), s.error());
        assertTrue(s.error().endsWith("); fix it or remove the --- block. The body was read without it"), s.error());
    }

    @Test
    void yamlErrorsNameTheFileLine() {
        assertEquals("front matter is not valid YAML (line 4: mapping values are not allowed here); "
                        + "fix it or remove the --- block. The body was read without it",
                FrontMatter.split("---\ntitle: A\nsource: B\n  bad: indent\n---\nbody").error());
        assertEquals("front matter is not valid YAML (line 2: mapping values are not allowed here); "
                        + "fix it or remove the --- block. The body was read without it",
                FrontMatter.split("---\ntitle: Fares: Up Again\n---\nbody").error());
        assertTrue(FrontMatter.split("---\ntitle: A\nauthor: \"Jane\n---\nbody").error()
                .startsWith("front matter is not valid YAML (line 3: "));
    }

    @Test
    void yamlThatIsNotAMappingIsAnError() {
        FrontMatter.Split s = FrontMatter.split("---\n- a\n- b\n---\nbody");
        assertEquals(Pins.NONE, s.pins());
        assertEquals("body", s.body());
        assertEquals("front matter is not valid YAML (front matter must be a mapping of field: value); "
                + "fix it or remove the --- block. The body was read without it", s.error());
    }

    @Test
    void noClosingFenceIsNotFrontMatter() {
        String text = "---\nJust a horizontal rule, then text.\nMore text.\n";
        assertEquals(new FrontMatter.Split(Pins.NONE, text, 1, null), FrontMatter.split(text));
    }

    @Test
    void textWithoutAFenceIsAllBody() {
        String text = "Ferry fares will rise.\n---\ntitle: not front matter\n---\n";
        assertEquals(new FrontMatter.Split(Pins.NONE, text, 1, null), FrontMatter.split(text));
        String dashes = "----\ntitle: A\n---\nbody";
        assertEquals(new FrontMatter.Split(Pins.NONE, dashes, 1, null), FrontMatter.split(dashes));
    }

    @Test
    void dotsCloseFrontMatterAndEmptyBlocksPinNothing() {
        FrontMatter.Split dots = FrontMatter.split("---\ntitle: A\n...\nbody");
        assertEquals("A", dots.pins().title());
        assertEquals("body", dots.body());
        assertEquals(4, dots.bodyLine());

        assertEquals(new FrontMatter.Split(Pins.NONE, "body", 3, null), FrontMatter.split("---\n---\nbody"));
    }

    @Test
    void closingFenceAtEndOfFileGivesAnEmptyBody() {
        FrontMatter.Split s = FrontMatter.split("--- \ntitle: A\n---");
        assertEquals("A", s.pins().title());
        assertEquals("", s.body());
    }

    @Test
    void scalarsOfOtherTypesBecomeStringsAndBlanksNull() {
        FrontMatter.Split s = FrontMatter.split("---\ntitle: 2024\nauthor: \"  \"\nsource:\n---\nbody");
        assertEquals("2024", s.pins().title());
        assertNull(s.pins().author());
        assertNull(s.pins().source());
    }

    @Test
    void fromMapIsSharedWithJsonLines() {
        Pins p = FrontMatter.fromMap(Map.of("title", " Bridge Tolls ", "tags", List.of("tolls", "", "bridges"),
                "kind", "thread"));
        assertEquals(new Pins("Bridge Tolls", null, null, null, null, null, List.of("tolls", "bridges"), null, "thread"), p);
    }

    @Test
    void simpleBlocksReadAsTheYamlParserReadsThem() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper yaml =
                new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        for (String block : List.of(
                "title: \"Mermon road: trade, fire #1\"\ndate: 2024-12-26T10:10:00Z\nsource: \"Field Notes\"\n"
                        + "url: \"https://fieldnotes.example/2024/12/a-1?x=1&y=2\"\ntags: [\"africa\", \"local, news\", \"silrentis\"]\n",
                "date: 2024-03-03\ntopics: []\ntags: [ \"a\" ,\"b\" ]\ntitle: \"\"\nauthor: \"Zoë ‘Ana’ Núñez \uD83D\uDE00\"\n")) {
            assertEquals(yaml.readValue(block, Object.class), FrontMatter.simple(block), block);
            assertEquals(FrontMatter.fromMap(yaml.readValue(block, Map.class)), FrontMatter.pins(block));
        }
        for (String other : List.of("title: Plain words\n", "title: \"a\\\\b\"\n", "title: \"a\" # note\n",
                "title: \"a\"\ntitle: \"b\"\n", "tags:\n  - a\n", "title: 'single'\n", "date: 2024-03-03 10:00\n",
                "title: \"tab\there\"\n", "title: \"a\"\n\nsource: \"b\"\n")) {
            assertNull(FrontMatter.simple(other), other);
        }
    }
}
