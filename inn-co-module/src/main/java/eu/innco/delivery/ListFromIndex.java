package eu.innco.delivery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

/**
 * A page of answers read from the index and written as the delivery API's list in one array of its
 * exact size. Doc values are read in doc order and the list is in result order, so each answer's
 * JSON goes first into a scratch array, then once into the list: the scratch arrays are reused, and
 * the list is the one array a page allocates for its results (before, each result was copied out
 * into an array of its own, then all of them into the list: twice the garbage, and a young
 * collection every fifth of a second under a list load, issue 18).
 */
final class ListFromIndex {
    /** Scratch arrays kept for reuse: as many as lists are usually made at once, none larger than a big list. */
    private static final int KEEP = 8;
    private static final int KEEP_BYTES = 1 << 20;
    private static final ArrayBlockingQueue<byte[]> SCRATCH = new ArrayBlockingQueue<>(KEEP);

    private ListFromIndex() {}

    static Page read(IndexSearcher s, ScoreDoc[] docs, int from, int offset, int limit, long total) throws IOException {
        int n = Math.max(docs.length - from, 0);
        Scratch scratch = new Scratch(n);
        try {
            DocValueReads.each(s, docs, from, IndexFields.ANSWER, IndexFields.ANSWER_STORED, scratch);
            return scratch.page(offset, limit, total);
        } finally {
            scratch.giveBack();
        }
    }

    /** The answers' JSON in doc order, where each one is, and the ETags. */
    private static final class Scratch implements DocValueReads.Hit {
        private byte[] bytes;
        private int used;
        private final int[] at;
        private final int[] length;
        private final String[] etags;

        Scratch(int n) {
            byte[] kept = SCRATCH.poll();
            bytes = kept != null ? kept : new byte[64 * 1024];
            at = new int[n];
            length = new int[n];
            Arrays.fill(length, -1); // a hit without an answer is no result
            etags = new String[n];
        }

        @Override
        public void read(int i, BytesRef b) {
            int start = AnswerValue.jsonStart(b);
            int l = b.offset + b.length - start;
            if (used + l > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, used + l));
            System.arraycopy(b.bytes, start, bytes, used, l);
            at[i] = used;
            length[i] = l;
            used += l;
            etags[i] = AnswerValue.etag(b);
        }

        Page page(int offset, int limit, long total) {
            byte[] head = ListJson.head(offset, limit, total);
            int count = 0;
            for (int l : length) if (l >= 0) count++;
            byte[] out = new byte[ListJson.size(head, count, used)];
            System.arraycopy(head, 0, out, 0, head.length);
            int to = head.length;
            int[] bounds = new int[2 * count];
            List<String> tags = new ArrayList<>(count);
            int r = 0;
            for (int i = 0; i < length.length; i++) {
                if (length[i] < 0) continue;
                if (r > 0) out[to++] = ',';
                System.arraycopy(bytes, at[i], out, to, length[i]);
                bounds[2 * r] = to;
                bounds[2 * r + 1] = to + length[i];
                to += length[i];
                tags.add(etags[i]);
                r++;
            }
            ListJson.end(out, to);
            return Page.written(offset, limit, total, out, bounds, tags);
        }

        void giveBack() {
            if (bytes.length <= KEEP_BYTES) SCRATCH.offer(bytes);
        }
    }
}
