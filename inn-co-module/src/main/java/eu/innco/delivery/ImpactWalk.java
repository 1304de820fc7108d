package eu.innco.delivery;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.FixedBitSet;

/**
 * The best hits of one segment found from the words' best postings down, stopping as soon as no
 * posting left can reach the page (the threshold algorithm): each step takes one word's best
 * posting not yet taken (the words in turn); a hit is scored in full as {@link RelevanceTop} scores
 * it (so its score is the same to the last bit); and the walk stops once the sum of every word's
 * best posting left scores below the page's worst hit. An equal sum does not stop it: a hit of the
 * same score may still come first by its per-item number. Every hit holds every word, so once one
 * word's postings are all taken, every hit has been seen. When the filter keeps few of the words'
 * documents the walk may take many postings for few hits; past {@code budget} postings it gives up
 * and the caller scores every hit instead.
 */
final class ImpactWalk {
    private ImpactWalk() {}

    /**
     * Offers the segment's best hits to {@code ranked}; false (having offered some) when the budget ran out, or when a word
     * has no impacts in the segment (its field's norms not kept as bytes, or too many frequencies).
     */
    static boolean walk(LeafReaderContext leaf, WordPostings.Column[] cols, SimScorer[] sims, FixedBitSet hits, RankedHits ranked,
                        int budget) throws IOException {
        int k = cols.length;
        for (WordPostings.Column c : cols) if (c.impacts() == null) return false;
        int base = leaf.docBase;
        NumericDocValues tie = null;
        Cursor[] cursors = new Cursor[k];
        for (int i = 0; i < k; i++) cursors[i] = new Cursor(cols[i].impacts(), cols[i], sims[i]);
        for (int taken = 0, i = 0; ; taken++, i = (i + 1) % k) {
            double bound = 0;
            for (Cursor c : cursors) {
                if (c.best < 0) return true; // a word with every posting taken: every hit seen
                bound += c.bestScore;
            }
            if (ranked.beaten((float) bound)) return true;
            if (taken == budget) return false;
            Cursor c = cursors[i];
            int posting = c.take();
            int local = cols[i].docs()[posting];
            if (!hits.get(base + local) || ranked.holds(base + local)) continue;
            byte norm = c.impacts.norms()[local];
            double sum = 0;
            for (int j = 0; j < k; j++) {
                int p = j == i ? posting : WordPostings.advance(cols[j].docs(), 0, local);
                if (p >= cols[j].docs().length || cols[j].docs()[p] != local) throw new IllegalStateException("a hit without a word");
                sum += sims[j].score(cols[j].freqs()[p], norm);
            }
            float score = (float) sum;
            if (ranked.beaten(score)) continue;
            // doc values are read forwards only: hits come in any order here, so a hit before the last one read starts again
            if (tie == null || tie.docID() >= local) tie = leaf.reader().getNumericDocValues(IndexFields.TIE);
            // SortField's LONG comparator reads a missing value as 0
            long t = tie != null && tie.advanceExact(local) ? tie.longValue() : 0L;
            ranked.offer(score, t, base + local);
        }
    }

    /** One word's postings from the best down: each frequency group's next posting, the groups in a heap by that posting's score. */
    private static final class Cursor {
        final Impacts impacts;
        final WordPostings.Column col;
        final SimScorer sim;
        final int[] next;
        final float[] heads;
        final int[] heap;
        int size;
        int best;
        float bestScore;

        Cursor(Impacts impacts, WordPostings.Column col, SimScorer sim) {
            this.impacts = impacts;
            this.col = col;
            this.sim = sim;
            int groups = impacts.groups();
            next = new int[groups];
            heads = new float[groups];
            heap = new int[groups];
            for (int g = 0; g < groups; g++) {
                next[g] = impacts.starts()[g];
                heads[g] = head(g);
                heap[size] = g;
                up(size++);
            }
            pickBest();
        }

        /** The best posting not yet taken (an index into the column), taken. */
        int take() {
            int g = best;
            int posting = impacts.order()[next[g]++];
            if (next[g] == impacts.starts()[g + 1]) heap[0] = heap[--size];
            else heads[g] = head(g);
            down(0);
            pickBest();
            return posting;
        }

        private float head(int g) {
            return sim.score(impacts.freqs()[g], impacts.norms()[col.docs()[impacts.order()[next[g]]]]);
        }

        private void pickBest() {
            best = size == 0 ? -1 : heap[0];
            bestScore = size == 0 ? Float.NEGATIVE_INFINITY : heads[best];
        }

        private void up(int i) {
            while (i > 0 && heads[heap[i]] > heads[heap[(i - 1) / 2]]) {
                swap(i, (i - 1) / 2);
                i = (i - 1) / 2;
            }
        }

        private void down(int i) {
            while (true) {
                int l = 2 * i + 1;
                int top = i;
                if (l < size && heads[heap[l]] > heads[heap[top]]) top = l;
                if (l + 1 < size && heads[heap[l + 1]] > heads[heap[top]]) top = l + 1;
                if (top == i) return;
                swap(i, top);
                i = top;
            }
        }

        private void swap(int i, int j) {
            int t = heap[i];
            heap[i] = heap[j];
            heap[j] = t;
        }
    }
}
