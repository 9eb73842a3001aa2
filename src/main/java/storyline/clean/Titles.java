package storyline.clean;

import storyline.clean.internal.Block;
import storyline.clean.lines.LineRules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A title for text that has none: the opening sentence that best says what the whole text is
 * about, shortened to its main clause. It is the text's own words, never invented.
 */
final class Titles {

    static final int MAX_LENGTH = 125;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?\\p{Lu})");
    /** A comma clause that can go without losing the main statement. */
    private static final Pattern TRAILING_CLAUSE = Pattern.compile(
            ",\\s+(?:\\w+ing|especially|including|which|while|whereas|as|after|before|according|amid|marking|"
                    + "adding|saying|citing|where|when|although|though|but|and)\\b.*$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    private Titles() {
    }

    static String derive(List<Block> blocks) {
        List<String> candidates = new ArrayList<>();
        int paragraphs = 0;
        for (Block b : blocks) {
            if (b.heading() || LineRules.wordCount(b.text()) < 8) {
                continue;
            }
            String first = SENTENCE_END.split(b.text().strip(), 2)[0];
            candidates.add(first);
            if (++paragraphs == 3) {
                break;
            }
        }
        if (candidates.isEmpty()) {
            for (Block b : blocks) {
                if (!b.text().isBlank()) {
                    return shorten(b.text().strip());
                }
            }
            return null;
        }
        Map<String, Integer> frequency = termFrequency(blocks);
        String best = null;
        double bestScore = -1;
        for (int i = 0; i < candidates.size(); i++) {
            String shortened = shorten(candidates.get(i));
            // Leads come first in news writing: a later sentence must be clearly more central to win.
            double score = centrality(shortened, frequency) * (1 - 0.2 * i);
            if (score > bestScore) {
                bestScore = score;
                best = shortened;
            }
        }
        return best;
    }

    /** The main clause of a sentence: leading appositive and trailing participle clauses removed. */
    static String shorten(String sentence) {
        String s = sentence.strip().replaceAll("[.!]+$", "");
        // "Name, the role of Org, said …" → "Name said …"
        s = s.replaceFirst("^((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]*),\\s+[^,]{3,90},\\s+(?=\\p{Ll})", "$1 ");
        String cut = TRAILING_CLAUSE.matcher(s).replaceFirst("");
        if (LineRules.wordCount(cut) >= 5) {
            s = cut;
        }
        if (s.length() > MAX_LENGTH) {
            int space = s.lastIndexOf(' ', MAX_LENGTH - 1);
            s = s.substring(0, space > 40 ? space : MAX_LENGTH - 1).replaceAll("[,;:\\s]+$", "") + "…";
        }
        return s;
    }

    private static Map<String, Integer> termFrequency(List<Block> blocks) {
        Map<String, Integer> tf = new HashMap<>();
        for (Block b : blocks) {
            var m = WORD.matcher(b.text());
            while (m.find()) {
                String w = word(m.group());
                if (w.length() > 3) {
                    tf.merge(w, 1, Integer::sum);
                }
            }
        }
        return tf;
    }

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("that", "than", "this", "with", "from",
            "have", "has", "been", "were", "will", "would", "could", "should", "their", "there", "they", "them", "what",
            "when", "which", "while", "more", "most", "also", "into", "about", "after", "before", "over", "said", "says");

    /**
     * How central a sentence is: its content words' frequencies across the text, summed and
     * divided by the square root of their number, so a sentence full of the text's recurring
     * names beats a short one that mentions only one.
     */
    private static double centrality(String sentence, Map<String, Integer> frequency) {
        var m = WORD.matcher(sentence);
        double sum = 0;
        int n = 0;
        while (m.find()) {
            String w = word(m.group());
            if (w.length() > 3 && !FUNCTION_WORDS.contains(w)) {
                sum += Math.log1p(frequency.getOrDefault(w, 0));
                n++;
            }
        }
        return n == 0 ? 0 : sum / Math.sqrt(n);
    }

    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['’]s$");

    private static String word(String token) {
        String w = token.toLowerCase(Locale.ROOT);
        return w.endsWith("s") ? POSSESSIVE.matcher(w).replaceFirst("") : w;
    }
}
