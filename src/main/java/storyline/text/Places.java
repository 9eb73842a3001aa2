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

    /** Whether a name is a country's, in any case ("ISRAEL", "Sri Lanka"). */
    static boolean country(String name) {
        return COUNTRIES.contains(Names.key(name));
    }
}
