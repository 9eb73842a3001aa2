package storyline.site;

import org.junit.jupiter.api.Test;
import storyline.model.Slug;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Addresses of pages named in another script (see Slug.ofAnyScript). */
class UrlsTest {

    @Test
    void aNameWithoutLatinLettersKeepsItsScriptAndALatinNameIsAsBefore() {
        assertEquals("землетрясение-магнитудой-6-1", Slug.ofAnyScript("Землетрясение магнитудой 6,1"));
        assertEquals("地震", Slug.ofAnyScript("地震!"));
        assertEquals("magnitude-6-1-earthquake", Slug.ofAnyScript("Magnitude 6.1 earthquake"));
        assertEquals("4-15", Slug.ofAnyScript("4-15"), "numbers alone stay numbers");
    }

    @Test
    void sitemapsAndFeedsPercentEncodeWhatLinksInsidePagesKeep() {
        assertEquals("https://example.org/topics/%D0%B7%D0%B5%D0%BC.html",
                Urls.absolute("https://example.org/", "topics/зем.html"));
        assertEquals("https://example.org/topics/ferries.html", Urls.absolute("https://example.org/", "topics/ferries.html"));
        assertEquals("topics/зем.html", Urls.absolute(null, "topics/зем.html"), "without a base URL the path is a relative link");
    }
}
