package eu.innco.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;

/** Reads answers out of a delivery index: one node by a key term, or a sorted page of a query, as the bytes kept for it (binary doc values, see {@link AnswerValue}). */
final class IndexSearch {
    private IndexSearch() {}

    static Optional<StoredNode> one(DeliveryIndex index, String endpoint, String locale, String keyField, String key) {
        IndexSearcher s = index.acquire();
        try {
            AnswerValue a = KeyLookup.find(s, endpoint, locale, keyField, key);
            if (a == null) return Optional.empty();
            return Optional.of(new StoredNode(a.json(), a.etag(), a.from().isEmpty() ? locale : a.from(), a.item().substring(a.item().indexOf('|') + 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(s);
        }
    }

    static Page page(DeliveryIndex index, DeliveryQuery q, boolean everything) {
        Query filter = q.filter();
        if (q.geoJson()) filter = new BooleanQuery.Builder().add(filter, Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.HAS_GEO, "y")), Occur.FILTER).build();
        IndexSearcher s = index.acquire();
        try {
            int total = s.count(filter);
            int limit = everything ? Math.max(total, 1) : q.limit();
            List<byte[]> out = new ArrayList<>();
            List<String> etags = new ArrayList<>();
            if (q.offset() < total) {
                int n = (int) Math.min((long) q.offset() + limit, total);
                TopDocs top = s.search(filter, new TopFieldCollectorManager(q.sort(), n, null, Integer.MAX_VALUE));
                ScoreDoc[] docs = top.scoreDocs;
                if (q.geoJson()) {
                    for (byte[] f : DocValueReads.read(s, docs, q.offset(), IndexFields.GEO, b -> BytesRef.deepCopyOf(b).bytes)) if (f != null) out.add(f);
                } else {
                    for (AnswerValue a : DocValueReads.read(s, docs, q.offset(), IndexFields.ANSWER, AnswerValue::decode, IndexFields.ANSWER_STORED)) {
                        if (a == null) continue; // every document has one: a hit without is no answer
                        out.add(a.json());
                        etags.add(a.etag());
                    }
                }
            }
            return new Page(q.offset(), limit, total, out, etags, q.geoJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(s);
        }
    }
}
