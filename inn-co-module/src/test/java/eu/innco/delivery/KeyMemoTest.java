package eu.innco.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The remembered key look-up ({@link KeyMemo}) answers as the term dictionary does, on a real
 * Lucene index written here: a remembered document deleted later is not answered, a key re-added
 * in a later segment is found there, two documents with one key in one segment give the live one,
 * and keys that no segment holds are not remembered.
 */
class KeyMemoTest {
    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private IndexWriter writer;
    private DirectoryReader reader;

    @BeforeEach
    void open() throws Exception {
        // no merges: each commit stays a segment of its own, as between the merges of a live index
        writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE));
    }

    @AfterEach
    void close() throws Exception {
        if (reader != null) reader.close();
        writer.close();
        dir.close();
    }

    static Document doc(String path, String json) {
        Document d = new Document();
        d.add(new StringField(IndexFields.KEY, IndexFields.key("caseStudies", "en", IndexFields.PATH, path), Field.Store.NO));
        d.add(new StringField("name", path, Field.Store.NO));
        d.add(new BinaryDocValuesField(IndexFields.ANSWER, AnswerValue.encode(json.getBytes(StandardCharsets.UTF_8), "\"" + json + "\"", "en", "caseStudies|" + path)));
        return d;
    }

    private IndexSearcher searcher() throws Exception {
        writer.commit();
        if (reader == null) {
            reader = DirectoryReader.open(writer);
        } else {
            DirectoryReader next = DirectoryReader.openIfChanged(reader, writer);
            if (next != null) {
                reader.close();
                reader = next;
            }
        }
        return new IndexSearcher(reader);
    }

    private static String find(IndexSearcher s, String path) throws Exception {
        AnswerValue a = KeyLookup.find(s, "caseStudies", "en", IndexFields.PATH, path);
        return a == null ? null : new String(a.json(), StandardCharsets.UTF_8);
    }

    @Test
    void a_remembered_document_deleted_later_is_not_answered_and_its_successor_is() throws Exception {
        writer.addDocument(doc("/a", "{\"v\":1}"));
        writer.addDocument(doc("/b", "{\"b\":1}"));
        IndexSearcher s = searcher();
        assertEquals("{\"v\":1}", find(s, "/a"));
        assertTrue(KeyMemo.of(reader.leaves().get(0).reader()).size() > 0, "the look-up was remembered");
        writer.deleteDocuments(new Term("name", "/a"));
        s = searcher();
        assertNull(find(s, "/a"), "deleted after it was remembered");
        writer.addDocument(doc("/a", "{\"v\":2}"));
        s = searcher();
        assertEquals(2, reader.leaves().size());
        assertEquals("{\"v\":2}", find(s, "/a"), "re-added in a later segment");
        assertEquals("{\"v\":2}", find(s, "/a"), "and again, from the memo of both segments");
        assertEquals("{\"b\":1}", find(s, "/b"));
    }

    @Test
    void two_documents_with_one_key_in_one_segment_give_the_live_one() throws Exception {
        writer.addDocument(doc("/a", "{\"v\":1}"));
        writer.updateDocument(new Term("name", "/a"), doc("/a", "{\"v\":2}")); // same buffer: one segment, the first deleted
        IndexSearcher s = searcher();
        assertEquals(1, reader.leaves().size());
        assertEquals("{\"v\":2}", find(s, "/a"));
        assertEquals("{\"v\":2}", find(s, "/a"));
    }

    @Test
    void a_key_asked_before_it_exists_is_found_once_it_does() throws Exception {
        writer.addDocument(doc("/b", "{\"b\":1}"));
        IndexSearcher s = searcher();
        assertNull(find(s, "/later"));
        writer.addDocument(doc("/later", "{\"l\":1}"));
        s = searcher();
        assertEquals("{\"l\":1}", find(s, "/later"));
    }

    @Test
    void keys_no_segment_holds_are_not_remembered() throws Exception {
        writer.addDocument(doc("/b", "{\"b\":1}"));
        IndexSearcher s = searcher();
        assertEquals("{\"b\":1}", find(s, "/b"));
        KeyMemo memo = KeyMemo.of(reader.leaves().get(0).reader());
        int before = memo.size();
        for (int i = 0; i < 1000; i++) assertNull(find(s, "/unknown-" + i));
        assertEquals(before, memo.size());
    }

    @Test
    void the_bound_is_on_all_segments_together() throws Exception {
        writer.addDocument(doc("/a", "{\"a\":1}"));
        searcher();
        writer.addDocument(doc("/b", "{\"b\":1}"));
        searcher();
        assertEquals(2, reader.leaves().size());
        KeyMemo first = KeyMemo.of(reader.leaves().get(0).reader());
        KeyMemo second = KeyMemo.of(reader.leaves().get(1).reader());
        // a key found late is remembered as absent by the segments before it: each put counts
        for (int i = 0; i <= KeyMemo.MAX_KEYS; i++) {
            first.put("k" + i, KeyMemo.ABSENT);
            second.put("k" + i, 0);
        }
        assertTrue(first.size() + second.size() <= KeyMemo.MAX_KEYS,
                "two segments hold " + (first.size() + second.size()) + " keys, over the bound " + KeyMemo.MAX_KEYS);
        assertTrue(KeyMemo.total() <= KeyMemo.MAX_KEYS);
    }
}
