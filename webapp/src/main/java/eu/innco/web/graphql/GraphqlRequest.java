package eu.innco.web.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.InncoException;
import eu.innco.web.JsonBodies;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import java.util.Map;

/**
 * One GraphQL request as the GraphQL-over-HTTP convention sends it: {@code query},
 * {@code operationName}, {@code variables}, {@code extensions}, from a JSON body or from the query
 * string of a GET. A request that is not of that shape is the client's mistake: a 400 problem
 * ({@code INNCO-GRAPHQL-001}) naming what is wrong.
 */
record GraphqlRequest(String query, String operationName, Map<String, Object> variables, Map<String, Object> extensions) {
    static final eu.innco.ErrorCode CODE = eu.innco.ErrorCode.GRAPHQL_001;

    static GraphqlRequest of(JsonNode body) {
        if (!body.isObject()) throw bad("The body must be a JSON object: {\"query\": \"...\", \"variables\": {...}}.");
        return of(text(body, "query"), text(body, "operationName"), object(body.get("variables"), "variables"),
                object(body.get("extensions"), "extensions"));
    }

    /** From a GET's parameters, where variables and extensions are JSON texts. */
    static GraphqlRequest of(String query, String operationName, String variables, String extensions) {
        return of(query, operationName, object(parse(variables, "variables"), "variables"), object(parse(extensions, "extensions"), "extensions"));
    }

    private static GraphqlRequest of(String query, String operationName, Map<String, Object> variables, Map<String, Object> extensions) {
        boolean persisted = extensions.get("persistedQuery") instanceof Map;
        if ((query == null || query.isBlank()) && !persisted) {
            throw bad("Send a query: {\"query\": \"{ caseStudies { total } }\"}, or the sha256Hash of a persisted one in extensions.persistedQuery.");
        }
        // graphql-java wants a query text: the marker says "look the hash up"
        String q = query == null || query.isBlank() ? PersistedQuerySupport.PERSISTED_QUERY_MARKER : query;
        return new GraphqlRequest(q, operationName, variables, extensions);
    }

    private static String text(JsonNode body, String name) {
        JsonNode n = body.get(name);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw bad("'" + name + "' must be a string.");
        return n.asText();
    }

    private static JsonNode parse(String json, String name) {
        if (json == null || json.isBlank()) return null;
        try {
            return JsonBodies.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw bad("'" + name + "' is not valid JSON.");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(JsonNode n, String name) {
        if (n == null || n.isNull()) return Map.of();
        if (!n.isObject()) throw bad("'" + name + "' must be a JSON object.");
        return JsonBodies.MAPPER.convertValue(n, Map.class);
    }

    private static InncoException bad(String detail) {
        return InncoException.badRequest(CODE, detail);
    }
}
