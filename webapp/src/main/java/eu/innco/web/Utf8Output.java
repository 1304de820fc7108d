package eu.innco.web;

import java.io.Writer;
import java.util.Arrays;

/**
 * A writer that keeps what a template writes as UTF-8 bytes straight away: a page went through a
 * synchronised string buffer, a UTF-16 string (one curly quote makes the whole page two bytes a
 * character) and then its UTF-8 copy, about a sixth of an uncached portal page (issue 18). The
 * bytes are those of {@code String.getBytes(UTF_8)}, unpaired surrogates included (each one a '?').
 * Not thread-safe: one per rendering.
 */
public final class Utf8Output extends Writer {
    private byte[] buf;
    private int size;
    /** A high surrogate written last, waiting for its low half. */
    private char high;

    public Utf8Output(int capacity) {
        buf = new byte[Math.max(capacity, 16)];
    }

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end) {
            if (high == 0) { // a template's own text is mostly ASCII: copied in a tight loop up to the next other character
                room(end - i);
                byte[] b = buf;
                int n = size;
                for (char c; i < end && (c = cbuf[i]) < 0x80; i++) b[n++] = (byte) c;
                size = n;
            }
            if (i < end) put(cbuf[i++]);
        }
    }

    @Override
    public void write(String s, int off, int len) {
        int end = off + len;
        if (len >= KeptUtf8.MIN_LENGTH && high == 0 && off == 0 && len == s.length()) {
            byte[] kept = KeptUtf8.of(s); // a fragment written at every page: its bytes are known
            if (kept != null) {
                room(kept.length);
                System.arraycopy(kept, 0, buf, size, kept.length);
                size += kept.length;
                return;
            }
        }
        int i = off;
        while (i < end) {
            if (high == 0) {
                room(end - i);
                byte[] b = buf;
                int n = size;
                for (char c; i < end && (c = s.charAt(i)) < 0x80; i++) b[n++] = (byte) c;
                size = n;
            }
            if (i < end) put(s.charAt(i++));
        }
    }

    /** {@code s} escaped for HTML text and attribute values as FreeMarker's HTML output format escapes it (see {@link Utf8Html}). */
    public void writeEscaped(String s) {
        int end = s.length();
        int i = 0;
        while (i < end) {
            if (high == 0) {
                room(end - i);
                byte[] b = buf;
                int n = size;
                for (char c; i < end && (c = s.charAt(i)) < 0x80 && c != '<' && c != '>' && c != '&' && c != '"' && c != '\''; i++) b[n++] = (byte) c;
                size = n;
            }
            if (i == end) break;
            char c = s.charAt(i++);
            switch (c) {
                case '<' -> ascii("&lt;");
                case '>' -> ascii("&gt;");
                case '&' -> ascii("&amp;");
                case '"' -> ascii("&quot;");
                case '\'' -> ascii("&#39;");
                default -> put(c);
            }
        }
    }

    /** An entity: after a pending half pair, as any character after it (a '?' for the half). */
    private void ascii(String entity) {
        for (int k = 0; k < entity.length(); k++) put(entity.charAt(k));
    }

    private void put(char c) {
        if (c < 0x80 && high == 0) {
            if (size == buf.length) room(1);
            buf[size++] = (byte) c;
            return;
        }
        room(4);
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                buf[size++] = (byte) (0xf0 | (cp >> 18));
                buf[size++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                buf[size++] = (byte) (0x80 | (cp & 0x3f));
                return;
            }
            buf[size++] = '?';
            put(c);
            return;
        }
        if (c < 0x80) {
            buf[size++] = (byte) c;
        } else if (c < 0x800) {
            buf[size++] = (byte) (0xc0 | (c >> 6));
            buf[size++] = (byte) (0x80 | (c & 0x3f));
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[size++] = '?';
        } else {
            buf[size++] = (byte) (0xe0 | (c >> 12));
            buf[size++] = (byte) (0x80 | ((c >> 6) & 0x3f));
            buf[size++] = (byte) (0x80 | (c & 0x3f));
        }
    }

    private void room(int more) {
        if (size + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }

    /** The bytes written so far (a high surrogate left without its low half counts as '?'). */
    public byte[] bytes() {
        if (high != 0) {
            room(1);
            buf[size++] = '?';
            high = 0;
        }
        return Arrays.copyOf(buf, size);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
