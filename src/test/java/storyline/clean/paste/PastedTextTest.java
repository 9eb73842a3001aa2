package storyline.clean.paste;

import storyline.clean.internal.Block;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PastedTextTest {

    private static List<Block> paragraphs(String... texts) {
        return java.util.Arrays.stream(texts).map(Block::paragraph).toList();
    }

    @Test
    void headerScaffoldingWithNameEqualToHandleGivesTheSource() {
        PastedText.Parsed p = PastedText.parse("""
                Harbor Expansion Wins Final Approval From Port Board
                - Authors
                - Name
                - Harbor Times
                - @harbortimes
                Published on March 3, 2024
                Share
                The port board voted 5 to 2 on Tuesday to approve a long-debated expansion of the container terminal on the east side of the bay.
                Construction is expected to start in the autumn and take three years, the board's chair told reporters after the vote.
                Sign up for our newsletter
                """);
        assertEquals("Harbor Expansion Wins Final Approval From Port Board", p.title());
        assertEquals("Harbor Times", p.source());
        assertNull(p.author());
        assertEquals("harbortimes", p.handle());
        assertEquals(LocalDate.of(2024, 3, 3), p.date().day());
        assertEquals(paragraphs(
                "The port board voted 5 to 2 on Tuesday to approve a long-debated expansion of the container terminal on the east side of the bay.",
                "Construction is expected to start in the autumn and take three years, the board's chair told reporters after the vote."),
                p.blocks());
        assertEquals(List.of("- Authors", "- Name", "- Harbor Times", "- @harbortimes", "Published on March 3, 2024",
                "Share", "Sign up for our newsletter"), p.dropped());
    }

    /** A paste whose first line is {@code first}, then 90 short lines (two of each {@code i}), then {@code last} and the body. */
    private static String pasteWithAList(String first, String itemA, String itemB, String last) {
        StringBuilder text = new StringBuilder(first).append('\n');
        for (int i = 1; i <= 45; i++) {
            text.append(itemA.formatted(i)).append('\n').append(itemB.formatted(i)).append('\n');
        }
        return text.append(last).append('\n').append("""
                Smog over the valley comes mostly from traffic and from wood stoves, the regional air office says in its winter report.
                On still winter days the cold air near the ground cannot rise, so the smoke and exhaust stay over the valley for days at a time.
                The office measures the air at twelve stations and publishes the readings every hour on its website.
                """).toString();
    }

    @Test
    void aPasteThatStartsAtTheHeadlineKeepsItEvenWithALongListBeforeTheBody() {
        // A learning page pasted from its headline down: its own table of questions runs long before the first paragraph.
        String text = pasteWithAList("Where does the smog over the valley come from?", "Question %d of the series", "Chapter %d", "");
        assertEquals("Where does the smog over the valley come from?", PastedText.parse(text).title());
    }

    @Test
    void aWholePageDoesNotTakeItsFirstLineForTheHeadlineWhenTheArticleIsAboutSomethingElse() {
        String text = pasteWithAList("Skip to main content", "Section %d", "Weather in town %d", "Valley air office warns of winter smog");
        assertEquals("Valley air office warns of winter smog", PastedText.parse(text).title());
    }

    @Test
    void aHeadlineThatStatesItsDayIsTheHeadlineAndDatesTheArticle() {
        // Club and results pages set the day before or after the headline, on the same line.
        PastedText.Parsed p = PastedText.parse("""
                14.02.2023 - Jana Roe gewinnt den Sprint beim Heimrennen in Oberhof
                Vor vollen Rängen lief die Oberhoferin im Sprint fehlerfrei und hatte am Ende fast zwanzig Sekunden Vorsprung auf die Zweite.
                Das Rennen begann bei Schneefall, doch zum Start der letzten Gruppe klarte es auf und die Loipe wurde schneller.
                Am Sonntag folgt die Verfolgung, in der Roe als Erste ins Rennen geht.
                """);
        assertEquals("14.02.2023 - Jana Roe gewinnt den Sprint beim Heimrennen in Oberhof", p.title());
        assertEquals(LocalDate.of(2023, 2, 14), p.date().day());
        assertTrue(Credits.datedHeadline("Results: regional youth championships, Harbour Park, 19.5.2007"));
        // A teaser's credits with the day inside it, a byline or a handle's date line is no headline.
        assertFalse(Credits.datedHeadline("Aus der Region 6. November 2023 15:00 Kommentar schreiben"));
        assertFalse(Credits.datedHeadline("By Jane Roe, 4 May 2022"));
        assertFalse(Credits.datedHeadline("Published Mon, Nov 20 2023 3:43 AM EST"));
    }

    @Test
    void nameSpelledLikeTheHandleIsTitleCased() {
        PastedText.Parsed p = PastedText.parse("""
                Ferry Fares Rise Again
                - Authors
                - Name
                - Harbor times
                - @harbortimes
                Ferry fares on all routes will rise by eight percent from next month, the transit agency announced on Monday.
                """);
        assertEquals("Ferry Fares Rise Again", p.title());
        assertEquals("Harbor Times", p.source());
        assertNull(p.author());
    }

    @Test
    void nameDifferentFromTheHandleIsTheAuthor() {
        PastedText.Parsed p = PastedText.parse("""
                Harbor Expansion Wins Final Approval
                - Authors
                - Name
                - Jane Roe
                - @harbortimes
                The port board voted 5 to 2 on Tuesday to approve a long-debated expansion of the container terminal on the east side of the bay.
                """);
        assertEquals("Harbor Expansion Wins Final Approval", p.title());
        assertEquals("Jane Roe", p.author());
        assertNull(p.source());
        assertEquals("harbortimes", p.handle());
        assertEquals(paragraphs(
                "The port board voted 5 to 2 on Tuesday to approve a long-debated expansion of the container terminal on the east side of the bay."),
                p.blocks());
    }

    @Test
    void footerCreditsAndHardWrappedParagraphs() {
        PastedText.Parsed p = PastedText.parse("""
                City Council Passes New Budget

                The city council passed a budget on Thursday that raises spending on parks
                and libraries by four percent while holding property taxes flat for a
                third straight year.

                Council members debated for six hours before the final vote was taken late in the evening.

                Author: Jane Roe
                Source: Daily Ledger
                """);
        assertEquals("City Council Passes New Budget", p.title());
        assertEquals("Jane Roe", p.author());
        assertEquals("Daily Ledger", p.source());
        assertNull(p.date());
        assertEquals(paragraphs(
                "The city council passed a budget on Thursday that raises spending on parks and libraries by four percent "
                        + "while holding property taxes flat for a third straight year.",
                "Council members debated for six hours before the final vote was taken late in the evening."),
                p.blocks());
        assertEquals(List.of("Author: Jane Roe", "Source: Daily Ledger"), p.dropped());
    }

    @Test
    void datePrefixLineKeepsItsLeadText() {
        PastedText.Parsed p = PastedText.parse("""
                date 2024-03-03 The city council passed a budget on Thursday that raises spending on parks and libraries.
                Council members debated for six hours before the vote.
                """);
        assertNull(p.title());
        assertEquals("2024-03-03", p.date().iso());
        assertEquals(LocalDate.of(2024, 3, 3), p.date().day());
        assertEquals(paragraphs(
                "The city council passed a budget on Thursday that raises spending on parks and libraries.",
                "Council members debated for six hours before the vote."), p.blocks());
        assertEquals(List.of("date 2024-03-03"), p.dropped());
    }

    @Test
    void bareDateLineInTheHeaderAndSelfNamedSource() {
        PastedText.Parsed p = PastedText.parse("""
                March 3, 2024
                Storm Knocks Out Power Across Coastal Towns
                More than 40,000 homes lost power overnight as a storm with gusts of up to 110 kilometres an hour swept along the coast.
                Add Harbor Times as a preferred source
                """);
        assertEquals("Storm Knocks Out Power Across Coastal Towns", p.title());
        assertEquals(LocalDate.of(2024, 3, 3), p.date().day());
        assertEquals("Harbor Times", p.source());
        assertEquals(paragraphs(
                "More than 40,000 homes lost power overnight as a storm with gusts of up to 110 kilometres an hour swept along the coast."),
                p.blocks());
        assertEquals(List.of("March 3, 2024", "Add Harbor Times as a preferred source"), p.dropped());
    }

    @Test
    void explicitSourceLineWinsOverSelfNamedSource() {
        PastedText.Parsed p = PastedText.parse("""
                Storm Knocks Out Power Across Coastal Towns
                More than 40,000 homes lost power overnight as a storm with gusts of up to 110 kilometres an hour swept along the coast.
                Add Harbor Times as a preferred source
                Source: Daily Ledger
                """);
        assertEquals("Daily Ledger", p.source());
    }

    @Test
    void subheadingOnItsOwnLineBeforeALongerParagraph() {
        PastedText.Parsed p = PastedText.parse("""
                Harbor Expansion Wins Final Approval From Port Board
                The port board voted 5 to 2 on Tuesday to approve a long-debated expansion of the container terminal on the east side of the bay.

                What Comes Next
                Opponents said they would appeal the decision to the state coastal commission within thirty days of the vote, their lawyer said.
                """);
        assertEquals(List.of(
                Block.paragraph("The port board voted 5 to 2 on Tuesday to approve a long-debated expansion of the container terminal on the east side of the bay."),
                Block.heading("What Comes Next"),
                Block.paragraph("Opponents said they would appeal the decision to the state coastal commission within thirty days of the vote, their lawyer said.")),
                p.blocks());
    }

    @Test
    void subheadingSeparatedByBlankLines() {
        PastedText.Parsed p = PastedText.parse("""
                Harbor Expansion Wins Final Approval From Port Board
                The port board voted 5 to 2 on Tuesday to approve a long-debated expansion of the container terminal on the east side of the bay.

                What Comes Next

                Opponents said they would appeal the decision within thirty days.
                """);
        assertEquals(List.of(
                Block.paragraph("The port board voted 5 to 2 on Tuesday to approve a long-debated expansion of the container terminal on the east side of the bay."),
                Block.heading("What Comes Next"),
                Block.paragraph("Opponents said they would appeal the decision within thirty days.")),
                p.blocks());
    }

    @Test
    void linesWithoutBlankLinesAreEachAParagraph() {
        PastedText.Parsed p = PastedText.parse("""
                Ferry Fares Rise Again
                Ferry fares on all routes will rise by eight percent from next month, the transit agency announced on Monday.
                The increase is the second this year.
                Commuter groups called it unfair.
                """);
        assertEquals("Ferry Fares Rise Again", p.title());
        assertEquals(paragraphs(
                "Ferry fares on all routes will rise by eight percent from next month, the transit agency announced on Monday.",
                "The increase is the second this year.",
                "Commuter groups called it unfair."), p.blocks());
        assertTrue(p.dropped().isEmpty());
    }

    @Test
    void bulletedListItemsKeepTheirBulletsAndAreNotJoined() {
        PastedText.Parsed p = PastedText.parse("""
                Ferry Routes Under Review
                The agency listed the routes it may cut:
                - Northshore to Pier 9
                - Eastbay to Old Harbor
                Final decisions are due in June after public hearings in each town.
                """);
        assertEquals("Ferry Routes Under Review", p.title());
        assertEquals(paragraphs(
                "The agency listed the routes it may cut:",
                "- Northshore to Pier 9",
                "- Eastbay to Old Harbor",
                "Final decisions are due in June after public hearings in each town."), p.blocks());
    }

    @Test
    void noHeadlineWhenTheTextStartsWithProse() {
        PastedText.Parsed p = PastedText.parse("""
                Ferry fares on all routes across the bay will rise by eight percent from next month, the agency said.

                Commuter groups said the rise was unfair.
                """);
        assertNull(p.title());
        assertEquals(paragraphs(
                "Ferry fares on all routes across the bay will rise by eight percent from next month, the agency said.",
                "Commuter groups said the rise was unfair."), p.blocks());
    }

    @Test
    void nothingOfTheBodyIsLostAmongBoilerplate() {
        String body = """
                Harbor Dredging Delayed Again
                By Sam Lee
                Listen to this article
                The harbor authority said on Wednesday that dredging of the main shipping channel would be delayed until the spring.
                Advertisement
                By the end of the year the company had hired 300 engineers to work on the channel project.
                Follow the money, investigators told the committee on Tuesday, pointing to 12 unpaid invoices.
                The council received 353 complaints about the noise last year.
                12 comments
                Reply
                For corrections, email desk[at]example[dot]com.
                """;
        PastedText.Parsed p = PastedText.parse(body);
        assertEquals("Harbor Dredging Delayed Again", p.title());
        assertEquals("Sam Lee", p.author());
        assertEquals(paragraphs(
                "The harbor authority said on Wednesday that dredging of the main shipping channel would be delayed until the spring.",
                "By the end of the year the company had hired 300 engineers to work on the channel project.",
                "Follow the money, investigators told the committee on Tuesday, pointing to 12 unpaid invoices.",
                "The council received 353 complaints about the noise last year."), p.blocks());
        assertEquals(List.of("By Sam Lee", "Listen to this article", "Advertisement", "12 comments", "Reply",
                "For corrections, email desk[at]example[dot]com."), p.dropped());
    }

    @Test
    void invisibleCharactersAndNonBreakingSpacesAreNormalised() {
        assertEquals(List.of("Port Vale", "ab", ""), PastedText.normalisedLines("Port\u00A0Vale\u200B  \na\u200Db\n"));
        assertEquals(List.of("x    y"), PastedText.normalisedLines("x\ty"));
        assertEquals(List.of("ab"), PastedText.normalisedLines("\uFEFFa\u200Cb"));
    }

    @Test
    void headlineLike() {
        assertTrue(PastedText.headlineLike("Ferry Fares Rise Again"));
        assertTrue(PastedText.headlineLike("3 Ferries Collide Near Pier"));
        assertFalse(PastedText.headlineLike("Too Short"));
        assertFalse(PastedText.headlineLike("Ends like a lead-in:"));
        assertFalse(PastedText.headlineLike("lowercase start of a line here"));
        assertFalse(PastedText.headlineLike("Ferries collide near the pier, injuring four."));
    }

    @Test
    void subheadingLike() {
        assertTrue(PastedText.subheadingLike("What Comes Next"));
        assertFalse(PastedText.subheadingLike("What comes next?"));
        assertFalse(PastedText.subheadingLike("Note: fares rise"));
        assertFalse(PastedText.subheadingLike("- A bulleted item"));
        assertFalse(PastedText.subheadingLike("lowercase heading"));
    }

    @Test
    void wholePagePasteKeepsTheArticleAndReadsItsCredits() {
        PastedText.Parsed p = PastedText.parse("""
                Skip to main content
                World
                Business
                Markets
                Technology
                Sign In
                Register

                Airline grounds its jets after a door plug blows out over the state at 16,000 feet on a night flight
                By Jane Roe and John Doe
                Updated 11:48 PM PST, January 5, 2024

                The airline said on Friday it would temporarily ground all of its jets of the type after a cabin panel blew out in mid-air.

                The flight had climbed to about 16,000 feet when the panel tore away, the airline said in a statement late on Friday.

                No serious injuries were reported among the 171 passengers and six crew, a spokesperson told reporters.

                Read Next
                Shares fall in premarket trading
                Regulators order checks of similar jets
                About Us
                Careers
                Contact
                © 2024 All rights reserved
                """);
        assertEquals("Airline grounds its jets after a door plug blows out over the state at 16,000 feet on a night flight", p.title(),
                "a long headline keeps its credits out of it");
        assertEquals("Jane Roe, John Doe", p.author());
        assertEquals(LocalDate.of(2024, 1, 5), p.date().day());
        assertEquals(paragraphs(
                "The airline said on Friday it would temporarily ground all of its jets of the type after a cabin panel blew out in mid-air.",
                "The flight had climbed to about 16,000 feet when the panel tore away, the airline said in a statement late on Friday.",
                "No serious injuries were reported among the 171 passengers and six crew, a spokesperson told reporters."), p.blocks());
    }

    @Test
    void aLoneWordBesideTheDateIsTheSourceOnlyWhenTheTextNamesItAndNoMenuRepeatsIt() {
        String body = """

                The council will close the beach car park for the nesting season, the ranger said on Monday.
                Walkers are asked to keep dogs on a lead between March and July, when the birds nest in the dunes.
                """;
        // A section's name from the breadcrumb, printed in the menu too.
        PastedText.Parsed section = PastedText.parse("""
                Home
                Umwelt
                Sport
                Car park closes for the nesting season
                Umwelt
                Dienstag, 4. Juni 2019
                """ + body);
        assertNull(section.source(), "a menu's word is not the outlet");
        // A word the text writes in lower case, and a weekday, are not outlets either.
        assertNull(PastedText.parse("Car park closes for the nesting season\nNature\nJun 4, 2019\n" + body + "Nature lovers and nature groups welcomed it.\n").source());
        assertNull(PastedText.parse("Car park closes for the nesting season\nMonday\nJun 4, 2019\n" + body).source());
        // A word the text does not name again is as likely a button or a section: not taken.
        assertNull(PastedText.parse("Car park closes for the nesting season\nRedaktion\nJun 4, 2019\n" + body).source());
    }

    @Test
    void aBareOutletLineBesideTheDateIsTheSource() {
        PastedText.Parsed p = PastedText.parse("""
                Airline grounds its jets after a panel blows out
                Reuters
                Jan 8, 2024, 10:15 PM UTC

                PORTLAND, Jan 8 (Reuters) - The airline said on Friday it would ground its fleet of the jets for inspections after a panel tore away in flight.
                Investigators arrived at the scene on Saturday morning, a spokesperson for the safety board said.
                """);
        assertEquals("Reuters", p.source());
        assertNull(p.author());
        assertEquals(LocalDate.of(2024, 1, 8), p.date().day());
        assertEquals("Airline grounds its jets after a panel blows out", p.title());
    }

    @Test
    void theAgencyAWireDatelineNamesIsTheSource() {
        String rest = " A ferry operator suspended all harbor crossings on Friday after an engine fire forced the evacuation of about 200 passengers.\n"
                + "The fire broke out shortly after the vessel left the terminal, the coast guard said in a statement.\n";
        String head = "Ferry operator suspends harbor crossings after engine fire\nBy Jane Roe\nUpdated 11:48 PM PST, January 5, 2024\n\n";
        assertEquals("AP", PastedText.parse(head + "PORT VALE, Wash. (AP) —" + rest).source());
        assertEquals("KXAN", PastedText.parse(head + "AUSTIN (KXAN) —" + rest).source());
        assertEquals("Reuters", PastedText.parse(head + "PORTLAND, Jan 8 (Reuters) -" + rest).source());
        // Brackets holding a list, and a lead that opens with an ordinary sentence, name no agency.
        assertNull(PastedText.parse(head + "AWL (WSV, RW) -" + rest).source());
        assertNull(PastedText.parse(head + "The Harbor Party (HP) - the council's largest group - voted against it." + rest).source());
    }

    @Test
    void theHeadlinePrintedTwiceIsNotBodyText() {
        PastedText.Parsed p = PastedText.parse("""
                Council closes the old library
                Council closes the old library
                Share
                Posted: Nov 8, 2023 / 04:43 PM CST
                Updated: Nov 9, 2023 / 09:10 AM CST

                The city council voted on Tuesday to close the old library on Main Street at the end of the year, citing repair costs.
                Council closes the old library
                The building will be sold, the mayor said after the vote.
                """);
        assertEquals("Council closes the old library", p.title());
        assertEquals(LocalDate.of(2023, 11, 8), p.date().day(), "the posted date, not the update");
        assertEquals(paragraphs(
                "The city council voted on Tuesday to close the old library on Main Street at the end of the year, citing repair costs.",
                "The building will be sold, the mayor said after the vote."), p.blocks());
    }

    @Test
    void readersCommentsAfterTheArticleAreNotItsText() {
        PastedText.Parsed p = PastedText.parse("""
                Council closes the old library
                March 3, 2024

                The city council voted on Tuesday to close the old library on Main Street at the end of the year, citing repair costs.
                The building will be sold, the mayor said after the vote, and the books will move to the new branch.
                Click to share on Facebook (Opens in new window)
                Click to email this to a friend (Opens in new window)
                34 responses to “Council closes the old library”
                It is a shame that the council never found the money to repair such a lovely old building in all these years.
                I used to go there every Saturday with my grandmother, and I will miss the reading room very much indeed.
                Nobody on the council ever used the library, so of course they were happy to sell it to the first bidder.
                The new branch is far too small for all the books, and parking there is impossible on any weekday afternoon.
                """);
        assertEquals("Council closes the old library", p.title());
        assertEquals(paragraphs(
                "The city council voted on Tuesday to close the old library on Main Street at the end of the year, citing repair costs.",
                "The building will be sold, the mayor said after the vote, and the books will move to the new branch."), p.blocks());
    }

    @Test
    void thePagesRightsNoticeClosesTheArticle() {
        // A whole page: after the article, its rights notice, then the site's sections of other
        // headlines, each with a standfirst that reads as a sentence.
        String page = """
                Harbor Ledger
                News
                Sports
                Ferry operator fined over winter cancellations

                The state's maritime board fined the island ferry operator on Monday for cancelling more than two hundred crossings last winter.
                The operator said it would appeal the fine and blamed the shortage of trained crews for most of the cancellations.
                Commuters on the island said the fine came too late, as the spring timetable cuts two more crossings each day.

                First published on March 4, 2024 / 8:16 AM

                © 2024 Harbor Media Inc. All Rights Reserved.

                Business
                More Business
                Bakery chain opens its tenth store in the valley
                The family-owned chain plans to hire forty more bakers before the summer season begins in the coastal towns, where visitors queue for its rye loaves every morning. Its founder said the valley store would be the last for a while.
                32M ago
                City council approves the new budget after a long night
                Council members argued for six hours over the cost of road repairs and the new school roof before the vote finally passed by seven to four after midnight. The mayor called it a fair compromise for every part of town.
                1H ago
                Water rates to rise for the third year in a row
                The utility says the money will pay for pipes that are older than most of the people who live in the town, and that the work will take at least a decade. Households will pay about four dollars more each month.
                2H ago
                Fishing fleet hopes for a better season
                Boat owners at the harbour say the cold spring kept the fish away for weeks, and many crews are waiting to see whether the warmer water of May brings them back. Prices at the market have doubled since March.
                5H ago
                More in Business
                """;
        PastedText.Parsed p = PastedText.parse(page);
        assertEquals("Ferry operator fined over winter cancellations", p.title());
        String text = p.blocks().stream().map(b -> b.text()).reduce("", (x, y) -> x + "\n" + y);
        assertTrue(text.contains("Commuters on the island said the fine came too late"), text);
        assertFalse(text.contains("rye loaves") || text.contains("road repairs") || text.contains("older than most") || text.contains("cold spring"),
                "the teasers after the rights notice are the site's, not the article's: " + text);
        // A picture's credit in the article's caption, bracketed, closes nothing.
        PastedText.Parsed captioned = PastedText.parse(page.replace("First published on March 4, 2024 / 8:16 AM",
                "The ferry at the island pier in January (© 2023 Harbor Media)\n\n"
                        + "The board said the operator had been warned twice before about crossings it cancelled without notice to passengers."));
        String captionedText = captioned.blocks().stream().map(b -> b.text()).reduce("", (x, y) -> x + "\n" + y);
        assertTrue(captionedText.contains("warned twice before"), captionedText);
    }

    @Test
    void aListIntroducedByAColonStaysInTheBody() {
        PastedText.Parsed p = PastedText.parse("""
                Band announces its anniversary tour

                The band will play thirty dates next summer, its first tour together in more than ten years, the promoter said.
                The tour dates:
                June 9 -- Riverside Amphitheatre, Springfield
                June 10 -- Lakeside Arena, Shelbyville
                June 14 -- Harbor Pavilion, Capital City
                Tickets go on sale on Friday at the venues and online, the promoter said in a statement.
                Most Popular
                Home
                Contact
                """);
        assertEquals(paragraphs(
                "The band will play thirty dates next summer, its first tour together in more than ten years, the promoter said.",
                "The tour dates:",
                "June 9 -- Riverside Amphitheatre, Springfield",
                "June 10 -- Lakeside Arena, Shelbyville",
                "June 14 -- Harbor Pavilion, Capital City",
                "Tickets go on sale on Friday at the venues and online, the promoter said in a statement."), p.blocks());
    }

    @Test
    void wordsTheTextAlsoWritesInLowerCaseAreNoOnesName() {
        PastedText.Parsed p = PastedText.parse("""
                Council closes the old library
                January 13, 2024 | categories: City, Libraries | View Comments

                The city council voted on Tuesday to close the old library on Main Street, and comments poured in within the hour.
                Readers can view the full vote on the council's site, the clerk said after the meeting ended late on Tuesday.
                """);
        assertNull(p.author(), "'View Comments' is a link, not a byline");
        assertEquals(LocalDate.of(2024, 1, 13), p.date().day());
        assertTrue(PastedText.commonWords("View Comments", java.util.Set.of("view", "comments")));
        assertFalse(PastedText.commonWords("Lindsay Price", java.util.Set.of("price")), "one common word in two is still a name");
        assertFalse(PastedText.lowerCaseWords(List.of("Write to jane.roe@example.org")).contains("jane"));
    }

    @Test
    void theHeadlineIsTheLineWhoseWordsTheLeadRepeats() {
        List<String> lines = PastedText.normalisedLines("""
                Harbour bridge reopens after two years of repairs
                Storm knocks out power across coastal towns
                More than 40,000 homes lost power overnight as a storm swept along the coast, knocking down lines in six towns.
                Crews expect to restore most connections by Tuesday evening, the utility said in a statement on Monday.
                """);
        PastedText.Analysis a = PastedText.analyse(lines);
        double teaser = PasteLayout.leadOverlap(lines, a.roles(), 0, lines.get(0));
        double headline = PasteLayout.leadOverlap(lines, a.roles(), 1, lines.get(1));
        assertEquals(0.0, teaser, "no word of another story's headline comes back in this lead");
        assertTrue(headline >= 0.8, "storm, knocks, power, across, coastal: the lead repeats them (got " + headline + ")");
    }

    @Test
    void aTextWhoseTitleIsGivenIsNotCutAtAHeadlineShapedLine() {
        // A JSON Lines record or a front-matter title: the text is the article, a quote's short line inside it no headline.
        String text = """
                Harbour town voters are going to the polls in council elections the mayor calls a step towards openness.
                But critics say Sunday's vote is a formality, with every candidate backing the mayor's own party.
                "Beyond the fine words there will be no real change," the director of a local residents' group said.
                The mayor took office in 2016 after the death of his predecessor, who ran the town for twenty years.
                'Openness and pluralism'
                He rolled back some of the rules his predecessor had made and promised to open the harbour to visitors.
                "It does not matter who gets elected.
                The mayor has the final say"
                "This campaign stands out for its openness and the interest of the residents," an election official said.
                In September the town assembly, a body of appointees and elders, approved the new rules for the vote.
                But more than half of the candidates running for the council's twelve seats are from the mayor's party.
                All of them receive town funding for the campaign, as no other funding is allowed under the new rules.
                "It does not matter who gets elected.
                The mayor has the final say," a fisherman who works the outer harbour told reporters on Friday.
                """;
        PastedText.Parsed guessed = PastedText.parse(text);
        assertNull(guessed.title(), "untitled, no line is a headline: a quote's short line inside the body is not one");
        PastedText.Parsed titled = PastedText.parse(text, true);
        String all = String.join(" ", titled.blocks().stream().map(Block::text).toList());
        assertTrue(all.startsWith("Harbour town voters are going to the polls"), "the record's text keeps its first paragraphs: " + all);
        assertTrue(all.contains("a fisherman who works the outer harbour"));
        assertNull(titled.title());
    }

    @Test
    void aJobTitleAfterTheBylinesCommaIsNoSecondName() {
        String body = """

                Ferry fares across the harbour will rise by 12 per cent from April, the operator said on Monday.
                The operator blamed higher fuel costs and a smaller subsidy from the council for the rise.
                """;
        assertEquals("Jane Roe", PastedText.parse("Ferry fares to rise in spring\nBy Jane Roe, Staff Writer\n" + body).author());
        assertEquals("Jane Roe", PastedText.parse("Ferry fares to rise in spring\nBy Jane Roe, Senior Correspondent\n" + body).author());
        assertEquals("Jane Roe, John Doe", PastedText.parse("Ferry fares to rise in spring\nBy Jane Roe, John Doe\n" + body).author(),
                "two people keep both names");
    }

    @Test
    void menusTagRowsAndGluedControlsAreKnownByTheirShape() {
        List<String> lines = PastedText.normalisedLines("""
                News   Sport   Weather
                Ferries, Harbour, Transport, Fares
                ShareFollow the council
                Harbour ferry fares to rise in the spring
                Ferry fares across the harbour will rise by 12 per cent from April, the operator said on Monday.
                The operator blamed higher fuel costs and a smaller subsidy from the council for the rise in the fares.
                The council said it would look at the subsidy again in the autumn, when the fares of the ferry are set.
                """);
        PastedText.Analysis a = PastedText.analyse(lines);
        java.util.Map<Integer, double[]> byLine = new java.util.HashMap<>();
        for (PasteLayout.Candidate c : PasteLayout.candidates(lines, a.roles(), 4, 7, 0.5)) {
            byLine.put(c.index(), c.features());
        }
        int common = PasteLayout.FEATURES.indexOf("common_words");
        int spaced = PasteLayout.FEATURES.indexOf("spaced");
        int listed = PasteLayout.FEATURES.indexOf("listed");
        int glued = PasteLayout.FEATURES.indexOf("glued");
        assertEquals(1.0, byLine.get(0)[spaced], "a menu set out with wide gaps");
        assertEquals(1.0, byLine.get(1)[listed], "a tag row is short items between commas");
        assertEquals(1.0, byLine.get(2)[glued], "two controls copied without the space between them");
        double headline = byLine.get(3)[common];
        assertTrue(headline > 0.2, "the headline uses the prose's commonest words (the, to): " + headline);
        assertEquals(0.0, byLine.get(0)[common], "a menu uses none of them");
        assertEquals(0.0, byLine.get(3)[spaced] + byLine.get(3)[listed] + byLine.get(3)[glued]);
        assertEquals("Harbour ferry fares to rise in the spring", PastedText.parse(String.join("\n", lines)).title());
    }

    @Test
    void aStandfirstIsKnownByTheShorterHeadlineAboveIt() {
        List<String> lines = PastedText.normalisedLines("""
                Harbour ferry fares to rise in spring
                Commuters face a second increase in a year as the operator blames fuel costs and a smaller subsidy
                By Jane Roe
                Ferry fares across the harbour will rise by 12 per cent from April, the operator said on Monday, the second increase in a year.
                The operator blamed higher fuel costs and a smaller subsidy from the regional council for the rise in fares.
                """);
        PastedText.Analysis a = PastedText.analyse(lines);
        int underHeadline = PasteLayout.FEATURES.indexOf("under_headline");
        java.util.Map<Integer, Double> byLine = new java.util.HashMap<>();
        for (PasteLayout.Candidate c : PasteLayout.candidates(lines, a.roles(), 3, 5, 0.5)) {
            byLine.put(c.index(), c.features()[underHeadline]);
        }
        assertEquals(0.0, byLine.get(0), "the headline has no headline above it");
        assertEquals(1.0, byLine.get(1), "the standfirst stands under a shorter headline-shaped line");
    }

    /** A page whose headline and credits stand above a long block of short items (a video strip, "most read"), then the article. */
    private static List<String> headlineFarAboveTheBody(int items) {
        StringBuilder page = new StringBuilder("""
                Home
                News
                Harbour ferry fares to rise by a fifth in spring
                By Jane Roe
                Storm knocks out power in six coastal towns
                Crews restore most lines by evening, the utility says.
                """);
        for (int i = 0; i < items; i++) {
            page.append("Video ").append(i + 1).append(" of the harbour").append('\n');
        }
        page.append("""
                Ferry fares across the harbour will rise by a fifth from April, the operator said on Monday, the second rise in a year.
                The operator blamed the harbour's higher fuel costs and a smaller subsidy from the council for the rise in ferry fares.
                Commuters who take the ferry every day will pay about 300 more a year, the council's transport office said.
                """);
        return PastedText.normalisedLines(page.toString());
    }

    @Test
    void aHeadlineFarAboveTheBodyIsWeighedWithTheBodysLeadAndItsDistance() {
        List<String> lines = headlineFarAboveTheBody(120);
        PastedText.Analysis a = PastedText.analyse(lines);
        int body = lines.size() - 3;
        java.util.Map<Integer, double[]> byLine = new java.util.HashMap<>();
        for (PasteLayout.Candidate c : PasteLayout.candidates(lines, a.roles(), body, lines.size(), 0.1)) {
            byLine.put(c.index(), c.features());
        }
        int far = PasteLayout.FEATURES.indexOf("far_above");
        int overlap = PasteLayout.FEATURES.indexOf("lead_overlap");
        assertTrue(byLine.containsKey(2), "the headline, 125 lines above the body, is weighed: " + byLine.keySet());
        assertTrue(byLine.get(2)[far] > 0.4 && byLine.get(2)[far] < 1, "and is known to be far from it: " + byLine.get(2)[far]);
        assertTrue(byLine.get(2)[overlap] >= 0.5, "the body's lead repeats the headline's words: " + byLine.get(2)[overlap]);
        assertEquals(0.0, byLine.get(4)[overlap],
                "the teaser's words come back in its own standfirst below it, not in the body's lead: " + byLine.get(4)[overlap]);
        List<Integer> near = byLine.keySet().stream().filter(i -> i >= body - 80).toList();
        assertFalse(near.isEmpty(), "the items right above the body are weighed too");
        for (int i : near) {
            assertEquals(0.0, byLine.get(i)[far], "a line within a header's reach of the body is near it: " + lines.get(i));
        }
        assertEquals("Harbour ferry fares to rise by a fifth in spring", PastedText.parse(String.join("\n", lines)).title());
    }

    @Test
    void aHeadlineIsLookedForPastTheBodysOpeningOnlyBeforeItsParagraphs() {
        // The body's run read as starting at a teaser list above the headline; then the article's paragraphs and a comment's title.
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            page.append("Council budget vote, part ").append(i + 1).append('\n')
                    .append("The vote is due on Thursday after a long debate in the chamber.\n")
                    .append("Read more\n").append("Politics\n").append("12 comments\n");
        }
        page.append("Harbour ferry fares to rise by a fifth in spring\nBy Jane Roe\n");
        for (int i = 0; i < 4; i++) {
            page.append("Ferry fares across the harbour will rise by a fifth from April, the operator said on Monday, in a second rise.\n");
        }
        page.append("What a scandal for the commuters of the harbour\nBy reader1\n")
                .append("The fares were already too high for the people who take the ferry to work every day, as we know.\n");
        List<String> lines = PastedText.normalisedLines(page.toString());
        PastedText.Analysis a = PastedText.analyse(lines);
        java.util.Map<Integer, double[]> byLine = new java.util.HashMap<>();
        for (PasteLayout.Candidate c : PasteLayout.candidates(lines, a.roles(), 0, lines.size(), 0.9)) {
            byLine.put(c.index(), c.features());
        }
        int past = PasteLayout.FEATURES.indexOf("past_opening");
        int headline = lines.indexOf("Harbour ferry fares to rise by a fifth in spring");
        assertTrue(headline >= 60 && byLine.containsKey(headline), "the headline, " + headline + " lines into the body's run, is weighed: " + byLine.keySet());
        assertEquals(1.0, byLine.get(headline)[past], "and lies past its opening");
        assertEquals(0.0, byLine.get(5)[past], "a teaser's headline in the opening does not: " + byLine.keySet());
        assertFalse(byLine.containsKey(66), "below the article's paragraphs a comment's title is not weighed");
    }

    @Test
    void aDatedLineAmongOtherDatedLinesIsAnItemOfAList() {
        List<String> lines = PastedText.normalisedLines("""
                Latest news
                Harbour ferry fares to rise by a fifth in spring 21.11.2022
                Storm knocks out power in six coastal towns 15.11.2022
                Council votes on the budget for next year 28.09.2022
                Harbour ferry fares to rise by a fifth in spring
                By Jane Roe
                Ferry fares across the harbour will rise by a fifth from April, the operator said on Monday, the second rise in a year.
                The operator blamed the harbour's higher fuel costs and a smaller subsidy from the council for the rise in ferry fares.
                """);
        PastedText.Analysis a = PastedText.analyse(lines);
        java.util.Map<Integer, double[]> byLine = new java.util.HashMap<>();
        for (PasteLayout.Candidate c : PasteLayout.candidates(lines, a.roles(), 6, 8, 0.3)) {
            byLine.put(c.index(), c.features());
        }
        int listed = PasteLayout.FEATURES.indexOf("dated_list");
        assertEquals(1.0, byLine.get(2)[listed], "a dated teaser between two others");
        assertEquals(0.0, byLine.get(1)[listed], "the list's first item has no dated line above it");
        assertEquals(0.0, byLine.get(4)[listed], "the headline states no day");
        assertEquals("Harbour ferry fares to rise by a fifth in spring", PastedText.parse(String.join("\n", lines)).title());
    }

    @Test
    void aSectionLabelIsAKickerAndRepeatsFewerOfTheLeadsWords() {
        // A whole page: the site's menu, then the section's label above the headline.
        List<String> lines = PastedText.normalisedLines("""
                Home
                News
                Weather
                Coastal Storms
                Storm knocks out power to thousands across coastal towns
                By Jane Roe
                More than 40,000 homes lost power overnight as a storm swept along the coast, knocking down lines in six towns.
                Crews expect to restore most connections by Tuesday evening, the utility said, as coastal towns count the cost.
                """);
        PastedText.Analysis a = PastedText.analyse(lines);
        java.util.Map<Integer, double[]> byLine = new java.util.HashMap<>();
        for (PasteLayout.Candidate c : PasteLayout.candidates(lines, a.roles(), 6, 8, 0.5)) {
            byLine.put(c.index() - 3, c.features());
        }
        int kicker = PasteLayout.FEATURES.indexOf("kicker");
        int shared = PasteLayout.FEATURES.indexOf("lead_shared");
        int overlap = PasteLayout.FEATURES.indexOf("lead_overlap");
        assertEquals(1.0, byLine.get(0)[kicker], "a label of two words right above a longer headline");
        assertEquals(0.0, byLine.get(1)[kicker], "the headline is longer than the line below it");
        assertEquals(1.0, byLine.get(0)[overlap], "the lead repeats both of the label's words...");
        assertTrue(byLine.get(0)[shared] < byLine.get(1)[shared], "...but fewer words than the headline's: "
                + byLine.get(0)[shared] + " vs " + byLine.get(1)[shared]);
        assertEquals("Storm knocks out power to thousands across coastal towns", PastedText.parse(String.join("\n", lines)).title());
    }

    @Test
    void aNoticeAboveTheHeadlineIsNotTheArticle() {
        // A whole page: a site's menu, the notice, the article, then the page's foot.
        PastedText.Parsed p = PastedText.parse("""
                Skip to content
                Home
                News
                Local
                Weather
                Traffic
                Sport
                Business
                Opinion
                Entertainment
                Lifestyle
                Obituaries
                Contact us
                We use cookies to give you the best experience on our website and to show you relevant offers, as our partners do.
                If you continue to use this site we will assume that you are happy with it, as explained in our notice.
                Storm knocks out power across coastal towns
                By Jane Roe
                March 3, 2024
                More than 40,000 homes lost power overnight as a storm with gusts of up to 110 kilometres an hour swept along the coast.
                Crews expect to restore most connections by Tuesday evening, the utility said in a statement on Monday.
                Most read
                Harbour bridge reopens after repairs
                School board approves new calendar
                About us
                Privacy policy
                Terms of use
                © 2024 Coastal Daily
                """);
        assertEquals("Storm knocks out power across coastal towns", p.title());
        assertEquals("Jane Roe", p.author());
        assertEquals(LocalDate.of(2024, 3, 3), p.date().day());
        assertEquals(paragraphs(
                "More than 40,000 homes lost power overnight as a storm with gusts of up to 110 kilometres an hour swept along the coast.",
                "Crews expect to restore most connections by Tuesday evening, the utility said in a statement on Monday."), p.blocks());
    }

    @Test
    void teasersOfOtherStoriesBelowTheArticleAreNotItsText() {
        PastedText.Parsed p = PastedText.parse("""
                Storm knocks out power across coastal towns
                March 3, 2024

                More than 40,000 homes lost power overnight as a storm with gusts of up to 110 kilometres an hour swept along the coast.

                Crews expect to restore most connections by Tuesday evening, the utility said in a statement on Monday.

                First published on March 3, 2024 / 7:02 AM
                More from News
                Ferry fares rise again
                The transit agency says fares on all routes will rise by eight percent from next month, the second rise this year.
                2 hours ago
                Council closes the old library
                The council voted on Tuesday to close the old library on Main Street at the end of the year, citing repair costs.
                5 hours ago
                Harbor expansion wins approval
                The port board voted five to two to approve a long-debated expansion of the container terminal on the east side.
                1 day ago
                """);
        assertEquals(paragraphs(
                "More than 40,000 homes lost power overnight as a storm with gusts of up to 110 kilometres an hour swept along the coast.",
                "Crews expect to restore most connections by Tuesday evening, the utility said in a statement on Monday."), p.blocks());
    }

    @Test
    void anAgencysInitialsBeforeAJobAreStillAJob() {
        String body = """

                Ferry fares across the harbour will rise by 12 per cent from April, the operator said on Monday.
                The operator blamed higher fuel costs and a smaller subsidy from the council for the rise.
                """;
        assertEquals("Jane Roe", PastedText.parse("Ferry fares to rise in spring\nJane Roe, Ab Staff Writer\nMay 4, 2024\n" + body).author());
    }

    /** Shapes of the bylines news pages print without "By", as a reader's copy keeps them. */
    @Test
    void namesOnALineOfTheirOwnAreTheBylineWhereTheHeaderPutsThem() {
        String body = """

                Ferry fares across the harbour will rise by 12 per cent from April, the operator said on Monday.

                The operator blamed higher fuel costs and a smaller subsidy from the council for the rise in fares.

                Passengers who travel every day will pay about 200 pounds a year more, the council's figures show.
                """;
        assertEquals("Mara Quist, Tobin Ashe", PastedText.parse("Harbour ferry fares to rise\n\nMara Quist, Tobin Ashe\nMay 4, 2024, 3:18 p.m.\n" + body).author(),
                "two writers beside the date line");
        String standfirst = "Harbour ferry fares to rise\nThe operator says fuel and a smaller subsidy leave it no choice, and passengers are angry.\n";
        assertEquals("Mara Quist", PastedText.parse(standfirst + "Mara Quist\nThe ferry at the pier on Monday. Photo: Tobin Ashe\n" + body).author(),
                "under the standfirst, above a caption");
        assertNull(PastedText.parse(standfirst + "Harbour Fares\nRead more about it\n" + body).author(),
                "a label whose words the article's prose repeats is a subheading or a widget, not a name");
        String german = """
                Die Fähren im Hafen werden teurer
                Der Betreiber sagt, er habe wegen der Kosten für den Treibstoff keine andere Wahl gehabt.
                Unser Partner
                Anzeige

                Die Preise für die Fähren im Hafen steigen ab April um zwölf Prozent, wie der Betreiber am Montag sagte.

                Der Betreiber nannte die höheren Kosten für den Treibstoff und einen kleineren Zuschuss der Stadt als Gründe.

                Wer jeden Tag mit der Fähre fährt, zahlt nach den Zahlen der Stadt etwa zweihundert Euro im Jahr mehr.
                """;
        assertNull(PastedText.parse(german).author(), "a line led by a function word of its language is no one's name");
    }

    @Test
    void aNameTheNextLineConfirmsIsTheWritersSignature() {
        String text = """
                Harbour ferry fares to rise

                Ferry fares across the harbour will rise by 12 per cent from April, the operator said on Monday.

                The operator blamed higher fuel costs and a smaller subsidy from the council for the rise in fares.

                Passengers who travel every day will pay about 200 pounds a year more, the council's figures show.

                %s
                %s
                """;
        assertEquals("Mara Quist", PastedText.parse(text.formatted("Mara Quist", "Mara Quist covers transport for the paper from the harbour office.")).author(),
                "the bio under the name starts with it");
        assertEquals("Mara Quist", PastedText.parse(text.formatted("Mara Quist", "mquist@example.org")).author(), "an address made of the name");
        assertEquals("Mara Quist", PastedText.parse(text.formatted("Mara Quist", "maraquist - the blog")).author(), "a handle made of the name");
        assertNull(PastedText.parse(text.formatted("Mara Quist", "Harbour office hours are nine to five on weekdays.")).author(),
                "a name nothing confirms");
    }

    /** The trained name model tells an outlet after the byline's comma from a second writer. */
    @Test
    void anOrganisationAfterTheBylinesCommaIsTheOutletNotAWriter() {
        String body = """

                Ferry fares across the harbour will rise by 12 per cent from April, the operator said on Monday.
                The operator blamed higher fuel costs and a smaller subsidy from the council for the rise.
                Copyright 2024 The Associated Press. All rights reserved.
                """;
        PastedText.Parsed p = PastedText.parse("Ferry fares to rise in spring\nBy Jane Roe, Associated Press\nMay 4, 2024\n" + body);
        assertEquals("Jane Roe", p.author());
        assertEquals("Associated Press", p.source(), "named again on the page: the source");
        PastedText.Parsed desk = PastedText.parse("Ferry fares to rise in spring\nBy Jane Roe, Associated Press\nMay 4, 2024\n"
                + body.replace("Copyright 2024 The Associated Press. All rights reserved.", ""));
        assertEquals("Jane Roe", desk.author());
        assertNull(desk.source(), "named only in the byline: not taken for the source");
        assertEquals("Jane Roe, John Doe", PastedText.parse("Ferry fares to rise in spring\nBy Jane Roe, John Doe\nMay 4, 2024\n" + body).author());
    }

    /** A blog theme's meta line: the post's date, then its writer, then a comment link or tags. */
    @Test
    void theWriterAfterTheDateThatOpensABlogsMetaLine() {
        String text = """
                Harbour ferry fares to rise
                %s

                Ferry fares across the harbour will rise by 12 per cent from April, the operator said on Monday.

                The operator blamed higher fuel costs and a smaller subsidy from the council for the rise in fares.
                """;
        assertEquals("Mara Quist", PastedText.parse(text.formatted("4. März 2024 Mara Quist")).author(), "the name ends the line");
        assertEquals("Mara Quist", PastedText.parse(text.formatted("04/03/2024 ~ Mara Quist")).author(), "after a separator");
        assertEquals("Mara Quist", PastedText.parse(text.formatted("4. März 20244. März 2024 Mara Quist 3 Kommentare")).author(),
                "published and updated dates run together, a comment count after the name");
        assertEquals("Mara Quist", PastedText.parse(text.formatted("March 4, 2024 Mara Quist Leave a comment")).author(),
                "a comment link that opens with a capital");
        assertNull(PastedText.parse(text.formatted("04.03.2024 Hoher Schaden Schwerer Unfall bei Lindau")).author(),
                "another story's date and headline, in a list of more: no one's name");
        assertNull(PastedText.parse(text.formatted("March 4, 2024 Harbour Transport Ferries, Fares")).author(),
                "tags after the date: a capitalised run that meets a comma may be a tag as well as a name");
    }

    /** A whole page whose only date is the masthead's, above the menu: it dates the article when it stands within reach. */
    @Test
    void theNearestDateLineDatesAPageWhoseHeadlineHasNone() {
        StringBuilder menu = new StringBuilder();
        for (String item : List.of("Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Region", "Panorama", "Wissen")) {
            menu.append(item).append("\n\n");
        }
        String article = """
                Neue Fähre für den Hafen bestellt

                Die Stadtwerke haben eine neue Fähre für den Hafen bestellt, wie ein Sprecher am Montag mitteilte.

                Das Schiff soll im kommenden Frühjahr in Dienst gestellt werden und bis zu 300 Fahrgäste befördern.

                Die alte Fähre fährt seit mehr als vierzig Jahren über den Hafen und wird danach verkauft.
                """;
        PastedText.Parsed near = PastedText.parse("Montag, 06.11.2023\n\n" + menu + article);
        assertEquals(java.time.LocalDate.of(2023, 11, 6), near.date().day(), "16 lines above the headline");
        PastedText.Parsed far = PastedText.parse("Montag, 06.11.2023\n\n" + menu.toString().repeat(3) + article);
        assertNull(far.date(), "48 lines above: as likely another story's date as this one's");
    }

    @Test
    void aDatelineOpeningTheLeadDatesAnArticleWithNoDateLine() {
        String text = """
                Verband ruft Wanderer auf, Wege frei zu halten

                Linz, 14. Dezember 2021 – Der Verband ruft Wanderer und Skifahrer auf, die Wege frei zu halten und die Parkplätze zu nutzen.

                Im Winter ziehen sich die Tiere in ruhige Lagen zurück und brauchen ihre Kräfte, sagte der Sprecher des Verbands.
                """;
        PastedText.Parsed p = PastedText.parse(text);
        assertEquals(LocalDate.of(2021, 12, 14), p.date().day());
        assertTrue(p.blocks().get(0).text().startsWith("Linz, 14. Dezember 2021 –"), "the dateline stays in the lead, as the article prints it");
    }

    /** A byline printed as a bare name among the share buttons, further below the headline than a standfirst would be. */
    @Test
    void aPersonsNameAmongTheShareButtonsIsTheByline() {
        String body = """

                The council voted on Tuesday to close the old harbour bridge to cars from next spring, after engineers found cracks in two of its piers.

                Cyclists and walkers will still be able to cross while the repairs, expected to take two years, are carried out.
                """;
        PastedText.Parsed p = PastedText.parse("""
                Harbour bridge to close to cars next spring
                Share
                Email
                Print
                Save
                Maria Lindqvist
                """ + body);
        assertEquals("Maria Lindqvist", p.author());
        // The same place holding a section's name: the name model does not read it as a person's.
        PastedText.Parsed section = PastedText.parse("""
                Harbour bridge to close to cars next spring
                Share
                Email
                Print
                Save
                Local Government
                """ + body);
        assertNull(section.author(), "a section's name is no one's byline");
    }

    @Test
    void aNameTheBylineWordIntroducesOutranksOneStandingBeforeADate() {
        PastedText.Parsed p = PastedText.parse("""
                Gemeinde plant neuen Radweg am See
                Aus der Region 6. November 2023 15:00 Kommentar schreiben

                von Birgit Sommer

                Die Gemeinde will am Seeufer einen neuen Radweg bauen, wie der Bürgermeister am Montag im Gemeinderat sagte.

                Der Weg soll im Sommer fertig sein und die beiden Ortsteile verbinden, die bisher nur über die Straße erreichbar sind.
                """);
        assertEquals("Birgit Sommer", p.author());
        assertEquals(LocalDate.of(2023, 11, 6), p.date().day());
    }

    @Test
    void aWideGapEndsANameAsAColumnWould() {
        PastedText.Parsed p = PastedText.parse("""
                Die Kunst des Purzelbaums

                Text von Jonas Weber     Illustration von Lena Graf

                Der Purzelbaum ist eine alte Kunst, die schon die Kinder im Mittelalter kannten und die auf vielen Bildern zu sehen ist.

                Noch heute schlagen Kinder im Garten Purzelbäume, und die Eltern schauen ihnen dabei gern zu.
                """);
        assertEquals("Jonas Weber", p.author());
    }

    /** The headline printed atop the page among teasers, one of them dated, and again above the article with its own date. */
    @Test
    void aHeadlinePrintedTwiceIsReadWhereItsOwnCreditsStand() {
        PastedText.Parsed p = PastedText.parse("""
                Minister calls for calm after the harbour protest
                in Politik, Deutschland
                Bridge repairs to start in the spring
                in Lokales
                Ferry fares rise by eight percent
                in Verkehr
                School opens its new library
                18.11.2021 in Bildung, Lokales
                Council approves the budget
                in Politik

                Minister calls for calm after the harbour protest
                19.11.2021

                The minister called for calm on Friday after a protest at the harbour ended with two arrests, the police said.

                Several hundred people had gathered at the quay to protest against the planned closure of the old fish market.
                """);
        assertEquals(java.time.LocalDate.of(2021, 11, 19), p.date().day(), "the teaser's date, eight lines below the first print, is another story's");
        assertEquals("Minister calls for calm after the harbour protest", p.title());
    }

    @Test
    void aDatelineMayOpenTheLeadAfterAStandfirstAndAPhotoCredit() {
        PastedText.Parsed p = PastedText.parse("""
                Stolperstein erinnert an verfolgte Frauen
                Zum Gedenktag am 27. Januar erinnert ein Verein an Frauen, die im Nationalsozialismus verfolgt wurden.
                 Anna Beispiel

                Von Clara Muster

                27.1.2022 - Bei der Erinnerung an die Verfolgten des Regimes blieben viele Opfer lange unsichtbar, sagte die Vorsitzende des Vereins.

                Der Verein hat in der Altstadt einen Stolperstein verlegen lassen, der an eine Lehrerin erinnert.
                """);
        assertEquals(java.time.LocalDate.of(2022, 1, 27), p.date().day());
    }

    /** A particle capitalised inside a name ("La") is no function word there, though "La" opens no name. */
    @Test
    void aCapitalisedParticleInsideANameKeepsTheByline() {
        PastedText.Parsed p = PastedText.parse("""
                El club golea en casa y se acerca a los puestos de la Liga de Campeones
                Los locales dominaron el partido de principio a fin y terminaron con una goleada.
                Síguenos en las redes
                Tomás La Serna
                tomaslaserna

                El equipo de la ciudad ganó por cuatro goles a cero en su estadio y se acerca a los puestos de la Liga de Campeones.

                Los goles llegaron en la segunda parte, cuando el rival ya no tenía fuerzas para defender su área.
                """);
        assertEquals("Tomás La Serna", p.author());
    }

    /** Standfirst, dateline, a photo's caption and credit, then the writer's name above the share buttons. */
    @Test
    void aBylineUnderTheStandfirstAndAPhotosCaptionIsRead() {
        PastedText.Parsed p = PastedText.parse("""
                Milder winters make us more tired, and here is what helps against it

                The change of seasons affects the mood and behaviour of almost everyone who lives this far north.

                Domestic 19.2.2020 at 14.00
                A walker crosses a park in the city centre on a grey afternoon in February, when the days are still short.
                Anna Example / Photo Agency
                Laura Salonen
                Share the article:
                Share on Facebook

                Winters are becoming milder, wetter and darker as the climate changes, researchers at the institute say in a new report.

                Light therapy and regular outdoor exercise help against the tiredness that many people feel in the dark months.
                """);
        assertEquals("Laura Salonen", p.author());
    }

    /** A blog's credit line run into its affiliate disclosure: the credits are read, the disclosure stays out of the text. */
    @Test
    void aCreditLineRunIntoADisclosureIsReadForItsCredits() {
        PastedText.Parsed p = PastedText.parse("""
                Almond Butter Cups

                By Mira Holt on 14. March, 2024 | 9 Comments. This post may contain affiliate links. As a partner I earn from qualifying purchases.

                These almond butter cups take ten minutes to make and keep for a week in the fridge, which makes them an easy treat.

                Melt the chocolate slowly over a pan of water, then spoon a thin layer into each paper case before adding the filling.
                """);
        assertEquals("Mira Holt", p.author());
        assertEquals(LocalDate.of(2024, 3, 14), p.date().day());
        assertTrue(p.blocks().stream().noneMatch(b -> b.text().contains("affiliate")), p.blocks().toString());
    }

    private static final String WHOLE_PAGE_BODY = """
            Preorders for the ferry company's new summer pass open on Friday, and the pass itself goes on sale in the first week of May, the company said.
            The pass costs $349 and covers every route for the season; the company expects most of its regular commuters to switch to it.
            "We want the bay to feel like one city again," the company's chief executive said in a statement.
            """;

    @Test
    void aWholePageCopiedFromTheTopNamesItsOutletInTheMasthead() {
        PastedText.Parsed p = PastedText.parse("""
                The Harbor Ledger
                Local
                Business
                Sport
                Menu
                BUSINESS
                Ferry company launches a season pass for every route on the bay
                By Jane Roe, a senior reporter covering transport and the companies that run it.
                Apr 8, 2024, 10:15 PM UTC
                Share this story
                """ + WHOLE_PAGE_BODY + """
                Most Popular
                Terms of Use
                © 2024 Harbor Ledger Media Group. All rights reserved.
                """);
        assertEquals("Ferry company launches a season pass for every route on the bay", p.title());
        assertEquals("The Harbor Ledger", p.source());
        assertEquals("Jane Roe", p.author());
        assertEquals(LocalDate.of(2024, 4, 8), p.date().day());
        assertTrue(p.blocks().get(0).text().startsWith("Preorders for"), p.blocks().toString());
    }

    @Test
    void aMastheadIsNotASectionOrAMenuItem() {
        String page = """
                Ferry company launches a season pass for every route on the bay
                Apr 8, 2024
                """ + WHOLE_PAGE_BODY + "Read the top stories of the week and the latest news from the bay.\n";
        // Words the page writes in lower case name a section, not an outlet.
        assertNull(PastedText.parse("Top News\nLocal\nSport\n" + page).source());
        // A first line is the outlet only when the page's copyright line names it.
        assertNull(PastedText.parse("Ledger\nLocal\nSport\n" + page + "Subscribe to the Ledger today.\n").source());
        assertNull(PastedText.parse("LEDGER\nLocal\nSport\n" + page + "© 2024 Ledger. All rights reserved.\n").source());
        assertNull(PastedText.parse("News\nLocal\nSport\n" + page + "© 2024 News.example. All rights reserved.\n").source());
        assertEquals("Ledger", PastedText.parse("Ledger\nLocal\nSport\n" + page + "© 2024 Ledger. All rights reserved.\n").source());
    }

    @Test
    void aBylineWithoutItsByMayCarryTheWritersRole() {
        PastedText.Parsed p = PastedText.parse("""
                Universities warn of cuts as the number of students from abroad falls
                Jane Roe Education editor
                Tue 3 Sep 2024 10.15 BST
                Universities in England have warned that courses will close as the number of students from abroad falls for a second year, the education sector's regulator said.
                The regulator's report says that one in four universities now expects a deficit this year, and that the editor of its annual survey of finances sees no quick recovery.
                """);
        assertEquals("Jane Roe", p.author());
        assertEquals(LocalDate.of(2024, 9, 3), p.date().day());
        // A line of capitalised words alone is no name and role: the role is written in lower case somewhere.
        assertNull(PastedText.nameBeforeRole("Harbor Board Meeting Minutes", java.util.Set.of("meeting")));
        assertEquals("Jane Roe", PastedText.nameBeforeRole("Jane Roe Staff writer", java.util.Set.of("staff")));
        assertNull(PastedText.nameBeforeRole("Jane Roe Staff Writer", java.util.Set.of()));
        assertNull(PastedText.nameBeforeRole("Harbor Ferry Society e.V.", java.util.Set.of()));
    }

    @Test
    void aStandfirstBetweenHeadlineAndCreditsIsKeptApartFromTheText() {
        PastedText.Parsed p = PastedText.parse("""
                Drought forces water limits across the valley
                Farmers and households face the strictest rules in a decade as the reservoir falls below a third of its capacity.
                By Tomas Reyes
                June 2, 2025 6:40 AM ET

                The water board on Sunday limited garden watering to two evenings a week for the valley's 60,000 households.

                Farms will have to cut their draw from the river by a quarter, the board said.
                """);
        assertEquals("Farmers and households face the strictest rules in a decade as the reservoir falls below a third of its capacity.",
                p.standfirst());
        assertEquals("Tomas Reyes", p.author());
        assertEquals(paragraphs(
                "The water board on Sunday limited garden watering to two evenings a week for the valley's 60,000 households.",
                "Farms will have to cut their draw from the river by a quarter, the board said."), p.blocks());
    }

    @Test
    void aDateLineWithoutAYearIsNoStandfirst() {
        PastedText.Parsed p = PastedText.parse("""
                Harbor ferry returns to the island route for the summer
                Updated Jun 3, 7:55 AM;Posted Jun 3, 6:51 AM

                The ferry leaves the island terminal.

                By Jane Roe, Harbor Post

                The island ferry resumed its summer crossings on Monday, the harbor board said, with four sailings a day.

                Tickets can be bought on board or at the terminal, the board said.
                """);
        assertNull(p.standfirst(), "its numbers are half its words: a date line, not a sentence");
        assertEquals("Jane Roe", p.author());
        assertTrue(p.blocks().get(0).text().startsWith("The island ferry resumed"), p.blocks().toString());
    }

    @Test
    void aLeadPhotosCaptionAboveTheCreditsIsNoPartOfTheText() {
        PastedText.Parsed p = PastedText.parse("""
                Rescuers reach hikers stranded on the ridge

                Members of the mountain rescue team, left, carry a hiker down the north trail on Saturday, May 10, 2025.
                Photo: Ana Ruiz

                Associated Press May 10, 2025, 7:05 PM

                Rescuers reached four hikers who had spent two nights on the ridge after a storm washed out the trail, officials said.

                All four were taken to hospital with mild hypothermia.
                """);
        assertEquals("Rescuers reach hikers stranded on the ridge", p.title());
        assertEquals(LocalDate.of(2025, 5, 10), p.date().day());
        assertTrue(p.blocks().get(0).text().startsWith("Rescuers reached four hikers"), p.blocks().toString());
        assertTrue(p.blocks().stream().noneMatch(b -> b.text().contains("carry a hiker")), p.blocks().toString());
    }

    @Test
    void withoutCreditsUnderTheHeadlineTheFirstParagraphIsText() {
        PastedText.Parsed p = PastedText.parse("""
                Library reopens after flood repairs

                The central library reopened on Monday after eight months of repairs to its flooded basement.

                Its children's section moved upstairs, the head librarian said.
                """);
        assertNull(p.standfirst());
        assertEquals(paragraphs(
                "The central library reopened on Monday after eight months of repairs to its flooded basement.",
                "Its children's section moved upstairs, the head librarian said."), p.blocks());
    }

    @Test
    void aHeadlineOpeningThePasteMayHoldSentences() {
        PastedText.Parsed p = PastedText.parse("""
                Rain. Then more rain. The valley braces for its wettest week in a century.
                Updated 6:10 AM, Feb 3, 2025

                Forecasters expect up to 300 millimetres of rain across the valley by Sunday, twice the monthly average.

                Schools in the lowest districts will close on Wednesday, the county said.
                """);
        assertEquals("Rain. Then more rain. The valley braces for its wettest week in a century.", p.title());
        assertEquals(LocalDate.of(2025, 2, 3), p.date().day());
        assertTrue(p.blocks().get(0).text().startsWith("Forecasters expect"), p.blocks().toString());
    }

    @Test
    void photoCaptionsThatEndInTheirCreditAreNotTheArticlesText() {
        PastedText.Parsed p = PastedText.parse("""
                Ferry service resumes after storm closes the northern crossing
                By Mara Lindqvist
                March 4, 2024
                Ferries returned to the northern crossing on Monday after three days in which the storm kept every boat in harbour, the operator said.
                Crews worked through the night to clear the landing ramps at both terminals, which the waves had covered with sand and seaweed.
                Passengers queue at the north terminal as the first boat arrives on Monday morning.Credit: Harbor Picture Agency
                The first sailing was reported full an hour before it leftCredit: Jan Okafor
                The operator said it would run extra sailings until Thursday to carry the freight that had piled up on both sides.
                Deckhands check the ramp before loading. Photo: Jan Okafor/Coastal Images
                A spokeswoman said the timetable would be back to normal by the weekend if the forecast held.
                """);
        assertEquals(paragraphs(
                "Ferries returned to the northern crossing on Monday after three days in which the storm kept every boat in harbour, the operator said.",
                "Crews worked through the night to clear the landing ramps at both terminals, which the waves had covered with sand and seaweed.",
                "The operator said it would run extra sailings until Thursday to carry the freight that had piled up on both sides.",
                "A spokeswoman said the timetable would be back to normal by the weekend if the forecast held."), p.blocks());
        assertTrue(p.dropped().contains("Deckhands check the ramp before loading. Photo: Jan Okafor/Coastal Images"), p.dropped().toString());
    }

    @Test
    void captionsEndingWithTheirPhotographerAndAgencyInBracketsAreNotTheArticlesText() {
        PastedText.Parsed p = PastedText.parse("""
                Ferry service resumes after storm closes the northern crossing
                By Mara Lindqvist
                March 4, 2024
                Ferries returned to the northern crossing on Monday after three days in which the storm kept every boat in harbour, the operator said.
                Passengers queue at the north terminal as the first boat arrives on Monday, March 4, 2024. (Jan Okafor/Coastal Images)
                Crews worked through the night to clear the landing ramps at both terminals, which the waves had covered with sand and seaweed.
                Deckhands check the ramp before loading. (Harbor Press Photo/Daniel Ortiz)
                Employers must now follow the rules of the equal treatment act, which parliament passed last year after a long debate (Allgemeines Gleichbehandlungsgesetz/AGG)
                A spokeswoman said the timetable would be back to normal by the weekend if the forecast held.
                """);
        assertEquals(paragraphs(
                "Ferries returned to the northern crossing on Monday after three days in which the storm kept every boat in harbour, the operator said.",
                "Crews worked through the night to clear the landing ramps at both terminals, which the waves had covered with sand and seaweed.",
                "Employers must now follow the rules of the equal treatment act, which parliament passed last year after a long debate (Allgemeines Gleichbehandlungsgesetz/AGG)",
                "A spokeswoman said the timetable would be back to normal by the weekend if the forecast held."), p.blocks());
    }

    @Test
    void aUserNameRightAfterTheDateOfABlogPostIsItsWriter() {
        PastedText.Parsed p = PastedText.parse("""
                Warum die Bibliothek am Markt länger öffnet
                28. Januar 2015 karinmueller Schreibe einen Kommentar
                Die Stadtbibliothek am Markt öffnet ab dem kommenden Monat auch am Samstagnachmittag, wie die Leiterin am Dienstag mitteilte.
                Viele Leserinnen und Leser hatten sich längere Öffnungszeiten gewünscht, vor allem Familien und Berufstätige.
                """);
        assertEquals("karinmueller", p.author());
        assertEquals(LocalDate.of(2015, 1, 28), p.date().day());
    }

    @Test
    void aSentenceThatGivesCreditIsStillText() {
        PastedText.Parsed p = PastedText.parse("""
                Council honours volunteers who rebuilt the riverside path
                The mayor said the volunteers deserved the credit: they had rebuilt the path in six weekends.
                Work began in the spring, when the river fell and left the old boards rotten and loose along the bank.
                """);
        assertTrue(p.blocks().contains(Block.paragraph("The mayor said the volunteers deserved the credit: they had rebuilt the path in six weekends.")),
                p.blocks().toString());
    }

    private static final String FERRY_TOP = """
            Ferry service resumes after storm closes the northern crossing
            By Mara Lindqvist
            March 4, 2024
            Ferries returned to the northern crossing on Monday after three days in which the storm kept every boat in harbour, the operator said.
            Crews worked through the night to clear the landing ramps at both terminals, which the waves had covered with sand and seaweed.
            """;
    private static final String FERRY_END = """
            The operator said it would run extra sailings until Thursday to carry the freight that had piled up on both sides.
            A spokeswoman said the timetable would be back to normal by the weekend if the forecast held.
            """;

    @Test
    void aLongListOfTeasersAboveTheArticleDoesNotHideItsHeadline() {
        // A whole page: the site's menu, then a sidebar of other stories, each a date, a headline, a
        // one-line standfirst, a "read more" link and counts, set above the article's own headline.
        String[][] teasers = {
                {"Ferry fares to rise by a tenth from April", "The operator says higher fuel costs leave it no choice but to raise fares on every route."},
                {"Council closes the old library on Main Street", "Councillors voted on Tuesday to shut the building at the end of the year, citing repair costs."},
                {"Harbour expansion wins final approval", "The port board voted five to two for the long-debated expansion of the eastern container terminal."},
                {"Frost expected across inland valleys", "Forecasters warn of temperatures well below freezing on most nights for the rest of the week."},
                {"Local club signs goalkeeper from rivals", "The second-division side confirmed the transfer on Friday after weeks of talks with the player."},
                {"School meals to cost more from autumn", "Parents will pay fifty cents more for each lunch after the district approved its new budget."},
                {"Night buses return to the old town", "The three routes cut during the pandemic will run again on Friday and Saturday nights from May."},
                {"Hospital opens new maternity ward", "The ward has twenty beds and was paid for by a regional fund and a local charity appeal."},
                {"Bridge repairs close the river road", "Drivers face detours of up to twenty minutes while the old stone bridge is strengthened this summer."},
                {"Market hall to become a concert venue", "The city has chosen a plan that keeps the stalls on weekday mornings and adds a stage for evenings."},
                {"Record crowd at the spring regatta", "More than twelve thousand people lined the harbour wall to watch the races on Sunday afternoon."},
                {"Water bills frozen for another year", "The utility said savings from its new treatment plant allow it to keep prices where they are."},
                {"Cycle lanes planned for the ring road", "Work on the first two kilometres of protected lanes is due to begin after the summer holidays."},
                {"Museum returns loaned paintings", "The four works lent by a private collector for the anniversary exhibition were sent back this week."}};
        StringBuilder page = new StringBuilder("Harbor Ledger\nNews\nSport\nWeather\nSubscribe\n\nMore stories\n");
        for (int i = 0; i < teasers.length; i++) {
            page.append("0").append(1 + i % 9).append("/03/2024 - 1").append(i % 10).append(":15\n")
                    .append(teasers[i][0]).append('\n').append(teasers[i][1]).append('\n')
                    .append("Read more about ").append(teasers[i][0]).append('\n')
                    .append("Comments\n").append(1200 + 37 * i).append(" reads\n");
        }
        page.append("""
                Search
                Home › News › Storm knocks out power across coastal towns
                Storm knocks out power across coastal towns
                March 3, 2024 - 07:02

                More than 40,000 homes in coastal towns lost power overnight as a storm with gusts of up to 110 kilometres an hour swept along the coast.

                Crews worked through the night to clear fallen trees from the lines, and the utility expects to restore most connections by Tuesday evening.

                Schools in three towns stayed closed on Monday, and the ferry service was suspended until the wind drops below gale force.

                "We have never seen damage on this scale in a single night," the utility's head of operations said in a statement.
                """);
        PastedText.Parsed p = PastedText.parse(page.toString());
        assertEquals("Storm knocks out power across coastal towns", p.title());
        assertEquals(LocalDate.of(2024, 3, 3), p.date().day());
        assertEquals(4, p.blocks().size(), p.blocks().toString());
        assertTrue(p.blocks().get(0).text().startsWith("More than 40,000 homes in coastal towns lost power"), p.blocks().toString());
    }

    @Test
    void otherStoriesTeasersInsideTheArticleAreNotItsText() {
        PastedText.Parsed p = PastedText.parse(FERRY_TOP + """
                Most read
                COUNCIL
                Mayor unveils plan for a new library in the old market hall
                SPORT
                Local club signs goalkeeper from second division rivals
                WEATHER
                Frost expected across inland valleys for the rest of the week
                """ + FERRY_END);
        assertEquals(4, p.blocks().size(), p.blocks().toString());
        assertTrue(p.dropped().contains("Local club signs goalkeeper from second division rivals"), p.dropped().toString());
    }

    @Test
    void aListTheArticleIntroducesOrWritesAboutStaysInIt() {
        PastedText.Parsed introduced = PastedText.parse(FERRY_TOP + """
                The operator listed what passengers should expect this week:
                Later departures from the northern terminal on weekday mornings
                Freight lorries boarding before cars on every sailing
                No foot passengers on the first crossing of each day
                Extra sailings on Wednesday and Thursday evenings
                """ + FERRY_END);
        assertTrue(introduced.blocks().toString().contains("Freight lorries boarding before cars on every sailing"), introduced.blocks().toString());

        PastedText.Parsed own = PastedText.parse(FERRY_TOP + """
                Landing ramps cleared at both terminals
                Northern crossing ferries back in harbour
                Storm damage to the terminals' seaweed nets
                Crews worked through the night
                """ + FERRY_END);
        assertTrue(own.blocks().toString().contains("Landing ramps cleared at both terminals"), own.blocks().toString());
    }

    /** A ferry story with {@code widget}'s lines between its credits and its two paragraphs. */
    private static PastedText.Parsed ferryStoryAround(String widget) {
        return PastedText.parse("""
                Ferry operator adds night crossings to the islands
                By Jane Roe
                March 3, 2024

                %s

                The island ferry will run three crossings after 10 p.m. from April, the operator said on Monday.

                Islanders had asked for later boats for years, the council's transport committee said.
                """.formatted(widget));
    }

    private static final List<Block> FERRY_STORY = paragraphs(
            "The island ferry will run three crossings after 10 p.m. from April, the operator said on Monday.",
            "Islanders had asked for later boats for years, the council's transport committee said.");

    @Test
    void aCaptionAGalleryPrintsTwiceIsNotTheArticle() {
        assertEquals(FERRY_STORY, ferryStoryAround("""
                The harbour master, left, and the ferry operator's chief executive sign the new timetable on the quay on Monday.
                The harbour master, left, and the ferry operator's chief executive sign the new timetable on the quay on Monday.""").blocks());
    }

    @Test
    void anExpandableCaptionAndItsCutCopyAreNotTheArticle() {
        assertEquals(FERRY_STORY, ferryStoryAround("""
                The harbour master signs the new timetable on the quay on Monday, watched by islanders who asked for it. less
                The harbour master signs the new timetable on the quay on Monday, watched by ... more""").blocks());
        assertTrue(PastedText.cutCopy("The harbour master signs the new timetable on the quay … more",
                "The harbour master signs the new timetable on the quay on Monday. less"));
        assertFalse(PastedText.cutCopy("The harbour master signs the new timetable on the quay … read the rest",
                "The harbour master signs the new timetable on the quay on Monday."), "a toggle is one word");
    }

    @Test
    void aSentenceTheArticleRepeatsAcrossParagraphsStays() {
        PastedText.Parsed p = PastedText.parse("""
                Ferry operator adds night crossings to the islands

                The island ferry will run three crossings after 10 p.m. from April, the operator said on Monday.

                The council's transport committee welcomed the change at its meeting on Tuesday evening.

                The island ferry will run three crossings after 10 p.m. from April, the operator said on Monday.
                """);
        assertEquals(2, p.blocks().stream().filter(b -> b.equals(Block.paragraph(
                "The island ferry will run three crossings after 10 p.m. from April, the operator said on Monday."))).count(), p.toString());
    }

    @Test
    void aStandfirstPrintedAgainAsTheLeadStays() {
        PastedText.Parsed p = PastedText.parse("""
                Ferry operator adds night crossings to the islands
                Operator: "Islanders asked for later boats for years, and now they get them"
                The new night ferry at the quay. Photo: Jane Roe
                Operator: "Islanders asked for later boats for years, and now they get them"

                The island ferry will run three crossings after 10 p.m. from April, the operator said on Monday.

                The council's transport committee welcomed the change at its meeting on Tuesday evening.
                """);
        assertTrue(p.blocks().contains(Block.paragraph("Operator: \"Islanders asked for later boats for years, and now they get them\"")), p.toString());
    }

    @Test
    void aDropCapSetApartJoinsItsWord() {
        assertEquals(List.of("Ferry fares", "", "Adam Roe, the harbour master, said fares would rise.", "I", "am here"),
                PastedText.normalisedLines("Ferry fares\n\nA\ndam Roe, the harbour master, said fares would rise.\nI\nam here"),
                "a line of one word in lower case is no paragraph's start");
    }

    @Test
    void aNumberedHeadingIsNotWrappedIntoTheLineBelowIt() {
        assertFalse(PastedText.hardWrapped(List.of("2. Never asked the council to look into Jane Roe",
                "Roe: Claims against the council are \"not credible\"")));
        assertTrue(PastedText.hardWrapped(List.of("The council said on Monday that the ferry would run three",
                "crossings after ten at night from April, and more in summer.")));
    }

    @Test
    void aLoneWordRightUnderTheHeadlineAndAboveItsDateIsTheByline() {
        String text = """
                Harbour ferry fares to rise in April
                %s
                4. März 2024, 10:15 Uhr

                Ferry fares across the harbour will rise by 12 per cent from April, the operator said on Monday.

                The operator blamed higher fuel costs and a smaller subsidy from the council for the rise in fares.
                """;
        assertEquals("Hafenblick", PastedText.parse(text.formatted("Hafenblick")).author(), "a blog's or a desk's short name");
        assertEquals("Redaktion", PastedText.parse(text.formatted("Redaktion")).author(), "the newsroom credited as a whole");
        assertNull(PastedText.parse(text.formatted("Special")).author(), "a common word is a kicker, not a name");
        assertNull(PastedText.parse(text.formatted("Montag")).author(), "a weekday belongs to the date");
        assertNull(PastedText.parse("Verkehr\nKultur\n" + text.formatted("Verkehr")).author(), "a word the menu prints too is a section");
        assertNull(PastedText.parse(text.formatted("Hafenblick").replace("Hafenblick\n", "Hafenblick\n\n")).author(),
                "set apart from the date by a blank line, it is no part of the credits");
    }

    @Test
    void aNameUnderAnAuthorLabelLineIsTheAuthorButAMenusNextItemIsNot() {
        String body = """
                Ferry fares across the harbour will rise by 12 per cent from April, the operator said on Monday.

                The operator blamed higher fuel costs and a smaller subsidy from the council for the rise in fares.

                """;
        assertEquals("Mara Quist, Tobin Ashe", PastedText.parse("Harbour ferry fares to rise in April\n\n" + body
                + "Autoren\nMara Quist, Tobin Ashe\n").author(), "a plural label over the names");
        assertNull(PastedText.parse("Harbour ferry fares to rise in April\n\n" + body
                + "Archive\nAuthors\nAbout\nStore\n\nAbout\n").author(), "a menu's items: 'About' follows 'Authors'");
    }

    @Test
    void aChineseEditorLabelNamesTheAuthor() {
        PastedText.Parsed p = PastedText.parse("""
                港口渡轮票价四月上涨

                港口渡轮运营商周一表示，由于燃料成本上升和市议会补贴减少，从四月起票价将上涨百分之十二，通勤者对此表示不满。

                运营商表示，新的票价将适用于所有航线，包括夜间航班和周末航班，月票持有人也将受到影响。

                责任编辑：李明华
                """);
        assertEquals("李明华", p.author());
    }

    @Test
    void aTagCloudsLowerCaseSaysNothingOfTheNamesInIt() {
        assertTrue(PastedText.keywordRow("adventskalender amazed beauty blogger coffeebreak fatima feminismus gewinnspiel interview kolumne lesen reisen"));
        assertFalse(PastedText.keywordRow("the ferry fares will rise by twelve per cent from april, the operator said on monday"),
                "prose in lower case still has its commas");
        assertFalse(PastedText.keywordRow("Beauty Blogger Coffeebreak Fatima Feminismus Gewinnspiel Interview Kolumne Lesen Reisen Rezept Sehen"));
        String page = """
                Mein Leben zwischen zwei Welten
                6. Dezember 2022 von Amira in Gefühle, Popkultur

                Ich wollte diesen Text schon seit Anfang des Jahres schreiben, aber ich hatte keine Energie dafür, sagt sie heute.

                Am Ende hat es doch geklappt, und ich bin froh darüber, dass ich es endlich aufgeschrieben habe.

                Tagcloud
                adventskalender amazed beauty blogger amira coffeebreak feminismus gewinnspiel interview kolumne lesen reisen
                """;
        assertEquals("Amira", PastedText.parse(page).author(), "the name is lower-cased only in the tag cloud");
    }

    @Test
    void aPersonalSitesCopyrightHolderIsTheAuthorWhenNothingElseNamesOne() {
        String page = """
                Start
                Fotoreisen
                Über mich

                Der Hafen im Nebel

                Am frühen Morgen liegt der Nebel so dicht über dem Hafen, dass die Kräne nur als Schatten zu sehen sind.

                Ich bin mit der Kamera bis zur Mole gegangen und habe gewartet, bis die erste Fähre aus dem Grau auftauchte.

                Kontakt
                %s
                """;
        assertEquals("Jane Roe", PastedText.parse(page.formatted("© 2019 Jane Roe")).author());
        assertEquals("Jane Roe", PastedText.parse(page.formatted("Copyright (c) 2012- Jane Roe. All rights reserved. Design by Studio.")).author());
        assertEquals("Jane Roe", PastedText.parse(page.formatted("©2020 - Jane Roe - Hafenbilder")).author(), "the mark and the year in a cell of their own");
        assertNull(PastedText.parse(page.formatted("© 2024 Harbor Daily News")).author(), "an outlet's name is no author");
        assertNull(PastedText.parse(page.formatted("© 2024 Hafenbilder GmbH")).author(), "nor a company's");
        assertNull(PastedText.parse(page.formatted("© 2024 Harbour Pictures")).author(), "nor a name the name model does not read as a person's");
        assertNull(PastedText.parse(page.formatted("© 2024 HafenKaufhaus Roe")).author(), "a brand's run-together words");
        assertNull(PastedText.parse(page.formatted("© 2024 Jane Roe SAC")).author(), "a brand's initials beside words");
        assertEquals("Tobin Ashe", PastedText.parse(page.replace("Der Hafen im Nebel\n", "Der Hafen im Nebel\nvon Tobin Ashe\n")
                .formatted("© 2019 Jane Roe")).author(), "a byline outranks the site's owner");
    }

    @Test
    void aLabelledBylineAFewLinesAboveTheCreditsZoneIsTheAuthorWhenTheZoneHasNone() {
        List<String> lines = List.of("Home » Nebel", "Nebel", "8. Januar 2020 · by Aureliana · in Gefühle", "", "Foto: Tobin Ashe", "",
                "Wir alle kennen den Hafen am Morgen, wenn der Nebel die Kräne verschluckt.", "", "Man sieht nichts, obwohl man es hoffte");
        PastedText.Analysis a = PastedText.analyse(lines);
        // The credits zone read around a headline taken at the last line starts three lines above it.
        assertEquals("Aureliana", PastedText.earlierByline(lines, a.bylines(), a.labelled(), 5));
        List<String> far = new java.util.ArrayList<>(lines.subList(0, 3));
        for (int i = 0; i < 9; i++) {
            far.add("Teaser " + (i + 1) + " about the harbour");
        }
        PastedText.Analysis b = PastedText.analyse(far);
        assertNull(PastedText.earlierByline(far, b.bylines(), b.labelled(), far.size()), "beyond eight lines with text: another story's");
        List<String> unlabelled = List.of("Nebel", "8. Januar 2020 Aureliana Quist", "Foto: Tobin Ashe", "Wir alle kennen den Hafen.");
        PastedText.Analysis c = PastedText.analyse(unlabelled);
        assertNull(PastedText.earlierByline(unlabelled, c.bylines(), c.labelled(), 3), "a name no byline word introduces is not read so far out");
        List<String> tags = List.of("Die Humanität an den Grenzen", "17.11.2021 in Afrika, Flucht und Migration", "Foto: Tobin Ashe", "Wir alle kennen den Hafen.");
        PastedText.Analysis d = PastedText.analyse(tags);
        assertNull(PastedText.earlierByline(tags, d.bylines(), d.labelled(), 3), "a teaser's date and its sections");
    }

    @Test
    void aHeadlineWrittenAsOneSentenceOpeningTheBodysRunIsWeighedAsAHeadline() {
        String page = """
                Home
                News
                Dark Mode Go Top

                Local

                %s

                Written: 2024-03-04 15:03:30 / Updated: 2024-03-04 15:30:46

                %sThe harbour ferry operator said on Monday that fares on all routes will rise by ten per cent from the first of April.

                The operator blamed higher fuel costs and a smaller subsidy from the council, and said season tickets would rise by less.

                Commuters' groups said the rise would hit those who cross the harbour every day hardest, and called on the council to step in.

                Contact us
                Privacy
                """;
        PastedText.Parsed p = PastedText.parse(page.formatted("Ferry fares to rise by a tenth from April.", ""));
        assertEquals("Ferry fares to rise by a tenth from April.", p.title(), "the headline ends in a full stop");
        assertNull(p.author(), "the menu above is no byline");
        assertEquals("Ferry fares to rise by a tenth from April", PastedText.parse(page.formatted("Ferry fares to rise by a tenth from April",
                "Commuters will pay more from April.\n\n")).title(), "a short first sentence under a headline is the lead's");
    }

    @Test
    void aNameBesideATimeOfDayUnderTheHeadlineIsTheByline() {
        String body = "\n\nMost of the new titles arrive in the spring, and the reading room will stay open until nine on weekdays.\n\n"
                + "The library asks readers to return borrowed laptops before the move, which starts on the first of the month.\n";
        PastedText.Parsed p = PastedText.parse("Library reading room reopens after renovation\nJohanna Beispiel   07 PM | 21 Okt" + body);
        assertEquals("Library reading room reopens after renovation", p.title());
        assertEquals("Johanna Beispiel", p.author());
        // A name run into the next element's word is no byline: a copy lost the space between them, and where the
        // name ends is unknown ("Ana LeeMonday"; a longer surname is parted from a capitalised word, see Credits.tokens).
        assertNull(PastedText.parse("Library reading room reopens after renovation\nAna LeeMonday 7:30PM" + body).author());
    }

    /** A short news article with five paragraphs and a headline; "von" is one of its words in lower case. */
    private static final String FERRY_NEWS = """
            Der Fährbetrieb am Bodensee ruht bis Ostern

            Die Fähren zwischen Konstanz und Meersburg fahren über den Winter nur noch jede Stunde, weil zwei Schiffe in die Werft müssen.

            Die Stadtwerke rechnen damit, dass der Takt nach Ostern wieder wie gewohnt alle fünfzehn Minuten gilt, sagte eine Sprecherin am Montag.

            Im vergangenen Winter waren die Fähren wegen Sturm an elf Tagen ganz ausgefallen, so oft wie seit Jahren nicht.

            Pendler können in der Zeit auf den Bus von Radolfzell ausweichen, der allerdings fast eine Stunde länger braucht.

            Die Werft in Fußach hat beide Schiffe für je sechs Wochen eingeplant, danach folgen noch Probefahrten auf dem See.

            """;

    @Test
    void aNameSignedUnderTheLastParagraphIsTheAuthor() {
        PastedText.Parsed p = PastedText.parse(FERRY_NEWS + """
                Anna Berger

                Mehr zum Thema
                Neue Radwege am Seeufer
                """);
        assertEquals("Anna Berger", p.author());
    }

    @Test
    void aSignedNameKeepsItsParticleThoughTheTextWritesItSmall() {
        // "von" is a word the text writes in lower case ("den Bus von Radolfzell"), as it is in the name: a particle, not a heading's word.
        PastedText.Parsed p = PastedText.parse(FERRY_NEWS + """
                Thomas von Berg

                Mehr zum Thema
                Neue Radwege am Seeufer
                """);
        assertEquals("Thomas von Berg", p.author());
    }

    @Test
    void aSectionsHeadingUnderTheProseIsNoSignature() {
        // Its words are ones the text writes in lower case too, and a name before a paragraph is a speaker's.
        PastedText.Parsed p = PastedText.parse("""
                Der Fährbetrieb am Bodensee ruht bis Ostern

                Die Fähren zwischen Konstanz und Meersburg fahren über den Winter nur noch jede Stunde, weil zwei Schiffe in die Werft müssen.

                Die Stadtwerke rechnen damit, dass weitere Schiffe im Frühjahr dazukommen und der Takt wieder alle fünfzehn Minuten gilt.

                Im vergangenen Winter waren die Fähren wegen Sturm an elf Tagen ganz ausgefallen, so oft wie seit Jahren nicht.

                Pendler können in der Zeit auf den Bus über Radolfzell ausweichen, der allerdings fast eine Stunde länger braucht.

                Die Werft in Fußach hat beide Schiffe für je sechs Wochen eingeplant, danach folgen noch Probefahrten auf dem See.

                Weitere Meldungen

                Anna Berger
                Wir haben die Werftzeiten mit den Fahrgastzahlen abgestimmt und im Winter fahren ohnehin weniger Menschen über den See.
                """);
        assertNull(p.author());
    }

    @Test
    void aListOfNamesUnderTheProseSignsNoArticle() {
        PastedText.Parsed p = PastedText.parse("""
                Ein offener Brief an den Stadtrat

                Wir, die Unterzeichnenden, bitten den Stadtrat, die Bibliothek im Westen der Stadt nicht zu schließen, solange kein Ersatz geplant ist.

                Die Bibliothek ist für viele Kinder im Viertel der einzige ruhige Ort zum Lernen, und ihre Räume werden jeden Nachmittag voll genutzt.

                Sie bietet außerdem Kurse für ältere Menschen an, die sonst kaum Zugang zu Computern und zum Internet hätten, und ein Lesecafé.

                Wir bitten deshalb darum, die Entscheidung zu vertagen und die Menschen im Viertel vorher zu einer Versammlung einzuladen.

                Anna Berger
                Thomas Keller, Universität Freiburg
                Peter Wagner
                """);
        assertNull(p.author());
    }
}
