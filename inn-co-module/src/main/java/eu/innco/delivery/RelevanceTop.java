package eu.innco.delivery;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.similarities.BM25Similarity;
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
 * the norms, it skipped almost nothing and cost more than it saved. Each word's postings are read
 * once per segment into arrays ({@link WordPostings}), and pages ending within the first
 * {@link #WALK_MAX} hits are found from the words' best postings down ({@link ImpactWalk}),
 * scoring a few hundred hits instead of every one; when the walk would take too long (a filter
 * that keeps few of the words' documents), or cannot be taken, every hit is scored.
 */
final class RelevanceTop {
    /** Pages ending at most this far down are found by {@link ImpactWalk}: it checks each new hit against the kept ones. */
    static final int WALK_MAX = 100;
    /** For tests: searches ranked by the walk, and walks given up for the scan of every hit. */
    static final java.util.concurrent.atomic.LongAdder WALKED = new java.util.concurrent.atomic.LongAdder();
    static final java.util.concurrent.atomic.LongAdder GAVE_UP = new java.util.concurrent.atomic.LongAdder();

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

    /** The first {@code n} of {@code hits} ({@code total} of them, every one holding every word) in the order of {@link #applies the sort}. */
    static ScoreDoc[] top(IndexSearcher s, FixedBitSet hits, int total, List<Term> words, int n) throws IOException {
        int k = words.size();
        String field = words.get(0).field();
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        WordPostings.Column[][] columns = new WordPostings.Column[leaves.size()][k];
        SimScorer[] sims = new SimScorer[k];
        CollectionStatistics collection = s.collectionStatistics(field);
        for (int i = 0; i < k; i++) {
            // the statistics TermStates gathers for TermQuery's weight (summed over the segments), with a boost of 1 as the delivery query gives every word
            int docFreq = 0;
            long totalTermFreq = 0;
            for (LeafReaderContext leaf : leaves) {
                WordPostings.Column c = WordPostings.of(leaf.reader(), words.get(i));
                columns[leaf.ord][i] = c;
                docFreq += c.docFreq();
                totalTermFreq += c.totalTermFreq();
            }
            if (docFreq == 0 || collection == null) return new ScoreDoc[0]; // a word nowhere: no hits
            sims[i] = s.getSimilarity().scorer(1f, collection, s.termStatistics(words.get(i), docFreq, totalTermFreq));
        }
        boolean walk = n <= WALK_MAX && s.getSimilarity().getClass() == BM25Similarity.class;
        RankedHits ranked = new RankedHits(n);
        if (walk) {
            // the walk takes at most half as many postings as there are hits before scoring every hit instead
            int budget = Math.max(WALK_MAX, total / 2);
            for (LeafReaderContext leaf : leaves) {
                if (!hasHits(hits, leaf)) continue;
                if (!ImpactWalk.walk(leaf, columns[leaf.ord], sims, hits, ranked, budget)) {
                    walk = false;
                    break;
                }
            }
            if (walk) {
                WALKED.increment();
                return ranked.inOrder();
            }
            GAVE_UP.increment();
            ranked = new RankedHits(n);
        }
        for (LeafReaderContext leaf : leaves) scan(hits, leaf, field, columns[leaf.ord], sims, ranked, words);
        return ranked.inOrder();
    }

    private static boolean hasHits(FixedBitSet hits, LeafReaderContext leaf) {
        int first = leaf.docBase < hits.length() ? hits.nextSetBit(leaf.docBase) : DocIdSetIterator.NO_MORE_DOCS;
        return first < leaf.docBase + leaf.reader().maxDoc();
    }

    /** Scores every hit of the segment. */
    private static void scan(FixedBitSet hits, LeafReaderContext leaf, String field, WordPostings.Column[] cols, SimScorer[] sims,
                             RankedHits ranked, List<Term> words) throws IOException {
        int k = cols.length;
        int[] at = new int[k];
        int base = leaf.docBase;
        int end = base + leaf.reader().maxDoc();
        int first = base < hits.length() ? hits.nextSetBit(base) : DocIdSetIterator.NO_MORE_DOCS;
        if (first >= end) return;
        byte[] norms = TextNorms.of(leaf.reader(), field);
        NumericDocValues sparse = norms == null ? leaf.reader().getNormValues(field) : null;
        NumericDocValues tie = leaf.reader().getNumericDocValues(IndexFields.TIE);
        for (int doc = first; doc < end; doc = doc + 1 < hits.length() ? hits.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            int local = doc - base;
            long norm = norms != null ? norms[local] : sparse != null && sparse.advanceExact(local) ? sparse.longValue() : 1L;
            double sum = 0;
            for (int i = 0; i < k; i++) {
                int[] docs = cols[i].docs();
                int j = at[i];
                if (j >= docs.length || docs[j] != local) j = WordPostings.advance(docs, j, local);
                if (j >= docs.length || docs[j] != local) throw new IllegalStateException("a hit without the word " + words.get(i));
                at[i] = j;
                sum += sims[i].score(cols[i].freqs()[j], norm);
            }
            float score = (float) sum;
            if (ranked.beaten(score)) continue;
            // SortField's LONG comparator reads a missing value as 0
            long t = tie != null && tie.advanceExact(local) ? tie.longValue() : 0L;
            ranked.offer(score, t, doc);
        }
    }
}
