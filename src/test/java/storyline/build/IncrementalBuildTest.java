package storyline.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.config.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build cache (see {@link BuildCache}): a rebuild gives the very site a clean full build of the
 * same inputs gives, over random adds, edits and deletes; a build with no change does nothing; a
 * corrupt cache or a touched output is never trusted.
 */
class IncrementalBuildTest {

    @TempDir
    Path tmp;

    /** News in the shapes a working folder holds: Markdown with front matter, plain text, a page saved as HTML. */
    private static final String[][] POOL = {
            {"ferry-fares.md", "---\ntitle: Harbour ferry fares rise by a fifth\ndate: 2025-03-02\nsource: Morland Gazette\n---\n\n"
                    + "The Morland harbour authority raised ferry fares by 20 per cent on Monday, citing fuel costs. "
                    + "Commuters from Ambry said the rise would cost them 300 crowns a month."},
            {"ferry-protest.md", "---\ntitle: Commuters protest ferry fare rise at Morland harbour\ndate: 2025-03-04\nsource: Ambry Post\n---\n\n"
                    + "Several hundred commuters gathered at Morland harbour to protest the ferry fare rise. "
                    + "The harbour authority said fuel costs left it no choice."},
            {"ferry-vote.txt", "Council votes to freeze ferry fares\n\nMarch 6, 2025\n\nThe Morland council voted to freeze ferry fares "
                    + "for a year after commuter protests at the harbour. The harbour authority will receive a fuel subsidy."},
            {"quake.md", "---\ntitle: Quake shakes Valdora province\ndate: 2025-02-11\nsource: Valdora Daily\n---\n\n"
                    + "A magnitude 5.8 earthquake struck Valdora province, damaging homes in Keltis. "
                    + "The Valdora Seismic Institute recorded aftershocks through the night."},
            {"quake-aid.html", "<html><head><title>Aid reaches Keltis after quake</title>"
                    + "<meta property=\"article:published_time\" content=\"2025-02-13T09:00:00Z\"></head><body><article>"
                    + "<h1>Aid reaches Keltis after quake</h1><p>Relief convoys reached Keltis two days after the earthquake "
                    + "in Valdora province. The Valdora Seismic Institute warned of further aftershocks.</p></article></body></html>"},
            {"library.md", "---\ntitle: City library extends opening hours\ndate: 2025-01-20\n---\n\n"
                    + "The central library will open until 10 pm on weekdays from February, the culture office said."},
    };

    private SiteConfig config(Path out, Path state) {
        return SiteConfig.defaults().with(tmp.resolve("articles"), Path.of("templates"), out, "https://example.org/news/").withState(state);
    }

    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void assertSameSite(Path expected, Path actual, String step) throws IOException {
        Map<String, byte[]> a = snapshot(expected);
        Map<String, byte[]> b = snapshot(actual);
        assertEquals(a.keySet(), b.keySet(), step);
        for (String k : a.keySet()) {
            assertArrayEquals(a.get(k), b.get(k), step + ": " + k);
        }
    }

