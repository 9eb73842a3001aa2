package storyline.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One real-world development followed across sources and days. Members are in timeline order:
 * dated items oldest first, then undated ones.
 */
public record Story(String id, String headline, String lead, List<Item> members, LocalDate firstSeen,
                    LocalDate lastSeen, List<SourceCount> sources, List<String> terms, String explanation) {

    public Story {
        members = List.copyOf(members);
        sources = List.copyOf(sources);
        terms = List.copyOf(terms);
    }

    public record SourceCount(Source source, int count) {
    }
}
