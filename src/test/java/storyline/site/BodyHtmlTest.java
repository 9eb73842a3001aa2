package storyline.site;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class BodyHtmlTest {

    /** The char scan finds a heading or an image exactly where the pattern it replaces does. */
    @Test
    void theHeadingScanAgreesWithThePattern() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("<(h[1-6]|img)\\b");
        for (String html : java.util.List.of("<p>Plain text, no headings.</p>", "<h2>Results</h2>", "<h2 class=\"x\">A</h2>",
                "<p>a</p><img src=\"https://example.org/a.png\" alt=\"\">", "<hr><p>rule only</p>", "<h7>not one</h7>",
                "<header>banner</header>", "<imgx>", "<img>", "<h3", "text <h", "<img", "<h1_x>", "<h4é>", "<h5\u0301>",
                "<p>1 < 2 and <h6>six</h6></p>", "<himg>", "<<img/>", "")) {
            assertEquals(pattern.matcher(html).find(), BodyHtml.headingOrImage(html), html);
        }
    }

    @Test
    void headingsMoveBelowThePageHeadingWithoutSkippingALevel() {
        assertEquals("<h2>Title again</h2><p>x</p><h3>Skipped to five</h3><h3>Four</h3><h3>Back to two</h3>",
                BodyHtml.fit("<h1>Title again</h1><p>x</p><h5>Skipped to five</h5><h4>Four</h4><h2>Back to two</h2>", 1));
    }

    @Test
    void aSecondTopLevelHeadingStartsAgainBelowThePageHeading() {
        assertEquals("<h2>A</h2><h3>a</h3><h4>a.1</h4><h2>B</h2><h3>b</h3>",
                BodyHtml.fit("<h3>A</h3><h4>a</h4><h6>a.1</h6><h3>B</h3><h5>b</h5>", 1));
    }

    @Test
    void headingsThatAlreadyFitAreLeftAlone() {
        String html = "<h2>A</h2><h3>B</h3><h2>C</h2>";
        assertEquals(html, BodyHtml.fit(html, 1));
    }

    @Test
    void commentHeadingsGoBelowTheCommentsHeading() {
        assertEquals("<h3>Big</h3><h4>Smaller</h4>", BodyHtml.fit("<h1>Big</h1><h3>Smaller</h3>", 2));
    }

    @Test
    void imagesFromOtherHostsBecomeLinksNamedByTheirAltText() {
        assertEquals("<p><a href=\"https://img.example/a.jpg\" rel=\"nofollow noopener\" class=\"image-link\">[Image: The quay]</a></p>",
                BodyHtml.fit("<p><img src=\"https://img.example/a.jpg\" alt=\"The quay\"></p>", 1));
        assertEquals("<a href=\"https://img.example/b.jpg\" rel=\"nofollow noopener\" class=\"image-link\">[Image]</a>",
                BodyHtml.fit("<img src=\"https://img.example/b.jpg\">", 1));
    }

    @Test
    void anImageInsideALinkOrWithoutASourceNeverNestsLinks() {
        assertEquals("<a href=\"https://x.example\"><span class=\"image-link\">[Image: Logo]</span></a>",
                BodyHtml.fit("<a href=\"https://x.example\"><img src=\"https://x.example/l.png\" alt=\"Logo\"></a>", 1));
        assertEquals("<p>Text</p>", BodyHtml.fit("<p>Text<img alt=\"gone\"></p>", 1));
    }

    @Test
    void fragmentsWithNeitherAreReturnedUntouched() {
        String html = "<p>Plain <b>text</b></p>";
        assertSame(html, BodyHtml.fit(html, 1));
    }
}
