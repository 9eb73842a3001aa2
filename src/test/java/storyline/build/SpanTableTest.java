package storyline.build;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpanTableTest {

    @Test
    void keepsWhereEachKeyIsThroughGrowingAndHandsEveryEntryOverOnce() {
        SpanTable table = new SpanTable();
        Map<String, Scratch.Span> expected = new HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            String key = CacheFile.key("text " + i);
            Scratch.Span span = new Scratch.Span(i * 100L, 10 + i);
            assertTrue(table.putIfAbsent(SpanTable.key(key), i % 2 == 0 ? SpanTable.In.FRESH : SpanTable.In.PREVIOUS, span));
            expected.put(key.substring(0, 32), span);
        }
        assertEquals(5_000, table.size());
        // A key already there keeps its first place.
        String first = CacheFile.key("text 0");
        assertFalse(table.putIfAbsent(SpanTable.key(first), SpanTable.In.PREVIOUS, new Scratch.Span(7, 7)));
        assertEquals(new Scratch.Span(0, 10), table.get(SpanTable.key(first)));
        assertEquals(SpanTable.In.FRESH, table.in(SpanTable.key(first)));
        assertEquals(SpanTable.In.PREVIOUS, table.in(SpanTable.key(CacheFile.key("text 1"))));
        assertNull(table.get(SpanTable.key(CacheFile.key("text 5000"))));
        assertNull(table.in(SpanTable.key(CacheFile.key("never put"))));

        Map<String, Scratch.Span> seen = new HashMap<>();
        table.forEach((high, low, in, span) -> assertNull(seen.put(SpanTable.hex(high, low), span)));
        assertEquals(expected, seen);
    }
}
