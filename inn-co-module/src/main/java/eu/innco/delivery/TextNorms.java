package eu.innco.delivery;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The norms of one full-text field of one segment as a plain array, made at its first search and
 * dropped when the segment closes. A locale's text field is on one document in seven or eight, so
 * Lucene keeps its norms sparse, and reading one costs a walk of the sparse block: a quarter of a
 * search's time in the profile of issue 18. A segment never changes, so neither do its norms; one
 * byte per document and searched field (80 kB per field at 10,000 items).
 */
final class TextNorms {
    /** Per segment core: the norms of each field searched so far. */
    private static final PerSegment<Map<String, byte[]>> KEPT = PerSegment.core(ConcurrentHashMap::new);

    private TextNorms() {}

    /** The norm of each document of {@code leaf} in {@code field} (0 without), or null when they cannot be kept as bytes. */
    static byte[] of(LeafReader leaf, String field) throws IOException {
        Map<String, byte[]> fields = KEPT.of(leaf);
        if (fields == null) return null;
        byte[] norms = fields.get(field);
        if (norms != null) return norms;
        norms = read(leaf, field);
        if (norms == null) return null;
        byte[] first = fields.putIfAbsent(field, norms); // two first searches at once: both give the one kept
        return first == null ? norms : first;
    }

    private static byte[] read(LeafReader leaf, String field) throws IOException {
        byte[] out = new byte[leaf.maxDoc()];
        NumericDocValues n = leaf.getNormValues(field);
        if (n == null) return out;
        for (int d = n.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = n.nextDoc()) {
            long v = n.longValue();
            if (v != (byte) v) return null; // BM25, the searcher's similarity, keeps each norm in a byte: another one is read as it is
            out[d] = (byte) v;
        }
        return out;
    }
}
