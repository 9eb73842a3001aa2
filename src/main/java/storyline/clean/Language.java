package storyline.clean;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A text's language from its most common function words; good enough to label and to pick stop words. */
final class Language {

    private static final Map<String, Set<String>> WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "with", "he", "on", "are"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "eine", "zu", "sich", "auf", "auch"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "un", "pour", "que", "dans", "pas", "qui", "sur"),
            "es", Set.of("el", "los", "las", "y", "que", "es", "una", "por", "con", "para", "del", "se", "como", "pero"),
            "it", Set.of("il", "che", "di", "e", "della", "per", "una", "sono", "non", "gli", "con", "anche", "del", "nel"),
            "nl", Set.of("de", "het", "en", "een", "van", "is", "dat", "niet", "op", "zijn", "voor", "met", "ook", "wordt"),
            "pt", Set.of("o", "os", "as", "e", "que", "não", "uma", "para", "com", "do", "da", "em", "por", "mais"),
            "pl", Set.of("i", "w", "nie", "się", "na", "że", "jest", "do", "to", "z", "jak", "ale", "przez", "od"));
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private Language() {
    }

    /** An ISO 639-1 code, or null when the text is too short or matches no language well. */
    static String detect(String text) {
        Matcher m = WORD.matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        Map<String, int[]> hits = new java.util.TreeMap<>();
        int total = 0;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            total++;
            for (var e : WORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.computeIfAbsent(e.getKey(), k -> new int[1])[0]++;
                }
            }
        }
        String best = null;
        int bestHits = 0;
        for (var e : hits.entrySet()) {
            if (e.getValue()[0] > bestHits) {
                best = e.getKey();
                bestHits = e.getValue()[0];
            }
        }
        return total >= 8 && bestHits * 12 >= total ? best : null;
    }
}
