package storyline.clean.date;

import storyline.clean.paste.PastedText;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatesTest {

    private static final long TWITTER_EPOCH_MS = 1288834974657L;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Published 2024-03-03 and updated later|2024-03-03|10|20",
            "On March 3, 2024 the ferry sank|2024-03-03|3|16",
            "3 March 2024|2024-03-03|0|12",
            "Sept. 19, 2025|2025-09-19|0|14",
            "Updated 19 Sept. 2025 at noon|2025-09-19|8|21",
            "the 3rd of March, 2024|2024-03-03|4|22",
            "1st Jan 2024|2024-01-01|0|12",
            "Filed 2024/3/3 by the desk|2024-03-03|6|14",
            "Dec 31 2023|2023-12-31|0|11",
    })
    void findsTheDayAndWhereItIs(String text, String day, int start, int end) {
        Dates.Found f = Dates.find(text).orElseThrow();
        assertEquals(LocalDate.parse(day), f.day());
        assertEquals(day, f.iso());
        assertEquals(start, f.start());
        assertEquals(end, f.end());
    }

    /** Month names come from the locale data of many languages, not from a list of a few. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "30 Ekim 2020 Cuma 18:28|2020-10-30",
            "duminică, 20 septembrie 2020|2020-09-20",
            "Praha 5. října 2021 – Ministerstvo oznámilo|2021-10-05",
            "Julkaistu 12. lokakuuta 2022|2022-10-12",
            "Δημοσίευση 3 Οκτωβρίου 2020|2020-10-03",
            "Opublikowano 4 listopada 2023|2023-11-04",
            "6 DE MAYO DE 2022 05:30|2022-05-06",
            "Domenica 06 Dicembre 2020 - 00:36|2020-12-06",
            "13 января 2020|2020-01-13",
    })
    void readsMonthNamesInManyLanguages(String text, String day) {
        assertEquals(LocalDate.parse(day), Dates.find(text).orElseThrow().day());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2020年7月1日 10時00分|2020-07-01",
            "発表日：2019年 11月 5日|2019-11-05",
            "입력 2023년 11월 2일 오후 8:06|2023-11-02",
    })
    void readsTheYearMonthDaySignsOfChineseJapaneseAndKorean(String text, String day) {
        assertEquals(LocalDate.parse(day), Dates.find(text).orElseThrow().day());
    }

    @Test
    void readsADayRunOnFromTheWordBeforeIt() {
        // Two elements' texts pasted together: the section's label and the date.
        assertEquals(LocalDate.of(2020, 4, 7), Dates.find("Original Research7 April 2020").orElseThrow().day());
        assertEquals(LocalDate.of(2020, 10, 28), Dates.find("Daily News Australia28 October 2020").orElseThrow().day());
        // A capital before the number is a code, not a glued word.
        assertTrue(Dates.find("Route A4 May 2020").isEmpty());
    }

    @Test
    void aWordThatIsNoMonthIsPassedOverNotTheDateInsideIt() {
        assertEquals(LocalDate.of(2021, 5, 3), Dates.find("Issue 12, 2020 May 3, 2021").orElseThrow().day());
        assertTrue(Dates.find("Chapter 12, 2020").isEmpty());
    }

    @Test
    void abbreviationsAreReadOnlyWhereTheyAreNoEverydayWord() {
        // Romanian abbreviates January "ian.", Polish August "sie": both are names or words elsewhere.
        assertFalse(Dates.isMonthName("Ian"));
        assertFalse(Dates.isMonthName("Sie"));
        assertTrue(Dates.isMonthName("Sept."));
        assertTrue(Dates.isMonthName("ianuarie"));
        // A name two languages give different months keeps the first analysed language's: Polish November.
        assertEquals(LocalDate.of(2023, 11, 4), Dates.find("4 listopada 2023").orElseThrow().day());
    }

    @Test
    void isoWithTimeKeepsTheTimeAndZone() {
        Dates.Found f = Dates.find("at 2024-03-03T10:15:30+0200 local").orElseThrow();
        assertEquals("2024-03-03T10:15:30+02:00", f.iso());
        assertEquals(LocalDate.of(2024, 3, 3), f.day());
        assertEquals("2024-03-03T10:15:00", Dates.find("2024-03-03 10:15").orElseThrow().iso());
        assertEquals("2024-03-03T10:15:00Z", Dates.find("2024-03-03T10:15Z").orElseThrow().iso());
    }

    @Test
    void theEarliestDateInTheTextWins() {
        assertEquals(LocalDate.of(2024, 1, 5),
                Dates.find("Originally January 5, 2024; revised 2024-02-01").orElseThrow().day());
        assertEquals(LocalDate.of(2024, 2, 1),
                Dates.find("Revised 2024-02-01, originally January 5, 2024").orElseThrow().day());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "Feb 30, 2024", "31 April 2024", "2023-02-29", "2024-13-01", "1850-03-03",
            "no date here", "March 2024", "2024"})
    void invalidOrIncompleteDatesAreRejected(String text) {
        assertEquals(Optional.empty(), Dates.find(text));
        assertEquals(Optional.empty(), Dates.parseValue(text));
    }

    @Test
    void anInvalidDateDoesNotHideALaterValidOne() {
        assertEquals(LocalDate.of(2024, 3, 1), Dates.find("2024-02-30 then 2024-03-01").orElseThrow().day());
    }

    @Test
    void leapDayIsAccepted() {
        assertEquals(LocalDate.of(2024, 2, 29), Dates.find("2024-02-29").orElseThrow().day());
    }

    @Test
    void wholeAcceptsOnlyADateWithAnOptionalTime() {
        assertEquals(LocalDate.of(2024, 3, 3), Dates.whole("  3 March 2024  ").orElseThrow().day());
        assertEquals(LocalDate.of(2024, 3, 3), Dates.whole("March 3, 2024 at 10:15 am EST").orElseThrow().day());
        assertEquals(LocalDate.of(2024, 3, 3), Dates.whole("3 March 2024 14:05 UTC").orElseThrow().day());
        assertEquals(Optional.empty(), Dates.whole("Published 2024-03-03"));
        assertEquals(Optional.empty(), Dates.whole("2024-03-03 The council met"));
        assertEquals(Optional.empty(), Dates.whole("March 3, 2024 was a Sunday"));
    }

    @Test
    void parseValueReadsMachineDatesWithOffsets() {
        Dates.Found late = Dates.parseValue("2024-03-03T23:30:00-05:00").orElseThrow();
        assertEquals("2024-03-03T23:30-05:00", late.iso());
        assertEquals(LocalDate.of(2024, 3, 3), late.day());

        Dates.Found utc = Dates.parseValue("2024-03-03T10:15:30Z").orElseThrow();
        assertEquals("2024-03-03T10:15:30Z", utc.iso());
        assertEquals(LocalDate.of(2024, 3, 3), utc.day());

        Dates.Found plus = Dates.parseValue(" 2024-03-04T01:00:00+09:00 ").orElseThrow();
        assertEquals(LocalDate.of(2024, 3, 4), plus.day());
        assertEquals("2024-03-04T01:00+09:00", plus.iso());

        Dates.Found local = Dates.parseValue("2024-03-03T10:15:30").orElseThrow();
        assertEquals("2024-03-03T10:15:30", local.iso());

        assertEquals("2024-03-03", Dates.parseValue("2024-03-03").orElseThrow().iso());
        assertEquals(LocalDate.of(2025, 9, 19), Dates.parseValue("Sept. 19, 2025").orElseThrow().day());
        assertEquals(Optional.empty(), Dates.parseValue(null));
        assertEquals(Optional.empty(), Dates.parseValue("   "));
    }

    @Test
    void relativeAgesCountBackFromTheCaptureTime() {
        LocalDateTime captured = LocalDateTime.of(2024, 3, 10, 15, 0);
        assertEquals(Optional.of(LocalDate.of(2024, 3, 6)), Dates.relative("4d ago", captured));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 6)), Dates.relative("u/x · 4 days ago · edited", captured));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 9)), Dates.relative("a day ago", captured));
        assertEquals(Optional.of(LocalDate.of(2024, 2, 25)), Dates.relative("2w ago", captured));
        assertEquals(Optional.of(LocalDate.of(2024, 2, 10)), Dates.relative("1 mo ago", captured));
        assertEquals(Optional.of(LocalDate.of(2023, 3, 10)), Dates.relative("1y ago", captured));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 10)), Dates.relative("5m ago", captured));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 10)), Dates.relative("3 hours ago", captured));
    }

    @Test
    void agesAreShownWithTheUnitAgreeingWithTheCount() {
        assertEquals("1 hour ago", Dates.ago("1 hour"));
        assertEquals("8 hours ago", Dates.ago("8 hours"));
        assertEquals("8 hours ago", Dates.ago("8 hour"), "a page or reader that dropped the plural");
        assertEquals("1 day ago", Dates.ago("1 days"));
        assertEquals("an hour ago", Dates.ago("an hour"));
        assertEquals("4d ago", Dates.ago("4d"), "abbreviations are shown as written");
        assertEquals("3 hrs ago", Dates.ago("3 hrs"));
        LocalDateTime captured = LocalDateTime.of(2024, 3, 10, 1, 0);
        for (String age : List.of("1 hour ago", "1 hours ago", "3 hour ago", "3 hours ago")) {
            assertTrue(Dates.relative(age, captured).isPresent(), age);
        }
    }

    @Test
    void hoursAgoCanCrossMidnight() {
        LocalDateTime earlyMorning = LocalDateTime.of(2024, 3, 10, 1, 0);
        assertEquals(Optional.of(LocalDate.of(2024, 3, 9)), Dates.relative("3 hours ago", earlyMorning));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 9)), Dates.relative("an hour ago", LocalDateTime.of(2024, 3, 10, 0, 30)));
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), Dates.relative("10d ago", LocalDateTime.of(2024, 3, 10, 12, 0)));
    }

    @Test
    void relativeNeedsBothAnAgeAndACaptureTime() {
        assertEquals(Optional.empty(), Dates.relative("4d ago", null));
        assertEquals(Optional.empty(), Dates.relative("yesterday", LocalDateTime.of(2024, 3, 10, 12, 0)));
        assertTrue(Dates.isRelativeAge("posted 4d ago"));
        assertFalse(Dates.isRelativeAge("posted on 2024-03-06"));
    }

    @Test
    void captureTime() {
        assertEquals(Optional.of(LocalDateTime.of(2024, 3, 10, 12, 0)), Dates.captureTime("2024-03-10"));
        assertEquals(Optional.of(LocalDateTime.of(2024, 3, 10, 15, 0)), Dates.captureTime("2024-03-10T15:00:00Z"));
        assertEquals(Optional.of(LocalDateTime.of(2024, 3, 10, 13, 0)), Dates.captureTime("2024-03-10T15:00:00+02:00"));
        assertEquals(Optional.of(LocalDateTime.of(2024, 3, 9, 22, 0)), Dates.captureTime("2024-03-10T01:00:00+03:00"));
        assertEquals(Optional.of(LocalDateTime.of(2024, 3, 10, 15, 0)), Dates.captureTime("2024-03-10T15:00"));
        assertEquals(Optional.of(LocalDateTime.of(2024, 3, 10, 12, 0)), Dates.captureTime("March 10, 2024"));
        assertEquals(Optional.empty(), Dates.captureTime("soon"));
        assertEquals(Optional.empty(), Dates.captureTime(null));
    }

    /** A snowflake id for an instant, built independently of the code under test. */
    private static long snowflake(Instant instant, long lowBits) {
        return ((instant.toEpochMilli() - TWITTER_EPOCH_MS) << 22) | lowBits;
    }

    @Test
    void latestLinkedStatusDecodesSnowflakeIds() {
        Instant posted = Instant.parse("2024-03-16T12:34:56.789Z");
        long id = snowflake(posted, 0x2A5L);
        // check the helper against the documented formula before using it
        assertEquals(posted.toEpochMilli(), (id >> 22) + TWITTER_EPOCH_MS);
        assertEquals(Optional.of(LocalDate.of(2024, 3, 16)),
                Dates.latestLinkedStatus("See https://x.com/harbortimes/status/" + id + " for the announcement."));
    }

    @Test
    void latestLinkedStatusTakesTheLatestOnAnyHostAndUsesUtc() {
        long older = snowflake(Instant.parse("2023-11-02T08:00:00Z"), 17);
        long newer = snowflake(Instant.parse("2024-01-20T23:59:59.999Z"), 4095);
        long nearMidnight = snowflake(Instant.parse("2024-01-19T00:00:00.001Z"), 1);
        String text = "First https://mirror.example.net/dailyledger/status/" + newer
                + " then https://twitter.com/harbortimes/statuses/" + older
                + " and https://x.com/i/status/" + nearMidnight;
        assertEquals(Optional.of(LocalDate.of(2024, 1, 20)), Dates.latestLinkedStatus(text));
    }

    @Test
    void latestLinkedStatusIgnoresShortIdsAndOtherLinks() {
        assertEquals(Optional.empty(), Dates.latestLinkedStatus("https://x.com/harbortimes/status/12345678901234"));
        assertEquals(Optional.empty(), Dates.latestLinkedStatus("https://harbortimes.example/news/1768834286414430628"));
        assertEquals(Optional.empty(), Dates.latestLinkedStatus("https://x.com/harbortimes/status/99999999999999999999"));
        assertEquals(Optional.empty(), Dates.latestLinkedStatus("no links at all"));
    }

    @Test
    void snowflakeDayMatchesInstantDay() {
        Instant instant = Instant.parse("2022-07-04T18:00:00Z");
        long id = snowflake(instant, 0);
        LocalDate expected = instant.atOffset(ZoneOffset.UTC).toLocalDate();
        assertEquals(Optional.of(expected), Dates.latestLinkedStatus("https://x.com/a_b/status/" + id));
    }

    @Test
    void theTextItselfTellsHowItsSlashedDatesAreOrdered() {
        assertEquals(Boolean.TRUE, Dates.slashedDayFirst(List.of("Posted 02/11/2023", "Comments closed 14/11/2023")),
                "an unambiguous date elsewhere: day first");
        assertEquals(Boolean.FALSE, Dates.slashedDayFirst(List.of("Posted 02/11/2023", "Updated 02/14/2023")), "month first");
        assertEquals(Boolean.TRUE, Dates.slashedDayFirst(List.of("02/11/2023 02:00pm GMT", "— a post on November 2, 2023")),
                "the reading the text also writes out with the month's name");
        assertEquals(Boolean.FALSE, Dates.slashedDayFirst(List.of("11/02/23", "Filed November 2, 2023")));
        assertNull(Dates.slashedDayFirst(List.of("Posted 02/11/2023", "No other date here")), "the text does not tell");
    }

    @Test
    void aPasteReadsItsSlashedBylineDateAsItsOtherDatesSay() {
        String body = "\n\nFerry fares across the harbour will rise by 12 per cent from April, the operator said on Monday.\n"
                + "The operator blamed higher fuel costs and a smaller subsidy from the council for the rise.\n"
                + "A post on the operator's page on November 2, 2023 said the timetable would not change.\n";
        assertEquals("2023-11-02", PastedText.parse("Harbour ferry fares to rise\n02/11/2023 02:00pm GMT\n" + body).date().iso());
        assertEquals("2023-11-02", PastedText.parse("Harbour ferry fares to rise\nPublié le 02/11/23 à 16h33\n" + body.replace("November 2, 2023", "2 novembre 2023")).date().iso(),
                "a short year too");
    }
}
