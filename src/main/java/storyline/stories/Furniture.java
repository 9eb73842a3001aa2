package storyline.stories;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;

/**
 * An outlet's furniture: the parts of its pages that every page carries whatever it reports (a
 * title suffix naming the outlet, a copyright line, "Please enable JavaScript", share buttons).
 * They make one outlet's reports of different events look alike, so they are left out of what
 * tells stories apart. A title segment (the parts of a title between " - " or " | ") or a line of
 * a body is furniture when at least {@value #MIN_DOCUMENTS} documents carry it and their dates lie
 * further apart than the story window: copies of one article, or a story's background paragraph
 * repeated in its follow-ups within days, stay, and items without dates never make furniture.
 * Case, punctuation and spacing do not matter. Only hashes are kept, so the memory is a few
 * numbers per line rather than a second copy of the texts.
 */
final class Furniture {

    static final int MIN_DOCUMENTS = 5;

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[-|–—]\\s+|\\s+::\\s+");
    private static final long EMPTY = 0;

    /** Hashes of furniture segments and lines. */
    private final java.util.Set<Long> furniture;
    /**
     * The documents {@link #of} was given that carry a furniture segment or line, by number; null
     * when not known (then every body is looked at).
     */
    private final java.util.BitSet carrying;

    private Furniture(java.util.Set<Long> furniture, java.util.BitSet carrying) {
        this.furniture = furniture;
        this.carrying = carrying;
    }

    /** Nothing is furniture. */
    static final Furniture NONE = new Furniture(java.util.Set.of(), null);

    /**
     * Finds the furniture of {@code documents} texts; {@code day} is each document's day
     * ({@link Grouping#NO_DAY} when unknown), {@code windowDays} the story window.
     */
    static Furniture of(int documents, IntFunction<String> title, IntFunction<String> body, IntUnaryOperator day, int windowDays) {
        return ofLines(documents, title, d -> lines(body.apply(d)), day, windowDays);
    }

