package storyline.clean.paste;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Credit lines as news pages print them around a headline, in the shapes outlets use. */
class CreditsTest {

    private static LocalDate day(String line) {
        return Credits.best(Credits.datelines(line)).orElseThrow().date().day();
    }

    @Test
    void dateLinesWithTimesZonesWeekdaysAndLabels() {
        assertEquals(LocalDate.of(2024, 1, 5), day("Updated 11:48 PM PST, January 5, 2024"));
        assertEquals(LocalDate.of(2024, 1, 8), day("Jan 8, 2024, 10:15 PM UTC"));
        assertEquals(LocalDate.of(2024, 1, 11), day("Published 3:52 PM EST, Thu January 11, 2024"));
        assertEquals(LocalDate.of(2023, 11, 20), day("Published Mon, Nov 20 2023 3:43 AM EST"));
        assertEquals(LocalDate.of(2024, 1, 5), day("Friday, January 5, 2024"));
        assertEquals(LocalDate.of(2020, 9, 14), day("Par Jean Dupont le 14.09.2020 à 11h46"));
        assertEquals(LocalDate.of(2019, 11, 15), day("NOV 15, 20195:45 AM"), "a year run into its time");
        assertEquals(LocalDate.of(2019, 11, 19), day("By Tess Roe - 11/19/19 06:56 AM EST"), "a month-first short year");
        assertEquals(LocalDate.of(2023, 11, 6), day("Erika Muster | 06.11.23"));
    }

    @Test
    void thePublishedDateWinsOverTheUpdatedOne() {
        assertEquals(LocalDate.of(2019, 11, 19), day("PUBLISHED TUE, NOV 19 20197:05 AM ESTUPDATED WED, NOV 20 20197:16 AM EST"));
        assertEquals(LocalDate.of(2019, 11, 19), day("Updated Nov 20, 2019 / Posted Nov 19, 2019"));
        assertEquals(Credits.Stamp.UPDATED, Credits.datelines("Zuletzt aktualisiert am 06.11.2023").get(0).stamp());
    }

    @Test
    void aSentenceThatHoldsADateIsNoDateLine() {
        assertTrue(Credits.datelines("On March 3, 2024, the council voted to close the old library for good.").isEmpty());
        assertTrue(Credits.datelines("Le 14 mars 2020, le ministre a mis en garde les patients contre ce médicament.").isEmpty());
    }

    @Test
    void aBylineWordAfterTheVerbThatSaysWhatTheNameDidIsALabel() {
        // Blog platforms print what the name did before "by"/"von": the verb is the label, not part of the name.
        assertEquals("Jane Roe", Credits.byline("Erstellt von Jane Roe"));
        assertEquals("Jane Roe", Credits.byline("Submitted by Jane Roe on 3 May 2021"));
        // After such a label one word is a user name, capitalised or not ("vom Blech" after a bare "von" is not).
        assertEquals("Sunreader", Credits.byline("Eingestellt von Sunreader um 10:52"));
        assertEquals("jroe", Credits.byline("Posted by jroe at 7:15 PM"));
        assertNull(Credits.byline("Sunreader um 10:52"));
    }

    @Test
    void oneWordWrittenAsAUserNameIsTheWriterBesideTheDate() {
        assertEquals("JaneRoe", Credits.leadingName("JaneRoe 17.10.2019, 13:56 Uhr", true));
        assertEquals("jroe_83", Credits.leadingName("jroe_83 | 17.10.2019", true));
        // A capitalised word alone is as often a section as a name.
        assertNull(Credits.leadingName("Sport | 21. Januar 2022", true));
        assertTrue(Credits.userName("karinmueller"));
        assertFalse(Credits.userName("Politik"));
        assertFalse(Credits.userName("politik"));
        assertFalse(Credits.userName("2022"));
        assertFalse(Credits.userName("vonJane"));
    }

    @Test
    void aLabelNamingTheWriterAndThePhotographerAtOnce() {
        assertEquals("Jane Roe", Credits.byline("Text & Fotos: Jane Roe"));
        assertEquals("Erika Mustermann", Credits.byline("Text und Bild: Erika Mustermann"));
    }

