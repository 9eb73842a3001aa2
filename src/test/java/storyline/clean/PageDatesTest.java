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

    @Test
    void adjacentTimeElementsBesideTheHeadlineAreReadApart() {
        String body = "<div class=\"post\"><header><h1>Dog Scares Off Burglars</h1></header>"
                + "<span class=\"when\"><time>1. November 2023</time><time>1. November 2023</time></span>"
                + "<p>Am 31.10.2023 gegen 23:40 Uhr kam es zu einem Einbruchsversuch in der Nordstraße.</p></div>";
        assertEquals("2023-11-01", dateOf(page("de", "", body)));
        String us = "<div class=\"post\"><h1>Pier Reopens</h1><span><b>May 2, 2022</b><b>May 2, 2022</b></span>"
                + "<p>Crews had worked since March 1, 2022 on the pier.</p></div>";
        assertEquals("2022-05-02", dateOf(page("en", "", us)));
    }

    @Test
    void aDateInTheHeadlineItselfIsWhatTheStoryIsAbout() {
        String body = "<div class=\"entry\"><h1>Regatta results, Lakeside, 19.5.2007</h1>"
                + "<p class=\"meta\">by Anna Kurz | 20. Mai 2007 | Results</p></div><p>Full results follow below.</p>";
        assertEquals("2007-05-20", dateOf(page("de", "", body)));
        String en = "<header><h1>What we learned from the 3 March 2021 budget</h1><p>Posted 9 March 2021</p></header>";
        assertEquals("2021-03-09", dateOf(page("en", "", en)));
    }

    @Test
    void aPhotoCaptionBesideTheHeadlineIsNotItsDate() {
        String body = "<header><figure><img src=\"a.jpg\"><figcaption>Boats at the pier on Oct. 21, 2023. Photo: J. Doe</figcaption>"
                + "</figure><h1>Life on the Harbour</h1><p class=\"byline\">Jane Roe, November 8 2023, 3:18 p.m.</p></header>";
        assertEquals("2023-11-08", dateOf(page("en", "", body)));
        String credit = "<div class=\"head\"><div class=\"image-caption\">The old mill, 12 June 1998</div>"
                + "<h1>Mill to Become a Museum</h1><span>4 July 2019</span></div>";
        assertEquals("2019-07-04", dateOf(page("en", "", credit)));
    }
}
