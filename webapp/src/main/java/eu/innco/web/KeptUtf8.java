package eu.innco.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Long strings that pages write again and again as they are (the frame's navigation and footer, an
 * item's body and schema.org data), kept with their UTF-8 bytes so that {@link Utf8Output} copies
 * the bytes instead of encoding the characters at every page: encoding them was about a tenth of an
 * uncached case-study page (issue 18). Kept by identity, not by content: the very string a cache
 * handed out, so a lookup neither hashes nor compares characters. Bounded: when the bytes kept pass
 * {@link #MAX_BYTES} everything is dropped and kept again as pages write it.
 */
public final class KeptUtf8 {
    /** Shorter strings are encoded as they come: a lookup would cost about what it saves. */
    public static final int MIN_LENGTH = 256;
    static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final Map<Identity, byte[]> KEPT = new ConcurrentHashMap<>();
    private static final AtomicLong BYTES = new AtomicLong();

    private KeptUtf8() {}

    /** Keeps {@code s}'s bytes for the writers to come, and gives {@code s} back; short strings are left alone. */
    public static String keep(String s) {
        // one ending in half a character pair is left too: a writer waits for the other half, which the next write may bring
        if (s == null || s.length() < MIN_LENGTH || Character.isHighSurrogate(s.charAt(s.length() - 1))) return s;
        Identity key = new Identity(s);
        if (KEPT.containsKey(key)) return s;
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (BYTES.addAndGet(bytes.length) > MAX_BYTES) {
            KEPT.clear();
            BYTES.set(bytes.length);
        }
        KEPT.put(key, bytes);
        return s;
    }

    /** The bytes of {@code s} when it is a kept string (this very object), else null. Callers must not change them. */
    static byte[] of(String s) {
        return KEPT.get(new Identity(s));
    }

    /** A string compared by identity. */
    private record Identity(String s) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.s == s;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(s);
        }
    }
}
