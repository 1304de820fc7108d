package eu.innco.delivery;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.FixedBitSet;

/**
 * The first hits of a full-text search in relevance order (score, then the per-item number, then
 * the document), scored one word at a time over the hits already found. The profile of issue 18 had
 * a search spend most of its time in Lucene's scoring conjunction: every hit advanced through the
 * endpoint and locale postings too, read its norm out of a sparse block, and went through the
 * sorting collector's comparators. Here the filters are matched once without scores (a bit set,
 * which also gives the total), and each hit is scored as Lucene's term scorer scores it (the same
 * statistics, the same similarity, frequency and norm), the words summed in double and rounded to
 * float as Lucene's conjunction sums them, so that the scores, and with them the order, are the
 * same to the last bit. Block-max WAND was measured and dropped: with scores that differ only in
 * the norms, it skipped almost nothing and cost more than it saved.
 */
final class RelevanceTop {
    private RelevanceTop() {}

    /** Whether a query is ranked by relevance alone, with distinct words (Lucene merges repeated ones into one boosted clause). */
    static boolean applies(DeliveryQuery q) {
        List<Term> words = q.words();
        if (words.isEmpty() || new HashSet<>(words).size() != words.size()) return false;
        String field = words.get(0).field();
        for (Term t : words) if (!t.field().equals(field)) return false;
        SortField[] f = q.sort().getSort();
        return f.length == 2 && f[0].equals(SortField.FIELD_SCORE) && IndexFields.TIE.equals(f[1].getField())
                && f[1].getType() == SortField.Type.LONG && !f[1].getReverse() && f[1].getMissingValue() == null;
    }

    /** The first {@code n} of {@code hits} (every one holds every word) in the order of {@link #applies the sort}. */
    static ScoreDoc[] top(IndexSearcher s, FixedBitSet hits, List<Term> words, int n) throws IOException {
        int k = words.size();
        String field = words.get(0).field();
        TermStates[] states = new TermStates[k];
        SimScorer[] sims = new SimScorer[k];
        CollectionStatistics collection = s.collectionStatistics(field);
        for (int i = 0; i < k; i++) {
            // what TermQuery's weight does with a boost of 1, which the delivery query gives every word
            states[i] = TermStates.build(s, words.get(i), true);
            if (states[i].docFreq() == 0 || collection == null) return new ScoreDoc[0]; // a word nowhere: no hits
            sims[i] = s.getSimilarity().scorer(1f, collection, s.termStatistics(words.get(i), states[i].docFreq(), states[i].totalTermFreq()));
        }
        RankedHits ranked = new RankedHits(n);
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            int base = leaf.docBase;
            int end = base + leaf.reader().maxDoc();
            int first = base < hits.length() ? hits.nextSetBit(base) : DocIdSetIterator.NO_MORE_DOCS;
            if (first >= end) continue;
            PostingsEnum[] postings = new PostingsEnum[k];
            for (int i = 0; i < k; i++) postings[i] = postings(leaf, states[i], words.get(i));
            byte[] norms = TextNorms.of(leaf.reader(), field);
            NumericDocValues sparse = norms == null ? leaf.reader().getNormValues(field) : null;
            NumericDocValues tie = leaf.reader().getNumericDocValues(IndexFields.TIE);
            for (int doc = first; doc < end; doc = doc + 1 < hits.length() ? hits.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                int local = doc - base;
                long norm = norms != null ? norms[local] : sparse != null && sparse.advanceExact(local) ? sparse.longValue() : 1L;
                double sum = 0;
                for (int i = 0; i < k; i++) {
                    PostingsEnum p = postings[i];
                    if (p.docID() < local && p.advance(local) != local) throw new IllegalStateException("a hit without the word " + words.get(i));
                    sum += sims[i].score(p.freq(), norm);
                }
                float score = (float) sum;
                if (ranked.beaten(score)) continue;
                // SortField's LONG comparator reads a missing value as 0
                long t = tie != null && tie.advanceExact(local) ? tie.longValue() : 0L;
                ranked.offer(score, t, doc);
            }
        }
        return ranked.inOrder();
    }

    private static PostingsEnum postings(LeafReaderContext leaf, TermStates states, Term word) throws IOException {
        TermState state = states.get(leaf);
        LeafReader reader = leaf.reader();
        Terms terms = state == null ? null : reader.terms(word.field());
        if (terms == null) throw new IllegalStateException("a hit without the word " + word);
        TermsEnum te = terms.iterator();
        te.seekExact(word.bytes(), state);
        return te.postings(null, PostingsEnum.FREQS);
    }
}