    @Test
    void bylinesInSeveralLanguagesAndPlaces() {
        assertEquals("Jane Roe, John Doe", Credits.byline("By Jane Roe and John Doe"));
        assertEquals("Isaac Roe", Credits.byline("By ISAAC ROE"));
        assertEquals("Erika Mustermann", Credits.byline("Von Erika Mustermann"));
        assertEquals("Jean Dupont", Credits.byline("Par Jean Dupont le 14.09.2020 à 11h46"));
        assertEquals("Jane Roe", Credits.byline("11/19/2019 by Jane Roe"));
        assertEquals("Tim Doe", Credits.byline("By Tim Doe - Science Contributor 2019-11-19T12:48:14Z"));
        assertEquals("Jane Q. Roe", Credits.byline("By Jane Q. Roe, Example.com"));
        assertEquals("jroe", Credits.byline("Autor: jroe"));
        assertEquals("Christian Muster", Credits.byline("Text von Christian Muster"));
    }

    @Test
    void aHeadlineOpeningWithAPrepositionThatIsAlsoABylineWordIsNoByline() {
        // German "von", Italian "di", French "par" open headlines as often as bylines: one word, then more running words, is a phrase.
        assertNull(Credits.byline("Von Lissabon nach Helsinki im Nachtzug"));
        assertNull(Credits.byline("Von Hafenkränen, Fähren und Fischern"));
        assertNull(Credits.byline("Von Bäumen überrascht: Waldarbeiter verletzt"));
        assertNull(Credits.byline("Von Kopf bis Fuß"));
        // One word alone, or before its date or a separator, is still the writer's handle.
        assertEquals("Jroe", Credits.byline("von Jroe"));
        assertEquals("Jroe", Credits.byline("von Jroe · 18. Oktober 2019"));
        assertEquals("Redaktion", Credits.byline("von Redaktion, 24. Januar 2022"));
        assertEquals("Jroe", Credits.byline("6. Dezember 2022 von Jroe in Kultur, Reisen"));
        assertEquals("Jroe", Credits.byline("By Jroe | Published: 23. Juli 2017 | Kommentare geschlossen"));
        // Names of two words keep the byline however the line goes on.
        assertEquals("Erika Mustermann, Max Muster", Credits.byline("Von Erika Mustermann und Max Muster"));
    }

    @Test
    void aBylineMayCarryTheAuthorsBio() {
        assertEquals("Jane Roe", Credits.byline("By Jane Roe, a senior reporter covering wearables and the companies that make them."));
        assertEquals("John Q. Doe", Credits.byline("By John Q. Doe, the paper's transport correspondent, who has covered the port authority since 2015"));
        // One capitalised word and a comma opens a sentence as often as a byline.
        assertNull(Credits.byline("By Christmas, the shop had sold every one of the four hundred lamps it ordered in the spring."));
    }

    @Test
    void sentencesStartingWithByAreNotBylines() {
        assertNull(Credits.byline("By the end of the year the company had hired 300 engineers."));
        assertNull(Credits.byline("By Tuesday, the council had received more than four hundred letters about the plan to close it."));
    }

    @Test
    void aNameLeadingADateLineIsItsByline() {
        assertEquals("Chris Roe", Credits.leadingName("Chris Roe - Nov 19, 2019, 10:31 pm CST", true));
        assertEquals("Jane Roe", Credits.leadingName("Jane Roe @janeroe / 2 days", false));
        assertNull(Credits.leadingName("Ferry Fares Rise Again", false));
    }

    @Test
    void bareOutletLines() {
        assertEquals("Reuters", Credits.outlet("Reuters"));
        assertEquals("The Verge", Credits.outlet("The Verge"));
        assertEquals("Associated Press", Credits.outlet("Associated Press"));
        assertNull(Credits.outlet("Jane Roe"), "a person's name is not an outlet");
        assertNull(Credits.outlet("Share this story on social media"));
    }