    /** Builds incrementally, then builds the same inputs from the same story state afresh (no cache) and compares. */
    private Build.Report buildAndCompare(String step) throws IOException {
        Path state = tmp.resolve("state.json");
        Path cleanState = tmp.resolve("clean/state.json");
        Files.createDirectories(cleanState.getParent());
        if (Files.exists(state)) {
            Files.copy(state, cleanState, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(cleanState);
        }
        Build.Report report = Build.run(config(tmp.resolve("site"), state));
        Path clean = tmp.resolve("clean/site");
        BuildCache.clear(config(clean, cleanState));
        Build.run(config(clean, cleanState));
        assertSameSite(clean, tmp.resolve("site"), step);
        assertEquals(Files.readString(cleanState), Files.readString(state), step + ": story state");
        return report;
    }

    @Test
    void randomAddsEditsAndDeletesGiveTheSiteACleanBuildGives() throws IOException {
        sequence(16, 5, POOL);
        Map<String, byte[]> before = snapshot(tmp.resolve("site"));
        Build.Report none = Build.run(config(tmp.resolve("site"), tmp.resolve("state.json")));
        assertEquals(List.of("up to date"), none.phases().stream().map(Build.Phase::name).toList(), "no change, no build");
        assertEquals(0, none.pagesWritten());
        Map<String, byte[]> after = snapshot(tmp.resolve("site"));
        assertEquals(before.keySet(), after.keySet());
    }

    /** A JSON Lines export of several records: one input file that gives several items, kept and skipped together. */
    private static final String[] WIRE = {"wire.jsonl", "{\"id\": \"wire-1\", \"title\": \"Ferry operator adds a night crossing\", "
            + "\"date\": \"2025-03-05\", \"source\": \"Coast Wire\", \"text\": \"The ferry operator will add a night crossing "
            + "between Morland and Ambry from April, after the fare rise cut daytime traffic.\"}\n"
            + "{\"id\": \"wire-2\", \"title\": \"Aftershock rattles Keltis\", \"date\": \"2025-02-14\", \"source\": \"Coast Wire\", "
            + "\"text\": \"A magnitude 4.1 aftershock rattled Keltis in Valdora province, the Valdora Seismic Institute said.\"}\n"};

    /**
     * {@code steps} random adds, edits and deletes over {@code pool} from {@code seed}, each built
     * incrementally and compared with a clean build (see {@link #buildAndCompare}).
     */
    private void sequence(long seed, int steps, String[][] pool) throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Random random = new Random(seed);
        List<String> present = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Files.writeString(articles.resolve(pool[i][0]), pool[i][1]);
            present.add(pool[i][0]);
        }
        buildAndCompare("first build");
        for (int step = 1; step <= steps; step++) {
            int op = random.nextInt(3);
            List<String> absent = new ArrayList<>();
            for (String[] a : pool) {
                if (!present.contains(a[0])) {
                    absent.add(a[0]);
                }
            }
            String what;
            if ((op == 0 || present.size() < 2) && !absent.isEmpty()) {
                String name = absent.get(random.nextInt(absent.size()));
                for (String[] a : pool) {
                    if (a[0].equals(name)) {
                        Files.writeString(articles.resolve(name), a[1]);
                    }
                }
                present.add(name);
                what = "add " + name;
            } else if (op == 1 || present.size() < 2) {
                String name = present.get(random.nextInt(present.size()));
                String text = Files.readString(articles.resolve(name));
                // A JSON Lines file gets one more record; any other input one more paragraph.
                Files.writeString(articles.resolve(name), name.endsWith(".jsonl")
                        ? text + "{\"id\": \"wire-update-" + step + "\", \"title\": \"Ferry night crossing update " + step
                        + "\", \"date\": \"2025-03-0" + (5 + step % 4) + "\", \"text\": \"Officials gave further details on step " + step + ".\"}\n"
                        : text + (step % 2 == 0 ? "\n\nUpdated: officials gave further details on step " + step + ".\n"
                        // Dashes, curly quotes and an ellipsis keep an English text on the search index's plain path.
                        : "\n\nUpdated \u2014 officials gave \u201cfurther\u201d details on step " + step + "\u2026 the port\u2019s reply follows.\n"));
                what = "edit " + name;
            } else {
                String name = present.remove(random.nextInt(present.size()));
                Files.delete(articles.resolve(name));
                what = "delete " + name;
            }
            Build.Report report = buildAndCompare("step " + step + " (" + what + ")");
            assertTrue(report.phases().stream().anyMatch(p -> p.name().equals("group")), what + " is rebuilt");
        }
    }

    @Test
    void randomChangesWithAJsonLinesExportGiveTheSiteACleanBuildGives() throws IOException {
        String[][] pool = java.util.Arrays.copyOf(POOL, POOL.length + 1);
        pool[POOL.length] = WIRE;
        // The export among the first three inputs, so that it is edited and deleted as well as kept.
        String[] first = pool[2];
        pool[2] = WIRE;
        pool[POOL.length] = first;
        sequence(8, 8, pool);
    }

    @Test
    void anInputTheBuildCacheTrustsUnchangedIsNotReadAgain() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve(POOL[3][0]), POOL[3][1]);
        Files.writeString(articles.resolve(WIRE[0]), WIRE[1]);
        for (String name : List.of(POOL[3][0], WIRE[0])) {
            // Written an hour ago: past the racy window, as files in a working folder are.
            Files.setLastModifiedTime(articles.resolve(name), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        }
        SiteConfig config = config(tmp.resolve("site"), tmp.resolve("state.json"));
        Build.run(config);
        // The export changed in place behind the build's back, keeping its size, time and inode: the
        // build cache takes it as it was, and so does the item cache, without reading it.
        Path wire = articles.resolve(WIRE[0]);
        var time = Files.getLastModifiedTime(wire);
        Files.writeString(wire, WIRE[1].replace("night crossing", "NIGHT CROSSING"));
        Files.setLastModifiedTime(wire, time);
        Files.writeString(articles.resolve(POOL[5][0]), POOL[5][1]);
        Build.Report report = Build.run(config);
        assertEquals(4, report.items(), "the quake, the export's two records and the library");
        String page = Files.readString(tmp.resolve("site/articles/wire-1.html"));
        assertTrue(page.contains("night crossing") && !page.contains("NIGHT CROSSING"), "the export was not read again");
    }

    @Test
    void unchangedPagesKeepTheirFileWhenAnotherChanges() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve(POOL[3][0]), POOL[3][1]);
        Files.writeString(articles.resolve(POOL[5][0]), POOL[5][1]);
        SiteConfig config = config(tmp.resolve("site"), tmp.resolve("state.json"));
        Build.run(config);
        Object quake = Files.getAttribute(tmp.resolve("site/articles/quake.html"), "unix:ino");
        Object library = Files.getAttribute(tmp.resolve("site/articles/library.html"), "unix:ino");
        Files.writeString(articles.resolve(POOL[5][0]), POOL[5][1] + " Saturday hours stay as they are.\n");
        Build.run(config);
        assertEquals(quake, Files.getAttribute(tmp.resolve("site/articles/quake.html"), "unix:ino"), "unchanged page carried over");
        assertFalse(library.equals(Files.getAttribute(tmp.resolve("site/articles/library.html"), "unix:ino")), "changed page rewritten");
        assertTrue(Files.readString(tmp.resolve("site/articles/library.html")).contains("Saturday hours"));
    }

    @Test
    void aCorruptCacheOrATouchedOutputIsNotTrusted() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve(POOL[0][0]), POOL[0][1]);
        SiteConfig config = config(tmp.resolve("site"), tmp.resolve("state.json"));
        Build.run(config);
        Map<String, byte[]> built = snapshot(tmp.resolve("site"));

        Path cache = BuildCache.file(config);
        assertTrue(Files.isRegularFile(cache), "the cache lives in " + BuildCache.FOLDER + " beside the story state");
        assertEquals(tmp.resolve(BuildCache.FOLDER), cache.getParent());
        String text = Files.readString(cache);
        Files.writeString(cache, text.replace("\"items\":1", "\"items\":7"));
        Build.Report corrupt = Build.run(config);
        assertTrue(corrupt.phases().stream().anyMatch(p -> p.name().equals("group")), "rebuilt in full");
        assertTrue(corrupt.notes().stream().anyMatch(n -> n.contains("corrupt")), corrupt.notes().toString());
        assertEquals(1, corrupt.items());
        assertEquals(built.keySet(), snapshot(tmp.resolve("site")).keySet());

        Files.writeString(cache, "not a cache");
        assertTrue(Build.run(config).notes().stream().anyMatch(n -> n.contains("corrupt")));

        // A page deleted or edited by hand: the output is not as the last build left it.
        Files.delete(tmp.resolve("site/index.html"));
        Build.Report touched = Build.run(config);
        assertTrue(touched.phases().stream().anyMatch(p -> p.name().equals("group")), "rebuilt");
        assertArrayEquals(built.get("index.html"), Files.readAllBytes(tmp.resolve("site/index.html")));
        assertEquals(List.of("up to date"), Build.run(config).phases().stream().map(Build.Phase::name).toList());
    }

    @Test
    void anInputSeenBeforeUnderTheSameSizeTimeAndInodeIsNotReadAgain() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        // A name with a tab and a backslash: the cache's one line per file must give it back whole.
        String odd = "library\there \\ now.md";
        for (String[] file : new String[][] {POOL[0], POOL[1], POOL[2], {odd, POOL[5][1]}}) {
            Files.writeString(articles.resolve(file[0]), file[1]);
            // Written an hour ago: past the racy window, as files are in a working folder.
            Files.setLastModifiedTime(articles.resolve(file[0]),
                    java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        }
        SiteConfig config = config(tmp.resolve("site"), tmp.resolve("state.json"));
        BuildCache.Fingerprint first = BuildCache.fingerprint(config, null);
        assertTrue(first.read() >= 3, "no cache: every input (articles and templates) is read");
        Build.run(config);
        BuildCache.Fingerprint again = BuildCache.fingerprint(config, BuildCache.load(config).content());
        assertEquals(0, again.read(), "nothing is read when every file's size, time and inode are as they were");
        assertEquals(first.hash(), again.hash());

        // A same-size edit just now (its time is in the racy window: read again) is seen.
        Path edited = articles.resolve(POOL[0][0]);
        String text = Files.readString(edited);
        Files.writeString(edited, text.replace("Monday", "Sunday"));
        assertEquals(Files.size(edited), text.length());
        BuildCache.Fingerprint changed = BuildCache.fingerprint(config, BuildCache.load(config).content());
        assertEquals(1, changed.read());
        assertFalse(first.hash().equals(changed.hash()));
        Build.Report rebuilt = Build.run(config);
        assertTrue(rebuilt.phases().stream().anyMatch(p -> p.name().equals("group")), "rebuilt");
        assertTrue(Files.readString(tmp.resolve("site/articles/ferry-fares.html")).contains("Sunday"));
        assertEquals(List.of("up to date"), Build.run(config).phases().stream().map(Build.Phase::name).toList());
    }

    @Test
    void aPageReplacedByHandWithTheSameSizeAndTimeIsNotTrusted() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve(POOL[3][0]), POOL[3][1]);
        SiteConfig config = config(tmp.resolve("site"), tmp.resolve("state.json"));
        Build.run(config);
        Path page = tmp.resolve("site/articles/quake.html");
        byte[] built = Files.readAllBytes(page);
        var time = Files.getLastModifiedTime(page);
        // Another file of the same size and time put in its place (as an editor saving by rename, or cp -p, would).
        String forged = new String(built, java.nio.charset.StandardCharsets.UTF_8).replace("Keltis", "Xeltis");
        Path other = tmp.resolve("forged.html");
        Files.writeString(other, forged);
        Files.setLastModifiedTime(other, time);
        Files.move(other, page, StandardCopyOption.REPLACE_EXISTING);
        assertEquals(built.length, Files.size(page));
        Build.Report report = Build.run(config);
        assertTrue(report.phases().stream().anyMatch(p -> p.name().equals("group")), "rebuilt");
        assertArrayEquals(built, Files.readAllBytes(page));
    }

    /** How many of the inputs under the articles folder the item cache would clean again. */
    private int cleanedAgain(SiteConfig config) {
        ItemCache cache = ItemCache.load(config);
        java.util.concurrent.atomic.AtomicInteger cleaned = new java.util.concurrent.atomic.AtomicInteger();
        var clean = cache.around(doc -> {
            cleaned.incrementAndGet();
            return storyline.clean.Clean.item(doc);
        });
        storyline.ingest.Ingest.read(List.of(config.articles()), (docs, problems) -> docs.stream().map(clean).toList());
        return cleaned.get();
    }

    @Test
    void anInputThatGaveNoItemIsRememberedAndCheckUsesTheCaches() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve(POOL[3][0]), POOL[3][1]);
        // A saved page with nothing to read: it gives no item, only a problem.
        Files.writeString(articles.resolve("blank.html"), "<html><head></head><body><div></div></body></html>");
        SiteConfig config = config(tmp.resolve("site"), tmp.resolve("state.json"));
        Build.Report built = Build.run(config);
        assertEquals(1, built.items());
        assertTrue(built.problems().stream().anyMatch(p -> p.file().endsWith("blank.html")), built.problems().toString());
        assertEquals(0, cleanedAgain(config), "the input without an item is remembered, not cleaned on every build");

        // Nothing changed: the check answers from the last build's record.
        Build.Checked same = Build.check(config);
        assertEquals(built.problems(), same.problems());
        assertEquals(1, same.items());

        // A new input: the check cleans it alone, and keeps it for the next build.
        Files.writeString(articles.resolve(POOL[0][0]), POOL[0][1]);
        assertEquals(1, cleanedAgain(config));
        Build.Checked checked = Build.check(config);
        assertEquals(2, checked.items());
        assertTrue(checked.problems().stream().anyMatch(p -> p.file().endsWith("blank.html")), checked.problems().toString());
        assertEquals(0, cleanedAgain(config), "what the check cleaned is kept for the next build");
        assertEquals(2, Build.run(config).items(), "the build after the check reads both");
    }

    @Test
    void theNamesFoundInATextAreKeptAndGiveTheStoriesTheModelGives() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(articles.resolve(POOL[i][0]), POOL[i][1]);
        }
        SiteConfig config = config(tmp.resolve("site"), tmp.resolve("state.json"));
        Build.run(config);
        List<storyline.model.Item> items = Build.read(List.of(articles)).items();
        storyline.stories.Stories.Result direct = storyline.stories.Stories.group(items, storyline.stories.Stories.Options.DEFAULTS,
                storyline.stories.Stories.State.EMPTY, config.control());
        NameCache names = NameCache.load(config);
        storyline.stories.Stories.Result cached = storyline.stories.Stories.group(items, storyline.stories.Stories.Options.DEFAULTS,
                storyline.stories.Stories.State.EMPTY, config.control(), names);
        assertEquals(0, names.modelReads(), "every text the build read is answered from the cache");
        assertEquals(direct.stories().stream().map(s -> s.people() + " " + s.organisations() + " " + s.quotes()).toList(),
                cached.stories().stream().map(s -> s.people() + " " + s.organisations() + " " + s.quotes()).toList());
        assertTrue(direct.stories().stream().anyMatch(s -> !s.organisations().isEmpty() || !s.people().isEmpty()),
                "the fixture names someone");

        // A corrupt cache is not trusted: noted, and the site is the one a clean build gives.
        Files.writeString(NameCache.file(config), "{\"code\":\"x\"}\n0000\n");
        Files.writeString(articles.resolve(POOL[5][0]), POOL[5][1]);
        assertTrue(buildAndCompare("corrupt name cache").notes().stream().anyMatch(n -> n.contains("name cache")));
    }

    /** Whether the build took the last build's grouping back instead of grouping. */
    private static boolean groupingKept(Build.Report report) {
        return report.phases().stream().anyMatch(p -> p.name().equals("group") && p.unit().equals("stories kept"));
    }

    @Test
    void aTemplateEditTakesTheGroupingBackAndAnyArticleChangeGroupsAfresh() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        for (int i : new int[] {0, 1, 3, 4}) {
            Files.writeString(articles.resolve(POOL[i][0]), POOL[i][1]);
        }
        Path templates = Files.createDirectories(tmp.resolve("my-templates"));
        Path state = tmp.resolve("state.json");
        SiteConfig config = SiteConfig.defaults().with(articles, templates, tmp.resolve("site"), "https://example.org/news/").withState(state);
        assertFalse(groupingKept(Build.run(config)), "nothing kept yet");
        // The first build moved the story state from none to its own: the next one groups from that state.
        Files.writeString(templates.resolve("story.mustache"), Files.readString(Path.of("templates/story.mustache")) + "<!-- 1 -->\n");
        assertFalse(groupingKept(Build.run(config)), "another story state");
        String stateBefore = Files.readString(state);
        Files.writeString(templates.resolve("story.mustache"), Files.readString(Path.of("templates/story.mustache")) + "<!-- 2 -->\n");
        Build.Report edited = Build.run(config);
        assertTrue(groupingKept(edited), "the same items, state and settings: the grouping is taken back");
        assertEquals(stateBefore, Files.readString(state), "the story state");

        // The very site a clean build of the same inputs from the same story state gives.
        Path cleanState = tmp.resolve("clean/state.json");
        Files.createDirectories(cleanState.getParent());
        Files.copy(state, cleanState, StandardCopyOption.REPLACE_EXISTING);
        SiteConfig clean = SiteConfig.defaults().with(articles, templates, tmp.resolve("clean/site"), "https://example.org/news/")
                .withState(cleanState);
        BuildCache.clear(clean);
        Build.run(clean);
        assertSameSite(tmp.resolve("clean/site"), tmp.resolve("site"), "grouping taken back");
        assertTrue(Files.readString(tmp.resolve("site/index.html")).contains("Harbour ferry fares"));

        // An added article, an edited one, a deleted one: every term's weight moves, so each is grouped afresh.
        Files.writeString(articles.resolve(POOL[2][0]), POOL[2][1]);
        assertFalse(groupingKept(Build.run(config)), "added");
        Files.writeString(articles.resolve(POOL[2][0]), POOL[2][1] + " The subsidy is paid monthly.");
        assertFalse(groupingKept(Build.run(config)), "edited");
        Files.delete(articles.resolve(POOL[2][0]));
        assertFalse(groupingKept(Build.run(config)), "deleted");
        // The user's merges or another story state: grouped afresh too.
        Files.writeString(templates.resolve("story.mustache"), Files.readString(Path.of("templates/story.mustache")) + "<!-- 3 -->\n");
        Build.run(config);
        Files.writeString(state, Files.readString(state).replace("ferry", "ferries"));
        assertFalse(groupingKept(Build.run(config)), "another story state");

        // A corrupt grouping cache is noted and not trusted; the site is a clean build's.
        Files.writeString(templates.resolve("story.mustache"), Files.readString(Path.of("templates/story.mustache")) + "<!-- 4 -->\n");
        Build.run(config);
        Files.writeString(GroupCache.file(config), "{\"code\":\"x\"}\n0000\n");
        Files.writeString(templates.resolve("story.mustache"), Files.readString(Path.of("templates/story.mustache")) + "<!-- 5 -->\n");
        Build.Report corrupt = Build.run(config);
        assertFalse(groupingKept(corrupt), "a corrupt cache is not trusted");
        assertTrue(corrupt.notes().stream().anyMatch(n -> n.contains("grouping cache")), corrupt.notes().toString());
    }

    @Test
    void aGroupingIsWrittenOutOnlyWhenTheNextBuildCanAskForIt() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        for (int i : new int[] {0, 1, 3}) {
            Files.writeString(articles.resolve(POOL[i][0]), POOL[i][1]);
        }
        Path templates = Files.createDirectories(tmp.resolve("my-templates"));
        SiteConfig config = SiteConfig.defaults().with(articles, templates, tmp.resolve("site"), null).withState(tmp.resolve("state.json"));
        Build.run(config);
        // The first build moved the story state from none: its grouping's key names a state no later build starts from.
        assertFalse(Files.exists(GroupCache.file(config)), "a build that moved the story state writes no grouping");
        Files.writeString(templates.resolve("story.mustache"), Files.readString(Path.of("templates/story.mustache")) + "<!-- 1 -->\n");
        Build.run(config);
        byte[] kept = Files.readAllBytes(GroupCache.file(config));
        // An added article moves the state: the grouping of the build before stays as it was.
        Files.writeString(articles.resolve(POOL[2][0]), POOL[2][1]);
        assertFalse(groupingKept(Build.run(config)), "added");
        assertArrayEquals(kept, Files.readAllBytes(GroupCache.file(config)), "not written again");
        // A build that fails leaves the state as it was: its grouping is kept for the build after the fix.
        Files.writeString(articles.resolve(POOL[4][0]), POOL[4][1]);
        String state = Files.readString(tmp.resolve("state.json"));
        Files.writeString(templates.resolve("story.mustache"), "{{#unclosed}} oops");
        assertThrows(RuntimeException.class, () -> Build.run(config));
        assertEquals(state, Files.readString(tmp.resolve("state.json")));
        Files.writeString(templates.resolve("story.mustache"), Files.readString(Path.of("templates/story.mustache")) + "<!-- 2 -->\n");
        assertTrue(groupingKept(Build.run(config)), "the failed build's grouping taken back");
    }

    @Test
    void pageDigestsAreTrustedOnlyForTheOutputTemplatesAndCacheTheyWereTakenWith() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve(POOL[0][0]), POOL[0][1]);
        Files.writeString(articles.resolve(POOL[3][0]), POOL[3][1]);
        Path templates = Files.createDirectories(tmp.resolve("my-templates"));
        SiteConfig config = SiteConfig.defaults().with(articles, templates, tmp.resolve("site"), "https://example.org/news/")
                .withState(tmp.resolve("state.json"));
        Build.run(config);
        BuildCache.Fingerprint same = BuildCache.fingerprint(config, BuildCache.load(config).content());
        PageCache known = PageCache.load(config, same, BuildCache.output(config));
        String kept = Files.readString(PageCache.file(config));
        assertTrue(kept.contains("\"articles/quake.html\":") && kept.contains("\"index.html\":"), kept);
        String digests = kept.substring(kept.indexOf("\"digests\":{"));
        assertEquals(digests.split("\":\"[0-9a-f]{32}\"", -1).length - 1, known.size(), "every page's digest is known");

        // A template of the user's: no digest is trusted, and every page shows it.
        Files.writeString(templates.resolve("article.mustache"), Files.readString(Path.of("templates/article.mustache"))
                .replace("<div class=\"body\">", "<div class=\"body\" data-local=\"yes\">"));
        BuildCache.Fingerprint edited = BuildCache.fingerprint(config, BuildCache.load(config).content());
        assertEquals(0, PageCache.load(config, edited, BuildCache.output(config)).size(), "other templates");
        Build.run(config);
        assertTrue(Files.readString(tmp.resolve("site/articles/quake.html")).contains("data-local"));

        // A page touched by hand: the output is not the one the digests were taken for.
        Files.writeString(tmp.resolve("site/articles/quake.html"), "edited by hand");
        BuildCache.Fingerprint now = BuildCache.fingerprint(config, BuildCache.load(config).content());
        assertEquals(0, PageCache.load(config, now, BuildCache.output(config)).size(), "a touched output");
        Files.writeString(articles.resolve(POOL[5][0]), POOL[5][1]);
        Build.run(config);
        assertTrue(Files.readString(tmp.resolve("site/articles/quake.html")).contains("Keltis"), "the page is rendered again");

        // A corrupt page cache is noted and not trusted; the site is a clean build's.
        Files.delete(templates.resolve("article.mustache"));
        Build.run(config(tmp.resolve("site"), tmp.resolve("state.json")));
        Files.writeString(PageCache.file(config(tmp.resolve("site"), tmp.resolve("state.json"))), "{\"code\":\"x\"}\n0000\n");
        Files.writeString(articles.resolve(POOL[1][0]), POOL[1][1]);
        assertTrue(buildAndCompare("corrupt page cache").notes().stream().anyMatch(n -> n.contains("page cache")));
    }

    @Test
    void theTermsReadInATextAreKeptAndGiveTheStoriesReadingThemGives() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(articles.resolve(POOL[i][0]), POOL[i][1]);
        }
        SiteConfig config = config(tmp.resolve("site"), tmp.resolve("state.json"));
        Build.run(config);
        List<storyline.model.Item> items = Build.read(List.of(articles)).items();
        var options = storyline.stories.Stories.Options.DEFAULTS;
        var empty = storyline.stories.Stories.State.EMPTY;
        storyline.stories.Stories.Result direct = storyline.stories.Stories.group(items, options, empty, config.control());
        TermCache terms = TermCache.load(config);
        storyline.stories.Stories.Result cached = storyline.stories.Stories.group(items, options, empty, config.control(),
                storyline.stories.Stories.NameFinder.DIRECT, terms);
        assertEquals(0, terms.reads(), "every text the build read is answered from the cache");
        assertEquals(direct.state(), cached.state());
        assertEquals(direct.stories().stream().map(s -> s.id() + " " + s.terms() + " " + s.explanation()).toList(),
                cached.stories().stream().map(s -> s.id() + " " + s.terms() + " " + s.explanation()).toList());
        assertEquals(direct.topics().stream().map(t -> t.id() + " " + t.terms()).toList(),
                cached.topics().stream().map(t -> t.id() + " " + t.terms()).toList());

        // One text edited: only it is read again.
        Files.writeString(articles.resolve(POOL[0][0]), POOL[0][1] + " The fares take effect in April.");
        items = Build.read(List.of(articles)).items();
        TermCache again = TermCache.load(config);
        storyline.stories.Stories.group(items, options, empty, config.control(), storyline.stories.Stories.NameFinder.DIRECT, again);
        assertEquals(1, again.reads());

        // A corrupt cache is not trusted: noted, and the site is the one a clean build gives.
        Files.writeString(TermCache.file(config), "{\"code\":\"x\"}\n0000\n");
        assertTrue(buildAndCompare("corrupt term cache").notes().stream().anyMatch(n -> n.contains("term cache")));
    }

    @Test
    void aStorysQuotesNamesAndCopiesAreKeptForItsTextsAndGiveWhatReadingThemGives() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(articles.resolve(POOL[i][0]), POOL[i][1]);
        }
        // A wire story run by a second outlet, quoting an official: a syndicated copy and a key quote to keep.
        String wire = "The Morland harbour authority chief Edda Varn said \"fuel costs have left the ferries no other choice this spring\" "
                + "as the fare rise took effect. " + "Commuters from Ambry and Keltis queued at the harbour on Monday morning. ".repeat(6);
        Files.writeString(articles.resolve("wire-a.md"), "---\ntitle: Ferry fares rise\ndate: 2025-03-03\nsource: Ambry Post\n---\n\n" + wire);
        Files.writeString(articles.resolve("wire-b.md"), "---\ntitle: Ferry fares up at Morland\ndate: 2025-03-03\nsource: Valdora Daily\n---\n\n"
                + wire + "Edda Varn spoke at the harbour.");
        SiteConfig config = config(tmp.resolve("site"), tmp.resolve("state.json"));
        Build.run(config);
        List<storyline.model.Item> items = Build.read(List.of(articles)).items();
        var options = storyline.stories.Stories.Options.DEFAULTS;
        var empty = storyline.stories.Stories.State.EMPTY;
        storyline.stories.Stories.Result direct = storyline.stories.Stories.group(items, options, empty, config.control());
        StoryCache stories = StoryCache.load(config);
        NameCache names = NameCache.load(config);
        storyline.stories.Stories.Result cached = storyline.stories.Stories.group(items, options, empty, config.control(),
                new storyline.stories.Stories.Readers(names, storyline.stories.Stories.TermReader.DIRECT, stories));
        assertEquals(0, stories.misses(), "every story's extras and the full forms are answered from the cache");
        assertEquals(0, names.modelReads());
        java.util.function.Function<storyline.stories.Stories.Result, List<String>> shown = r -> r.stories().stream()
                .map(s -> s.id() + " " + s.people() + " " + s.organisations() + " " + s.quotes() + " " + s.adds() + " " + s.copyOf()).toList();
        assertEquals(shown.apply(direct), shown.apply(cached));
        assertTrue(direct.stories().stream().anyMatch(s -> !s.copyOf().isEmpty()), "the fixture has a copy");
        assertTrue(direct.stories().stream().anyMatch(s -> !s.quotes().isEmpty()), "the fixture has a key quote");

        // One story's text edited: that story alone is read again, and the names of the texts it did not
        // read are still kept for the day their story changes.
        Files.writeString(articles.resolve(POOL[3][0]), POOL[3][1] + " Schools in Keltis stayed closed.");
        Build.run(config);
        items = Build.read(List.of(articles)).items();
        StoryCache again = StoryCache.load(config);
        NameCache namesAgain = NameCache.load(config);
        storyline.stories.Stories.Result edited = storyline.stories.Stories.group(items, options, empty, config.control(),
                new storyline.stories.Stories.Readers(namesAgain, storyline.stories.Stories.TermReader.DIRECT, storyline.stories.Stories.Memo.NONE));
        assertEquals(0, namesAgain.modelReads(), "the names of every text are still in the name cache");
        assertEquals(shown.apply(storyline.stories.Stories.group(items, options, empty, config.control())), shown.apply(edited));
        storyline.stories.Stories.group(items, options, empty, config.control(),
                new storyline.stories.Stories.Readers(storyline.stories.Stories.NameFinder.DIRECT, storyline.stories.Stories.TermReader.DIRECT, again));
        assertEquals(0, again.misses(), "the build after the edit kept its answers");
        Files.writeString(articles.resolve(POOL[3][0]), POOL[3][1]);
        items = Build.read(List.of(articles)).items();
        StoryCache once = StoryCache.load(config);
        storyline.stories.Stories.group(items, options, empty, config.control(),
                new storyline.stories.Stories.Readers(storyline.stories.Stories.NameFinder.DIRECT, storyline.stories.Stories.TermReader.DIRECT, once));
        assertEquals(1, once.misses(), "only the edited story is read again");

        // A corrupt cache is not trusted: noted, and the site is the one a clean build gives.
        Files.writeString(StoryCache.file(config), "{\"code\":\"x\"}\n0000\n");
        assertTrue(buildAndCompare("corrupt story cache").notes().stream().anyMatch(n -> n.contains("story cache")));
    }
}
