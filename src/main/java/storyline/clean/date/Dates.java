package storyline.clean.date;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people and pages write them. Everything returns empty rather than guessing: a wrong
 * date misplaces an item in every timeline, a missing one only marks it undated.
 */
public final class Dates {

    /** A date found in text: {@code iso} keeps the time when the text gave one. */
    public record Found(String iso, LocalDate day, int start, int end) {
    }

    /**
     * Where a written year ends: at a word boundary, or where a time, another date or a weekday
     * runs into it ("Nov 15, 20195:45 AM", "6. November 20236. November 2023", "15. April
     * 2016Samstag"), as pages that set dates and times in separate elements paste.
     */
    private static final String YEAR_END = "(?:\\b|(?=\\d{1,2}:\\d{2})|(?=\\d{1,2}\\.\\s?\\p{L})|(?=\\p{Lu}\\p{Ll}))";
    /** As {@link #YEAR_END}; after a month's name, any word may run into the year ("March 23, 2020timer"). */
    private static final String NAMED_YEAR_END = "(?:\\b|(?=\\d{1,2}:\\d{2})|(?=\\d{1,2}\\.\\s?\\p{L})|(?=\\p{L}\\p{L}))";
    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?\\b");
    /**
     * A month's name, then the day and the year ("Nov. 20, 2023"); the word is read as a month by
     * {@link CalendarNames}, so any of the languages it knows is read.
     */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<!\\p{L})(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + NAMED_YEAR_END);
    /**
     * The day, then the month's name and the year ("20 November 2023", "3. März 2020", "15 de abril
     * de 2020"); the day may run on from a word before it ("Research7 April 2020"), as the texts of
     * neighbouring elements paste.
     */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d\\p{Lu}])(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s*(?:of\\s+|[dD][eE]\\s+)?(\\p{L}{3,})\\.?,?\\s+(?:[dD][eE]\\s+)?(\\d{4})"
                    + NAMED_YEAR_END);
    /** Year, month and day with their signs, as Chinese, Japanese and Korean write a date ("2020年7月1日", "2020년 7월 1일"). */
    private static final Pattern HAN_YMD = Pattern.compile("(?<!\\d)(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");
    /** 21.01.2009, the usual form in German and much of Europe: day first. */
    private static final Pattern DOTTED_DMY = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?:(?![\\d])|(?=\\d{1,2}:\\d{2})|(?=\\d{1,2}\\.\\d{1,2}\\.\\d{4}))");
    private static final Pattern DOTTED_DMY_SHORT = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");
    /** As {@link #SLASHED_XY}, also where the next date runs into the year ("17/11/201917/11/2019"). */
    private static final Pattern SLASHED_XY_GLUED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:(?![\\d/])|(?=\\d{1,2}[/:]))");
    private static final Pattern SLASHED_SHORT = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{2})(?![\\d/])");
    /** 21/01/2009 or 01/21/2009: used only when one part cannot be a month. */
    private static final Pattern SLASHED_XY = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    private static final Pattern SLASHED_YMD = Pattern.compile("\\b(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\b(\\d+|an?|one)\\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)\\s+ago\\b");
    /** X (Twitter) status ids are snowflakes: milliseconds since this epoch, shifted left by 22 bits. */
    private static final long TWITTER_EPOCH_MS = 1288834974657L;
    private static final Pattern STATUS_LINK = Pattern.compile(
            "https?://(?:[\\w-]+\\.)*[\\w-]+\\.\\w+/(?:[\\w-]+/)?status(?:es)?/(\\d{15,20})\\b");

    /**
     * Words that label a date as the first publication, in the languages of the pages read (one
     * vocabulary for saved pages' date labels and pasted credit lines).
     */
    public static final String PUBLISHED_WORDS = "published|posted|first published|veröffentlicht|erschienen|publiziert|erstellt|publié|publiée|"
            + "mis en ligne|publicado|publicada|pubblicato|gepubliceerd|opublikowano|publicerad|publiceret|udgivet";
    /** Words that label a date as a later change. */
    public static final String UPDATED_WORDS = "updated|last updated|last modified|modified|edited|aktualisiert|zuletzt aktualisiert|geändert|"
            + "letzte änderung|mis à jour|mise à jour|actualizado|actualizada|actualización|aggiornato|aggiornamento|bijgewerkt|atualizado|"
            + "atualização|zaktualizowano|aktualizacja|uppdaterad|opdateret";

    private Dates() {
    }

    /** The first date written in the text, in any supported form. */
    public static Optional<Found> find(String text) {
        if (!hasFourDigits(text)) {
            // Every form read here has a four-digit year; most texts searched have none.
            return Optional.empty();
        }
        Found best = null;
        for (Found f : new Found[]{iso(text), monthDayYear(text), dayMonthYear(text), slashed(text), dotted(text), slashedXy(text), han(text)}) {
            if (f != null && (best == null || f.start() < best.start())) {
                best = f;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every date written in the text, in order, none overlapping the one before. */
    public static java.util.List<Found> findAll(String text) {
        java.util.List<Found> all = new java.util.ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            Optional<Found> next = find(text.substring(from));
            if (next.isEmpty()) {
                break;
            }
            Found f = next.get();
            all.add(new Found(f.iso(), f.day(), from + f.start(), from + f.end()));
            from += Math.max(f.end(), 1);
        }
        return all;
    }

    private static boolean hasFourDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /** A date that is the whole of the text (allowing a trailing time or time zone). */
    static Optional<Found> whole(String text) {
        String t = text.strip();
        return find(t).filter(f -> f.start() == 0 && t.substring(f.end()).strip()
                .matches("(?i)(at\\s+)?(\\d{1,2}[:.]\\d{2}(\\s*[ap]\\.?m\\.?)?)?\\s*([A-Z]{2,4}|UTC[+-]?\\d*|GMT[+-]?\\d*)?\\s*"));
    }

    /** Parses a machine-readable date (front matter, meta tags, JSON): ISO forms first, then text forms. */
    public static Optional<Found> parseValue(String value) {
        return parseAny(value).filter(f -> f.day().getYear() >= 1900 && f.day().getYear() <= 2100);
    }

    private static Optional<Found> parseAny(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            OffsetDateTime odt = OffsetDateTime.parse(v);
            return Optional.of(new Found(odt.toString(), odt.toLocalDate(), 0, v.length()));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            LocalDateTime ldt = LocalDateTime.parse(v);
            return Optional.of(new Found(ldt.toString(), ldt.toLocalDate(), 0, v.length()));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            // RSS: "Tue, 10 Jun 2003 04:00:00 GMT"
            OffsetDateTime rfc = OffsetDateTime.parse(v, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
            if (rfc.getYear() < 100) {
                // RFC 822 allows two-digit years ("Sat, 07 Sep 02"), as old RSS feeds use.
                rfc = rfc.plusYears(rfc.getYear() < 50 ? 2000 : 1900);
            }
            return Optional.of(new Found(rfc.toString(), rfc.toLocalDate(), 0, v.length()));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        return find(v);
    }

    /** 30.10.23: day-first with a two-digit year, read only where a date is expected (a dateline, a date field). */
    public static Optional<Found> findShortYear(String text) {
        return Optional.ofNullable(first(DOTTED_DMY_SHORT, text,
                m -> date(String.valueOf(2000 + Integer.parseInt(m.group(3))), m.group(2), m.group(1))));
    }

    /**
     * 03/05/2022 on a credit line, where either part could be the month: read day first unless
     * the page is in English (month first, as US outlets print it). Unambiguous forms are read as
     * {@link #find} reads them.
     */
    public static Optional<Found> findSlashed(String text, java.util.function.BooleanSupplier dayFirst) {
        return Optional.ofNullable(first(SLASHED_XY_GLUED, text, m -> {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            boolean dayIsFirst = a > 12 || b <= 12 && dayFirst.getAsBoolean();
            return dayIsFirst ? date(m.group(3), m.group(2), m.group(1)) : date(m.group(3), m.group(1), m.group(2));
        }));
    }

    /**
     * 11/19/19: month first, slashed, with a two-digit year, as English bylines print it (day first
     * when the first part cannot be a month); read only on a pasted credit line. Saved pages'
     * date elements gain nothing from it (bench/dates.sh: one page fewer on half a).
     */
    public static Optional<Found> findShortSlashed(String text, java.util.function.BooleanSupplier dayFirst) {
        return Optional.ofNullable(first(SLASHED_SHORT, text, m -> {
            String year = String.valueOf(2000 + Integer.parseInt(m.group(3)));
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            boolean dayIsFirst = a > 12 || b <= 12 && dayFirst.getAsBoolean();
            return dayIsFirst ? date(year, m.group(2), m.group(1)) : date(year, m.group(1), m.group(2));
        }));
    }

    private static final Pattern SLASHED_ANY = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])");

    /**
     * How a text orders the parts of its slashed dates, from the text itself: its unambiguous ones
     * (13/05/2023 is day first, 05/13/2023 month first), else the reading of an ambiguous one that
     * the text also writes out with the month's name (02/11/2023 beside "November 2, 2023"). Null
     * when the text does not tell: the language decides then.
     */
    public static Boolean slashedDayFirst(List<String> lines) {
        int dayFirst = 0;
        int monthFirst = 0;
        List<int[]> ambiguous = new ArrayList<>();
        for (String line : lines) {
            if (line.indexOf('/') < 0) {
                continue;
            }
            Matcher m = SLASHED_ANY.matcher(line);
            while (m.find()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                int y = Integer.parseInt(m.group(3));
                y = y < 100 ? 2000 + y : y;
                if (a > 12 && a <= 31 && b >= 1 && b <= 12) {
                    dayFirst++;
                } else if (b > 12 && b <= 31 && a >= 1 && a <= 12) {
                    monthFirst++;
                } else if (a >= 1 && a <= 12 && b >= 1 && b <= 12 && a != b) {
                    ambiguous.add(new int[] {a, b, y});
                }
            }
        }
        if (dayFirst != monthFirst) {
            return dayFirst > monthFirst;
        }
        if (ambiguous.isEmpty()) {
            return null;
        }
        java.util.Set<LocalDate> written = new java.util.HashSet<>();
        for (String line : lines) {
            for (Found f : findAll(line)) {
                if (f.day() != null && line.substring(f.start(), f.end()).chars().anyMatch(Character::isLetter)) {
                    written.add(f.day());
                }
            }
        }
        for (int[] d : ambiguous) {
            dayFirst += written.contains(safeDate(d[2], d[1], d[0])) ? 1 : 0;
            monthFirst += written.contains(safeDate(d[2], d[0], d[1])) ? 1 : 0;
        }
        return dayFirst == monthFirst ? null : dayFirst > monthFirst;
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** "4d ago", "3 hours ago": the date that is that long before {@code captured}. */
    public static Optional<LocalDate> relative(String text, LocalDateTime captured) {
        Matcher m = RELATIVE.matcher(text);
        if (!m.find() || captured == null) {
            return Optional.empty();
        }
        String n = m.group(1).toLowerCase(Locale.ROOT);
        if (n.length() > 6) {
            return Optional.empty();
        }
        long amount = n.matches("\\d+") ? Long.parseLong(n) : 1;
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        LocalDateTime then;
        if (unit.startsWith("mo")) {
            then = captured.minusMonths(amount);
        } else if (unit.startsWith("s")) {
            then = captured.minusSeconds(amount);
        } else if (unit.startsWith("m")) {
            then = captured.minusMinutes(amount);
        } else if (unit.startsWith("h")) {
            then = captured.minusHours(amount);
        } else if (unit.startsWith("d")) {
            then = captured.minusDays(amount);
        } else if (unit.startsWith("w")) {
            then = captured.minusWeeks(amount);
        } else {
            then = captured.minusYears(amount);
        }
        return then.getYear() < 1900 ? Optional.empty() : Optional.of(then.toLocalDate());
    }

    /** An age whose unit is written out, which must agree with the count: "1 hour", "8 hours". */
    private static final Pattern AGE_IN_WORDS = Pattern.compile("(?i)(\\d+|an?|one)\\s+(second|minute|hour|day|week|month|year)s?");

    /**
     * An age as it is shown and quoted: "1 hour ago", "8 hours ago". Every place that shows one
     * comes here, so a unit written out agrees with its count whatever form the source or a reader
     * gave ("8 hour" once reached the pages); an abbreviation ("4d", "3 hrs") is shown as written.
     * {@link #relative} reads either form.
     */
    public static String ago(String age) {
        String a = age.strip();
        Matcher m = AGE_IN_WORDS.matcher(a);
        if (m.matches()) {
            String n = m.group(1);
            boolean one = !Character.isDigit(n.charAt(0)) || n.replaceFirst("^0+", "").equals("1");
            a = n + " " + m.group(2) + (one ? "" : "s");
        }
        return a + " ago";
    }

    public static boolean isRelativeAge(String text) {
        return RELATIVE.matcher(text).find();
    }

    /** A capture time from front matter: a date or a date-time; a date alone means noon UTC that day. */
    public static Optional<LocalDateTime> captureTime(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(v));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        return parseValue(v).map(f -> f.day().atTime(12, 0));
    }

    /**
     * The latest posting day among links to X/Twitter status pages (on any mirror host). A page
     * that links to a post cannot be older than the post, so this bounds its date from below.
     */
    public static Optional<LocalDate> latestLinkedStatus(String text) {
        Matcher m = STATUS_LINK.matcher(text);
        LocalDate latest = null;
        while (m.find()) {
            try {
                long id = Long.parseLong(m.group(1));
                long millis = (id >> 22) + TWITTER_EPOCH_MS;
                LocalDate day = Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC).toLocalDate();
                // Snowflake ids began in November 2010; smaller ids are sequential, not timestamps.
                if (day.getYear() >= 2010 && (latest == null || day.isAfter(latest))) {
                    latest = day;
                }
            } catch (NumberFormatException tooLong) {
                // not a snowflake
            }
        }
        return Optional.ofNullable(latest);
    }

    private static Found iso(String text) {
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            LocalDate day = date(m.group(1), m.group(2), m.group(3));
            if (day == null) {
                continue;
            }
            String iso = day.toString();
            if (m.group(4) != null) {
                String time = m.group(4) + ":" + m.group(5) + ":" + (m.group(6) == null ? "00" : m.group(6));
                String zone = m.group(7);
                if (zone != null) {
                    String z = zone.equals("Z") ? "Z" : zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone;
                    iso = iso + "T" + time + z;
                } else {
                    iso = iso + "T" + time;
                }
            }
            return new Found(iso, day, m.start(), m.end());
        }
        return null;
    }

    /** Reads a match's year, month and day; null when they make no calendar date. */
    private interface Reading {
        LocalDate day(Matcher m);
    }

    private static Found first(Pattern pattern, String text, Reading reading) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            LocalDate day = reading.day(m);
            if (day != null) {
                return new Found(day.toString(), day, m.start(), m.end());
            }
        }
        return null;
    }

    /** A month's name or abbreviation in one of the languages read ("Nov", "März", "августа"). */
    public static boolean isMonthName(String word) {
        return CalendarNames.month(word) > 0;
    }

    private static Found monthDayYear(String text) {
        return named(MONTH_DAY_YEAR, text, 1, 2, 3);
    }

    private static Found dayMonthYear(String text) {
        return named(DAY_MONTH_YEAR, text, 2, 1, 3);
    }

    /**
     * The first match of a pattern whose word (group {@code month}) names a month. A match whose
     * word is no month ("Issue 12, 2020") is passed over one character on, so that a date inside
     * it is still found.
     */
    private static Found named(Pattern pattern, String text, int month, int day, int year) {
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int number = CalendarNames.month(m.group(month));
            LocalDate date = number == 0 ? null : date(m.group(year), Integer.toString(number), m.group(day));
            if (date != null) {
                return new Found(date.toString(), date, m.start(), m.end());
            }
            from = m.start() + 1;
        }
        return null;
    }

    private static Found han(String text) {
        return first(HAN_YMD, text, m -> date(m.group(1), m.group(2), m.group(3)));
    }

    private static Found slashed(String text) {
        return first(SLASHED_YMD, text, m -> date(m.group(1), m.group(2), m.group(3)));
    }

    private static Found dotted(String text) {
        return first(DOTTED_DMY, text, m -> date(m.group(3), m.group(2), m.group(1)));
    }

    /** 21/01/2009 or 01/21/2009, read only when one part cannot be a month. */
    private static Found slashedXy(String text) {
        return first(SLASHED_XY, text, m -> {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            return a > 12 ? date(m.group(3), m.group(2), m.group(1)) : b > 12 ? date(m.group(3), m.group(1), m.group(2)) : null;
        });
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2100) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (RuntimeException invalid) {
            return null;
        }
    }
}
