package eu.innco.delivery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * One document by its key ({@code _path} or {@code _id}) on one endpoint and locale, read segment by
 * segment without a query. Paths and ids have a term of their own that names the endpoint and the
 * locale too ({@link IndexFields#KEY}): one term look-up per segment and its single posting, each
 * segment's answer remembered ({@link KeyMemo}), the answer read by a pooled reader ({@link AnswerReaders}). A
 * three-clause query (key, endpoint, locale) built a weight, scorers and a collector per request and
 * skipped through the endpoint's and the locale's long postings for each candidate: half of an
 * uncached single item's time in the profile of issue 18. Child ids, which have no such term, are
 * found from the id's few postings, each checked against the endpoint's and the locale's.
 * Both stop at the first live match in document order, the one the query's top hit was (filter
 * clauses score alike, so the lowest document won there too).
 */
final class KeyLookup {
    private KeyLookup() {}

    /** The answer of the document, or null when no live document has the key on that endpoint and locale. */
    static AnswerValue find(IndexSearcher s, String endpoint, String locale, String keyField, String key) throws IOException {
        if (IndexFields.PATH.equals(keyField) || IndexFields.ID.equals(keyField)) {
            return unique(s, IndexFields.key(endpoint, locale, keyField, key));
        }
        BytesRef k = new BytesRef(key);
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            LeafReader r = leaf.reader();
            PostingsEnum hits = postings(r, keyField, k);
            if (hits == null) continue;
            Bits live = r.getLiveDocs();
            PostingsEnum endpoints = null;
            PostingsEnum locales = null;
            for (int doc = hits.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = hits.nextDoc()) {
                if (live != null && !live.get(doc)) continue;
                if (endpoints == null) {
                    endpoints = postings(r, IndexFields.ENDPOINT, new BytesRef(endpoint));
                    locales = postings(r, IndexFields.LOCALE, new BytesRef(locale));
                    if (endpoints == null || locales == null) break;
                }
                if (on(endpoints, doc) && on(locales, doc)) return answer(r, doc);
            }
        }
        return null;
    }

    /**
     * The first live document with the key term, segment by segment, through each segment's
     * {@link KeyMemo}: a segment that has answered for a key is not asked again.
     */
    private static AnswerValue unique(IndexSearcher s, String key) throws IOException {
        BytesRef term = null;
        List<KeyMemo> without = null; // segments before the one holding the key: remembered as without it once it is found
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            LeafReader r = leaf.reader();
            KeyMemo memo = KeyMemo.of(r);
            int doc = memo == null ? KeyMemo.UNKNOWN : memo.get(key);
            if (doc == KeyMemo.UNKNOWN) {
                if (term == null) term = new BytesRef(key);
                doc = KeyMemo.look(r, term);
                if (doc == KeyMemo.ABSENT) {
                    if (memo != null) (without == null ? without = new ArrayList<>() : without).add(memo);
                    continue;
                }
                if (memo != null) memo.put(key, doc);
                if (without != null) for (KeyMemo m : without) m.put(key, KeyMemo.ABSENT);
                without = null;
            }
            if (doc == KeyMemo.ABSENT) continue;
            Bits live = r.getLiveDocs();
            if (doc == KeyMemo.SEVERAL) {
                doc = firstLive(postings(r, IndexFields.KEY, term == null ? term = new BytesRef(key) : term), live);
                if (doc < 0) continue;
            } else if (live != null && !live.get(doc)) continue;
            return answer(r, doc);
        }
        return null;
    }

    /** The first document of {@code hits} that {@code live} holds, or -1. */
    private static int firstLive(PostingsEnum hits, Bits live) throws IOException {
        if (hits == null) return -1;
        for (int doc = hits.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = hits.nextDoc()) {
            if (live == null || live.get(doc)) return doc;
        }
        return -1;
    }

    private static PostingsEnum postings(LeafReader r, String field, BytesRef term) throws IOException {
        Terms terms = r.terms(field);
        if (terms == null) return null;
        TermsEnum e = terms.iterator();
        return e.seekExact(term) ? e.postings(null, PostingsEnum.NONE) : null;
    }

    /** Whether {@code p} holds {@code doc}; documents are asked for in increasing order, so the enum only moves forward. */
    private static boolean on(PostingsEnum p, int doc) throws IOException {
        int at = p.docID();
        if (at < doc) at = p.advance(doc);
        return at == doc;
    }

    private static AnswerValue answer(LeafReader r, int doc) throws IOException {
        AnswerValue a = AnswerReaders.read(r, doc);
        if (a != null) return a;
        // the all documents keep their answer as a compressed stored field
        BytesRef b = r.storedFields().document(doc, Set.of(IndexFields.ANSWER_STORED)).getBinaryValue(IndexFields.ANSWER_STORED);
        return b == null ? null : AnswerValue.decode(b);
    }
}
