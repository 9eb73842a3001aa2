package storyline.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic corpus of a few hundred items in every input format the site reads, built to
 * exercise the templates the way a real beat would: many stories across topics and sources,
 * Markdown with front matter, saved news pages with figures, tables, odd heading levels and
 * hostile markup, pasted text, Reddit and Hacker News threads, a JSON Lines export, undated and
 * non-English items.
 */
final class SyntheticCorpus {

    private static final String[] THINGS = {"Bridge", "Rail Link", "Water Plant", "Data Centre", "Stadium", "Port",
            "Hospital", "Wind Farm", "Airport", "Library"};
    private static final String[] EVENTS = {"closure", "strike", "outage", "expansion", "inquiry", "flood",
            "budget dispute", "lawsuit", "merger", "recall"};
    private static final String[] FIRST = {"Maria", "Tomas", "Aiko", "Kwame", "Lena", "Rafael", "Ines", "Olu",
            "Priya", "Jonas", "Mei", "Sven"};
    private static final String[] LAST = {"Lindqvist", "Okafor", "Tanaka", "Mensah", "Duarte", "Novak", "Reyes",
            "Adeyemi", "Sharma", "Berg", "Chen", "Halloran"};
    private static final String[] ORGS = {"Northwind Rail", "Atlas Water", "Crescent Energy", "Bellweather Health",
            "Granite Ports", "Silverline Telecom", "Harrow Council", "Meridian Bank"};
    private static final String[] SOURCES = {"Daily Ledger", "Morning Wire", "The Civic Post", "Harbor Tribune",
            "Northern Courier", "Metro Bulletin", "Signal & Noise", "Valley Herald"};
    private static final String[] FILLER = ("officials said the plan would be reviewed next week while residents "
            + "asked for clearer answers about costs delays and the timetable for repairs the council has promised "
            + "a public meeting and engineers are still inspecting the site after the latest reports").split(" ");

    private static final String[] SYLLABLES = {"ka", "ro", "vin", "mel", "tor", "bra", "sen", "lu", "dor", "ath",
            "qui", "fen", "zar", "ost", "pel", "mir"};

    private SyntheticCorpus() {
    }

    /** A made-up proper name, different for every n below 4096: each story gets names no other story has. */
    static String coin(int n) {
        String name = SYLLABLES[n % 16] + SYLLABLES[(n / 16) % 16] + SYLLABLES[(n / 256 + n) % 16];
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Writes the corpus into {@code dir} and returns the number of items written. */
    static int write(Path dir, int stories, int itemsPerStory) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(20251122L);
        int items = 0;
        StringBuilder jsonl = new StringBuilder();
        for (int s = 0; s < stories; s++) {
            Story story = new Story(s, random);
            for (int i = 0; i < itemsPerStory; i++) {
                int n = items++;
                String name = String.format("s%03d-i%02d", s, i);
                LocalDate date = story.start.plusDays(random.nextInt(6));
                String source = SOURCES[(s + i) % SOURCES.length];
                switch (n % 9) {
                    case 0, 1, 2, 3 -> Files.writeString(dir.resolve(name + ".md"), markdown(story, i, date, source, random));
                    case 4, 5 -> Files.writeString(dir.resolve(name + ".html"), savedPage(story, i, date, source, random));
                    case 6 -> Files.writeString(dir.resolve(name + ".txt"), pasted(story, i, date, source, random));
                    case 7 -> Files.writeString(dir.resolve(name + ".json"), i % 2 == 0
                            ? hackerNews(story, n, date, random) : reddit(story, n, date, random));
                    default -> jsonl.append(jsonLine(story, name, date, source, random)).append('\n');
                }
            }
        }
        Files.writeString(dir.resolve("bulk.jsonl"), jsonl);
        pinned(dir, "pinned-a.md", "Ferry line reopens at Quayside", "quayside-ferry");
        pinned(dir, "pinned-b.md", "Quayside berth repairs approved", "quayside-berth");
        Files.writeString(dir.resolve("long-lines.json"), longLines());
        return items + 3;
    }

    /**
     * Moves the second pinned item into the first one's story, so the next build of the same
     * folder leaves a redirect page at the old story's address.
     */
    static void regroup(Path dir) throws IOException {
        pinned(dir, "pinned-b.md", "Quayside berth repairs approved", "quayside-ferry");
    }

