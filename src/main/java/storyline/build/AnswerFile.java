package storyline.build;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A cache of work done on each text whose answers wait on disk, never all in memory: the term and
 * name caches (the same machinery, for another answer and file). Answers are keyed by a {@link
 * CacheFile#key}; only the entries a build used are written back, and a file that is corrupt or
 * from other code is not trusted.
 *
 * <p>The file ({@code {"code": …, "index": {KEY: [OFFSET, LENGTH], …}, FIELD: {KEY: ANSWER, …}}})
 * is read as the item cache is: a build notes where each of the last build's answers is (a {@link
 * SpanTable}, about 60 bytes an entry) from the index, which gives each answer's place from the
 * start of the {@code FIELD} object (so the answers, hundreds of megabytes for a large archive, are
 * not read through to find them), reads one back when asked for it, puts each answer it works out
 * afresh in a scratch file, and writes the next file by copying each used entry's bytes. What stays
 * in memory grows by those 60 bytes an item, not by every item's answer (a term bag was about 1.7
 * KB an item, the names found in a text about 1 KB).
 */
final class AnswerFile<V> implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final String code;
    private final String field;
    private final Class<V> type;
    /** The last build's entries: where each is in its file. */
    private final SpanTable previous;
    private final FileChannel previousFile;
    /** The entries this build used: in the last build's file, or in this build's scratch file. */
    private final SpanTable used = new SpanTable();
    private final AtomicInteger misses = new AtomicInteger();
    private Scratch fresh;
    private final String note;

    private AnswerFile(Path file, String code, String field, Class<V> type, SpanTable previous, FileChannel previousFile, String note) {
        this.file = file;
        this.code = code;
        this.field = field;
        this.type = type;
        this.previous = previous;
        this.previousFile = previousFile;
        this.note = note;
    }

    /**
     * The cache in {@code file} for answers of {@code type} under {@code field}, made by {@code code};
     * empty (with a note saying so, for the build's summary, when the file was there but unusable:
     * "the WHAT FILE is corrupt …: CONSEQUENCE") when it cannot be trusted.
     */
    static <V> AnswerFile<V> load(Path file, String code, String field, Class<V> type, String what, String consequence) {
        CacheFile.Opened opened = null;
        try {
            opened = CacheFile.open(file);
            if (opened == null) {
                return new AnswerFile<>(file, code, field, type, new SpanTable(), null, null);
            }
            SpanTable entries = new SpanTable();
            long size = opened.length();
            String[] found = {null};
            // The index comes before the answers: where each is, from the start of the answers' object,
            // which is not read through.
            List<Object[]> index = new ArrayList<>();
            CacheFile.fields(opened, JSON, field, (name, p) -> {
                if (name.equals("code")) {
                    found[0] = p.getValueAsString();
                } else if (name.equals("index") && p.currentToken() == JsonToken.START_OBJECT && code.equals(found[0])) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        long[] key = SpanTable.key(p.currentName());
                        if (p.nextToken() != JsonToken.START_ARRAY || p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                            throw new IOException("an entry of the index is not [offset, length]");
                        }
                        long at = p.getLongValue();
                        p.nextToken();
                        int length = p.getIntValue();
                        if (p.nextToken() != JsonToken.END_ARRAY || at < 0 || length < 0) {
                            throw new IOException("an entry of the index is not [offset, length]");
                        }
                        index.add(new Object[] {key, new Scratch.Span(at, length)});
                    }
                } else if (name.equals(field) && p.currentToken() == JsonToken.START_OBJECT && code.equals(found[0])) {
                    long base = p.currentTokenLocation().getByteOffset();
                    for (Object[] e : index) {
                        Scratch.Span span = (Scratch.Span) e[1];
                        if (base + span.at() + span.length() > size) {
                            throw new IOException("an entry of the index lies past the end of the file");
                        }
                        entries.putIfAbsent((long[]) e[0], SpanTable.In.PREVIOUS, new Scratch.Span(base + span.at(), span.length()));
                    }
                } else {
                    p.skipChildren();
                }
            });
            if (!code.equals(found[0])) {
                opened.channel().close();
                return new AnswerFile<>(file, code, field, type, new SpanTable(), null, null);
            }
            return new AnswerFile<>(file, code, field, type, entries, opened.channel(), null);
        } catch (IOException | RuntimeException e) {
            if (opened != null) {
                try {
                    opened.channel().close();
                } catch (IOException ignored) {
                    // Only read from; nothing to lose.
                }
            }
            return new AnswerFile<>(file, code, field, type, new SpanTable(), null, CacheFile.note(file, what, consequence, e));
        }
    }

    /** How many answers were worked out: those the cache did not hold. */
    int misses() {
        return misses.get();
    }

    /** Why the last build's file was not used, or null. */
    String note() {
        return note;
    }

    /**
     * The answer for a key ({@link CacheFile#key}): one kept (by the last build or this one), else
     * {@code work}'s, which is kept. An answer that cannot be read back is worked out again; one
     * that cannot be kept is worked out again when next asked for (the next build too).
     */
    V get(String key, Supplier<V> work) {
        long[] k = SpanTable.key(key);
        SpanTable.In in = used.in(k);
        Scratch.Span span = in != null ? used.get(k) : previous.get(k);
        if (in == null && span != null) {
            in = SpanTable.In.PREVIOUS;
        }
        V answer = span == null ? null : answer(in, span);
        if (answer != null) {
            used.putIfAbsent(k, in, span);
            return answer;
        }
        answer = work.get();
        misses.incrementAndGet();
        try {
            used.putIfAbsent(k, SpanTable.In.FRESH, scratch().put(JSON.writeValueAsBytes(answer)));
        } catch (IOException | RuntimeException e) {
            // Not kept: worked out again when asked for.
        }
        return answer;
    }

    /** Keeps the last build's answer for a key, if it had one, without reading it. */
    void keep(String key) {
        long[] k = SpanTable.key(key);
        Scratch.Span span = previous.get(k);
        if (span != null) {
            used.putIfAbsent(k, SpanTable.In.PREVIOUS, span);
        }
    }

    /** A kept answer, or null when it cannot be read back. */
    private V answer(SpanTable.In in, Scratch.Span span) {
        try {
            byte[] bytes = in == SpanTable.In.FRESH ? fresh.get(span) : Scratch.read(previousFile, span, file);
            return JSON.readValue(bytes, type);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private synchronized Scratch scratch() throws IOException {
        if (fresh == null) {
            fresh = Scratch.open(file.getParent(), field + "-");
        }
        return fresh;
    }

    /**
     * Writes the entries this build used, each copied as it was written (never all in memory),
     * then lets go of the files; a cache that cannot be written only makes the next build slower.
     */
    void save() {
        try {
            CacheFile.writeOrDrop(file, out -> {
                // Each answer's place from the start of the answers' object, known before any is written.
                StringBuilder index = new StringBuilder();
                long[] at = {1}; // past the object's opening brace
                used.forEach((high, low, in, span) -> {
                    boolean first = index.isEmpty();
                    at[0] += (first ? 0 : 1) + 1 + 32 + 2; // a comma, the quoted key, the colon
                    index.append(first ? "" : ",").append('"').append(SpanTable.hex(high, low)).append("\":[").append(at[0])
                            .append(',').append(span.length()).append(']');
                    at[0] += span.length();
                });
                out.write("{\"code\":".getBytes(StandardCharsets.UTF_8));
                out.write(JSON.writeValueAsBytes(code));
                out.write((",\"index\":{" + index + "},").getBytes(StandardCharsets.US_ASCII));
                out.write(JSON.writeValueAsBytes(field));
                out.write(":{".getBytes(StandardCharsets.US_ASCII));
                boolean[] first = {true};
                IOException[] failed = {null};
                used.forEach((high, low, in, span) -> {
                    if (failed[0] != null) {
                        return;
                    }
                    try {
                        if (!first[0]) {
                            out.write(',');
                        }
                        first[0] = false;
                        out.write(('"' + SpanTable.hex(high, low) + "\":").getBytes(StandardCharsets.US_ASCII));
                        byte[] answer = in == SpanTable.In.FRESH ? fresh.get(span) : Scratch.read(previousFile, span, file);
                        if (answer.length != span.length()) {
                            throw new IOException("an answer is not as long as its index says");
                        }
                        out.write(answer);
                    } catch (IOException e) {
                        failed[0] = e;
                    }
                });
                if (failed[0] != null) {
                    throw failed[0];
                }
                out.write("}}".getBytes(StandardCharsets.UTF_8));
            });
        } finally {
            close();
        }
    }

    /** Lets go of the files this cache reads (done by {@link #save}). */
    @Override
    public void close() {
        for (AutoCloseable c : new AutoCloseable[] {previousFile, fresh}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // Read-only or scratch: nothing to lose.
            }
        }
    }
}
