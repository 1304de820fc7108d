package eu.innco.web.graphql;

import eu.innco.delivery.DeliveryService;
import eu.innco.web.JsonBodies;
import eu.innco.web.cache.Dependencies;
import eu.innco.web.cache.DependentCache;
import eu.innco.web.cache.DependentCache.Made;
import eu.innco.web.cache.EntityTags;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finished public GraphQL answers, kept in the project's dependent cache: an answer is dropped when
 * an item of an endpoint it read is published again (here or on another server), like the delivery
 * API's lists. Answers with errors are handed out and never kept; previews never come here. Each
 * answer carries its strong ETag, worked out once when it is made, for 304s to GETs.
 */
final class GraphqlAnswers {
    static final long MAX_BYTES = 16L * 1024 * 1024;
    private final GraphqlEngine engine;
    private final DependentCache<Answer> cache;

    /** A public answer's bytes and their ETag. */
    record Answer(byte[] body, String etag) {
        Answer(byte[] body) {
            this(body, EntityTags.strong("graphql", body));
        }
    }

    GraphqlAnswers(GraphqlEngine engine, DeliveryService delivery) {
        this.engine = engine;
        this.cache = new DependentCache<>(MAX_BYTES, delivery::generation);
        delivery.onChange(cache::changed);
    }

    Answer published(GraphqlRequest request, String acceptLanguage) {
        String key = request.query() + '\u0000' + request.operationName() + '\u0000' + new TreeMap<>(request.variables())
                + '\u0000' + new TreeMap<>(request.extensions()) + '\u0000' + acceptLanguage;
        return cache.get(key, () -> {
            Set<String> endpoints = ConcurrentHashMap.newKeySet();
            Map<String, Object> result = engine.execute(request, new Reader.Published(engine.delivery()), acceptLanguage, endpoints);
            Answer answer = new Answer(bytes(result));
            return result.containsKey("errors") ? Made.once(answer)
                    : Made.of(answer, new Dependencies(Set.of(), endpoints), answer.body().length);
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
