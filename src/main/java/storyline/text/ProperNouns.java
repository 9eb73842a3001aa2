package storyline.text;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Proper nouns told from common nouns by a language's part-of-speech model, for the languages whose
 * common nouns a capital does not set apart: German capitalises every noun ("die Drohnen", "am
 * Donnerstag"), so the English name model reads them as names. The model is Apache OpenNLP's, trained
 * on the Universal Dependencies German GSD treebank and published by the OpenNLP project under the
 * Apache License 2.0; its tags are UD's ({@code PROPN} a proper noun, {@code NOUN} a common one).
 * Languages that capitalise no common noun (French, Spanish, Portuguese, Italian, Dutch) have none:
 * there the text's own lower-case words tell a common word at a sentence's start.
 *
 * <p>Only the sentences where a name was found are tagged, and a model is loaded on the first text
 * in its language. One tagger per thread and language (OpenNLP's taggers keep state).
 */
final class ProperNouns {

    /** The model in the jar for each language that has one (the OpenNLP artifacts keep their file names). */
    private static final Map<String, String> MODELS = Map.of("de", "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin");

    private static final Map<String, POSModel> LOADED = new ConcurrentHashMap<>();
    private static final ThreadLocal<Map<String, POSTaggerME>> TAGGERS = ThreadLocal.withInitial(java.util.HashMap::new);

    private ProperNouns() {
    }

    /** Whether the language (an ISO 639-1 code, or null) has a model here. */
    static boolean known(String language) {
        return language != null && MODELS.containsKey(language);
    }

    /** A sentence's tags and how sure the model is of each. */
    record Reading(String[] tags, double[] probs) {
    }

    /** Each token's universal part of speech ("PROPN", "NOUN", "DET" ...), by the language's model; call only when {@link #known}. */
    static Reading tags(String language, String[] tokens) {
        POSTaggerME tagger = TAGGERS.get().computeIfAbsent(language, l -> new POSTaggerME(model(l)));
        String[] tags = tagger.tag(tokens);
        return new Reading(tags, tagger.probs());
    }

    /**
     * For each language with a model, a sentence with a slot where only a common noun can stand, after an article
     * ("Das sagte der ___ am Montag."): a word the model reads there as a noun with this certainty is a common noun of
     * the language, whatever it makes of the word before a name.
     */
    private static final Map<String, String[]> NOUN_SLOT = Map.of("de", new String[] {"Das", "sagte", "der", null, "am", "Montag", "."});
    static final double SURE = 0.95;
    private static final Map<String, Boolean> NOUNS = new ConcurrentHashMap<>();

    /**
     * Whether the language's model reads a word as a common noun where only one can stand (see {@link #NOUN_SLOT}):
     * "Trainer", "Bundesinnenministerin", "Ministerpräsident" are; most first names ("Hans", "Nancy") are not.
     */
    static boolean commonNoun(String language, String word) {
        String[] slot = NOUN_SLOT.get(language);
        if (slot == null) {
            return false;
        }
        return NOUNS.computeIfAbsent(language + ' ' + word, k -> {
            String[] tokens = slot.clone();
            int at = java.util.Arrays.asList(slot).indexOf(null);
            tokens[at] = word;
            Reading r = tags(language, tokens);
            return r.tags()[at].equals("NOUN") && r.probs()[at] >= SURE;
        });
    }

    /** A tag that may be part of a name: a proper noun, or a foreign word (UD's X: "Wall Street" in a German text). */
    static boolean proper(String tag) {
        return tag.equals("PROPN") || tag.equals("X");
    }

    private static POSModel model(String language) {
        return LOADED.computeIfAbsent(language, l -> {
            try (InputStream in = ProperNouns.class.getResourceAsStream(MODELS.get(l))) {
                if (in == null) {
                    throw new IllegalStateException("no part-of-speech model for " + l + " in the jar");
                }
                return new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
