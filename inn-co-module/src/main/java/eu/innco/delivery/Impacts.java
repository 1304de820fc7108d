package eu.innco.delivery;

import java.util.Arrays;

/**
 * A word's postings in one segment ordered so that the best scores come first whatever the
 * collection's statistics: in groups of equal frequency (highest first), each group by the
 * document's length (its norm byte, shortest first), then by document. BM25 scores a word higher
 * with a higher frequency or a shorter document, but how it weighs one against the other depends
 * on the average length, which changes with every publication; within a group only the length
 * differs, so each group's first posting not yet taken is that group's best, and the best of the
 * group heads is the word's best posting not yet taken. {@code order} holds indices into the
 * column's arrays; group {@code g} is {@code order[starts[g]]} up to {@code order[starts[g + 1]]}.
 */
record Impacts(int[] order, int[] starts, float[] freqs, byte[] norms) {
    /** Beyond this many distinct frequencies the groups' heads cost more to compare than they save: no order then. */
    static final int MAX_GROUPS = 64;

    static Impacts of(int[] docs, float[] freqs, byte[] norms) {
        long[] keys = new long[docs.length];
        for (int i = 0; i < docs.length; i++) {
            long f = (long) freqs[i];
            // higher frequency first (frequencies are whole numbers under 2^23), then the unsigned norm (a longer document has a higher one)
            keys[i] = ((0x7FFFFFL - Math.min(f, 0x7FFFFFL)) << 40) | ((long) (norms[docs[i]] & 0xFF) << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[docs.length];
        int[] starts = new int[MAX_GROUPS + 1];
        float[] groupFreqs = new float[MAX_GROUPS];
        int groups = 0;
        for (int i = 0; i < keys.length; i++) {
            order[i] = (int) keys[i];
            float f = freqs[order[i]];
            if (groups == 0 || groupFreqs[groups - 1] != f) {
                if (groups == MAX_GROUPS) return null;
                starts[groups] = i;
                groupFreqs[groups++] = f;
            }
        }
        starts[groups] = docs.length;
        return new Impacts(order, Arrays.copyOf(starts, groups + 1), Arrays.copyOf(groupFreqs, groups), norms);
    }

    int groups() {
        return freqs.length;
    }
}
