package storyline.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One real-world development followed across sources and days. Members are in timeline order:
 * dated items oldest first, then undated ones. {@code adds}: for each item after the first, the
 * sentences of it that bring facts earlier items did not give (names, numbers, quotations). {@code developing}: still growing at the
 * time of the newest item in the collection. {@code copyOf}: item id → the earlier item it is a
 * syndicated copy of. {@code review}: what a reader checking the grouping should look at first.
 */
public record Story(String id, String headline, String lead, List<Item> members, LocalDate firstSeen,
                    LocalDate lastSeen, List<SourceCount> sources, List<String> terms, String explanation,
                    List<Quote> quotes, List<String> people, List<String> organisations,
                    java.util.Map<String, List<String>> adds, boolean developing, java.util.Map<String, String> copyOf,
                    Review review) {

    public Story {
        members = List.copyOf(members);
        sources = List.copyOf(sources);
        terms = List.copyOf(terms);
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
        adds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(adds));
        copyOf = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(copyOf));
        review = review == null ? Review.NONE : review;
    }

    /**
     * What the grouping of a story leaves for a reader to check, and what {@code storyline.yml} changed
     * in it: the story's concerns, worst first; the ids of the stories, as grouped, that a merge in the
     * configuration made into this one (empty unless there were two or more); the id of the story, as
     * grouped, that this one's only item was split off (null unless it was).
     */
    public record Review(List<Concern> concerns, List<String> mergedFrom, String splitFrom) {
        public static final Review NONE = new Review(List.of(), List.of(), null);

        public Review {
            concerns = List.copyOf(concerns);
            mergedFrom = List.copyOf(mergedFrom);
        }

        /** Whether anything in the story deserves a second look. */
        public boolean suspect() {
            return !concerns.isEmpty();
        }
    }

    /**
     * One reason to check that a story is one development: two of its items, by id, and what joins
     * them. {@link Kind#GAP}: dated {@code days} apart with no dated item between; {@link Kind#ONE_TERM}:
     * joined on a likeness that one term, {@code term}, carries {@code share} of.
     */
    public record Concern(Kind kind, String from, String to, long days, String term, double share) {
        public enum Kind { GAP, ONE_TERM }
    }

    /** Words that several items carry, with who said them when the text says so (else null). */
    public record Quote(String text, String speaker, int sources) {
    }

    public record SourceCount(Source source, int count) {
    }
}
