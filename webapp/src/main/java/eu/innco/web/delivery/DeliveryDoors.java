package eu.innco.web.delivery;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.delivery.DeliveryService;
import eu.innco.delivery.ContentLanguage;
import eu.innco.delivery.StoredNode;
import eu.innco.web.cache.Dependencies;
import eu.innco.web.cache.DependentCache;
import eu.innco.web.cache.DependentCache.Made;
import eu.innco.delivery.Page;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the delivery doors share: the answer writer, the answer cache and the rate limiter, used by
 * the Jersey resource and by the servlet fast path for single nodes alike, so both give the same
 * answers from the same cache and count against the same buckets.
 */
public final class DeliveryDoors {
    final DeliverySettings settings;
    final DeliveryService delivery;
    final Answers answers;
    final DependentCache<Answer> cache;
    final RateLimiter limiter;
    /** Lists made from the index take turns (the cache's one computation per key happens before: a waiting miss holds no turn). */
    volatile QueryTurns turns; // replaced only by tests, to wait less
    /** Endpoints over workspaces without content type (Magnolia's website, category...). */
    final eu.innco.workspace.WorkspaceDelivery workspaces;
    /** The GeoJSON of every item with a map point, made when it changes: subscribe it to this server's and the other servers' publications. */
    public final GeoJsonSnapshots geoJson;
    /** Lists not in the cache are made by the servlet fast path (off only in the test that compares it with Jersey's answers). */
    volatile boolean listsBeforeJersey = true;
    private final java.util.concurrent.atomic.LongAdder listsAnsweredBeforeJersey = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder nodesAnsweredInFront = new java.util.concurrent.atomic.LongAdder();

    public DeliveryDoors(DeliverySettings settings, DeliveryService delivery, eu.innco.workspace.WorkspaceDelivery workspaces) {
        this.settings = settings;
        this.delivery = delivery;
        this.workspaces = workspaces;
        this.answers = new Answers(settings.maxAgeSeconds());
        this.cache = new DependentCache<>(settings.cacheMegabytes() * 1024L * 1024L, delivery::generation);
        delivery.onChange(cache::changed);
        this.turns = new QueryTurns(settings.querySlots(), QUERY_PATIENCE_MILLIS);
        this.limiter = settings.ratePerMinute() > 0 ? new RateLimiter(settings.ratePerMinute(), settings.rateBurst()) : null;
        this.geoJson = new GeoJsonSnapshots(delivery, this);
    }

    /** One node's answer, from the cache or the index; a 404-kind error when there is none. */
    Answer node(String endpoint, String where, String locale, Supplier<Optional<StoredNode>> find) {
        return node(endpoint, where, locale, false, find);
    }

    /** {@code anyLanguage}: the answer of {@code otherLanguages=include}, kept apart from the default one. */
    Answer node(String endpoint, String where, String locale, boolean anyLanguage, Supplier<Optional<StoredNode>> find) {
        String key = Answer.key("node", endpoint, anyLanguage ? locale + "~" : locale, where, Map.of());
        return cache.get(key, () -> {
            StoredNode n = find.get().orElseThrow(() -> InncoException.notFound(ErrorCode.DELIVERY_001, "There is no published node "
                    + Requests.clip(where) + " on endpoint '" + Requests.clip(endpoint) + "' for locale " + locale + "."));
            // a node changes only when its item is rendered again (which also happens when an item it embeds is published)
            // a node without an item (one of Magnolia's folders) shows what is published below it: kept as the endpoint's lists are
            Dependencies from = n.item().isEmpty() ? Dependencies.list(endpoint) : Dependencies.item(n.item());
            return Made.of(new Answer(n.json(), n.etag(), Answers.JSON, language(n.locale())), from, n.json().length);
        }).value();
    }

    /**
     * A list (or GeoJSON) answer of a content endpoint, from the cache or the index: what the Jersey
     * resource and the servlet fast path both send, so that their bytes and ETags cannot differ.
     */
    Answer list(String endpoint, String locale, Map<String, List<String>> query) {
        if (GeoJsonSnapshots.plain(query)) {
            GeoJsonSnapshots.Snapshot g = geoJson.get(endpoint, locale);
            return new Answer(g.body(), g.etag(), Answers.GEO_JSON, g.language());
        }
        return cache.get(Answer.key("query", endpoint, locale, "", query), () -> turns.inTurn(() -> {
            Page page = delivery.query(endpoint, locale, query);
            byte[] body = page.geoJson() ? Answers.featureCollection(page.results())
                    : page.listBody();
            String language = language(locale);
            Answer fresh = new Answer(body, Answers.etag(language, page, body), page.geoJson() ? Answers.GEO_JSON : Answers.JSON, language);
            // any item published on the endpoint may enter, leave or move in the list
            return Made.of(fresh, Dependencies.list(endpoint), body.length);
        })).value();
    }

    /** The Content-Language of a list resolved to {@code locale}, or of a node whose values came from it. */
    String language(String locale) {
        return ContentLanguage.of(delivery.site(), locale);
    }

    /** Lists (and GeoJSON) answered by the servlet fast path, from the cache or made there. */
    long listsAnsweredBeforeJersey() {
        return listsAnsweredBeforeJersey.sum();
    }

    void answeredBeforeJersey() {
        listsAnsweredBeforeJersey.increment();
    }

    /** Single nodes answered by Jetty's core handler, in front of the servlets (the embedded server only). */
    long nodesAnsweredInFront() {
        return nodesAnsweredInFront.sum();
    }

    void answeredInFront() {
        nodesAnsweredInFront.increment();
    }

    /** For the metrics: delivery answers served from the answer cache so far. */
    public long cacheHits() {
        return cache.hits();
    }

    /** For the metrics: delivery answers that had to be made (not cached, or stale). */
    public long cacheMisses() {
        return cache.misses();
    }

    /** For the metrics and tests: answers made, once per key however many requests missed it at the same time. */
    public long cacheMade() {
        return cache.made();
    }

    /** How long a list waits for its turn before the 503: well past a slow list's time, short of a client's patience. */
    static final long QUERY_PATIENCE_MILLIS = 10_000;

    /** For the metrics: lists waiting for their turn. */
    public long queriesWaiting() {
        return turns.waiting();
    }

    /** For the metrics: lists refused because their turn did not come in time. */
    public long queriesRefused() {
        return turns.refused();
    }

    /** For the metrics: the bytes the answer cache holds. */
    public long cacheBytes() {
        return cache.bytes();
    }
}