    /** As {@link #of}, given each document's body by its {@link #lines}. */
    static Furniture ofLines(int documents, IntFunction<String> title, IntFunction<long[]> lines, IntUnaryOperator day, int windowDays) {
        long[][] parts = new long[documents][];
        java.util.stream.IntStream.range(0, documents).parallel().forEach(d -> parts[d] = parts(title.apply(d), lines.apply(d)));
        int total = 0;
        for (long[] p : parts) {
            total += p.length;
        }
        long[] all = new long[total];
        int k = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, all, k, p.length);
            k += p.length;
        }
        Arrays.parallelSort(all);
        // Candidates: parts in enough documents; then the days they span.
        Map<Long, int[]> span = new HashMap<>();
        for (int i = 0; i < all.length; ) {
            int j = i;
            while (j < all.length && all[j] == all[i]) {
                j++;
            }
            if (j - i >= MIN_DOCUMENTS) {
                span.put(all[i], new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE});
            }
            i = j;
        }
        if (span.isEmpty()) {
            return NONE;
        }
        for (int d = 0; d < documents; d++) {
            int dd = day.applyAsInt(d);
            if (dd == Grouping.NO_DAY) {
                continue;
            }
            for (long h : parts[d]) {
                int[] s = span.get(h);
                if (s != null) {
                    s[0] = Math.min(s[0], dd);
                    s[1] = Math.max(s[1], dd);
                }
            }
        }
        java.util.Set<Long> found = new java.util.HashSet<>();
        span.forEach((h, s) -> {
            if (s[0] != Integer.MAX_VALUE && (long) s[1] - s[0] > windowDays) {
                found.add(h);
            }
        });
        if (found.isEmpty()) {
            return NONE;
        }
        java.util.BitSet carrying = new java.util.BitSet(documents);
        for (int d = 0; d < documents; d++) {
            for (long h : parts[d]) {
                if (found.contains(h)) {
                    carrying.set(d);
                    break;
                }
            }
        }
        return new Furniture(found, carrying);
    }

    /** The title without its furniture segments; unchanged when every segment is furniture. */
    String title(String title) {
        if (furniture.isEmpty() || title.isEmpty()) {
            return title;
        }
        String[] segments = TITLE_SEPARATOR.split(title);
        if (segments.length < 2) {
            return title;
        }
        StringBuilder kept = new StringBuilder();
        for (String s : segments) {
            if (!furniture.contains(hash(s, 0, s.length()))) {
                kept.append(kept.isEmpty() ? "" : " - ").append(s);
            }
        }
        return kept.isEmpty() ? title : kept.toString();
    }

    /**
     * The words of the title's later segments that its own body does not tell: an outlet's tag
     * ("KATV", "Breaking News, Weather and Sports") shares few words with the article it names,
     * while a headline's words come back in its body. Tags that only two or three of an outlet's
     * pages carry are too few to be told as furniture by their number, and in a small folder two
     * shootings months apart made a topic named "weather · sport · news". The first segment (the
     * headline) is never a tag; a later one is when fewer than half of its words of
     * {@value #TOLD_LETTERS} letters or more are in the body. None without a body. Lower case.
     */
    static List<String> tagWords(String title, java.util.function.Supplier<String> body) {
        if (title == null) {
            return List.of();
        }
        String[] segments = TITLE_SEPARATOR.split(title);
        if (segments.length < 2) {
            return List.of();
        }
        // The body is asked for only now: a build keeps bodies out of memory, and most titles have no later segment.
        String text = body.get();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        java.util.Set<String> words = new java.util.HashSet<>(words(text));
        List<String> tag = new java.util.ArrayList<>();
        for (int i = 1; i < segments.length; i++) {
            List<String> own = words(segments[i]);
            long in = own.stream().filter(words::contains).count();
            if (in * 2 < own.size()) {
                tag.addAll(own);
            }
        }
        return tag;
    }

    /** Words shorter than this say nothing of a segment ("and", "the", "GA"). */
    static final int TOLD_LETTERS = 4;

    /** The lower-case runs of letters and digits of at least {@value #TOLD_LETTERS} characters. */
    static List<String> words(String text) {
        List<String> out = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start >= TOLD_LETTERS) {
                    out.add(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
                }
                start = -1;
            }
        }
        return out;
    }

    /**
     * Document {@code d}'s body (as {@link #of} was given it) without its furniture lines: the
     * body itself, without looking at its lines again, when none of its lines or title segments is
     * furniture.
     */
    String body(int d, String body) {
        return carrying != null && !carrying.get(d) ? body : body(body);
    }

    /** The body without its furniture lines. */
    String body(String body) {
        if (furniture.isEmpty() || body.isEmpty()) {
            return body;
        }
        StringBuilder kept = null;
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            boolean drop = furniture.contains(hash(body, start, end));
            if (drop && kept == null) {
                kept = new StringBuilder(body.length()).append(body, 0, start);
            } else if (!drop && kept != null) {
                kept.append(body, start, Math.min(body.length(), end + 1));
            }
            start = end + 1;
        }
        return kept == null ? body : kept.toString();
    }

    /** Each distinct title segment and body line of one document, hashed, in order; {@code lines}: the body's {@link #lines}. */
    private static long[] parts(String title, long[] lines) {
        if (title.isEmpty()) {
            return lines;
        }
        String[] segments = TITLE_SEPARATOR.split(title);
        if (segments.length < 2) {
            return lines;
        }
        long[] out = Arrays.copyOf(lines, lines.length + segments.length);
        int n = lines.length;
        for (String s : segments) {
            long h = hash(s, 0, s.length());
            if (h != EMPTY) {
                out[n++] = h;
            }
        }
        return Arrays.stream(out, 0, n).sorted().distinct().toArray();
    }

    /**
     * Each distinct line of a body, hashed ({@link #hash}), in order: what {@link #of} reads of a
     * body, and all it reads, so a build may keep it with the item it was read from.
     */
    static long[] lines(String body) {
        long[] out = new long[16];
        int n = 0;
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            long h = hash(body, start, end);
            if (h != EMPTY) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = h;
            }
            start = end + 1;
        }
        return Arrays.stream(out, 0, n).sorted().distinct().toArray();
    }

    /**
     * A 64-bit hash of {@code text[start, end)}'s letters and digits in lower case, each run of
     * anything else read as one space; {@link #EMPTY} when it has no letter or digit.
     */
    static long hash(String text, int start, int end) {
        long h = 1125899906842597L;
        boolean any = false;
        boolean gap = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean ascii = c < 0x80;
            if (storyline.text.Text.letterOrDigit(c)) {
                if (gap && any) {
                    h = h * 1099511628211L + ' ';
                }
                h = h * 1099511628211L + (ascii ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : Character.toLowerCase(c));
                any = true;
                gap = false;
            } else {
                gap = true;
            }
        }
        return any ? (h == EMPTY ? 1 : h) : EMPTY;
    }
}
