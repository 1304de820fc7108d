package eu.innco.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/** Reads answers out of a delivery index: one node by a key term, or a sorted page of a query, as stored bytes. */
final class IndexSearch {
    private static final Set<String> NODE_FIELDS = Set.of(IndexFields.JSON, IndexFields.ETAG, IndexFields.FROM);
    /** One node's fields: also its item, which answer caches drop the answer with. */
    private static final Set<String> ONE_FIELDS = Set.of(IndexFields.JSON, IndexFields.ETAG, IndexFields.FROM, IndexFields.ITEM);

    private IndexSearch() {}

    static Optional<StoredNode> one(DeliveryIndex index, String endpoint, String locale, String keyField, String key) {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(keyField, key)), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.ENDPOINT, endpoint)), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.LOCALE, locale)), Occur.FILTER).build();
        IndexSearcher s = index.acquire();
        try {
            TopDocs top = s.search(q, 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            Document d = s.storedFields().document(top.scoreDocs[0].doc, ONE_FIELDS);
            String from = d.get(IndexFields.FROM);
            String item = d.get(IndexFields.ITEM);
            return Optional.of(new StoredNode(bytes(d.getBinaryValue(IndexFields.JSON)), d.get(IndexFields.ETAG), from == null ? locale : from,
                    item.substring(item.indexOf('|') + 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(s);
        }
    }

    private static byte[] bytes(org.apache.lucene.util.BytesRef b) {
        return b.offset == 0 && b.length == b.bytes.length ? b.bytes : java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
    }

    /** GeoJSON Features from doc values, in result order (doc values are read forward, so per leaf in doc order). */
    private static List<byte[]> geo(IndexSearcher s, ScoreDoc[] docs, int from) throws IOException {
        byte[][] out = new byte[docs.length - from][];
        Integer[] order = new Integer[out.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> docs[from + i].doc));
        List<org.apache.lucene.index.LeafReaderContext> leaves = s.getIndexReader().leaves();
        org.apache.lucene.index.BinaryDocValues dv = null;
        int leaf = -1;
        for (int i : order) {
            int doc = docs[from + i].doc;
            int l = org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves);
            if (l != leaf) {
                leaf = l;
                dv = leaves.get(l).reader().getBinaryDocValues(IndexFields.GEO);
            }
            int local = doc - leaves.get(l).docBase;
            if (dv != null && dv.advanceExact(local)) out[i] = org.apache.lucene.util.BytesRef.deepCopyOf(dv.binaryValue()).bytes;
        }
        List<byte[]> list = new ArrayList<>();
        for (byte[] b : out) if (b != null) list.add(b);
        return list;
    }

    static Page page(DeliveryIndex index, DeliveryQuery q, boolean everything) {
        Query filter = q.filter();
        if (q.geoJson()) filter = new BooleanQuery.Builder().add(filter, Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.HAS_GEO, "y")), Occur.FILTER).build();
        String field = q.geoJson() ? IndexFields.GEO : IndexFields.JSON;
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
                    out.addAll(geo(s, docs, q.offset()));
                } else {
                    StoredFields stored = s.storedFields();
                    for (int i = q.offset(); i < docs.length; i++) {
                        Document d = stored.document(docs[i].doc, NODE_FIELDS);
                        out.add(bytes(d.getBinaryValue(field)));
                        etags.add(d.get(IndexFields.ETAG));
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
