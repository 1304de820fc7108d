package eu.innco.web.delivery;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Finished delivery answers (bytes, ETag, media type) by request, for as long as the index does
 * not change: any publication moves the index generation and every entry is stale at once. Bounded
 * by bytes; when full it starts again empty (cheap, and rare next to publications).
 */
final class AnswerCache {
    /** One finished answer, with its Content-Language (a node's own locale, which the request does not tell). */
    record Answer(byte[] body, String etag, String type, String language, long generation) {}

    private final long maxBytes;
    private final LongSupplier generation;
    private final ConcurrentHashMap<String, Answer> answers = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    /** For the metrics: answers served from here, and asked for but not here (or stale). */
    final java.util.concurrent.atomic.LongAdder hits = new java.util.concurrent.atomic.LongAdder();
    final java.util.concurrent.atomic.LongAdder misses = new java.util.concurrent.atomic.LongAdder();

    AnswerCache(long maxBytes, LongSupplier generation) {
        this.maxBytes = maxBytes;
        this.generation = generation;
    }

    /** A key for a request: what was asked, in a canonical order. */
    static String key(String kind, String endpoint, String locale, String rest, Map<String, List<String>> params) {
        StringBuilder sb = new StringBuilder(kind).append('|').append(endpoint).append('|').append(locale).append('|').append(rest);
        new TreeMap<>(params).forEach((k, v) -> sb.append('&').append(k).append('=').append(v));
        return sb.toString();
    }

    Optional<Answer> get(String key) {
        if (maxBytes <= 0) return Optional.empty();
        Answer a = answers.get(key);
        boolean fresh = a != null && a.generation() == generation.getAsLong();
        (fresh ? hits : misses).increment();
        return fresh ? Optional.of(a) : Optional.empty();
    }

    /** The generation to stamp an answer with: read before computing it, so a change meanwhile makes it stale. */
    long now() {
        return generation.getAsLong();
    }

    long bytes() {
        return bytes.get();
    }

    void put(String key, Answer a) {
        if (maxBytes <= 0 || a.body().length > maxBytes / 2 || key.length() > 2000) return;
        if (bytes.addAndGet(a.body().length) > maxBytes) {
            answers.clear();
            bytes.set(a.body().length);
        }
        answers.put(key, a);
    }
}
