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
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.BytesRef;

/** Reads answers out of a delivery index: one node by a key term, or a sorted page of a query, as the bytes kept for it (binary doc values, see {@link AnswerValue}). */
final class IndexSearch {
    /** Pages ending at most this far down are sorted and counted in one pass. */
    private static final int ONE_PASS = 1000;
    /** The walk of a kept order is taken when at least one document of the order in this many is a hit: a step of the walk
     * (an array read and a bit) costs a few nanoseconds, sorting a hit by its doc values some hundreds. */
    private static final int WALK_SPREAD = 256;

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
            long wanted = (long) q.offset() + q.limit();
            TopDocs top = null;
            int total;
            SortedOrders orders = index.orders();
            if (!everything && RelevanceTop.applies(q)) {
                KeptHits.Hits found = orders == null ? KeptHits.found(s, filter) : orders.found(s, filter);
                FixedBitSet hits = found.bits();
                total = found.total();
                if (q.offset() >= total) return answers(s, q, 0, new ScoreDoc[0], q.limit(), total);
                return answers(s, q, q.offset(), RelevanceTop.top(s, hits, total, q.words(), (int) Math.min(wanted, total)), q.limit(), total);
            }
            if (!everything && orders != null && SortedOrders.keepable(q.sort())) {
                KeptHits.Hits kept = orders.found(s, filter); // kept per reader: the same list again finds nothing again
                FixedBitSet hits = kept.bits();
                total = kept.total();
                int[] order = total == 0 ? null : orders.order(s, q.endpoint(), q.sort());
                // a few hits far apart in a long order: sorting the hits themselves is cheaper than the walk
                if (order != null && (long) total * WALK_SPREAD >= order.length) {
                    ScoreDoc[] docs = q.offset() < total ? SortedOrders.page(order, hits, q.offset(), q.limit()) : new ScoreDoc[0];
                    return answers(s, q, 0, docs, q.limit(), total);
                }
            }
            if (!everything && wanted <= ONE_PASS) {
                // one pass counts every hit and keeps the sorted first ones; skipping hits that cannot reach the top
                // (a threshold below the total) cost more than it saved here: walking the points of the whole index
                top = s.search(filter, new TopFieldCollectorManager(q.sort(), (int) wanted, null, Integer.MAX_VALUE));
                total = Math.toIntExact(top.totalHits.value);
            } else {
                total = s.count(filter); // first, so that the sorted pass never keeps room for more hits than there are
            }
            int limit = everything ? Math.max(total, 1) : q.limit();
            if (q.offset() >= total) return answers(s, q, 0, new ScoreDoc[0], limit, total);
            int n = (int) Math.min((long) q.offset() + limit, total);
            if (top == null) top = s.search(filter, new TopFieldCollectorManager(q.sort(), n, null, Integer.MAX_VALUE));
            return answers(s, q, q.offset(), top.scoreDocs, limit, total);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(s);
        }
    }

    /** The page of the hits {@code docs} from {@code from} on: their answers (or features) as kept in the index. */
    private static Page answers(IndexSearcher s, DeliveryQuery q, int from, ScoreDoc[] docs, int limit, int total) throws IOException {
        if (!q.geoJson()) return ListFromIndex.read(s, docs, from, q.offset(), limit, total);
        List<byte[]> out = new ArrayList<>();
        for (byte[] f : DocValueReads.read(s, docs, from, IndexFields.GEO, b -> BytesRef.deepCopyOf(b).bytes)) if (f != null) out.add(f);
        return new Page(q.offset(), limit, total, out, List.of(), true);
    }
}
