package eu.innco.web.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rendered portal pages, keyed by address and delivery generation: a publication changes the
 * generation, so every page rendered before it is dropped at once (a page can embed any published
 * item: lists, cross-links, the footer's events). Bounded by bytes, least recently used first.
 */
final class PageCache {
    private final long maxBytes;
    private final Map<String, Rendered> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long generation = Long.MIN_VALUE;
    private long bytes;

    PageCache(int megabytes) {
        this.maxBytes = megabytes * 1024L * 1024L;
    }

    synchronized Optional<Rendered> get(String key, long currentGeneration) {
        if (currentGeneration != generation) return Optional.empty();
        return Optional.ofNullable(pages.get(key));
    }

    /** Keeps a page rendered at {@code renderedAt}; a page older than what the cache holds is not kept. */
    synchronized void put(String key, long renderedAt, Rendered page) {
        if (maxBytes == 0 || page.body().length > maxBytes / 8) return;
        if (renderedAt != generation) {
            if (renderedAt < generation) return;
            pages.clear();
            bytes = 0;
            generation = renderedAt;
        }
        Rendered old = pages.put(key, page);
        bytes += page.body().length - (old == null ? 0 : old.body().length);
        var it = pages.values().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            bytes -= it.next().body().length;
            it.remove();
        }
    }
}
