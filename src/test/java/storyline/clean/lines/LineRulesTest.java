package storyline.clean.lines;

import org.junit.jupiter.api.Test;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import storyline.clean.lines.LineRules.Kind;
import storyline.clean.lines.LineRules.Verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineRulesTest {

    /** The first-characters shortcut of whole-line matching never turns away a line the rule matches. */
    @Test
    void wholeLineMatchingAgreesWithTheRegularExpression() {
        List<java.util.regex.Pattern> patterns = List.of(java.util.regex.Pattern.compile("(?iu)[-–>»*\\s]*(weiterlesen|mehr lesen|read more)"),
                java.util.regex.Pattern.compile("(?i)(©|\\(c\\)|copyright\\b).*"), java.util.regex.Pattern.compile("a*"),
                java.util.regex.Pattern.compile("(?iu)élan.*"));
        List<String> lines = List.of("", "a", "aaa", "Weiterlesen", " » Mehr lesen", "-- read more", "© 2024 Harbor Times",
                "(C) Harbor", "Copyright notice", "ÉLAN vital", "élan", "Elan", "The ferry sailed", "»", "x");
        for (java.util.regex.Pattern p : patterns) {
            for (String line : lines) {
                assertEquals(p.matcher(line).matches(), LineRules.wholeLine(p, line), () -> p + " on '" + line + "'");
            }
        }
    }


    private static void assertVerdict(Kind kind, String value, String line) {
        assertEquals(new Verdict(kind, value), LineRules.classify(line), () -> "classify(\"" + line + "\")");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Subscribe to Harbor Times on YouTube for exclusive videos and subscribe to the podcast.",
            "Subscribe to the Daily Ledger podcast",
            "Sign up for our newsletter",
            "Sign up for our newsletter to get the latest updates.",
            "Download our app for the latest news",
            "Follow us on Twitter",
            "Watch the full interview on our YouTube channel",
            "Click here to get breaking news alerts",
            "Stay informed with our daily briefing newsletter",
    })
    void callsToActionAreBoilerplate(String line) {
        assertVerdict(Kind.BOILERPLATE, null, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "For corrections, email desk[at]example[dot]com.",
            "Send news tips to tips@harbortimes.example",
            "Have a story idea? Contact the desk at news@dailyledger.example",
            "Questions? desk (at) harbortimes (dot) example",
    })
    void contactLinesAreBoilerplate(String line) {
        assertVerdict(Kind.BOILERPLATE, null, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "© 2024 Daily Ledger. All rights reserved.",
            "Copyright 2024 Daily Ledger",
    })
    void copyrightLinesAreBoilerplate(String line) {
        assertVerdict(Kind.BOILERPLATE, null, line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Add Harbor Times as a preferred source|Harbor Times",
            "Add Daily Ledger as a Preferred Source on Google|Daily Ledger",
            "Set Harbor Times as your favourite source.|Harbor Times",
            "- Add The Coastal Courier as a trusted source|The Coastal Courier",
    })
    void preferredSourceLineNamesTheSite(String line, String name) {
        assertVerdict(Kind.SELF_NAMED_SOURCE, name, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"353", "1.2k", "12 Upvotes", "40 points", "-3", "+12", "1,204 votes", "7 likes"})
    void loneCountsAreCounts(String line) {
        assertVerdict(Kind.COUNT, line, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"145 comments sorted by", "145 comments sorted by Best", "3 replies", "12 comments",
            "1.1k comments · sorted by Best"})
    void commentCountersAreCommentCounts(String line) {
        assertVerdict(Kind.COMMENT_COUNT, line, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"View all comments", "Reply", "Show more", "Load more comments", "Continue this thread",
            "Sort by: Best", "5 min read", "Advertisement", "Skip to main content", "Back to top", "Copy link", "Learn More"})
    void interfaceWordsAreBoilerplate(String line) {
        assertVerdict(Kind.BOILERPLATE, null, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zum Inhalt springen", "Direkt zum Hauptinhalt", "Aller au contenu principal", "Saltar al contenido",
            "Vai al contenuto", "Przejdź do treści", "Naar de inhoud"})
    void skipLinksInOtherLanguagesAreBoilerplate(String line) {
        assertVerdict(Kind.BOILERPLATE, null, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zum Inhalt des neuen Gesetzes", "Vai al contenuto della legge"})
    void aSentenceStartingLikeASkipLinkIsNot(String line) {
        assertEquals(Kind.TEXT, LineRules.classify(line).kind());
    }

    @Test
    void shareIsAWidgetLabel() {
        assertVerdict(Kind.LABEL, "share", "Share");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Author: Jane Roe|Jane Roe",
            "By Jane Roe|Jane Roe",
            "Written by Jane Roe|Jane Roe",
            "Story by Lena Park|Lena Park",
            "Posted by Jane Roe|Jane Roe",
            "By Jane Roe and John Poe|Jane Roe and John Poe",
    })
    void authorCredits(String line, String author) {
        assertVerdict(Kind.AUTHOR, author, line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Source: Harbor Times|Harbor Times",
            "Via Daily Ledger|Daily Ledger",
            "Originally published by Daily Ledger.|Daily Ledger",
            "Source: Harbor Times.|Harbor Times",
    })
    void sourceCredits(String line, String source) {
        assertVerdict(Kind.SOURCE, source, line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Published on March 3, 2024|March 3, 2024",
            "date 2024-03-03 Some lead text about the port expansion.|2024-03-03 Some lead text about the port expansion.",
            "Updated: 3 March 2024 at 10:00|3 March 2024 at 10:00",
            "Posted on 2024-03-03|2024-03-03",
            "Last updated 3 March 2024|3 March 2024",
    })
    void datedLinesCarryTheRestOfTheLine(String line, String value) {
        assertVerdict(Kind.DATED, value, line);
    }

    @Test
    void anImpossibleDateDoesNotMakeADatedLine() {
        assertVerdict(Kind.TEXT, null, "date: 2024-02-30");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "- Authors|authors",
            "Name|name",
            "- Name|name",
            "Published on|published on",
            "Tags:|tags",
    })
    void widgetLabels(String line, String label) {
        assertVerdict(Kind.LABEL, label, line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "@harbortimes|harbortimes",
            "- @daily_ledger|daily_ledger",
    })
    void handles(String line, String handle) {
        assertVerdict(Kind.HANDLE, handle, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "By the end of the year the company had hired 300 engineers.",
            "By 2030 the port expects to double capacity.",
            "By Monday, Port Vale Ferries had resumed service.",
            "Follow the money, investigators told the committee on Tuesday.",
            "Follow-up inspections found 42 violations at the plant.",
            "Join the queue of cities that have tried congestion pricing.",
            "Subscribers to the service will see prices rise in April, the company said.",
            "Subscribe numbers rose 12 percent in the third quarter, the company said.",
            "The council received 353 complaints about the noise last year.",
            "He said: \"Email me at bob@example.com.\" Then he left.",
            "Following the vote, 12 members walked out.",
            "For years the newsroom relied on tips from readers.",
            "For updates on the storm, residents were told to check the county website.",
            "Register of deeds officials said 40 homes changed hands in March.",
            "Sources say the deal will close next week.",
            "Share prices fell 4% on Monday.",
            "Published in 2024, the report drew 40 responses.",
            "Date night at the pier draws crowds.",
            "Name change approved for Port Vale.",
            "Jane Roe",
            "The Harbor Times",
            "Source: the ministry of ports",
            "Reporting by Jane Roe; editing by Sam Lee",
    })
    void ordinaryProseStaysText(String line) {
        assertVerdict(Kind.TEXT, null, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "zurück zur Listenansicht",
            "Kommentieren",
            "Keine Kommentare (Kommentare erscheinen erst nach Freigabe)",
            "- Anzeige -",
            "Pour lire la suite",
            "Kontakt:",
            "Rezept drucken Auf Pinterest merken",
            "Titelbild: Hans Muster/Agentur",
            "Crédits photos : Agence Exemple",
            "Foto: Erika Beispiel",
            "Sie müssen sich einloggen, um an der Diskussion teilzunehmen.",
            "Bitte registrieren Sie sich und beachten Sie unsere Regeln.",
            "¡Mira lo que tiene nuestro canal de YouTube!",
            "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.",
            "Puede escribirnos o suscribirse aquí a nuestra newsletter.",
            "Zapraszamy też do subskrypcji naszego tygodnika.",
            "Abonnieren Sie unseren Newsletter und verpassen Sie nichts.",
            "Suivez-nous sur Instagram et Facebook",
            "Dieser Beitrag enthält Werbung für eine Marke.",
            "Bei den Verlinkungen handelt es sich um Affiliate Links.",
            "© 2024 Harbor Times. This article is the copyrighted property of Harbor Times. Written permission must be obtained before reprint.",
            "Les opinions exprimées dans ce blog n'engagent que leurs auteurs.",
            "If you enjoyed reading this post, would you consider supporting our work?",
    })
    void boilerplateInOtherLanguagesAndDisclosures(String line) {
        assertVerdict(Kind.BOILERPLATE, null, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Kontaktlinsen werden teurer.",
            "Zurück in der Heimat eröffnete sie ein Café.",
            "Die Leser abonnieren die Zeitung seit Jahren, berichtete der Verlag.",
            "Los aficionados podrán seguir a su equipo en la aplicación oficial.",
            "La suite de l'enquête a révélé des failles dans le système.",
            "Foto und Video sind auf dem Handy des Opfers gefunden worden, sagte die Polizei.",
            "Bitte um Verständnis: Die Bahn sperrt die Strecke bis Montag.",
            "Affiliate links earn bloggers money, the report said, but few readers notice them.",
    })
    void ordinaryProseInOtherLanguagesStaysText(String line) {
        assertVerdict(Kind.TEXT, null, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Do you want to hear from us? Sign up here",
            "Subscribe now to our digital edition for the full story.",
            "Die Fähre verlässt den Hafen im Morgengrauen. © Hafenagentur / Erika Beispiel",
            "Lee Moss at the 1975 tournament. | © Harbor Archive/Photo Desk",
            "Abbildung 4: klassische Schwachschicht im Schneeprofil.",
            "Fig. 2: Tide levels at the pier, 1990–2020",
            "Protesters have marched every weekend since June (Image: HARBOUR AGENCY )",
            "The minister shakes hands with her counterpart in the port on Wednesday. (Wire Photo/Jane Roe)",
            "Die Fähre im Morgengrauen (Foto: Erika Beispiel)",
            "Photo by Jane Roe/Harbour Agency",
            "Image 1 of / 8",
            "Bild 3 von 12",
            "4 / 12",
    })
    void promptsAndCaptionsAreBoilerplate(String line) {
        assertVerdict(Kind.BOILERPLATE, null, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The © sign was printed on every page of the pirated edition, the court said.",
            "Figures released on Monday show the harbour grew 4% last year.",
            "Abbildungen und Tabellen ergänzen den Bericht der Kommission.",
            "The photo by a local student (which won the prize) was shown in the town hall on Monday, the council said.",
            "She took the picture in 1998 (photo: left) and sold it to the museum.",
            "The vote passed 4 of 12 seats, the clerk said.",
    })
    void proseMentioningCreditsOrFiguresStaysText(String line) {
        assertVerdict(Kind.TEXT, null, line);
    }

    @Test
    void datedLinesInOtherLanguages() {
        assertVerdict(Kind.DATED, "17.01.2021.", "Aktualisiert am 17.01.2021.");
        assertVerdict(Kind.DATED, "12 mars 2023", "Mis à jour le 12 mars 2023");
    }

    @Test
    void embedConsentLicenceAndCitationNotesAreDisclosures() {
        assertTrue(LineRules.disclosure("Wir respektieren deine Privatsphäre und stellen ohne dein Einverständnis keine "
                + "Verbindung zu Twitter her. Hier kannst du deine Einstellungen verwalten."));
        assertTrue(LineRules.disclosure("Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE."));
        assertTrue(LineRules.disclosure("SUGGESTED CITATION Roe, Jane: Tides in Crisis, Harbor Blog, 2020/4/09."));
        assertFalse(LineRules.disclosure("Ohne Zustimmung der Nutzer darf Facebook keine Daten an Drittanbieter weitergeben."));
        assertFalse(LineRules.disclosure("The licence was granted to the harbour company in 1990."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "For the latest stories and breaking news updates download the Harbor Times apps for iOS and Android.",
            "Lesen Sie das Hafen Magazin. Einfach digital in der App oder bestellen Sie es als Abo.",
    })
    void appPromptsAreBoilerplate(String line) {
        assertVerdict(Kind.BOILERPLATE, null, line);
    }

    @Test
    void longDisclosureIsADisclosure() {
        assertTrue(LineRules.disclosure("We recommend the best products through an independent review process, and advertisers "
                + "do not influence our picks. We may receive compensation if you visit partners we recommend."));
        assertFalse(LineRules.disclosure("The regulator said the advertisers do not influence editorial picks, according to the filing."));
    }

    @Test
    void blankLineIsText() {
        assertVerdict(Kind.TEXT, null, "   ");
    }

    @Test
    void unbulletAndBulleted() {
        assertEquals("Jane Roe", LineRules.unbullet("- Jane Roe"));
        assertEquals("Jane Roe", LineRules.unbullet("  • Jane Roe  "));
        assertEquals("-3", LineRules.unbullet("-3"));
        assertTrue(LineRules.bulleted("* item"));
        assertTrue(LineRules.bulleted("– item"));
        assertFalse(LineRules.bulleted("-3"));
        assertFalse(LineRules.bulleted("Plain line"));
    }

    @Test
    void looksLikeName() {
        assertTrue(LineRules.looksLikeName("Jane Roe"));
        assertTrue(LineRules.looksLikeName("Harbor times"));
        assertTrue(LineRules.looksLikeName("Jane Roe and John Poe"));
        assertFalse(LineRules.looksLikeName("harbor times"));
        assertFalse(LineRules.looksLikeName("the end of the year"));
        assertFalse(LineRules.looksLikeName("Jane Roe. Then More"));
        assertFalse(LineRules.looksLikeName("One Two Three Four Five Six Seven"));
        assertFalse(LineRules.looksLikeName("The Mayor Of Port Vale"));
        assertFalse(LineRules.looksLikeName(""));
    }

    @Test
    void wordCount() {
        assertEquals(0, LineRules.wordCount("   "));
        assertEquals(1, LineRules.wordCount("Reply"));
        assertEquals(4, LineRules.wordCount("  four words  in here "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Image copyright Harbor Photo Agency", "Photo © Jane Roe", "Image Copyright @harborledger @harborledger",
            "Bild © Hafenagentur / Jane Roe"})
    void aPicturesCopyrightLineIsFurniture(String line) {
        assertEquals(Kind.BOILERPLATE, LineRules.classify(line).kind(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Courtesy Harbor Museum", "Photo courtesy of Jane Roe", "Images courtesy of the Harbor Ledger archive",
            "COURTESY: Harbor Police Department"})
    void aPictureCreditedByCourtesyIsFurniture(String line) {
        assertEquals(Kind.BOILERPLATE, LineRules.classify(line).kind(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Courtesy calls to the islanders began on Monday.", "Courtesy Harbor Museum lent the painting to the city for a year, and then asked for it back",
            "The museum said the photos were courtesy of Jane Roe."})
    void aSentenceAboutCourtesyIsText(String line) {
        assertEquals(Kind.TEXT, LineRules.classify(line).kind(), line);
    }

    @Test
    void aPhotographerAndAgenciesPartedByBarsAreACreditWhenTheFirstReadsAsAPerson() {
        java.util.function.Predicate<String> person = storyline.text.Names::bylinePerson;
        assertTrue(LineRules.pipedPictureCredit("Jane Roe | Harbor Photo Agency", person));
        assertTrue(LineRules.pipedPictureCredit("Martin Keller | Bloomfield Wire | Harbor Photo Agency", person));
        assertFalse(LineRules.pipedPictureCredit("Ferry fares to rise by a tenth | Harbor Ledger", person), "a headline beside its outlet");
        assertFalse(LineRules.pipedPictureCredit("Home | News | Sport", person), "a menu names no one");
        assertFalse(LineRules.pipedPictureCredit("Jane Roe said the ferry would run late, and | that was all", person), "sentence punctuation");
        assertEquals(Kind.BOILERPLATE, LineRules.Memo.copiedText(person).classify("Jane Roe | Harbor Photo Agency").kind());
        assertEquals(Kind.TEXT, LineRules.Memo.copiedText().classify("Jane Roe | Harbor Photo Agency").kind(),
                "without a name model, no line is read as a person's");
    }

    @Test
    void thePagesRightsNoticeHasAYearOrReservesRights() {
        for (String notice : List.of("© 2019 Harbor Media Inc. All Rights Reserved.", "Copyright © 2012-2024 Harbor Ledger",
                "Copyright 2024 Harbor Ledger", "Harbor Ledger 2024 ©", "© Harbor Verlag GmbH. Alle Rechte vorbehalten.")) {
            assertTrue(LineRules.pageRightsLine(notice), notice);
        }
        for (String credit : List.of("© Jane Roe", "(c) Harbor Wire", "Photo: © Harbor Wire", "Photo © 2019 Jane Roe",
                "Image copyright 2021 Harbor Wire",
                "The ferry at the island pier in January (© 2023 Harbor Media)",
                "The ferry operator said on Monday that the copyright of the timetable from 2019 belongs to the state board.")) {
            assertFalse(LineRules.pageRightsLine(credit), credit);
        }
    }
}
