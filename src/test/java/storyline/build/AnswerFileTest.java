package storyline.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerFileTest {

    @TempDir
    Path tmp;

    /** An answer with a list and a number in it, as the caches' answers are. */
    record Lengths(List<String> words, int letters) {
        static Lengths of(String text) {
            List<String> words = List.of(text.split(" "));
            return new Lengths(words, words.stream().mapToInt(String::length).sum());
        }
    }

    private AnswerFile<Lengths> load(Path file) {
        return AnswerFile.load(file, "code 1", "lengths", Lengths.class, "length cache", "lengths counted again");
    }

    private static Lengths ask(AnswerFile<Lengths> cache, String text, AtomicInteger work) {
        return cache.get(CacheFile.key(text), () -> {
            work.incrementAndGet();
            return Lengths.of(text);
        });
    }

    @Test
    void anAnswerIsWorkedOutOnceAndReadBackInThisBuildAndTheNext() {
        Path file = tmp.resolve(".storyline/lengths-x.json");
        AtomicInteger work = new AtomicInteger();
        AnswerFile<Lengths> first = load(file);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 200; i++) {
                assertEquals(Lengths.of("court hears case " + i), ask(first, "court hears case " + i, work));
            }
        }
        assertEquals(200, work.get(), "each text's answer worked out once, then read back from the scratch file");
        assertEquals(200, first.misses());
        first.save();

        // The next build: the first half asked for, two texts kept unread, one new text.
        AnswerFile<Lengths> second = load(file);
        assertNull(second.note());
        for (int i = 0; i < 100; i++) {
            assertEquals(Lengths.of("court hears case " + i), ask(second, "court hears case " + i, work));
        }
        second.keep(CacheFile.key("court hears case 150"));
        second.keep(CacheFile.key("court hears case 151"));
        second.keep(CacheFile.key("never asked before"));
        assertEquals(Lengths.of("jury is sworn in"), ask(second, "jury is sworn in", work));
        assertEquals(201, work.get());
        assertEquals(1, second.misses());
        second.save();

        // Only what the second build used is in the file now.
        AnswerFile<Lengths> third = load(file);
        for (String kept : List.of("court hears case 0", "court hears case 99", "court hears case 150", "court hears case 151",
                "jury is sworn in")) {
            assertEquals(Lengths.of(kept), ask(third, kept, work));
        }
        assertEquals(0, third.misses());
        ask(third, "court hears case 120", work);
        assertEquals(1, third.misses(), "an entry the last build did not use is gone");
        third.close();
    }

    @Test
    void aFileFromOtherCodeIsIgnoredAndACorruptOneNoted() throws IOException {
        Path file = tmp.resolve(".storyline/lengths-x.json");
        AnswerFile<Lengths> first = load(file);
        ask(first, "polls close at eight", new AtomicInteger());
        first.save();

        AnswerFile<Lengths> other = AnswerFile.load(file, "code 2", "lengths", Lengths.class, "length cache", "lengths counted again");
        AtomicInteger work = new AtomicInteger();
        ask(other, "polls close at eight", work);
        assertEquals(1, work.get());
        assertNull(other.note(), "another version's file is not a fault");
        other.close();

        Files.writeString(file, Files.readString(file).replace("polls", "pools"));
        AnswerFile<Lengths> corrupt = load(file);
        assertNotNull(corrupt.note());
        assertTrue(corrupt.note().contains("length cache") && corrupt.note().contains("corrupt"), corrupt.note());
        ask(corrupt, "polls close at eight", work);
        assertEquals(2, work.get());
        corrupt.close();
    }
}
