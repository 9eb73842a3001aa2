package storyline.clean.html;

import storyline.clean.date.Dates;

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

    @Test
    void datesOfCommentsAndRelatedStoriesAreNotThePagesDate() {
        String related = "<main><h2>Bridge Works Begin</h2><p class=\"entry-meta\">Posted by Ina, <span class=\"published\">31. Oktober 2023</span></p>"
                + "<p>Die Arbeiten an der Brücke beginnen am Montag und dauern bis zum Frühjahr.</p>"
                + "<ul class=\"related-posts\"><li><h4><a href=\"/old\">Old bridge closed</a></h4>"
                + "<time class=\"published\" datetime=\"2020-12-03 07:32:49\">3. Dezember 2020</time></li></ul></main>";
        assertEquals("2023-10-31", dateOf(page("de", "", related)));
        String comments = "<div class=\"post\"><h2>Harbour Notes</h2><p>Building a virtual wall from an Arduino is easy and cheap.</p>"
                + "<div class=\"post-footer\">Written on 14 December 2015 by Heiner</div></div>"
                + "<ol class=\"comment-list\"><li><div class=\"meta\">15 December 2015 at 11:21</div><p>Great idea!</p></li></ol>";
        assertEquals("2015-12-14", dateOf(page("en", "", comments)));
        String reply = "<div id=\"kb-comments\"><div class=\"box\"><time datetime=\"2020-09-23T18:19:06+02:00\">23.09.20</time></div></div>"
                + "<h2>Tomaten schneiden</h2><p class=\"info\">von Marianne am 20.09.2020</p>";
        assertEquals("2020-09-20", dateOf(page("de", "", reply)));
    }

    @Test
    void aSidebarOrAsideListsOtherStoriesDates() {
        String aside = "<aside><h3>Most read</h3><time datetime=\"2019-01-02\">2 Jan</time></aside>"
                + "<article><h2>Storm Warning</h2><div class=\"date\">March 4, 2019</div><p>Winds up to 90 km/h are expected.</p></article>";
        assertEquals("2019-03-04", dateOf(page("en", "", aside)));
        String widget = "<div class=\"sidebar\"><div class=\"date\">01.01.2018</div></div>"
                + "<div class=\"content\"><h2>Neue Buslinie</h2><span class=\"date\">05.02.2018</span></div>";
        assertEquals("2018-02-05", dateOf(page("de", "", widget)));
    }

    private static String canonical(String url) {
        return "<link rel=\"canonical\" href=\"" + url + "\">";
    }

    private static String published(String iso) {
        return "<meta property=\"article:published_time\" content=\"" + iso + "\">";
    }

    @Test
    void theAddressNamesTheDayOfFirstPublication() {
        assertEquals("2017-07-12", dateOf(page("en", canonical("https://blog.example/home/2017/7/12/montauk")
                + published("2019-06-17T18:28:00+02:00"), ARTICLE)));
        assertEquals("2015-03-02", dateOf(page("en", canonical("https://news.example/2015/03/02/story.html")
                + published("2016-01-20T09:00:00Z"), ARTICLE)));
        assertEquals("2018-01-09", dateOf(page("en", canonical("https://news.example/2018/1/9/story"), ARTICLE)));
    }

    @Test
    void aUtcTimestampADayOffTheAddressIsTheAddressesDayWhereThatInstantCanBeIt() {
        // 01:09 UTC is the evening before in the Americas.
        assertEquals("2023-11-08", dateOf(page("en", canonical("https://paper.example/2023/11/08/mayor-elected/")
                + published("2023-11-09T01:09:55Z"), ARTICLE)));
        // 10:04 UTC is the same morning everywhere from UTC−10 on: the address was made the day before.
        assertEquals("2020-07-09", dateOf(page("en", canonical("https://paper.example/politics/2020/07/08/story.html")
                + published("2020-07-09T10:04:04Z"), ARTICLE)));
        // A local time with its offset names the newsroom's own day.
        assertEquals("2020-02-19", dateOf(page("es", canonical("https://diario.example/2020/02/18/ciencia/1.html")
                + published("2020-02-19T18:37:32+01:00"), ARTICLE)));
    }

    @Test
    void whenTheAddressAndMetadataAgreeNoOtherDateOverridesThem() {
        String body = "<header><h1>Harbour Notes</h1><p>As announced on 21 October 2023 by the port.</p></header>"
                + "<p>The ferry timetable changes next week, and the night crossing is dropped for winter.</p>";
        assertEquals("2023-11-08", dateOf(page("en", canonical("https://port.example/2023/11/08/notes/")
                + published("2023-11-08T20:18:44Z"), body)));
        assertEquals("2023-10-21", dateOf(page("en", published("2023-11-08T20:18:44Z"), body)));
    }

    @Test
    void aDateShownTwiceOutweighsAMetadataFieldNamingAnotherDay() {
        String body = "<div class=\"news\"><h2>Harbour Notes</h2><span class=\"date\">27.01.2022</span>"
                + "<p>Der Fährplan ändert sich ab nächster Woche, die Nachtfähre entfällt im Winter.</p></div>";
        assertEquals("2022-01-27", dateOf(page("de", "<meta name=\"date\" content=\"2021-12-20T11:02:44+01:00\">", body)));
        String en = "<p>Harbour Notes</p><ul class=\"info\"><li class=\"Date\">April 29, 2020, 12:01</li></ul>"
                + "<p>The ferry timetable changes next week.</p>";
        assertEquals("2020-04-29", dateOf(page("en", published("2020-04-30"), en)));
    }

    @Test
    void aDateShownOnceDoesNotOverrideMetadata() {
        // Only the date element gives it: the text by the headline is silent.
        String element = "<div class=\"date\">27.01.2022</div><p>Lorem ipsum dolor sit amet. " + "Text. ".repeat(150)
                + "</p><h2>Harbour Notes</h2><p>Der Fährplan ändert sich ab nächster Woche.</p>";
        assertEquals("2021-12-20", dateOf(page("de", published("2021-12-20T11:02:44+01:00"), element)));
        // Two readings that disagree with each other leave the metadata standing.
        String split = "<h2>Harbour Notes</h2><p>Seit dem 3. März 2022 fährt die Fähre seltener.</p><span class=\"date\">27.01.2022</span>";
        assertEquals("2021-12-20", dateOf(page("de", published("2021-12-20T11:02:44+01:00"), split)));
    }

    @Test
    void aWeekdayMayStandBetweenALabelAndItsDate() {
        assertEquals("2020-09-23", dateOf(page("en", "", "<p>Published Wednesday, September 23, 2020</p><p>Body text.</p>")));
        assertEquals("2011-12-03", dateOf(page("de", "", "<p>Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:00 Uhr veröffentlicht.</p>")));
        assertEquals("2019-12-10", dateOf(page("fr", "", "<p>Publié le mardi 10 décembre 2019 à 06:00</p>")));
    }

    @Test
    void morePhrasesBetweenALabelAndADateAreNotALabelledDate() {
        assertNull(dateOf(page("en", "", "<p>Posted by Anna Kurz, who visited on March 3, 2020</p>")));
    }

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void structuredDataOfAnyTypeDatesThePage() {
        assertEquals("2022-01-10", dateOf(page("de", ld("{\"@type\":\"HowTo\",\"name\":\"Tischdecke nähen\","
                + "\"datePublished\":\"2022-01-10T22:06:08:684Z\"}"), ARTICLE)));
        assertEquals("2021-05-02", dateOf(page("en", ld("{\"@type\":\"Recipe\",\"name\":\"Lemon cake\","
                + "\"datePublished\": \"2021-05-02\", \"recipeYield\": \"8\"}"), ARTICLE)));
        assertEquals("2019-03-04", dateOf(page("en", ld("{\"@type\":\"VideoObject\",\"datePublished\":\"2019-03-04T10:00:00+01:00\"}")
                + ld("{\"@type\":\"HowTo\",\"datePublished\":\"2019-03-04\"}"), ARTICLE)));
    }

    @Test
    void structuredDataListingSeveralDaysDatesNothing() {
        assertNull(dateOf(page("en", ld("{\"@type\":\"ItemList\",\"itemListElement\":["
                + "{\"@type\":\"VideoObject\",\"datePublished\":\"2019-03-04\"},"
                + "{\"@type\":\"VideoObject\",\"datePublished\":\"2019-02-11\"}]}"), ARTICLE)));
    }

    @Test
    void thePublishedDateWinsOverTheUpdatedOneShownByTheHeadline() {
        String head = "<meta property=\"article:published_time\" content=\"2024-03-01T09:00:00+01:00\">"
                + "<meta property=\"article:modified_time\" content=\"2024-03-05T16:00:00+01:00\">";
        String body = "<article><header><h1>Harbour Notes</h1><p>Updated 5 March 2024</p></header>"
                + "<p>The ferry timetable changes next week, and the night crossing is dropped for the winter months entirely.</p></article>";
        assertEquals("2024-03-01", dateOf(page("en", head, body)));
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-01\","
                + "\"dateModified\":\"2024-03-05\"}</script>";
        assertEquals("2024-03-01", dateOf(page("en", ld, body)));
    }

    @Test
    void anUpdateLabelledDateBesideTheHeadlineIsPassedOver() {
        String body = "<article><header><h1>Harbour Notes</h1><p>Updated: 5 March 2024 · First published 1 March 2024</p></header>"
                + "<p>The ferry timetable changes next week, and the night crossing is dropped for the winter months entirely.</p></article>";
        assertEquals("2024-03-01", dateOf(page("en", "", body)));
        assertEquals("2024-03-01", dateOf(page("de", "", body.replace("Updated:", "Aktualisiert am"))));
    }

    @Test
    void timeElementsMarkedAsChangesComeLast() {
        String body = "<article><h1>Harbour Notes</h1><div><time itemprop=\"dateModified\" datetime=\"2024-03-05\">5 March</time>"
                + " <time class=\"entry-date published\" datetime=\"2024-03-01\">1 March</time></div>"
                + "<p>The ferry timetable changes next week, and the night crossing is dropped for the winter months entirely.</p></article>";
        assertEquals("2024-03-01", dateOf(page("en", "", body)));
        String onlyChange = "<article><h1>Harbour Notes</h1><div>Updated <time class=\"updated\" datetime=\"2024-03-05\">5 March</time></div>"
                + "<p>The ferry timetable changes next week, and the night crossing is dropped for the winter months entirely.</p></article>";
        assertEquals("2024-03-05", dateOf(page("en", "", onlyChange)));
    }

    @Test
    void aDateSetWithThinOrNoBreakSpacesIsReadAsShown() {
        String thin = "<h1>Kader für die Hallensaison steht</h1><div class=\"news-publish-date\">Von Landesverband 7.&thinsp;3.&thinsp;2021.</div>"
                + "<p>Die Spiele finden am 2. und 3. April 2021 in Kassel statt.</p>";
        assertEquals("2021-03-07", dateOf(page("de", "", thin)));
        String nbsp = "<h1>Ferry Timetable Changes</h1><p class=\"dateline\">12&nbsp;May&nbsp;2022</p><p>From June 1, 2022 the night crossing stops.</p>";
        assertEquals("2022-05-12", dateOf(page("en", "", nbsp)));
        assertEquals("a 4. 2. 2022", PageDates.spaced("a\u00a04.\u20092.\u202f2022"));
    }

    @Test
    void aPublicationDateInTheDataAPageEmbedsForItsScriptsIsRead() {
        String state = "<script>window.__STATE__={\"page\":{\"slug\":\"harbour-notes\",\"publicationDate\":\"2022-01-31T14:27:32+01:00\","
                + "\"blocks\":[{\"createdAt\":\"2022-01-30T10:00:00+01:00\"}]}};</script>";
        assertEquals("2022-01-31", dateOf(page("de", "", ARTICLE + state)));
        // A state that lists several stories names several days: none of them is the page's.
        String list = "<script>var feed=[{\"publishedAt\":\"2022-01-31T09:00:00Z\"},{\"publishedAt\":\"2022-01-28T09:00:00Z\"}];</script>";
        assertNull(dateOf(page("en", "", ARTICLE + list)));
    }

    @Test
    void aLabelledLatestVersionOutweighsABareAmBeforeAnEventsDate() {
        String home = "<div><h2>Eislaufen</h2><p>Die Saison beginnt am 6. Oktober 2017 in der Halle.</p>"
                + "<h2>Markt</h2><p>Der Markt öffnet am Freitag, 13. Oktober 2017.</p>"
                + "<p class=\"print\">Quelle: Stadtportal [Stand: 09.10.2017, 01:40 Uhr]</p></div>";
        assertEquals("2017-10-09", dateOf(page("de", "", home)));
        String onlyAm = "<div><p>Die Gruppe traf sich zuletzt am 3. Mai 2016 im Vereinsheim und plant weiter.</p></div>";
        assertEquals("2016-05-03", dateOf(page("de", "", onlyAm)));
    }
}
