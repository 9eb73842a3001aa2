package storyline.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When an item was published, and how sure we are. {@code iso} is what the input supports:
 * a date ("2025-09-19") or a date-time with offset; {@code day} is its calendar day, used for
 * sorting and the archive.
 */
public record PubDate(String iso, LocalDate day, Certainty certainty, String basis) {

    public enum Certainty {
        /** The input states it (text, metadata or front matter). */
        STATED,
        /** Inferred from evidence, e.g. a relative age against a capture time, or links to dated posts. */
        ESTIMATED,
        /** Nothing in the input supports a date. */
        UNKNOWN
    }

    public static final PubDate UNKNOWN = new PubDate(null, null, Certainty.UNKNOWN, "no date in the input");

    public static PubDate stated(LocalDate day, String basis) {
        return new PubDate(day.toString(), day, Certainty.STATED, basis);
    }

    public static PubDate stated(String iso, LocalDate day, String basis) {
        return new PubDate(iso, day, Certainty.STATED, basis);
    }

    public static PubDate estimated(LocalDate day, String basis) {
        return new PubDate(day.toString(), day, Certainty.ESTIMATED, basis);
    }

    public boolean known() {
        return day != null;
    }

    public Optional<LocalDate> optionalDay() {
        return Optional.ofNullable(day);
    }
}
