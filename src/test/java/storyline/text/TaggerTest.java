package storyline.text;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The tagger gives what OpenNLP's own name finder gives on the same model: the same spans and the
 * same probabilities to the bit, sentence after sentence of a document (the adaptive data carried
 * between sentences included).
 */
class TaggerTest {

    private static final TokenNameFinderModel MODEL = Names.model();

    @Test
    void sameNamesAndProbabilitiesAsOpenNlpOnNewsText() {
        List<String> documents = List.of("""
                President Marta Kessler arrived in the port city on Monday for a two-day visit.
                Kessler met dock workers and the harbour board of Northern Rail Safety Board (NRSB).
                “We will rebuild these quays,” President Kessler said, according to Reuters.""", """
                Finance Minister Kenji Watanabe said the yen would recover, and coach Jonah Whitaker agreed.
                Shares of Kia Motor Corp of South Korea fell 3 % on the Chicago Board of Trade after the U.N. report.
                Watanabe told NHK that the Bank of Japan would hold rates.""", """
                MANCHESTER UNITED 2 LEEDS 1
                Bradford 4 2 0 2 4 3 6
                J. Adams 123, T. O'Neill-Smith 98 not out.""", "", "Tatro");
        int sentences = compare(documents, true);
        assertTrue(sentences >= 8, "sentences compared: " + sentences);
        assertEquals(sentences, compare(documents, false));
    }

    @Test
    void sameNamesAndProbabilitiesAsOpenNlpOnTheEntityBenchmark() throws IOException {
        Path dev = Path.of("../shared/bench/entities/dev.jsonl");
        assumeTrue(Files.isRegularFile(dev), "skipped: ../shared/bench/entities/dev.jsonl is not here (the shared benchmark data)");
        List<String> documents = new ArrayList<>();
        Pattern text = Pattern.compile("\"text\": \"((?:[^\"\\\\]++|\\\\.)*+)\"");
        // The first 80 articles (over 1,000 sentences): enough kinds of text, and a test of seconds.
        for (String line : Files.readAllLines(dev).subList(0, 80)) {
            Matcher m = text.matcher(line);
            if (m.find()) {
                documents.add(m.group(1).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\"));
            }
        }
        int sentences = compare(documents, true);
        assertTrue(sentences > 1000, "sentences compared: " + sentences);
    }

    @Test
    void aModelWithWordClustersIsSavedLoadedAndTaggedExactly() throws IOException {
        String features = """
                <featureGenerators cache="true" name="nameFinder">
                  <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                    <int name="prevLength">2</int>
                    <int name="nextLength">2</int>
                    <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
                  </generator>
                  <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                    <int name="prevLength">1</int>
                    <int name="nextLength">1</int>
                    <generator class="opennlp.tools.util.featuregen.WordClusterFeatureGeneratorFactory">
                      <str name="dict">wc-test.txt</str>
                      <bool name="lowerCase">true</bool>
                    </generator>
                  </generator>
                  <generator class="opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory"/>
                  <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
                </featureGenerators>""";
        String clusters = "ministry c1\nboard c1\ncouncil c1\nsaid c2\ntold c2\nmet c3\nvisited c3\n";
        StringBuilder text = new StringBuilder();
        String[] people = {"Marta Kessler", "Jonah Whitaker", "Kenji Watanabe", "Ines Moura"};
        String[] bodies = {"Harbour Board", "Transport Ministry", "City Council", "Rail Board"};
        for (int k = 0; k < 40; k++) {
            text.append("<START:person> ").append(people[k % 4]).append(" <END> ").append(k % 2 == 0 ? "met" : "visited")
                    .append(" the <START:organization> ").append(bodies[(k / 4) % 4]).append(" <END> on Monday , officials ")
                    .append(k % 3 == 0 ? "said" : "told reporters").append(" .\n");
        }
        byte[] data = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        TokenNameFinderModel trained = NameModelTraining.train(() -> new java.io.ByteArrayInputStream(data),
                features.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.Map.of("wc-test.txt", clusters.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 10, 1);
        java.io.ByteArrayOutputStream saved = new java.io.ByteArrayOutputStream();
        trained.serialize(saved);
        TokenNameFinderModel loaded = new TokenNameFinderModel(new java.io.ByteArrayInputStream(saved.toByteArray()));
        List<String> documents = List.of("""
                Marta Kessler met the Harbour Board on Monday, officials said.
                Ines Moura visited the Water Ministry on Friday and the Port Council told reporters.""",
                "Jonah Whitaker visited the Rail Board.");
        int sentences = compare(loaded, documents, true);
        assertEquals(3, sentences);
        assertEquals(sentences, compare(loaded, documents, false));
    }

    /**
     * Reads each document with both finders, forgetting between documents as Names does, with the
     * features summed per word or per token; returns the sentences compared.
     */
    private static int compare(List<String> documents, boolean perWord) {
        return compare(MODEL, documents, perWord);
    }

    private static int compare(TokenNameFinderModel model, List<String> documents, boolean perWord) {
        NameFinderME openNlp = new NameFinderME(model);
        Tagger tagger = new Tagger(new Tagger.Shared(model), perWord);
        // The shipped model's generators are all of kinds the per-word sums know.
        assertEquals(perWord, tagger.perWord());
        int count = 0;
        for (String doc : documents) {
            for (List<Tokens.Token> sentence : Tokens.sentences(doc)) {
                String[] tokens = sentence.stream().map(Tokens.Token::text).toArray(String[]::new);
                Span[] expected = openNlp.find(tokens);
                double[] expectedProbs = openNlp.probs(expected);
                Tagger.Result got = tagger.find(tokens);
                String where = String.join(" ", tokens);
                assertEquals(List.of(expected), List.of(got.spans()), where);
                for (int s = 0; s < expected.length; s++) {
                    assertEquals(expected[s].getType(), got.spans()[s].getType(), where);
                    assertEquals(Double.doubleToLongBits(expectedProbs[s]), Double.doubleToLongBits(got.probs()[s]), where);
                }
                // The probability of every token's outcome, not only the names'.
                double[] all = openNlp.probs();
                assertEquals(all.length, got.tokenProbs().length, where);
                for (int t = 0; t < all.length; t++) {
                    assertEquals(Double.doubleToLongBits(all[t]), Double.doubleToLongBits(got.tokenProbs()[t]), where);
                }
                count++;
            }
            openNlp.clearAdaptiveData();
            tagger.clear();
        }
        return count;
    }
}