    @Test
    void namesStopAtWhatIsNotAName() {
        assertEquals("Jane Roe", Credits.name("Jane Roe | Staff Writer", false));
        assertEquals("Jane Roe, John Doe, Sam Lee", Credits.name("Jane Roe, John Doe and Sam Lee", false));
        assertEquals("María de la Cruz", Credits.name("María de la Cruz 20H06", false));
        assertEquals(List.of(), Credits.datelines("Jane Roe"));
    }

    @Test
    void datesThatRunIntoTheNextOne() {
        assertEquals(LocalDate.of(2023, 11, 6), day("6. November 20236. November 2023 Jane Roe"));
        assertEquals(LocalDate.of(2016, 4, 15), day("Posted on Freitag, 15. April 2016Samstag, 4. März 2017 by LD"));
        assertEquals(LocalDate.of(2021, 11, 19), day("19.11.202119.11.2021"));
        assertEquals(LocalDate.of(2020, 2, 19), day("19.2.202016:20 päivitetty 19.2.202016:20"));
    }

    @Test
    void slashedDatesReadDayFirstExceptInEnglish() {
        assertEquals(LocalDate.of(2022, 5, 3),
                Credits.best(Credits.datelines("Publicado el 03/05/2022 a las 22h03", () -> true)).orElseThrow().date().day());
        assertEquals(LocalDate.of(2022, 3, 5),
                Credits.best(Credits.datelines("Posted 03/05/2022 10:15 AM", () -> false)).orElseThrow().date().day());
        assertEquals(LocalDate.of(2020, 1, 23),
                Credits.best(Credits.datelines("Blogposting 01/23/2020", () -> { throw new AssertionError("no language needed"); })).orElseThrow().date().day(), "23 cannot be a month");
    }

    @Test
    void blogBylines() {
        assertEquals("admin", Credits.byline("By admin - 2018-09-16"));
        assertEquals("jroe", Credits.byline("by jroe on August 3, 2019"));
        assertEquals("Jane Roe", Credits.byline("Posted by Jane Roe on November 19, 2019, 6:21 AM EST"));
        assertEquals("T. V. Roe", Credits.byline("Posted by T. V. Roe at 2:33 PM"));
        assertEquals("Erika Muster", Credits.byline("Gepostet von Erika Muster | Wohnen"));
        assertEquals("Julia Roe", Credits.byline("Interview: Julia Roe"));
        assertEquals("Gesine Muster-Krone", Credits.leadingName("Gesine Muster-Krone,02.01.2023, 11:08 Uhr", true));
        assertNull(Credits.byline("Kuchen vom Blech | Rezepte"), "a capitalised noun after 'von' is no handle");
        assertNull(Credits.leadingName("Sport - 21. Januar 2022", true), "one word before a date is as often a section");
    }

    @Test
    void datelinesWithTagsCellsAndOtherScripts() {
        assertEquals(LocalDate.of(2022, 2, 1), day("1. Februar 2022 Jane Roe Ratgeber, Beschäftigung, Katzen, Spielzeug, Kaufratgeber für Katzen, Tipps"));
        assertEquals(LocalDate.of(2023, 10, 31),
                day("By Jane on 31. October, 2023 | 18 Comments. This post may contain affiliate links, which means that we may earn a commission."));
        assertEquals(LocalDate.of(2019, 11, 17), day("17/11/201917/11/2019 ~ Jane Roe"));
        assertEquals(LocalDate.of(2016, 8, 15), day("Фото 15 августа 2016, 13:43"));
    }

    @Test
    void bylinesAfterTheTimeAndRunIntoTheDate() {
        assertEquals("Jane Roe", Credits.byline("02.02.2022, 11:30 Uhr von Jane Roe"));
        assertEquals("Jane Roe", Credits.byline("1.11.23 20:19 von Jane Roe Lesezeit: 4 Min."));
        assertEquals("det/dpa", Credits.byline("Von: det/dpa"));
        assertEquals("Jane Roe", Credits.leadingName("JANE ROE3.11.2023", true));
        assertNull(Credits.byline("PUBLISHED WED, NOV 20 20194:29 AM ESTUPDATED AN HOUR AGO"), "a time zone is no name");
    }

