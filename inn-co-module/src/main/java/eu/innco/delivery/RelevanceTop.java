package eu.innco.delivery;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The first hits of a full-text search in relevance order (score, then the per-item number, then
 * the document), scored one word at a time over the hits already found. The profile of issue 18 had
 * a search spend most of its time in Lucene's scoring conjunction: every hit advanced through the
 * endpoint and locale postings too, and went through the sorting collector's comparators. Here the
 * filters are matched once without scores (a bit set, which also gives the total), and each hit is
 * scored by Lucene's own scorer of each word, summed in double and rounded to float as Lucene's
 * conjunction does, so that the scores, and with them the order, are the same to the last bit.
 * Block-max WAND was measured and dropped: with scores that differ only in the norms, it skipped
 * almost nothing and cost more than it saved.
 */
final class RelevanceTop {
    private RelevanceTop() {}

    /** Whether a query is ranked by relevance alone, with distinct words (Lucene merges repeated ones into one boosted clause). */
    static boolean applies(DeliveryQuery q) {
        List<Term> words = q.words();
        if (words.isEmpty() || new HashSet<>(words).size() != words.size()) return false;
        SortField[] f = q.sort().getSort();
        return f.length == 2 && f[0].equals(SortField.FIELD_SCORE) && IndexFields.TIE.equals(f[1].getField())
                && f[1].getType() == SortField.Type.LONG && !f[1].getReverse() && f[1].getMissingValue() == null;
    }

    /** The first {@code n} of {@code hits} (every one holds every word) in the order of {@link #applies the sort}. */
    static ScoreDoc[] top(IndexSearcher s, FixedBitSet hits, List<Term> words, int n) throws IOException {
        Weight[] weights = new Weight[words.size()];
        for (int i = 0; i < weights.length; i++) weights[i] = s.createWeight(s.rewrite(new TermQuery(words.get(i))), ScoreMode.COMPLETE, 1f);
        RankedHits ranked = new RankedHits(n);
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            int base = leaf.docBase;
            int end = base + leaf.reader().maxDoc();
            int first = base < hits.length() ? hits.nextSetBit(base) : DocIdSetIterator.NO_MORE_DOCS;
            if (first >= end) continue;
            Scorer[] scorers = new Scorer[weights.length];
            DocIdSetIterator[] postings = new DocIdSetIterator[weights.length];
            for (int i = 0; i < weights.length; i++) {
                scorers[i] = weights[i].scorer(leaf);
                if (scorers[i] == null) throw new IllegalStateException("a hit without the word " + words.get(i));
                postings[i] = scorers[i].iterator();
            }
            NumericDocValues tie = leaf.reader().getNumericDocValues(IndexFields.TIE);
            for (int doc = first; doc < end; doc = doc + 1 < hits.length() ? hits.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                int local = doc - base;
                double sum = 0;
                for (int i = 0; i < scorers.length; i++) {
                    if (postings[i].docID() < local && postings[i].advance(local) != local) {
                        throw new IllegalStateException("a hit without the word " + words.get(i));
                    }
                    sum += scorers[i].score();
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
}
