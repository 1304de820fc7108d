package eu.innco.web.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import java.util.concurrent.CompletableFuture;

/**
 * Automatic persisted queries: a client sends {@code extensions.persistedQuery.sha256Hash}; once
 * the server has seen the query with that hash (checked against the text by graphql-java's
 * Apollo support) the hash alone is enough, also in a GET a cache can keep. The parsed and
 * validated documents are held here, at most {@link #MAX_ENTRIES}, least used first out, so that
 * registering queries cannot fill the memory.
 */
final class PersistedQueries implements PersistedQueryCache {
    static final int MAX_ENTRIES = 2_000;
    private final Cache<Object, PreparsedDocumentEntry> documents = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object id, ExecutionInput input,
                                                                                   PersistedQueryCacheMiss miss) throws PersistedQueryNotFound {
        PreparsedDocumentEntry known = documents.getIfPresent(id);
        if (known != null) return CompletableFuture.completedFuture(known);
        String query = input.getQuery();
        if (query == null || query.isBlank() || query.equals(PersistedQuerySupport.PERSISTED_QUERY_MARKER)) {
            throw new PersistedQueryNotFound(id);
        }
        PreparsedDocumentEntry fresh = miss.apply(query);
        if (!fresh.hasErrors()) documents.put(id, fresh); // a query that does not validate is not worth keeping
        return CompletableFuture.completedFuture(fresh);
    }
}
