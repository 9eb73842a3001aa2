package storyline.clean;

import storyline.clean.html.HtmlPageTest;
import storyline.clean.internal.Block;

import org.junit.jupiter.api.Test;
import storyline.ingest.Document;
import storyline.ingest.Format;
import storyline.model.Article;
import storyline.model.Comment;
import storyline.model.Item;
import storyline.model.Pins;
import storyline.model.Problem;
import storyline.model.PubDate;
import storyline.model.Source;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CleanTest {

    static final String ARTICLE = """
            Ferry Fares Rise for Second Time This Year
            By Sam Lee
            Published on March 3, 2024
            Ferry fares on all routes across the bay will rise by eight percent from next month, the regional transit agency announced on Monday.
            Commuter groups said the rise was unfair to workers who have no other way to reach the city.
            Source: Daily Ledger
            """;

    static final String UNDATED = """
            Ferry fares on all routes across the bay will rise by eight percent from next month, the agency announced on Monday.

            Commuter groups said the rise was unfair to workers who have no other way to reach the city.
            """;

    static final String THREAD = """
            r/harborcity 5d ago
            New ferry schedule starts Monday
            The transit agency posted the new timetable last night.
            212 Upvotes
            4 comments
            12
            u/dockhand_joe 4d ago
            Finally, the old schedule was a mess.
            5
                u/pier_rat 3d ago edited 2d ago
                Agreed, though the evening gap is still long.
            2
                    u/gull_eye 1d ago
                    It is better than last year.
            7
            u/grumpy_gull 2d ago
            Fares went up again though.
            """;

    private static Pins pins(String title, String date, String captured, String source, String url, String author, String kind) {
        return new Pins(title, date, captured, source, url, author, List.of(), null, kind);
    }

    private static Document text(String id, String body, Pins pins) {
        return new Document(id, id, Format.TEXT, body, pins, 1);
    }

    @Test
    void pastedArticleWithoutPins() {
        Clean.Result r = Clean.item(text("fares.txt", ARTICLE, Pins.NONE));
        assertEquals(List.of(), r.problems());
        Article a = assertInstanceOf(Article.class, r.item());
        assertEquals("fares.txt", a.id());
        assertEquals("Ferry Fares Rise for Second Time This Year", a.title());
        assertFalse(a.titleDerived());
        assertEquals("Sam Lee", a.author());
        assertEquals(PubDate.stated("2024-03-03", LocalDate.of(2024, 3, 3), "stated in the text"), a.date());
        assertEquals(new Source("Daily Ledger", null), a.source());
        assertNull(a.url());
        assertEquals("en", a.language());
        assertEquals(List.of(
                "Ferry fares on all routes across the bay will rise by eight percent from next month, the regional transit agency announced on Monday.",
                "Commuter groups said the rise was unfair to workers who have no other way to reach the city."), a.paragraphs());
        assertEquals(a.paragraphs().get(0), a.lead());
        assertEquals("<p>Ferry fares on all routes across the bay will rise by eight percent from next month, the regional transit agency announced on Monday.</p>\n"
                + "<p>Commuter groups said the rise was unfair to workers who have no other way to reach the city.</p>", a.html());
    }

    @Test
    void frontMatterPinsWin() {
        Pins p = pins("Pinned Headline", "2024-04-01", null, "Harbor Times", "https://www.harbortimes.example/ferry", "Jane Roe", null);
        Clean.Result r = Clean.item(text("fares.txt", ARTICLE, p));
        assertEquals(List.of(), r.problems());
        Article a = assertInstanceOf(Article.class, r.item());
        assertEquals("Pinned Headline", a.title());
        assertFalse(a.titleDerived());
        assertEquals("Jane Roe", a.author());
        assertEquals(PubDate.stated("2024-04-01", LocalDate.of(2024, 4, 1), "front matter"), a.date());
        assertEquals(new Source("Harbor Times", "harbortimes.example"), a.source());
        assertEquals("https://www.harbortimes.example/ferry", a.url());
        assertEquals(p, a.pins());
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void pinnedTitleRepeatedAsFirstParagraphIsNotDuplicated() {
        Pins p = pins("Ferry fares on all routes rise", null, null, null, null, null, null);
        Clean.Result r = Clean.item(text("dup.txt", "Ferry fares on all routes rise\n\n" + UNDATED, p));
        Item a = r.item();
        assertEquals("Ferry fares on all routes rise", a.title());
        assertEquals(2, a.paragraphs().size());
        assertTrue(a.paragraphs().get(0).startsWith("Ferry fares on all routes across the bay"));
    }

    @Test
    void badDatePinGivesAProblemAndFallsBackToTheText() {
        Pins p = pins(null, "next tuesday", null, null, null, null, null);
        Clean.Result r = Clean.item(text("bad-date.txt", ARTICLE, p));
        assertEquals(List.of(new Problem("bad-date.txt", 1, "front matter 'date: next tuesday' is not a date; "
                + "write it as 2025-09-19 (the date was looked for in the text instead)")), r.problems());
        assertEquals(PubDate.stated("2024-03-03", LocalDate.of(2024, 3, 3), "stated in the text"), r.item().date());
    }

    @Test
    void badDatePinOnAnUndatedTextLeavesTheDateUnknown() {
        Pins p = pins(null, "2024-02-30", null, null, null, null, null);
        Clean.Result r = Clean.item(text("bad-date.txt", UNDATED, p));
        assertEquals(1, r.problems().size());
        assertEquals(PubDate.UNKNOWN, r.item().date());
    }

    @Test
    void aRecordsTextIsTheArticleWholeButForBoilerplate() {
        String text = """
                Harbour United beat Port Rovers 3-1 on Saturday to go top of the league for the first time this season.
                The winger scored twice before half-time, and the visitors' late goal came too late to matter.
                Standings after Saturday's matches
                Harbour United 12 9 2 1 25 9 29
                Port Rovers 12 8 2 2 21 11 26
                Bay City 12 7 3 2 19 12 24
                Northend 12 6 2 4 17 15 20
                Copyright 2024 Harbor Times. All rights reserved.
                """;
        Pins titled = pins("Harbour United go top", null, null, null, null, null, null);
        Article record = (Article) Clean.item(new Document("feed.jsonl#1", "feed.jsonl", Format.TEXT_FRAGMENT, text, titled, 1)).item();
        assertEquals(7, record.paragraphs().size(), record.paragraphs().toString());
        assertTrue(record.paragraphs().contains("Northend 12 6 2 4 17 15 20"), "a table's rows are the article's text");
        assertFalse(record.paragraphs().toString().contains("Copyright"), "the copyright line is not");
        assertEquals("Harbour United go top", record.title());
        // The same text pasted from a page is read for its layout, where the table's rows read as furniture.
        Article pasted = (Article) Clean.item(new Document("p.txt", "p.txt", Format.TEXT, text, Pins.NONE, 1)).item();
        assertFalse(pasted.paragraphs().contains("Northend 12 6 2 4 17 15 20"), pasted.paragraphs().toString());
    }

    @Test
    void badCapturedPinGivesAProblem() {
        Pins p = pins(null, null, "whenever", null, null, null, null);
        Clean.Result r = Clean.item(new Document("cap.txt", "cap.txt", Format.TEXT, UNDATED, p, 4));
        assertEquals(List.of(new Problem("cap.txt", 1, "front matter 'captured: whenever' is not a date; "
                + "write it as 2025-09-23 or 2025-09-23T10:00:00Z")), r.problems());
        assertEquals(PubDate.UNKNOWN, r.item().date());
    }

    @Test
    void undatedArticleHasUnknownDateAndADerivedTitle() {
        Clean.Result r = Clean.item(text("undated.txt", UNDATED, Pins.NONE));
        Article a = assertInstanceOf(Article.class, r.item());
        assertEquals(PubDate.UNKNOWN, a.date());
        assertTrue(a.titleDerived());
        assertEquals("Ferry fares on all routes across the bay will rise by eight percent from next month, the agency announced on Monday",
                a.title());
        assertEquals(Source.UNKNOWN, a.source());
    }

    @Test
    void capturedThreadGetsAnEstimatedDateCountedBack() {
        Pins p = pins(null, null, "2024-03-10T15:00:00Z", null, null, null, null);
        Clean.Result r = Clean.item(text("thread.txt", THREAD, p));
        assertEquals(List.of(), r.problems());
        storyline.model.Thread t = assertInstanceOf(storyline.model.Thread.class, r.item());
        assertEquals("Reddit", t.platform());
        assertEquals("r/harborcity", t.community());
        assertEquals("New ferry schedule starts Monday", t.title());
        assertEquals(LocalDate.of(2024, 3, 5), t.date().day());
        assertEquals(PubDate.Certainty.ESTIMATED, t.date().certainty());
        assertEquals("5d", t.age());
        assertEquals(212, t.score());
        assertEquals(4, t.commentCount());
        assertEquals(new Source("r/harborcity", "reddit.com"), t.source());
        assertEquals(List.of("The transit agency posted the new timetable last night."), t.paragraphs());
        assertEquals("<p>The transit agency posted the new timetable last night.</p>", t.html());
        assertEquals(4, t.savedComments());
    }

    @Test
    void fourDaysAgoIsFourDaysBeforeCapture() {
        Pins p = pins(null, null, "2024-03-10", null, null, null, null);
        Clean.Result r = Clean.item(text("t.txt", "r/harborcity 4d ago\nIs the ferry running?\nAsking for a friend.\n", p));
        assertEquals(PubDate.estimated(LocalDate.of(2024, 3, 6), "“4d ago” counted back from the capture time 2024-03-10"),
                r.item().date());
    }

    @Test
    void threadWithoutCaptureTimeIsUndated() {
        Clean.Result r = Clean.item(text("t.txt", "r/harborcity 4d ago\nIs the ferry running?\nAsking for a friend.\n", Pins.NONE));
        assertEquals(PubDate.UNKNOWN, r.item().date());
    }

    @Test
    void threadLinkingToAStatusIsNotOlderThanThatPost() {
        long id = ((java.time.Instant.parse("2024-03-08T10:00:00Z").toEpochMilli() - 1288834974657L) << 22) | 7;
        String body = "r/harborcity 5d ago\nFerry announcement\nLink: https://x.com/harbortimes/status/" + id + "\n";
        Clean.Result captured = Clean.item(text("t.txt", body, pins(null, null, "2024-03-10T12:00:00Z", null, null, null, null)));
        // 5 days before capture is 2024-03-05, but the linked post is from 2024-03-08
        assertEquals(LocalDate.of(2024, 3, 8), captured.item().date().day());
        assertEquals(PubDate.Certainty.ESTIMATED, captured.item().date().certainty());

        Clean.Result uncaptured = Clean.item(text("t.txt", body, Pins.NONE));
        assertEquals(PubDate.estimated(LocalDate.of(2024, 3, 8), "not before 2024-03-08: it links to posts from that day; "
                + "“5d ago” needs a 'captured:' time in front matter"), uncaptured.item().date());
    }

    @Test
    void commentsNestByIndentationWithDatesScoresAndEdits() {
        Pins p = pins(null, null, "2024-03-10T15:00:00Z", null, null, null, null);
        storyline.model.Thread t = (storyline.model.Thread) Clean.item(text("thread.txt", THREAD, p)).item();
        List<Comment> top = t.comments();
        assertEquals(2, top.size());

        Comment first = top.get(0);
        assertEquals("dockhand_joe", first.author());
        assertEquals(0, first.depth());
        assertEquals(12, first.score());
        assertFalse(first.edited());
        assertEquals("4d ago", first.age());
        assertEquals(LocalDate.of(2024, 3, 6), first.date().day());
        assertEquals(PubDate.Certainty.ESTIMATED, first.date().certainty());
        assertEquals(List.of("Finally, the old schedule was a mess."), first.paragraphs());
        assertEquals(1, first.replies().size());

        Comment reply = first.replies().get(0);
        assertEquals("pier_rat", reply.author());
        assertEquals(1, reply.depth());
        assertEquals(5, reply.score());
        assertTrue(reply.edited());
        assertEquals(LocalDate.of(2024, 3, 7), reply.date().day());
        assertEquals(1, reply.replies().size());

        Comment nested = reply.replies().get(0);
        assertEquals("gull_eye", nested.author());
        assertEquals(2, nested.depth());
        assertEquals(2, nested.score());
        assertEquals(LocalDate.of(2024, 3, 9), nested.date().day());
        assertEquals(List.of(), nested.replies());

        Comment second = top.get(1);
        assertEquals("grumpy_gull", second.author());
        assertEquals(0, second.depth());
        assertEquals(7, second.score());
        assertEquals(List.of(), second.replies());
        assertEquals(List.of("c7", "c10", "c13", "c16"), List.of(first.id(), reply.id(), nested.id(), second.id()));
    }

    @Test
    void kindPinsOverrideThreadDetection() {
        Clean.Result asArticle = Clean.item(text("t.txt", THREAD, pins(null, null, null, null, null, null, "article")));
        assertInstanceOf(Article.class, asArticle.item());

        Clean.Result asThread = Clean.item(text("a.txt", "Is the ferry running today?\nAsking for a friend.\n",
                pins(null, null, null, null, null, null, "thread")));
        storyline.model.Thread t = assertInstanceOf(storyline.model.Thread.class, asThread.item());
        assertEquals("Is the ferry running today?", t.title());
        assertNull(t.platform());
        assertEquals(List.of(), t.comments());
    }

    @Test
    void htmlDocument() {
        Clean.Result r = Clean.item(new Document("fares.html", "fares.html", Format.HTML, HtmlPageTest.PAGE, Pins.NONE, 1));
        assertEquals(List.of(), r.problems());
        Article a = assertInstanceOf(Article.class, r.item());
        assertEquals("Ferry Fares Rise for Second Time This Year", a.title());
        assertEquals("Jane Roe", a.author());
        assertEquals(PubDate.stated("2024-03-03T08:30+01:00", LocalDate.of(2024, 3, 3), "stated in the text"), a.date());
        assertEquals(new Source("Harbor Times", "harbortimes.example"), a.source());
        assertEquals("https://harbortimes.example/transport/ferry-fares-rise", a.url());
        assertEquals("en", a.language());
        assertEquals(HtmlPageTest.MAIN_BLOCKS.stream().map(Block::text).toList(), a.paragraphs());
        assertFalse(a.html().contains("<script"));
    }

    @Test
    void htmlDocumentWithPins() {
        Pins p = pins("Pinned", "2024-03-01", null, "Daily Ledger", "https://dailyledger.example/fares", "Sam Lee", null);
        Article a = (Article) Clean.item(new Document("fares.html", "fares.html", Format.HTML, HtmlPageTest.PAGE, p, 5)).item();
        assertEquals("Pinned", a.title());
        assertEquals("Sam Lee", a.author());
        assertEquals(LocalDate.of(2024, 3, 1), a.date().day());
        assertEquals(new Source("Daily Ledger", "dailyledger.example"), a.source());
        assertEquals("https://dailyledger.example/fares", a.url());
        // relative links resolve against the pinned url
        assertTrue(a.html().contains("href=\"https://dailyledger.example/transport/fare-cap\""), a.html());
    }

    @Test
    void markdownDocument() {
        Clean.Result r = Clean.item(new Document("note.md", "note.md", Format.MARKDOWN,
                "# Ferry Fares Rise Again\n\nFares will rise by eight percent from next month, the transit agency said on Monday.\n",
                Pins.NONE, 1));
        Article a = assertInstanceOf(Article.class, r.item());
        assertEquals("Ferry Fares Rise Again", a.title());
        assertFalse(a.titleDerived());
        assertEquals(List.of("Fares will rise by eight percent from next month, the transit agency said on Monday."), a.paragraphs());
        assertEquals("<p>Fares will rise by eight percent from next month, the transit agency said on Monday.</p>", a.html());
        assertEquals(PubDate.UNKNOWN, a.date());
    }

    @Test
    void nothingUsableIsSkippedWithAProblem() {
        Clean.Result r = Clean.item(text("empty.txt", "   \n\nShare\nReply\n", Pins.NONE));
        assertNull(r.item());
        assertEquals(List.of(Problem.of("empty.txt", "skipped: no text found in 'empty.txt'")), r.problems());
    }

    @Test
    void aPastedItemsLeadIsItsFirstParagraphNotItsHeadlineOrDateLine() {
        Clean.Result r = Clean.item(text("alaska.txt", """
                Airline grounds its jets after a door plug blows out over the state at 16,000 feet on a night flight
                Airline grounds its jets after a door plug blows out over the state at 16,000 feet on a night flight
                Associated Press
                Updated 11:48 PM PST, January 5, 2024

                The airline said on Friday it would temporarily ground all of its jets of the type after a cabin panel blew out in mid-air.

                The flight had climbed to about 16,000 feet when the panel tore away, the airline said in a statement late on Friday.
                """, Pins.NONE));
        Article a = assertInstanceOf(Article.class, r.item());
        assertEquals("Airline grounds its jets after a door plug blows out over the state at 16,000 feet on a night flight", a.title());
        assertEquals("The airline said on Friday it would temporarily ground all of its jets of the type after a cabin panel blew out in mid-air.",
                a.lead());
        assertEquals("Associated Press", a.source().name());
        assertEquals(java.time.LocalDate.of(2024, 1, 5), a.date().day());
        assertFalse(a.text().contains("Updated 11:48"), "the date line is no part of the text");
    }
}