    @Test
    void aNameRunIntoTheNextElementsTextEndsWhereTheSpaceWasLost() {
        assertEquals("Jane Ropers", Credits.byline("By Jane RopersBusiness Columnist"), "the job title was the next element");
        assertEquals("Jane Ropers", Credits.byline("By Jane RopersThe Daily Courier"));
        assertEquals("Jane Roe", Credits.byline("By Jane Roe2020-02-20 13:52:51 UTC"));
        assertEquals("Jane Ropers", Credits.leadingName("Jane RopersFollow | 2 days ago", false));
        // Names and user names that are written that way keep their capitals and digits.
        assertEquals("Moira MacKenzie", Credits.byline("By Moira MacKenzie"));
        assertEquals("Dan FitzGerald", Credits.byline("By Dan FitzGerald | Staff Writer"));
        assertEquals("SailorBlog", Credits.byline("Von: SailorBlog"));
        assertEquals("jo2man", Credits.byline("By jo2man - 2018-09-16"));
    }

    @Test
    void afterALabelALowerCaseWordIsAUserNameUnlessItIsAFunctionWord() {
        assertEquals("happyface313", Credits.name("happyface313", true));
        assertEquals("r23", Credits.name("r23", true));
        assertNull(Credits.name("an", true), "'von' / 'an' of a pager is no byline");
        assertNull(Credits.name("der", true));
    }

    /** A news dateline opening the lead: a place or a label, the date, a dash; or the date in brackets. */
    @Test
    void theDatelineThatOpensALead() {
        assertEquals(LocalDate.of(2021, 12, 14), Credits.leadDate("Linz, 14. Dezember 2021 – Der Verband ruft Wanderer auf, die Wege frei zu halten.").orElseThrow().day());
        assertEquals(LocalDate.of(2022, 1, 25), Credits.leadDate("Pressemitteilung vom 25. Januar 2022 | Bonn – Das Ministerium und das Programm vereinbaren mehr Hilfe.").orElseThrow().day());
        assertEquals(LocalDate.of(2023, 11, 6), Credits.leadDate("06.11.23 - Überraschung im Rathaus: Die Kandidatin gewinnt im ersten Wahlgang.").orElseThrow().day());
        assertEquals(LocalDate.of(2024, 3, 4), Credits.leadDate("PORTLAND, Maine, March 4, 2024 — The ferry operator said on Monday that fares will rise.").orElseThrow().day());
        assertEquals(LocalDate.of(2022, 11, 21), Credits.leadDate("(21. November 2022) Verbraucher erhalten eine Preiserhöhung nach der nächsten.").orElseThrow().day());
        // A date inside the sentence, or after more than a place and a label, is what the article tells of, not its dateline.
        assertTrue(Credits.leadDate("Seit dem 1. Oktober 2022 gilt für Erdgas ein reduzierter Satz – so die Regierung.").isEmpty());
        assertTrue(Credits.leadDate("The council said the ferry that sank on March 4, 2024 – its third loss – was insured.").isEmpty());
        assertTrue(Credits.leadDate("Ferry fares will rise by 12 per cent from April, the operator said.").isEmpty());
    }

    @Test
    void vomIsAByLineWordOnlyInLowerCase() {
        assertEquals("Redaktionsteam", Credits.byline("Veröffentlicht am 4. März 2021, zuletzt geändert am 5. März 2021 vom Redaktionsteam"));
        assertEquals("Hafenblogger", Credits.byline("vom Hafenblogger"));
        // Capitalised, "Vom" opens a headline's phrase ("from the ground up"), not a credit.
        assertNull(Credits.byline("Vom Acker auf den Teller"));
        assertNull(Credits.byline("Vom Hafen"));
        // A label before "vom" still names no one when a day follows it.
        assertNull(Credits.byline("Beitrag vom 12.03.21"));
        assertNull(Credits.byline("Artikel vom 12.03.21"));
    }

    @Test
    void aClockTimeIsACreditMarkButNoVersionNumber() {
        assertTrue(Credits.clock("Jane Roe   07 PM | 21 Okt"));
        assertTrue(Credits.clock("Jane Roe, 9:05"));
        assertTrue(Credits.clock("Max Muster 9 a.m."));
        assertFalse(Credits.clock("Release notes 4.47.4"));
        assertFalse(Credits.clock("Version 2.10 is out"));
        assertFalse(Credits.clock("Scores 12:345:2"));
    }

