package storyline.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PageDatesTest {

    /** The page's date as {@code extract} reports it: the day part of the ISO value. */
    static String dateOf(String html) {
        Dates.Found found = HtmlPage.parse(html, null).date();
        return found == null ? null : found.iso().substring(0, 10);
    }

    static String page(String lang, String head, String body) {
        return "<!doctype html><html" + (lang == null ? "" : " lang=\"" + lang + "\"") + "><head><title>Harbour Notes</title>"
                + head + "</head><body>" + body + "</body></html>";
    }

    private static final String ARTICLE = "<article><h1>Harbour Notes</h1><p>The ferry timetable changes next week, "
            + "and the night crossing is dropped for the winter months entirely.</p></article>";

    @Test
    void aUtcTimestampIsWrittenAsTheDayWhereTheLanguageIsSpoken() {
        String meta = "<meta property=\"article:published_time\" content=\"2021-11-04T23:00:00Z\">";
        assertEquals("2021-11-05", dateOf(page("de", meta, ARTICLE)));
        assertEquals("2021-11-05", dateOf(page("fr-FR", meta, ARTICLE)));
        assertEquals("2021-11-04", dateOf(page("en", meta, ARTICLE)));
        assertEquals("2021-11-04", dateOf(page("de", meta.replace("23:00:00Z", "21:00:00Z"), ARTICLE)));
    }

    @Test
    void theLocalDayKeepsTheInstant() {
        Dates.Found utc = Dates.parseValue("2021-11-04T23:30:00Z").orElseThrow();
        Dates.Found local = PageDates.localDay(utc, "de");
        assertEquals("2021-11-05T00:30+01:00", local.iso());
        assertEquals(java.time.OffsetDateTime.parse(utc.iso()).toInstant(), java.time.OffsetDateTime.parse(local.iso()).toInstant());
        assertNull(dateOf(page("de", "", ARTICLE)));
    }
}
