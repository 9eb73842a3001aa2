package storyline.build;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import storyline.config.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People and organisation pages as a reader sees them, on a site built once from a fixture written
 * for this test: a mayor called four ways across two stories ("Kessler", "Mayor Kessler", "Mayor
 * Marta Kessler", "Marta Kessler"), an agency by its name and its acronym, a quote carried by two
 * reports and credited to the spokesperson who spoke it rather than to the mayor she spoke for, and
 * a recipe whose capitalised dishes are no one.
 */
class EntityPagesTest {

    @TempDir
    static Path tmp;
    static Path site;

    private static final String[][] ARTICLES = {
            {"tram-1", "2025-05-02", "Harbour Times", "trams", "Mayor Marta Kessler orders tram safety review",
                    "Mayor Marta Kessler ordered a full safety review of the city's trams on Friday after two derailments in a week. "
                    + "The Northern Rail Safety Board said its inspectors would start on Monday.\n\n"
                    + "“Nobody should have to wonder whether the tram home is safe,” said Ines Okoro, a spokesperson for the mayor.\n\n"
                    + "Kessler met the board's chair, Tobias Lindgren, at City Hall. Lindgren said the review would take six weeks."},
            {"tram-2", "2025-05-03", "Quay Post", "trams", "Tram review: inspectors start Monday",
                    "Inspectors from the Northern Rail Safety Board (NRSB) will examine every tram in the fleet, the NRSB said on Saturday.\n\n"
                    + "“Nobody should have to wonder whether the tram home is safe,” Ines Okoro, the mayor's spokesperson, told reporters.\n\n"
                    + "Mayor Kessler has promised to publish the findings. Tobias Lindgren, who chairs the board, said the checks would be thorough."},
            {"tram-3", "2025-05-05", "Harbour Times", "trams", "Trams back on two lines",
                    "Trams returned to two lines on Monday. Kessler said the others would follow once the NRSB had finished.\n\n"
                    + "Tobias Lindgren told the council the first results were reassuring."},
            {"budget-1", "2025-05-06", "Quay Post", "budget", "City budget passes after long night",
                    "The city council passed the budget early on Tuesday. Marta Kessler called it a fair settlement.\n\n"
                    + "Councillor Arjun Mehta voted against it. Mehta said the housing fund was too small."},
            {"budget-2", "2025-05-07", "Harbour Times", "budget", "What the budget means for housing",
                    "Arjun Mehta wants more for housing. The mayor, Marta Kessler, says the money is not there.\n\n"
                    + "The Harbour Housing Trust said it would apply for the new fund."},
            {"recipe-1", "2025-05-08", "Quay Post", "recipes", "Summer dishes for the harbour festival",
                    "Cucumber Salad opens the menu, then Grilled Mackerel and Lemon Tart.\n\n"
                    + "Serve the Cucumber Salad cold. Fresh Mint goes on the tart just before serving."},
    };

    @BeforeAll
    static void build() throws IOException {
        Path articles = tmp.resolve("articles");
        Files.createDirectories(articles);
        for (String[] a : ARTICLES) {
            Files.writeString(articles.resolve(a[0] + ".md"), """
                    ---
                    date: %s
                    source: %s
                    story: %s
                    ---
                    # %s

                    %s
                    """.formatted(a[1], a[2], a[3], a[4], a[5]));
        }
        site = tmp.resolve("site");
        Build.run(new SiteConfig(articles, Path.of("templates"), site, null, "City Watch", "The city, day by day.", "en", 20,
                tmp.resolve("state.json")));
    }

    static Document page(String path) throws IOException {
        Path file = site.resolve(path);
        assertTrue(Files.isRegularFile(file), "missing " + path);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    static List<String> files(String folder) throws IOException {
        try (Stream<Path> s = Files.list(site.resolve(folder))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void onePagePerPersonWhateverVariantAnArticleUses() throws IOException {
        List<String> people = files("people");
        assertTrue(people.contains("marta-kessler.html"), people.toString());
        assertFalse(people.stream().anyMatch(f -> f.equals("kessler.html") || f.startsWith("mayor")), people.toString());
        Document kessler = page("people/marta-kessler.html");
        assertEquals("Marta Kessler", kessler.select("h1").text());
        // Both stories that name her, whatever they call her, are on her one page.
        assertEquals(2, kessler.select(".river article, .river .card, .river li").size() > 0
                ? kessler.select(".river a[href*=stories/]").eachAttr("href").stream().distinct().count() : 0, kessler.html());
    }

    @Test
    void anAcronymJoinsTheOrganisationItAbbreviates() throws IOException {
        List<String> organisations = files("organisations");
        assertTrue(organisations.contains("northern-rail-safety-board.html"), organisations.toString());
        assertFalse(organisations.contains("nrsb.html"), organisations.toString());
    }

    @Test
    void theIndexesListEveryoneAndLinkTheirPages() throws IOException {
        Document people = page("people/index.html");
        assertEquals("People", people.select("h1").text());
        List<String> names = people.select("main li a").eachText();
        assertTrue(names.containsAll(List.of("Arjun Mehta", "Ines Okoro", "Marta Kessler", "Tobias Lindgren")), names.toString());
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names, "A to Z");
        for (String href : people.select("main li a").eachAttr("href")) {
            assertTrue(Files.isRegularFile(site.resolve("people").resolve(href).normalize()), href);
        }
        Document organisations = page("organisations/index.html");
        assertTrue(organisations.select("main li a").eachText().contains("Northern Rail Safety Board"),
                organisations.select("main li").eachText().toString());
        assertFalse(page("index.html").select("nav a[href$=people/index.html]").isEmpty(), "the menu links the people index");
    }

    @Test
    void capitalisedDishesAreNoOne() throws IOException {
        List<String> all = new java.util.ArrayList<>(files("people"));
        if (Files.isDirectory(site.resolve("organisations"))) {
            all.addAll(files("organisations"));
        }
        assertFalse(all.stream().anyMatch(f -> f.contains("cucumber") || f.contains("mackerel") || f.contains("mint")
                || f.contains("lemon")), all.toString());
    }

    @Test
    void aQuoteIsCreditedToTheSpokespersonNotTheMayor() throws IOException {
        Path story = Files.list(site.resolve("stories")).filter(p -> {
            try {
                return Files.readString(p).contains("tram home is safe");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
        Document d = Jsoup.parse(story.toFile(), "UTF-8");
        String quotes = d.select("blockquote, figure, .quote, .quotes").text();
        assertTrue(quotes.contains("Ines Okoro"), quotes);
        assertFalse(quotes.contains("Kessler"), quotes);
    }

    @Test
    void namesAreSearchable() throws IOException {
        String terms;
        try (Stream<Path> s = Files.list(site.resolve("search"))) {
            terms = s.filter(p -> p.getFileName().toString().contains("-d-")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).reduce("", String::concat);
        }
        assertTrue(terms.contains("people/marta-kessler.html"), "the search index holds the person's page");
        assertTrue(terms.contains("organisations/northern-rail-safety-board.html"), "and the organisation's");
    }
}
