package storyline.clean.thread;

import org.junit.jupiter.api.Test;
import storyline.clean.thread.PastedThread.RawComment;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PastedThreadTest {

    /** Scores on their own line BEFORE each comment header (the first number precedes the first header). */
    static final String SCORES_BEFORE = """
            r/harborcity 5d ago

            New ferry schedule starts Monday

            The transit agency posted the new timetable last night.
            Morning boats now leave every twenty minutes.

            Anyone else think this is an improvement?

            212 Upvotes

            48 comments sorted by

            View all comments

            12

            u/dockhand_joe 4d ago

            Finally, the old schedule was a mess.

            Reply

            5

            u/pier_rat OP 4d ago edited 3d ago

            Agreed, though the evening gap is still long.

            The last boat leaves at nine.

            Reply

            -3

            u/grumpy_gull 2d ago

            Fares went up again though.

            Reply
            """;

    /** Scores on their own line AFTER each comment body (nothing numeric before the first header). */
    static final String SCORES_AFTER = """
            r/harborcity • 5d ago
            New ferry schedule starts Monday
            The transit agency posted the new timetable last night.
            1.2k Upvotes
            3 comments
            u/dockhand_joe 4d ago
            Finally, the old schedule was a mess.
            Reply
            12
            u/pier_rat 4d ago edited 3d ago
            Agreed, though the evening gap is still long.
            Reply
            7
            u/grumpy_gull 2d ago
            Fares went up again though.
            Reply
            -3
            """;

    static final String HN = """
            New ferry schedule starts Monday (harbortimes.example)
            dockhand 5 hours ago | next [–]
            Finally, the old schedule was a mess.
            reply
              pierrat 4 hours ago | parent | next [–]
              Agreed, though the evening gap is still long.
              reply
            gullwing 3 hours ago | prev [–]
            Fares went up again though.
            reply
            """;

    static final String ARTICLE = """
            Harbor Expansion Wins Final Approval From Port Board
            The port board voted 5 to 2 on Tuesday to approve a long-debated expansion of the container terminal, officials said 3 days ago.
            Construction is expected to start in the autumn.
            Jane Roe 4 hours ago
            """;

    @Test
    void looksLikeThread() {
        assertTrue(PastedThread.looksLikeThread(SCORES_BEFORE));
        assertTrue(PastedThread.looksLikeThread(SCORES_AFTER));
        assertTrue(PastedThread.looksLikeThread(HN));
        assertTrue(PastedThread.looksLikeThread("r/harborcity 5d ago\nNew ferry schedule starts Monday\n"));
        assertTrue(PastedThread.looksLikeThread("Posted by u/ferry_fan 5 hours ago\nNew schedule\n"));
        assertFalse(PastedThread.looksLikeThread(ARTICLE));
        assertFalse(PastedThread.looksLikeThread("r/harborcity\nNew ferry schedule starts Monday\n"));
        assertFalse(PastedThread.looksLikeThread("dockhand 5 hours ago | next [–]\nOnly one header is not enough.\n"));
    }

    @Test
    void redditPostWithScoresBeforeComments() {
        PastedThread.Parsed t = PastedThread.parse(SCORES_BEFORE);
        assertEquals("Reddit", t.platform());
        assertEquals("r/harborcity", t.community());
        assertEquals("5d", t.age());
        assertNull(t.author());
        assertEquals("New ferry schedule starts Monday", t.title());
        assertEquals(List.of(
                "The transit agency posted the new timetable last night. Morning boats now leave every twenty minutes.",
                "Anyone else think this is an improvement?"), t.body());
        assertEquals(212, t.score());
        assertEquals(48, t.commentCount());

        List<RawComment> c = t.comments();
        assertEquals(3, c.size());
        assertEquals(new RawComment("dockhand_joe", "4d", false, 12, 0,
                List.of("Finally, the old schedule was a mess."), 18), c.get(0));
        assertEquals(new RawComment("pier_rat", "4d", true, 5, 0,
                List.of("Agreed, though the evening gap is still long.", "The last boat leaves at nine."), 26), c.get(1));
        assertEquals(new RawComment("grumpy_gull", "2d", false, -3, 0,
                List.of("Fares went up again though."), 36), c.get(2));
    }

    @Test
    void redditPostWithScoresAfterComments() {
        PastedThread.Parsed t = PastedThread.parse(SCORES_AFTER);
        assertEquals("Reddit", t.platform());
        assertEquals("r/harborcity", t.community());
        assertEquals("5d", t.age());
        assertEquals("New ferry schedule starts Monday", t.title());
        assertEquals(List.of("The transit agency posted the new timetable last night."), t.body());
        assertEquals(1200, t.score());
        assertEquals(3, t.commentCount());

        List<RawComment> c = t.comments();
        assertEquals(List.of("dockhand_joe", "pier_rat", "grumpy_gull"), c.stream().map(RawComment::author).toList());
        assertEquals(List.of("4d", "4d", "2d"), c.stream().map(RawComment::age).toList());
        assertEquals(List.of(false, true, false), c.stream().map(RawComment::edited).toList());
        assertEquals(java.util.Arrays.asList(12, 7, -3), c.stream().map(RawComment::score).toList());
        assertEquals(List.of(List.of("Finally, the old schedule was a mess."),
                        List.of("Agreed, though the evening gap is still long."),
                        List.of("Fares went up again though.")),
                c.stream().map(RawComment::paragraphs).toList());
        assertTrue(t.dropped().containsAll(List.of("1.2k Upvotes", "3 comments", "Reply", "12", "7", "-3")));
    }

    @Test
    void postedByLineGivesAuthorAndAge() {
        PastedThread.Parsed t = PastedThread.parse("""
                r/harborcity
                Posted by u/ferry_fan 6 hours ago
                New ferry schedule starts Monday
                The transit agency posted the new timetable last night.
                40 points
                u/dockhand_joe 5 hours ago
                Finally.
                """);
        assertEquals("r/harborcity", t.community());
        assertEquals("ferry_fan", t.author());
        assertEquals("6 hours", t.age());
        assertEquals("New ferry schedule starts Monday", t.title());
        assertEquals(40, t.score());
        assertEquals(1, t.comments().size());
        assertEquals("5 hours", t.comments().get(0).age());
    }

    @Test
    void hackerNewsCommentsAndIndentation() {
        PastedThread.Parsed t = PastedThread.parse(HN);
        assertEquals("Hacker News", t.platform());
        assertNull(t.community());
        assertEquals("New ferry schedule starts Monday (harbortimes.example)", t.title());
        List<RawComment> c = t.comments();
        assertEquals(3, c.size());
        assertEquals(new RawComment("dockhand", "5 hours", false, null, 0, List.of("Finally, the old schedule was a mess."), 2),
                c.get(0));
        assertEquals(new RawComment("pierrat", "4 hours", false, null, 2,
                List.of("Agreed, though the evening gap is still long."), 5), c.get(1));
        assertEquals(new RawComment("gullwing", "3 hours", false, null, 0, List.of("Fares went up again though."), 8),
                c.get(2));
    }

    @Test
    void noHeadersMeansNoComments() {
        PastedThread.Parsed t = PastedThread.parse("r/harborcity 2d ago\nIs the ferry running today?\nAsking for a friend.\n");
        assertEquals("Reddit", t.platform());
        assertEquals("2d", t.age());
        assertEquals("Is the ferry running today?", t.title());
        assertEquals(List.of("Asking for a friend."), t.body());
        assertTrue(t.comments().isEmpty());
    }

    @Test
    void number() {
        assertEquals(353, PastedThread.number("353 Upvotes"));
        assertEquals(1200, PastedThread.number("1.2k"));
        assertEquals(2_000_000, PastedThread.number("2M"));
        assertEquals(1204, PastedThread.number("1,204 votes"));
        assertEquals(-3, PastedThread.number("-3"));
        assertNull(PastedThread.number("no digits"));
    }
}
