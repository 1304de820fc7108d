package eu.innco.web.graphql;

import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.delivery.DeliveryService;
import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;
import java.util.HashMap;
import java.util.Map;

/**
 * The GraphQL engine of the delivery API: the schema, the limits, persisted queries and error mapping.
 * The schema is made at the first request that needs it, not at start: making it loaded some 400
 * classes of graphql-java and was a tenth of a start's main thread (issue 18, third pass).
 */
public final class GraphqlEngine {
    private final DeliveryService delivery;
    private final ContentTypeRegistry types;
    private volatile Built built;

    /** The schema made once: the executable engine and its text. */
    private record Built(GraphQL graphql, String sdl) {}

    public GraphqlEngine(DeliveryService delivery, ContentTypeRegistry types) {
        this.delivery = delivery;
        this.types = types;
    }

    private Built built() {
        Built b = built;
        if (b != null) return b;
        synchronized (this) {
            if (built == null) {
                GraphQLSchema schema = DeliverySchema.build(delivery.endpoints(), types);
                String sdl = new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeDirectives(false)).print(schema);
                built = new Built(GraphQL.newGraphQL(schema)
                        .instrumentation(QueryLimits.instrumentation())
                        .preparsedDocumentProvider(new ApolloPersistedQuerySupport(new PersistedQueries()))
                        .defaultDataFetcherExceptionHandler(new GraphqlErrors())
                        .build(), sdl);
            }
            return built;
        }
    }

    /** The schema in the GraphQL schema language. */
    public String sdl() { return built().sdl(); }

    /** Runs one request; the answer in the GraphQL response shape ({@code data}, {@code errors}, {@code extensions}). */
    Map<String, Object> execute(GraphqlRequest request, Reader reader, String acceptLanguage) {
        return execute(request, reader, acceptLanguage, java.util.concurrent.ConcurrentHashMap.newKeySet());
    }

    /** {@code endpoints}: where the names of the endpoints the query read are added (what its answer depends on). */
    Map<String, Object> execute(GraphqlRequest request, Reader reader, String acceptLanguage, java.util.Set<String> endpoints) {
        Map<Object, Object> context = new HashMap<>();
        context.put(Resolvers.ENDPOINTS, endpoints);
        context.put(Resolvers.READER, reader);
        context.put(Resolvers.DELIVERY, delivery);
        if (acceptLanguage != null) context.put(Resolvers.ACCEPT_LANGUAGE, acceptLanguage);
        ExecutionInput input = ExecutionInput.newExecutionInput().query(request.query()).operationName(request.operationName())
                .variables(request.variables()).extensions(request.extensions()).graphQLContext(context).build();
        return built().graphql().execute(input).toSpecification();
    }

    DeliveryService delivery() { return delivery; }
}
