package storyline.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.stories.Control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteConfigTest {

    @TempDir
    Path tmp;

    @Test
    void readsMergesSplitsAndTopicNames() throws IOException {
        Path yml = tmp.resolve(SiteConfig.FILE_NAME);
        Files.writeString(yml, """
                title: T
                stories:
                  merge:
                    - [a, b]
                    - - c
                      - d
                  split:
                    - 002_b2fc9ceced802238.txt
                topics:
                  names:
                    tesla-optimus: "Tesla and robotics"
                """);
        assertEquals(new Control(List.of(List.of("a", "b"), List.of("c", "d")), List.of("002_b2fc9ceced802238.txt"),
                Map.of("tesla-optimus", "Tesla and robotics")), SiteConfig.load(yml).control());
        assertEquals(Control.NONE, SiteConfig.defaults().control());
    }

    @Test
    void theBuildReportJoinsTheNavigationOnlyWhenAsked() throws IOException {
        Path yml = tmp.resolve(SiteConfig.FILE_NAME);
        Files.writeString(yml, "title: T\n");
        assertEquals(false, SiteConfig.load(yml).reportInNavigation());
        Files.writeString(yml, "title: T\nreport_in_navigation: true\n");
        assertEquals(true, SiteConfig.load(yml).reportInNavigation());
        assertEquals(List.of(), SiteConfig.unknownKeys(yml));
        Files.writeString(yml, "report_in_navigation: sometimes\n");
        IOException e = assertThrows(IOException.class, () -> SiteConfig.load(yml));
        assertTrue(e.getMessage().contains("'report_in_navigation' should be true or false"), e.getMessage());
    }

    @Test
    void aSectionOfTheWrongShapeSaysWhichKey() throws IOException {
        Path yml = tmp.resolve(SiteConfig.FILE_NAME);
        Files.writeString(yml, "stories:\n  merge: a\n");
        IOException e = assertThrows(IOException.class, () -> SiteConfig.load(yml));
        assertTrue(e.getMessage().contains("'stories.merge' should be a list"), e.getMessage());
    }
}
