package eu.innco.delivery;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Reads one binary doc value of each hit, in the hits' order. Doc values are read forward only, so
 * the hits are visited in doc order (per leaf) and the values put back in result order.
 */
final class DocValueReads {
    private DocValueReads() {}

    /** {@code read} of each hit from {@code from} on; null where a document has no value. */
    static <T> List<T> read(IndexSearcher s, ScoreDoc[] docs, int from, String field, Function<BytesRef, T> read) throws IOException {
        return read(s, docs, from, field, read, null);
    }

    /**
     * {@link #read}, with {@code stored}: a stored field that a document without the doc value has
     * instead (the {@code all} documents keep their large answers compressed); null for none.
     */
    static <T> List<T> read(IndexSearcher s, ScoreDoc[] docs, int from, String field, Function<BytesRef, T> read, String stored)
            throws IOException {
        Object[] out = new Object[Math.max(docs.length - from, 0)];
        each(s, docs, from, field, stored, (i, b) -> out[i] = read.apply(b));
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Arrays.asList(out);
        return list;
    }

    /** What reads a hit's value: {@code i} is the hit's place from {@code from} on; {@code b} is valid during the call only. */
    interface Hit {
        void read(int i, BytesRef b) throws IOException;
    }

    /** Hands each hit's value from {@code from} on to {@code hit}, in doc order; a document with no value is skipped. */
    static void each(IndexSearcher s, ScoreDoc[] docs, int from, String field, String stored, Hit hit) throws IOException {
        int n = Math.max(docs.length - from, 0);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt(i -> docs[from + i].doc));
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        BinaryDocValues dv = null;
        int leaf = -1;
        for (int i : order) {
            int doc = docs[from + i].doc;
            int l = ReaderUtil.subIndex(doc, leaves);
            if (l != leaf) {
                leaf = l;
                dv = leaves.get(l).reader().getBinaryDocValues(field);
            }
            if (dv != null && dv.advanceExact(doc - leaves.get(l).docBase)) hit.read(i, dv.binaryValue());
            else if (stored != null) {
                BytesRef b = s.storedFields().document(doc, java.util.Set.of(stored)).getBinaryValue(stored);
                if (b != null) hit.read(i, b);
            }
        }
    }
}
