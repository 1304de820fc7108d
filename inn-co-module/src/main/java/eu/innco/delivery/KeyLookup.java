package eu.innco.delivery;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
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
 * locale too ({@link IndexFields#KEY}): one term look-up per segment and its single posting. A
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
            return unique(s, new BytesRef(IndexFields.key(endpoint, locale, keyField, key)));
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

    private static AnswerValue unique(IndexSearcher s, BytesRef term) throws IOException {
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            LeafReader r = leaf.reader();
            PostingsEnum hits = postings(r, IndexFields.KEY, term);
            if (hits == null) continue;
            Bits live = r.getLiveDocs();
            for (int doc = hits.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = hits.nextDoc()) {
                if (live == null || live.get(doc)) return answer(r, doc);
            }
        }
        return null;
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
        BinaryDocValues dv = r.getBinaryDocValues(IndexFields.ANSWER);
        if (dv != null && dv.advanceExact(doc)) return AnswerValue.decode(dv.binaryValue());
        // the all documents keep their answer as a compressed stored field
        BytesRef b = r.storedFields().document(doc, Set.of(IndexFields.ANSWER_STORED)).getBinaryValue(IndexFields.ANSWER_STORED);
        return b == null ? null : AnswerValue.decode(b);
    }
}
