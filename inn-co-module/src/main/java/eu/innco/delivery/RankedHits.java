package eu.innco.delivery;

import org.apache.lucene.search.ScoreDoc;

/**
 * The best {@code n} hits offered, best first: higher score, then lower per-item number, then lower
 * document, which is how Lucene's sorted collector orders a relevance sort ending on that number.
 * A binary heap with the worst kept hit on top, so that most hits are turned away by one comparison.
 */
final class RankedHits {
    private final float[] scores;
    private final long[] ties;
    private final int[] docs;
    private int size;

    RankedHits(int n) {
        scores = new float[n];
        ties = new long[n];
        docs = new int[n];
    }

    /** True when a hit of this score cannot enter, whatever its number (a full heap whose worst scores higher). */
    boolean beaten(float score) {
        return size == scores.length && (size == 0 || score < scores[0]);
    }

    /** Whether the document is among the kept hits (a walk may meet a hit again through another word). */
    boolean holds(int doc) {
        for (int i = 0; i < size; i++) if (docs[i] == doc) return true;
        return false;
    }

    void offer(float score, long tie, int doc) {
        if (size < scores.length) {
            set(size, score, tie, doc);
            up(size++);
        } else if (worse(0, score, tie, doc)) {
            set(0, score, tie, doc);
            down(0);
        }
    }

    /** The kept hits, best first. */
    ScoreDoc[] inOrder() {
        ScoreDoc[] out = new ScoreDoc[size];
        for (int i = size - 1; i >= 0; i--) {
            out[i] = new ScoreDoc(docs[0], scores[0]);
            size--;
            set(0, scores[size], ties[size], docs[size]);
            down(0);
        }
        return out;
    }

    /** Whether the kept hit at {@code i} ranks below the hit (score, tie, doc). */
    private boolean worse(int i, float score, long tie, int doc) {
        if (scores[i] != score) return scores[i] < score;
        if (ties[i] != tie) return ties[i] > tie;
        return docs[i] > doc;
    }

    private boolean worse(int i, int j) {
        return worse(i, scores[j], ties[j], docs[j]);
    }

    private void set(int i, float score, long tie, int doc) {
        scores[i] = score;
        ties[i] = tie;
        docs[i] = doc;
    }

    private void swap(int i, int j) {
        float s = scores[i];
        long t = ties[i];
        int d = docs[i];
        set(i, scores[j], ties[j], docs[j]);
        set(j, s, t, d);
    }

    private void up(int i) {
        while (i > 0 && worse(i, (i - 1) / 2)) {
            swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    private void down(int i) {
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int worst = i;
            if (l < size && worse(l, worst)) worst = l;
            if (r < size && worse(r, worst)) worst = r;
            if (worst == i) return;
            swap(i, worst);
            i = worst;
        }
    }
}