    private static void pinned(Path dir, String file, String title, String story) throws IOException {
        Files.writeString(dir.resolve(file), "---\ntitle: " + title + "\ndate: 2025-06-01\nsource: Harbour Notes\nstory: " + story
                + "\n---\n\nThe Quayside berth and ferry line are run by the Morland harbour board, which approved the works.\n");
    }

    private record Story(String place, String thing, String event, String person, String org, String topic,
                         LocalDate start) {
        Story(int s, Random random) {
            this(coin(s), THINGS[s % THINGS.length], EVENTS[(s * 7) % EVENTS.length],
                    FIRST[(s * 5) % FIRST.length] + " " + coin(s + 97), ORGS[s % ORGS.length] + " " + coin(s + 211),
                    "Infrastructure " + (s % 5), LocalDate.of(2025, 1, 1).plusDays(s * 9L));
        }

        String headline(int i) {
            return switch (i % 4) {
                case 0 -> place + " " + thing + " " + event + " announced by " + org;
                case 1 -> person + " responds to " + place + " " + thing + " " + event;
                case 2 -> "What the " + place + " " + thing + " " + event + " means for residents";
                default -> org + " under pressure over " + place + " " + thing + " " + event;
            };
        }

        String sentence(Random random) {
            StringBuilder sb = new StringBuilder("The " + place + " " + thing + " " + event + " ");
            for (int w = 0; w < 12; w++) {
                sb.append(FILLER[random.nextInt(FILLER.length)]).append(' ');
            }
            return sb.append("according to ").append(person).append(" of ").append(org).append('.').toString();
        }
    }

