package eu.innco.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Pooled answer readers ({@link AnswerReaders}) give every document's own answer whatever order the
 * documents are asked in (a reader only moves forward: one reused past its place would give another
 * document's bytes or none), from several threads at once, documents without an answer included;
 * and the pool is used: far fewer readers are opened than look-ups made.
 */
class AnswerReadersTest {
    @Test
    void every_document_in_any_order_from_several_threads() throws Exception {
        int n = 600;
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < n; i++) {
                // every seventh has no answer as a doc value (as the all documents), so that the field is sparse
                if (i % 7 == 3) {
                    Document d = new Document();
                    d.add(new StringField("name", "/x" + i, Field.Store.NO));
                    w.addDocument(d);
                } else {
                    w.addDocument(KeyMemoTest.doc("/x" + i, "{\"n\":" + i + ",\"pad\":\"" + "p".repeat(i % 50) + "\"}"));
                }
            }
            w.forceMerge(1);
            try (DirectoryReader r = DirectoryReader.open(w)) {
                LeafReader leaf = r.leaves().get(0).reader();
                List<Integer> docs = new ArrayList<>();
                for (int round = 0; round < 5; round++) for (int i = 0; i < n; i++) docs.add(i);
                Collections.shuffle(docs, new Random(18));
                ExecutorService pool = Executors.newFixedThreadPool(4);
                try {
                    List<Future<?>> done = new ArrayList<>();
                    for (int t = 0; t < 4; t++) {
                        List<Integer> mine = docs.subList(t * docs.size() / 4, (t + 1) * docs.size() / 4);
                        done.add(pool.submit(() -> {
                            for (int doc : mine) check(leaf, doc);
                            return null;
                        }));
                    }
                    for (Future<?> f : done) f.get();
                } finally {
                    pool.shutdown();
                }
                int opened = AnswerReaders.of(leaf).opened();
                assertTrue(opened < docs.size() / 4, "readers opened: " + opened + " for " + docs.size() + " look-ups");
            }
        }
    }

    /** Documents are added in order with a single writer thread and merged into one segment: doc i is the i-th added. */
    private static void check(LeafReader leaf, int doc) throws Exception {
        AnswerValue a = AnswerReaders.read(leaf, doc);
        if (doc % 7 == 3) {
            assertNull(a, "doc " + doc);
            return;
        }
        String json = new String(a.json(), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"n\":" + doc + ","), "doc " + doc + ": " + json);
        assertEquals("caseStudies|/x" + doc, a.item());
    }
}
