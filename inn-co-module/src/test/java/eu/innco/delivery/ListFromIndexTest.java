package eu.innco.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A page read from the index and written as one list holds the answers in result order, whatever
 * the doc order and the segments, with their ETags; a document keeping its answer stored is read
 * from there, one with no answer is left out; answers larger than a scratch array, and many pages
 * in a row (reusing the scratch arrays), come out whole. The list is byte for byte the one written
 * from the results one by one.
 */
class ListFromIndexTest {
    @Test
    void a_page_written_from_the_index_is_the_list_of_its_results_in_result_order() throws Exception {
        Random random = new Random(18);
        List<String> jsons = new ArrayList<>();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int doc = 0; doc < 60; doc++) {
                // a few answers far larger than the 64 KB a scratch array starts with
                String text = "x".repeat(doc % 17 == 5 ? 90_000 + doc : 10 + random.nextInt(300));
                String json = "{\"n\":" + doc + ",\"t\":\"" + text + "\",\"el\":\"Συνεργασία\"}";
                jsons.add(json);
                Document d = new Document();
                org.apache.lucene.util.BytesRef answer = AnswerValue.encode(json.getBytes(StandardCharsets.UTF_8), "\"e" + doc + "\"", "en", "caseStudies|" + doc);
                if (doc == 7) d.add(new StoredField(IndexFields.ANSWER_STORED, answer)); // an "all" document keeps it stored
                else if (doc != 11) d.add(new BinaryDocValuesField(IndexFields.ANSWER, answer)); // 11 has none
                w.addDocument(d);
                if (doc % 9 == 8) w.commit(); // several segments
            }
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                assertEquals(7, r.leaves().size());
                IndexSearcher s = new IndexSearcher(r);
                for (int round = 0; round < 30; round++) {
                    List<Integer> docs = new ArrayList<>();
                    for (int i = 0; i < 60; i++) docs.add(i);
                    Collections.shuffle(docs, random);
                    docs = docs.subList(0, 5 + random.nextInt(30));
                    if (round == 0) docs.addAll(0, List.of(7, 11, 5, 22));
                    ScoreDoc[] hits = docs.stream().map(d -> new ScoreDoc(d, 1f)).toArray(ScoreDoc[]::new);
                    int from = random.nextInt(3);
                    Page page = ListFromIndex.read(s, hits, from, 40 + from, 20, 1234);
                    List<byte[]> expected = new ArrayList<>();
                    List<String> etags = new ArrayList<>();
                    for (int d : docs.subList(from, docs.size())) {
                        if (d == 11) continue;
                        expected.add(jsons.get(d).getBytes(StandardCharsets.UTF_8));
                        etags.add("\"e" + d + "\"");
                    }
                    assertEquals(expected.size(), page.size());
                    assertEquals(etags, page.etags());
                    for (int i = 0; i < expected.size(); i++) assertArrayEquals(expected.get(i), page.results().get(i), "result " + i);
                    byte[] list = ListJson.write(40 + from, 20, 1234, expected);
                    assertArrayEquals(list, page.listBody(), "round " + round);
                    assertArrayEquals(list, new Page(40 + from, 20, 1234, expected, etags, false).listBody());
                }
                Page empty = ListFromIndex.read(s, new ScoreDoc[0], 0, 0, 20, 0);
                assertEquals("{\"offset\":0,\"limit\":20,\"total\":0,\"results\":[]}", new String(empty.listBody(), StandardCharsets.UTF_8));
            }
        }
    }
}
