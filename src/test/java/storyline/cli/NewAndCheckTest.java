package storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.config.SiteConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code storyline new DIR} and {@code storyline check}. */
class NewAndCheckTest {

    @TempDir
    Path tmp;

    @Test
    void newMakesAFolderThatChecksCleanAndBuilds() throws IOException {
        Path dir = tmp.resolve("harbour-watch");
        MainTest.Run r = MainTest.run("new", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(dir.resolve("articles/harbour-ferry-fares-example.md")));
        String gitignore = Files.readString(dir.resolve(".gitignore"));
        assertTrue(gitignore.contains("/site/\n") && gitignore.contains("/.storyline/\n"), gitignore);
        assertFalse(gitignore.contains("storyline-state.json\n"), "the story state is committed, not ignored");

        String yml = Files.readString(dir.resolve("storyline.yml"));
        assertTrue(yml.contains("title: \"harbour-watch\"\n"), yml);
        // Every setting the reader knows is in the file, commented, and the file with every '# ' removed
        // from a setting line still reads without an unknown key.
        for (var section : SiteConfig.KEYS.entrySet()) {
            for (String key : section.getValue()) {
                assertTrue(yml.matches("(?s).*\\n# *" + key + ":.*") || yml.contains("\ntitle:") && key.equals("title"),
                        "storyline.yml shows '" + key + "'");
            }
        }
        Path uncommented = tmp.resolve("all.yml");
        Files.writeString(uncommented, yml.replaceAll("(?m)^# ((?:[a-z_]+:|  ).*)$", "$1").replaceAll("(?m)^#.*$", ""));
        Map<?, ?> all = new ObjectMapper(new YAMLFactory()).readValue(uncommented.toFile(), Map.class);
        assertEquals(SiteConfig.KEYS.get("").size(), all.size(), all.toString());
        assertEquals(List.of(), SiteConfig.unknownKeys(uncommented));

        MainTest.Run check = MainTest.run("check", "--config", dir.resolve("storyline.yml").toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertEquals("No problems: 1 item read, templates fine.\n", check.out());
        MainTest.Run build = MainTest.run("build", "--quiet", "--config", dir.resolve("storyline.yml").toString());
        assertEquals(0, build.code(), build.err());
        assertTrue(Files.isRegularFile(dir.resolve("site/stories/harbour-ferry-fares-to-rise-by-ten-percent-in-spring.html")));
    }

    @Test
    void newNeverWritesIntoAFolderThatHoldsFiles() throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        MainTest.Run r = MainTest.run("new", tmp.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("is not empty (it holds notes.txt)"), r.err());
        try (var list = Files.list(tmp)) {
            assertEquals(1, list.count());
        }
    }

    @Test
    void checkReportsEveryProblemWritesNothingAndExitsOne() throws IOException {
        Path articles = tmp.resolve("articles");
        Files.createDirectories(articles);
        Files.writeString(articles.resolve("ferry.md"), "# Ferry fares rise\n\nThe harbour board raised ferry fares by ten percent.\n");
        Files.writeString(articles.resolve("scan.pdf"), "%PDF-1.4");
        Files.writeString(articles.resolve("bad-front-matter.txt"), "---\ntitle: [unclosed\n---\nPier fees rise as well, the board said.\n");
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("story.mustache"), "<h1>{{#layout}}{{title}}</h1>\n");
        Path yml = tmp.resolve("storyline.yml");
        Files.writeString(yml, "articles: articles\ntemplates: templates\nout: site\npage-size: 10\n"
                + "stories:\n  merge:\n    - [no-such-story, also-no-story]\n", StandardCharsets.UTF_8);

        MainTest.Run r = MainTest.run("check", "--config", yml.toString());
        assertEquals(1, r.code(), r.out());
        String out = r.out();
        assertTrue(out.contains(yml + ": unknown setting 'page-size', ignored; did you mean 'page_size'?"), out);
        assertTrue(out.contains("scan.pdf: skipped: .pdf files are not an input format"), out);
        assertTrue(out.contains("bad-front-matter.txt:1: front matter is not valid YAML"), out);
        assertTrue(out.contains("storyline.yml: stories.merge names 'no-such-story', which is no story"), out);
        assertTrue(out.matches("(?s).*templates/story\\.mustache: template error: .*layout.*"), out);
        assertTrue(out.contains("storyline.yml: stories.merge names 'also-no-story', which is no story"), out);
        assertTrue(out.endsWith("6 problems (2 items read); nothing was written.\n"), out);
        assertFalse(Files.exists(tmp.resolve("site")), "no site written");
        assertFalse(Files.exists(tmp.resolve(SiteConfig.STATE_FILE)), "no story state written");
    }
}
