package eu.innco.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.lucene.util.BytesRef;

/**
 * One document's finished answer as a binary doc value ({@link IndexFields#ANSWER}): its ETag, the
 * locale its values came from and its item key, each behind a two-byte length, then the JSON bytes
 * as they are sent. Lucene keeps binary doc values uncompressed and memory-mapped, so a list of 20
 * is 20 slice copies, where stored fields decompressed a block (and its dictionary) per result
 * (a third of an uncached list's time in the profile of issue 18).
 */
record AnswerValue(byte[] json, String etag, String from, String item) {
    static BytesRef encode(byte[] json, String etag, String from, String item) {
        byte[][] heads = {utf8(etag), utf8(from), utf8(item)};
        int size = json.length;
        for (byte[] h : heads) size += 2 + h.length;
        byte[] out = new byte[size];
        int at = 0;
        for (byte[] h : heads) {
            out[at++] = (byte) (h.length >>> 8);
            out[at++] = (byte) h.length;
            System.arraycopy(h, 0, out, at, h.length);
            at += h.length;
        }
        System.arraycopy(json, 0, out, at, json.length);
        return new BytesRef(out);
    }

    /** Reads a value; the JSON is copied out, since Lucene reuses the bytes of {@code b}. */
    static AnswerValue decode(BytesRef b) {
        byte[] a = b.bytes;
        int at = b.offset;
        int end = b.offset + b.length;
        String[] heads = new String[3];
        for (int i = 0; i < heads.length; i++) {
            int n = length(a, at);
            heads[i] = new String(a, at + 2, n, StandardCharsets.UTF_8);
            at += 2 + n;
        }
        return new AnswerValue(Arrays.copyOfRange(a, at, end), heads[0], heads[1], heads[2]);
    }

    /** Where the JSON of {@code b} starts in {@code b.bytes}: it runs to the value's end. */
    static int jsonStart(BytesRef b) {
        int at = b.offset;
        for (int i = 0; i < 3; i++) at += 2 + length(b.bytes, at);
        return at;
    }

    /** The ETag of {@code b}, without copying its JSON out. */
    static String etag(BytesRef b) {
        return new String(b.bytes, b.offset + 2, length(b.bytes, b.offset), StandardCharsets.UTF_8);
    }

    private static int length(byte[] a, int at) {
        return ((a[at] & 0xff) << 8) | (a[at + 1] & 0xff);
    }

    private static byte[] utf8(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length > 0xffff) throw new IllegalArgumentException("too long for an answer's head: " + b.length + " bytes");
        return b;
    }
}