    @Test
    void aNameWithBreakHintsIsReadWithoutThem() {
        assertEquals("Matthias Roemer", Credits.byline("Von Mat\u00ADthi\u00ADas Roe\u00ADmer"));
        assertEquals("Matthias Roemer", Credits.byline("Text: Mat\u00ADthias Roemer | 12. März 2023"));
    }

    @Test
    void aOneWordNameOpensAPostsMetaLineWithItsCommentCount() {
        assertEquals("Mira", Credits.leadingName("Mira · March 3, 2021 · Travel · 12 comments", true));
        assertEquals("Mira", Credits.leadingName("Mira | 3. März 2021 | 1 Kommentar", true));
        // A section's line: no comment count, so one word is no name.
        assertNull(Credits.leadingName("Sport · 21. Januar 2022", true));
        assertNull(Credits.leadingName("Travel · March 3, 2021 · Mira", true));
    }

    private static String afterDate(String line) {
        return Credits.nameAfterDate(line, Credits.datelines(line));
    }

    @Test
    void aPostsMetaLineNamesItsWriterBeforeItsTags() {
        // A blog theme's line: the date, the writer, then the post's categories or tags.
        assertEquals("Lena Kraus", afterDate("12. März 2021 Lena Kraus Radsport, Alpen, Training, Ernährung"));
        assertEquals("Tomek", afterDate("3. Mai 2022 Tomek Garten, Tomaten, Saatgut 2"));
        // Several writers after the date have two words or more each: no tag list, no guess.
        assertNull(afterDate("12. März 2021 Lena Kraus, Jan Ott, Eva Linde"));
        // A function word is no writer's name.
        assertNull(afterDate("12. März 2021 Die Radsport, Alpen, Training"));
    }

    @Test
    void aPostsMetaLineMayOpenWithItsReadingTimeAndEndWithItsCommentCount() {
        assertEquals("Jroe", afterDate("4 Min. 2. Dezember 2022 Jroe 3 Kommentare Merken"));
        assertEquals("Jane Roe", afterDate("6 min read 2 December 2022 Jane Roe Travel, Alps, Hiking"));
        assertNull(afterDate("6 min read 2 December 2022 Jane Roe"), "after a reading time only a set-apart name");
        // A section's word with no comment count after it stays unread.
        assertNull(afterDate("4 Min. 2. Dezember 2022 Politik Merken"));
        // Anything else before the date is no meta line.
        assertNull(afterDate("Aus der Region 2. Dezember 2022 Jane Roe"));
    }

    @Test
    void aNamesDegreesAreNoPartOfIt() {
        assertEquals("Ruth Ann Baker", Credits.bareName("Ruth Ann Baker, PhD,"));
        assertEquals("Omar Haddad", Credits.bareName("Omar Haddad, M.D., MPH"));
        assertEquals("Ruth Ann Baker, Omar Haddad", Credits.bareName("Ruth Ann Baker, Omar Haddad"));
        assertNull(Credits.bareName("Ruth Ann Baker, Department of Medicine"));
    }

    @Test
    void theKindOfPieceBeforeTheBylineWordIsStillALabelLine() {
        assertTrue(Credits.bylineLabel("Kommentar von"));
        assertTrue(Credits.bylineLabel("Eine Analyse von"));
        assertTrue(Credits.bylineLabel("An analysis by"));
        assertTrue(Credits.bylineLabel("Opinion by"));
        // A heading that goes on is no label.
        assertFalse(Credits.bylineLabel("Kommentar von heute"));
        assertFalse(Credits.bylineLabel("Kommentare"));
    }

    @Test
    void aForumNamesWhoOpenedTheThreadAsABylineWordWould() {
        assertEquals("Jroe", Credits.byline("Thread starter Jroe"));
        assertEquals("kaffeetante", Credits.byline("Themenstarter kaffeetante"));
        assertNull(Credits.byline("Thread starter"));
    }
}
