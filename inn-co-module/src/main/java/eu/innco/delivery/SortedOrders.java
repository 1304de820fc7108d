package eu.innco.delivery;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.FixedBitSet;

/**
 * Every document of an endpoint in the order of one sort, made once per reader (Lucene's own sort
 * of all of them, so that the order is Lucene's to the last tie). A list is then its filter's hits
 * as a bit set, counted, and this order walked until the page is full: the profile of issue 18
 * had an uncached list spend half its time comparing each of its hits' doc values in a priority
 * queue. A new reader (every publication) starts afresh. Orders by relevance depend on the query
 * and are not kept.
 */
final class SortedOrders {
    /** Beyond this many documents of one endpoint an order costs too much memory and time to make per reader. */
    static final int MAX_DOCS = 500_000;
    private static final int[] TOO_MANY = new int[0];

    private record Held(Object reader, Map<String, int[]> orders) {}

    private volatile Held held;
    /** The hits of the filters asked, per reader too (see {@link KeptHits}). */
    private final KeptHits hits;

    SortedOrders() { this(KeptHits.defaultBudget()); }

    /** {@code hitBytes}: what the kept hits of one reader may take. */
    SortedOrders(long hitBytes) { hits = new KeptHits(hitBytes); }

    /** Whether {@code sort} may be kept: no relevance in it. */
    static boolean keepable(Sort sort) {
        for (SortField f : sort.getSort()) if (f.getType() == SortField.Type.SCORE || f.getType() == SortField.Type.DOC) return false;
        return true;
    }

    /** The global doc ids of every live document of {@code endpoint}, in the order of {@code sort}; null when too many. */
    int[] order(IndexSearcher s, String endpoint, Sort sort) throws IOException {
        Object key = readerKey(s.getIndexReader());
        Held h = held;
        if (h == null || h.reader() != key) {
            synchronized (this) { // threads meeting a new reader share one map, hence one making of each order
                h = held;
                if (h == null || h.reader() != key) {
                    h = new Held(key, new ConcurrentHashMap<>());
                    held = h;
                }
            }
        }
        String name = endpoint + '\u0000' + sort;
        // one making per order and reader: with 100,000 items (800,000 documents) sixteen requests making
        // the same order at once after a start or a publication held sixteen full sorts and ran out of heap
        int[] order = h.orders().computeIfAbsent(name, n -> {
            try {
                return make(s, endpoint, sort);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return order == TOO_MANY ? null : order;
    }

    /** What identifies a reader's documents and deletions: a reader made after a publication has another key. */
    static Object readerKey(IndexReader r) {
        return r.getReaderCacheHelper() == null ? r : r.getReaderCacheHelper().getKey();
    }

    /** The hits of {@code filter} in the reader of {@code s}, kept for later requests on that reader: read them, never change them. */
    KeptHits.Hits found(IndexSearcher s, Query filter) throws IOException {
        return hits.of(s, filter);
    }

    /** The kept hits (for tests). */
    KeptHits keptHits() { return hits; }

    private static int[] make(IndexSearcher s, String endpoint, Sort sort) throws IOException {
        Query all = new TermQuery(new Term(IndexFields.ENDPOINT, endpoint));
        int n = s.count(all);
        if (n > MAX_DOCS) return TOO_MANY;
        if (n == 0) return new int[0];
        ScoreDoc[] docs = s.search(all, new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE)).scoreDocs;
        int[] order = new int[docs.length];
        for (int i = 0; i < docs.length; i++) order[i] = docs[i].doc;
        return order;
    }

    /** The hits of {@code filter} as global doc ids; {@code cardinality} of the set is the total. */
    static FixedBitSet hits(IndexSearcher s, Query filter) throws IOException {
        int maxDoc = Math.max(s.getIndexReader().maxDoc(), 1);
        if (s.getIndexReader().leaves().size() == 1) return OneSegmentHits.of(s, filter, maxDoc);
        return s.search(filter, new CollectorManager<Collector, FixedBitSet>() {
            @Override
            public Collector newCollector() {
                return new BitsCollector(new FixedBitSet(maxDoc));
            }

            @Override
            public FixedBitSet reduce(java.util.Collection<Collector> collectors) {
                // a searcher without an executor has one collector: its set is the answer, no second set of maxDoc bits
                if (collectors.size() == 1) return ((BitsCollector) collectors.iterator().next()).bits;
                FixedBitSet out = new FixedBitSet(maxDoc);
                for (Collector c : collectors) out.or(((BitsCollector) c).bits);
                return out;
            }
        });
    }

    private record BitsCollector(FixedBitSet bits) implements Collector {
        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            int base = context.docBase;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) {
                    bits.set(base + doc);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** The hits from {@code offset} on, at most {@code n} of them, in {@code order}. */
    static ScoreDoc[] page(int[] order, FixedBitSet hits, int offset, int n) {
        ScoreDoc[] out = new ScoreDoc[n];
        int seen = 0;
        int taken = 0;
        for (int i = 0; i < order.length && taken < n; i++) {
            if (!hits.get(order[i])) continue;
            if (seen++ >= offset) out[taken++] = new ScoreDoc(order[i], Float.NaN);
        }
        return taken == n ? out : java.util.Arrays.copyOf(out, taken);
    }
}
