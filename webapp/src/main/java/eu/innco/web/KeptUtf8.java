package eu.innco.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;

/**
 * Long strings that pages write again and again as they are (the frame's navigation and footer, an
 * item's body and schema.org data), kept with their UTF-8 bytes so that {@link Utf8Output} copies
 * the bytes instead of encoding the characters at every page: encoding them was about a tenth of an
 * uncached case-study page (issue 18). Kept by identity, not by content (Caffeine's weak keys): the
 * very string a cache handed out, so a lookup neither hashes nor compares characters, and a string
 * nothing else holds any more is let go. Bounded by {@link #MAX_BYTES}: when full, Caffeine's
 * W-TinyLFU policy evicts the strings written least often (the frame stays while one-off bodies
 * go), where a cache emptied whole made every page encode everything again.
 */
public final class KeptUtf8 {
    /** Shorter strings are encoded as they come: a lookup would cost about what it saves. */
    public static final int MIN_LENGTH = 256;
    static final long MAX_BYTES = 16L * 1024 * 1024;
    /** Bytes counted for an entry beside its own (its node and the weak reference to its string). */
    private static final int ENTRY = 64;
    // maintenance on the calling thread: no task handed to the common pool per write
    private static final Cache<String, byte[]> KEPT = Caffeine.newBuilder().weakKeys().maximumWeight(MAX_BYTES)
            .weigher((String s, byte[] b) -> b.length + ENTRY).executor(Runnable::run).build();

    private KeptUtf8() {}

    /** Keeps {@code s}'s bytes for the writers to come, and gives {@code s} back; short strings are left alone. */
    public static String keep(String s) {
        // one ending in half a character pair is left too: a writer waits for the other half, which the next write may bring
        if (s == null || s.length() < MIN_LENGTH || Character.isHighSurrogate(s.charAt(s.length() - 1))) return s;
        KEPT.get(s, k -> k.getBytes(StandardCharsets.UTF_8));
        return s;
    }

    /** The bytes of {@code s} when it is a kept string (this very object), else null. Callers must not change them. */
    static byte[] of(String s) {
        return KEPT.getIfPresent(s);
    }
}
