package eu.innco.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Values kept per segment ({@link PerSegment}) on a real Lucene index written here: made once per
 * segment however often and from however many readers they are asked, kept across a reopen by the
 * core but not by the reader, dropped when what they were made for closes, and none left behind
 * after many cycles of writes, merges and reopens.
 */
class PerSegmentTest {
    private final AtomicInteger made = new AtomicInteger();
    private final List<Integer> dropped = new ArrayList<>();

    private PerSegment<Integer> byCore() {
        return PerSegment.core(made::incrementAndGet, gone -> {
            synchronized (dropped) {
                dropped.add(gone);
            }
        });
    }

    private static void add(IndexWriter w, String... names) throws Exception {
        for (String name : names) {
            Document d = new Document();
            d.add(new StringField("name", name, Field.Store.NO));
            w.addDocument(d);
        }
        w.commit(); // with no merges, a segment of its own
    }

    /** The next reader of the last commit (readers of the directory, not of the writer, whose pool would hold segments open), the one before closed. */
    private static DirectoryReader reopen(DirectoryReader r, IndexWriter w) throws Exception {
        w.commit();
        DirectoryReader next = DirectoryReader.openIfChanged(r);
        if (next == null) return r;
        r.close();
        return next;
    }

    @Test
    void a_value_is_made_once_per_segment_and_kept_by_its_core_across_a_reopen() throws Exception {
        PerSegment<Integer> byCore = byCore();
        PerSegment<Object> byReader = PerSegment.reader(Object::new);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            add(w, "a", "a2");
            add(w, "b");
            DirectoryReader r = DirectoryReader.open(dir);
            LeafReader first = r.leaves().get(0).reader();
            for (int i = 0; i < 10; i++) for (LeafReaderContext c : r.leaves()) byCore.of(c.reader());
            assertEquals(2, made.get(), "one value for each of the two segments");
            Object pool = byReader.of(first);
            Integer memo = byCore.of(first);
            w.deleteDocuments(new Term("name", "a")); // the first segment gets a new reader, its core stays
            r = reopen(r, w);
            LeafReader again = r.leaves().get(0).reader();
            assertNotSame(first, again);
            assertSame(memo, byCore.of(again), "the core's value outlives the reader");
            assertNotSame(pool, byReader.of(again), "the reader's value does not: its deletions changed");
            assertEquals(2, made.get());
            assertEquals(1, byReader.size(), "the closed reader's value is gone");
            r.close();
        }
        assertEquals(0, byCore.size());
        assertEquals(List.of(1, 2), dropped.stream().sorted().toList(), "each value told of its drop once");
    }

    @Test
    void values_of_merged_away_segments_are_dropped_when_their_readers_close() throws Exception {
        PerSegment<Integer> byCore = byCore();
        PerSegment<Object> byReader = PerSegment.reader(Object::new);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            DirectoryReader r = null;
            // many cycles of a write, sometimes a merge into one, and a reopen that closes the reader before
            for (int cycle = 0; cycle < 300; cycle++) {
                add(w, "n" + cycle);
                if (cycle % 3 == 0) w.deleteDocuments(new Term("name", "n" + (cycle / 2)));
                if (cycle % 40 == 39) w.forceMerge(1);
                r = r == null ? DirectoryReader.open(dir) : reopen(r, w);
                for (LeafReaderContext c : r.leaves()) {
                    byCore.of(c.reader());
                    byReader.of(c.reader());
                }
                assertEquals(r.leaves().size(), byCore.size(), "cycle " + cycle + ": only the open segments keep a value");
                assertEquals(r.leaves().size(), byReader.size(), "cycle " + cycle);
            }
            r.close();
        }
        assertEquals(0, byCore.size(), "nothing kept once every reader closed");
        assertEquals(0, byReader.size());
        assertEquals(made.get(), dropped.size(), "every value made was dropped");
    }
}
