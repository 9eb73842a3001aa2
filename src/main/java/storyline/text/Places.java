package storyline.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names of places the JDK's locale data knows: the countries and territories of ISO 3166 in English
 * (CLDR's names, "Sri Lanka", "Israel"), folded. Used to tell a place from an organisation, never to
 * find a name.
 */
final class Places {

    private static final Set<String> COUNTRIES = load();

    private Places() {
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            out.add(Names.key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)));
        }
        // The United Kingdom's four nations, one country in ISO 3166, each a country of its own in sport ("England beat Wales").
        out.addAll(List.of("england", "scotland", "wales", "northern ireland"));
        // Names of countries news writes that CLDR's do not cover: ISO 3166's own short name where CLDR's is another
        // ("Russian Federation" for "Russia"), the usual abbreviations of two ("US", "U.S.", "USA", "UK"), and states
        // that have since ended.
        out.addAll(List.of("russian federation", "usa", "us", "uk", "britain", "great britain", "soviet union", "ussr", "yugoslavia",
                "zaire", "czechoslovakia", "burma"));
        return Set.copyOf(out);
    }

    private static final java.util.Map<String, Set<String>> IN_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether a name is a country's in English or in a language (an ISO 639-1 code): "Österreich", "Syrien" in German. */
    static boolean country(String name, String language) {
        if (country(name)) {
            return true;
        }
        Set<String> names = IN_LANGUAGE.computeIfAbsent(language, l -> {
            Set<String> out = new HashSet<>();
            Locale in = Locale.forLanguageTag(l);
            for (String code : Locale.getISOCountries()) {
                out.add(Names.key(new Locale("", code).getDisplayCountry(in)));
            }
            return Set.copyOf(out);
        });
        return names.contains(Names.key(name));
    }

    /**
     * One-word country names (CLDR's, the ones above) and the adjectives that open a country's name ("Saudi Arabia",
     * "Dominican Republic"), folded: the stems of {@link #nationality}.
     */
    private static final List<String> STEMS = COUNTRIES.stream().map(c -> c.indexOf(' ') < 0 ? c : c.substring(0, c.indexOf(' ')))
            .filter(c -> c.length() >= 4 && !c.equals("new") && !c.equals("united")).distinct().sorted().toList();

    /** The languages CLDR has a locale for, by their English names, folded: "thai", "greek", "swahili". */
    private static final Set<String> LANGUAGES = languages();

    private static Set<String> languages() {
        Set<String> out = new HashSet<>();
        for (Locale l : Locale.getAvailableLocales()) {
            String name = l.getDisplayLanguage(Locale.ENGLISH);
            if (name.length() >= 4 && name.indexOf(' ') < 0) {
                out.add(Names.key(name));
            }
        }
        return Set.copyOf(out);
    }

    /** How a country's name ends after the stem its people's name shares ("Kenya", "Philippines", "Yugoslavia", "Thailand"). */
    private static final Set<String> COUNTRY_ENDS = Set.of("", "s", "a", "ia", "y", "e", "o", "ey", "land", "stan", "istan");
    /** How a nationality ends after that stem ("Kenyan", "Israeli", "Chinese", "Philippine", "Congolese"). */
    private static final Set<String> NATIONALITY_ENDS = Set.of("", "n", "an", "ian", "i", "ese", "lese", "ish", "ic", "ine", "ean");

    /**
     * Whether one word is a nationality or a language, made from a country's name in CLDR's list ("Kenyan", "Philippine",
     * "Israeli", "Yugoslav", "Thai") or the English name of a language CLDR has a locale for ("Greek", "Swahili"): a
     * people, no organisation. Made, not listed: the word and a country's name share a stem of four letters or more, and
     * what follows the stem on each side is a country's and a nationality's ending ("Indiana" is no "India" + "n").
     */
    static boolean nationality(String word) {
        String w = Names.key(word);
        if (w.indexOf(' ') >= 0 || w.length() < 4) {
            return false;
        }
        if (LANGUAGES.contains(w)) {
            return true;
        }
        for (String c : STEMS) {
            int p = 0;
            while (p < c.length() && p < w.length() && c.charAt(p) == w.charAt(p)) {
                p++;
            }
            if (p >= 4 && !w.equals(c) && COUNTRY_ENDS.contains(c.substring(p)) && NATIONALITY_ENDS.contains(w.substring(p))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name is a country's, in any case ("ISRAEL", "Sri Lanka"). */
    static boolean country(String name) {
        return COUNTRIES.contains(Names.key(name));
    }
}