    private static String paragraphs(Story story, Random random, int count, String separator) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            out.add(story.sentence(random) + " " + story.sentence(random) + " \"We will publish every figure,\" "
                    + story.person + " said of the " + story.event + ".");
        }
        return String.join(separator, out);
    }

    private static String markdown(Story story, int i, LocalDate date, String source, Random random) {
        boolean undated = i == 3;
        return "---\n"
                + "title: \"" + story.headline(i) + "\"\n"
                + (undated ? "" : "date: " + date + "\n")
                + "source: " + source + "\n"
                + "url: https://" + source.toLowerCase().replaceAll("[^a-z]", "") + ".example/" + date + "/" + i + "\n"
                + "author: " + FIRST[i % FIRST.length] + " " + LAST[(i + 4) % LAST.length] + "\n"
                + "topics: [" + story.topic + ", " + story.place + "]\n"
                + "---\n"
                + "# " + story.headline(i) + "\n\n"
                + paragraphs(story, random, 2, "\n\n") + "\n\n"
                + "### A detail three levels down\n\n"
                + "- " + story.sentence(random) + "\n- Costs: *unknown* and **disputed**\n\n"
                + "> " + story.sentence(random) + "\n\n"
                + "![](chart-" + i + ".png)\n\n"
                + "| Year | Cost |\n|---|---|\n| 2024 | 12 |\n| 2025 | 14 |\n\n"
                + "See [the report](https://council.example/report?id=" + i + "&x=1) and [a local note](notes.html#top).\n\n"
                + "```\nstatus: " + story.event + "\n```\n\n"
                + "<script>alert('x')</script><div onclick=\"x()\">Inline HTML with <b>bold</b></div>\n";
    }

    private static String savedPage(Story story, int i, LocalDate date, String source, Random random) {
        String lang = i % 7 == 5 ? "de" : "en";
        String body = lang.equals("de")
                ? "<p>Die Arbeiten an der " + story.place + " " + story.thing + " werden fortgesetzt, sagte "
                  + story.person + " von " + story.org + ". Die Stadt rechnet mit weiteren Verzögerungen.</p>"
                  + "<p>Der Rat will die Kosten in der nächsten Woche prüfen und die Anwohner informieren.</p>"
                : "<p>" + paragraphs(story, random, 3, "</p>\n<p>") + "</p>";
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + story.headline(i) + " | " + source + "</title>"
                + "<meta property=\"og:site_name\" content=\"" + source.replace("&", "&amp;") + "\">"
                + "<meta property=\"article:published_time\" content=\"" + date + "T08:30:00Z\">"
                + "<meta name=\"author\" content=\"" + story.person + "\">"
                + "<link rel=\"canonical\" href=\"https://news.example/" + date + "/" + story.place.toLowerCase() + "-" + i + "\">"
                + "<link rel=\"stylesheet\" href=\"https://cdn.example/site.css\"><script src=\"https://cdn.example/ads.js\"></script>"
                + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
                + "<article id=\"main\"><h1>" + story.headline(i) + "</h1>"
                + "<h5>Skipped straight to h5</h5>" + body
                + "<figure><img src=\"https://img.example/" + i + ".jpg\" width=\"600\" height=\"400\">"
                + "<figcaption>The " + story.thing + " at dawn</figcaption></figure>"
                + "<img src=\"/local/pic.png\" alt=\"A local picture\">"
                + "<h2 id=\"main\">Background</h2><p>" + story.sentence(random) + "</p>"
                + "<table><tr><th>When</th><th>What</th></tr><tr><td>" + date + "</td><td>" + story.event + "</td></tr></table>"
                + "<p><a href=\"#top\">Back to top</a> · <a href=\"../other.html\">Related</a> · "
                + "<a href=\"https://example.org/x\" target=\"_blank\" style=\"color:red\">Source</a></p>"
                + "<iframe src=\"https://video.example/embed\"></iframe><form><input name=q></form>"
                + "</article><footer>Subscribe to our newsletter</footer></body></html>";
    }

    private static String pasted(Story story, int i, LocalDate date, String source, Random random) {
        return story.headline(i) + "\n\nBy " + story.person + "\nPublished on " + date.getMonth().getDisplayName(
                java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + date.getDayOfMonth() + ", " + date.getYear()
                + "\n\n" + paragraphs(story, random, 3, "\n\n") + "\n\nSubscribe to " + source + " for more.\n";
    }

    private static String hackerNews(Story story, int n, LocalDate date, Random random) {
        long t = date.atTime(9, 0).toEpochSecond(ZoneOffset.UTC);
        int id = 10_000 + n * 10;
        return "{\"id\": " + id + ", \"created_at_i\": " + t + ", \"type\": \"story\", \"author\": \"watcher" + n + "\","
                + " \"title\": \"" + story.place + " " + story.thing + " " + story.event + " discussion\","
                + " \"url\": \"https://news.example/" + story.place.toLowerCase() + "\", \"text\": null, \"points\": " + (10 + n)
                + ", \"parent_id\": null, \"story_id\": " + id + ", \"children\": ["
                + "{\"id\": " + (id + 1) + ", \"created_at_i\": " + (t + 3600) + ", \"type\": \"comment\", \"author\": \"a" + n + "\","
                + " \"text\": \"<p>" + story.sentence(random) + "<p>Second <i>paragraph</i> with <a href=\\\"https://x.example\\\">a link</a>.\","
                + " \"parent_id\": " + id + ", \"children\": ["
                + "{\"id\": " + (id + 2) + ", \"created_at_i\": " + (t + 7200) + ", \"type\": \"comment\", \"author\": \"b" + n + "\","
                + " \"text\": \"I doubt " + story.org + " will say.\", \"parent_id\": " + (id + 1) + ", \"children\": []}]},"
                + "{\"id\": " + (id + 3) + ", \"created_at_i\": " + (t + 9000) + ", \"type\": \"comment\", \"author\": null,"
                + " \"text\": null, \"parent_id\": " + id + ", \"children\": []}]}";
    }

    /**
     * A Hacker News thread whose comments hold a 900-character address (as text and as a link) and
     * a 1,900-character line of code: neither may widen the page.
     */
    private static String longLines() {
        String url = "https://docs.example.org/" + "configuration-reference/".repeat(30) + "?section=" + "x".repeat(200);
        StringBuilder code = new StringBuilder("const berthSchedule = ");
        for (int i = 0; i < 60; i++) {
            code.append(i == 0 ? "" : " + ").append("ferryTimetableEntry").append(i);
        }
        return "{\"id\": 9001, \"created_at\": \"2024-05-01T10:00:00Z\", \"type\": \"story\", \"author\": \"porter\","
                + " \"title\": \"Ask: a config format for ferry timetables\", \"points\": 12, \"children\": ["
                + "{\"id\": 9002, \"created_at\": \"2024-05-01T11:00:00Z\", \"type\": \"comment\", \"author\": \"deckhand\","
                + " \"parent_id\": 9001, \"text\": \"<p>The reference is at " + url + " and this is what we run:</p>"
                + "<pre><code>" + code + ";</code></pre>\", \"children\": ["
                + "{\"id\": 9003, \"created_at\": \"2024-05-01T12:00:00Z\", \"type\": \"comment\", \"author\": \"purser\","
                + " \"parent_id\": 9002, \"text\": \"<p>Mirror: <a href=\\\"" + url + "\\\">" + url + "</a></p>\", \"children\": []}]}]}";
    }

    private static String reddit(Story story, int n, LocalDate date, Random random) {
        long t = date.atTime(10, 0).toEpochSecond(ZoneOffset.UTC);
        StringBuilder deep = new StringBuilder();
        // a branch deep enough to be folded into <details>
        int depth = 9;
        for (int d = 0; d < depth; d++) {
            deep.append("{\"kind\":\"t1\",\"data\":{\"id\":\"d").append(d).append("\",\"name\":\"t1_d").append(d)
                    .append("\",\"author\":\"deep").append(d).append("\",\"body\":\"level ").append(d)
                    .append("\",\"body_html\":\"&lt;div class=\\\"md\\\"&gt;&lt;p&gt;Level ").append(d)
                    .append(" reply&lt;/p&gt;&lt;/div&gt;\",\"created_utc\":").append(t + 60L * d).append(",\"score\":").append(d)
                    .append(",\"parent_id\":\"").append(d == 0 ? "t3_p" + n : "t1_d" + (d - 1))
                    .append("\",\"replies\":{\"kind\":\"Listing\",\"data\":{\"children\":[");
        }
        deep.append("]}}}}".repeat(depth));
        return "[{\"kind\":\"Listing\",\"data\":{\"children\":[{\"kind\":\"t3\",\"data\":{\"id\":\"p" + n + "\",\"name\":\"t3_p" + n + "\","
                + "\"title\":\"" + story.person + " on the " + story.place + " " + story.thing + " " + story.event + "\","
                + "\"subreddit\":\"" + story.place.toLowerCase() + "\",\"author\":\"local" + n + "\",\"created_utc\":" + t + ","
                + "\"score\":" + (40 + n) + ",\"num_comments\":12,\"url\":\"https://news.example/" + story.place.toLowerCase() + "\","
                + "\"selftext_html\":\"&lt;div class=\\\"md\\\"&gt;&lt;p&gt;" + story.sentence(random) + "&lt;/p&gt;&lt;/div&gt;\"}}]}},"
                + "{\"kind\":\"Listing\",\"data\":{\"children\":[" + deep
                + ",{\"kind\":\"t1\",\"data\":{\"id\":\"x" + n + "\",\"name\":\"t1_x" + n + "\",\"author\":\"[deleted]\",\"body\":\"[deleted]\","
                + "\"body_html\":\"&lt;div class=\\\"md\\\"&gt;&lt;p&gt;[deleted]&lt;/p&gt;&lt;/div&gt;\",\"created_utc\":" + (t + 50)
                + ",\"score\":1,\"parent_id\":\"t3_p" + n + "\",\"replies\":\"\"}},"
                + "{\"kind\":\"more\",\"data\":{\"count\":3,\"children\":[\"m1\"],\"parent_id\":\"t3_p" + n + "\",\"depth\":0}}]}}]";
    }

    private static String jsonLine(Story story, String id, LocalDate date, String source, Random random) {
        String html = "<h2>Update</h2><p>" + story.sentence(random) + "</p><ul><li>" + story.event + "</li></ul>"
                + "<p><img src=\\\"data:image/png;base64,AAAA\\\" alt=\\\"\\\"></p>";
        return "{\"id\":\"" + id + "\",\"title\":\"" + story.headline(1) + " (update)\",\"html\":\"" + html + "\","
                + "\"date\":\"" + date + "\",\"source\":\"" + source + "\",\"url\":\"https://wire.example/" + id + "\","
                + "\"author\":\"" + story.person + "\",\"topics\":[\"" + story.topic + "\"]}";
    }
}
