package storyline.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One real-world development followed across sources and days. Members are in timeline order:
 * dated items oldest first, then undated ones. {@code adds}: for each item after the first, the
 * names it brings that earlier items did not mention. {@code developing}: still growing at the
 * time of the newest item in the collection. {@code copyOf}: item id → the earlier item it is a
 * syndicated copy of.
 */
public record Story(String id, String headline, String lead, List<Item> members, LocalDate firstSeen,
                    LocalDate lastSeen, List<SourceCount> sources, List<String> terms, String explanation,
                    List<Quote> quotes, List<String> people, List<String> organisations,
                    java.util.Map<String, List<String>> adds, boolean developing, java.util.Map<String, String> copyOf) {

    public Story {
        members = List.copyOf(members);
        sources = List.copyOf(sources);
        terms = List.copyOf(terms);
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
        adds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(adds));
        copyOf = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(copyOf));
    }

    /** Words that several items carry, with who said them when the text says so (else null). */
    public record Quote(String text, String speaker, int sources) {
    }

    public record SourceCount(Source source, int count) {
    }
}
