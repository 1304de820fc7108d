package eu.innco.delivery;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The delivery API's list, {@code {"offset":..,"limit":..,"total":..,"results":[...]}}, written once into an array of its exact size. */
final class ListJson {
    private ListJson() {}

    static byte[] head(int offset, int limit, long total) {
        return ("{\"offset\":" + offset + ",\"limit\":" + limit + ",\"total\":" + total + ",\"results\":[").getBytes(StandardCharsets.US_ASCII);
    }

    /** The size of a list with {@code head}, {@code count} results of {@code resultBytes} in all, their commas and the end. */
    static int size(byte[] head, int count, long resultBytes) {
        long size = head.length + 2L + Math.max(count - 1, 0) + resultBytes;
        if (size > Integer.MAX_VALUE - 16) throw new IllegalStateException("a list of " + size + " bytes is too large to send");
        return (int) size;
    }

    static byte[] write(int offset, int limit, long total, List<byte[]> results) {
        byte[] head = head(offset, limit, total);
        long bytes = 0;
        for (byte[] r : results) bytes += r.length;
        byte[] out = new byte[size(head, results.size(), bytes)];
        System.arraycopy(head, 0, out, 0, head.length);
        int at = head.length;
        for (int i = 0; i < results.size(); i++) {
            if (i > 0) out[at++] = ',';
            byte[] r = results.get(i);
            System.arraycopy(r, 0, out, at, r.length);
            at += r.length;
        }
        end(out, at);
        return out;
    }

    static void end(byte[] out, int at) {
        out[at] = ']';
        out[at + 1] = '}';
    }
}
