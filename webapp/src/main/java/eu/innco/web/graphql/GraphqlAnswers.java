package eu.innco.web.graphql;

import eu.innco.delivery.DeliveryService;
import eu.innco.web.JsonBodies;
import eu.innco.web.cache.Dependencies;
import eu.innco.web.cache.DependentCache;
import eu.innco.web.cache.DependentCache.Made;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finished public GraphQL answers, kept in the project's dependent cache: an answer is dropped when
 * an item of an endpoint it read is published again (here or on another server), like the delivery
 * API's lists. Answers with errors are handed out and never kept; previews never come here.
 */
final class GraphqlAnswers {
    static final long MAX_BYTES = 16L * 1024 * 1024;
    private final GraphqlEngine engine;
    private final DependentCache<byte[]> cache;

    GraphqlAnswers(GraphqlEngine engine, DeliveryService delivery) {
        this.engine = engine;
        this.cache = new DependentCache<>(MAX_BYTES, delivery::generation);
        delivery.onChange(cache::changed);
    }

    byte[] published(GraphqlRequest request, String acceptLanguage) {
        String key = request.query() + '\u0000' + request.operationName() + '\u0000' + new TreeMap<>(request.variables())
                + '\u0000' + new TreeMap<>(request.extensions()) + '\u0000' + acceptLanguage;
        return cache.get(key, () -> {
            Set<String> endpoints = ConcurrentHashMap.newKeySet();
            Map<String, Object> result = engine.execute(request, new Reader.Published(engine.delivery()), acceptLanguage, endpoints);
            byte[] body = bytes(result);
            return result.containsKey("errors") ? Made.once(body) : Made.of(body, new Dependencies(Set.of(), endpoints), body.length);
        }).value();
    }

    static byte[] bytes(Map<String, Object> result) {
        try {
            return JsonBodies.MAPPER.writeValueAsBytes(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
