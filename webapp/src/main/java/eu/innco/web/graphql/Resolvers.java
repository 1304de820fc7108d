package eu.innco.web.graphql;

import com.fasterxml.jackson.core.type.TypeReference;
import eu.innco.InncoException;
import eu.innco.delivery.DeliveryQueryParser;
import eu.innco.delivery.DeliveryService;
import eu.innco.delivery.EndpointDefinition;
import eu.innco.delivery.Page;
import eu.innco.delivery.StoredNode;
import eu.innco.web.JsonBodies;
import graphql.schema.DataFetchingEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The query fields' resolvers: arguments become the delivery API's parameters, the request's
 * {@link Reader} answers with the stored JSON of the REST answer, and that JSON is what the item
 * types' fields read. Nothing here filters or sorts.
 */
final class Resolvers {
    /** Keys of the request's GraphQL context. */
    static final String READER = "innco.reader";
    static final String DELIVERY = "innco.delivery";
    static final String ACCEPT_LANGUAGE = "innco.acceptLanguage";
    /** The endpoints a request read, for its answer's cache entry. */
    static final String ENDPOINTS = "innco.endpoints";
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private Resolvers() {}

    static Map<String, Object> list(EndpointDefinition ep, DataFetchingEnvironment env) {
        Reader reader = env.getGraphQlContext().get(READER);
        env.getGraphQlContext().<java.util.Set<String>>get(ENDPOINTS).add(ep.name());
        Map<String, List<String>> params = QueryArguments.params(env.getArguments());
        Page page = reader.query(ep.name(), locale(reader, env), params);
        List<Map<String, Object>> results = new ArrayList<>(page.results().size());
        for (byte[] r : page.results()) results.add(json(r));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("offset", page.offset());
        out.put("limit", page.limit());
        out.put("total", Math.toIntExact(page.total()));
        out.put("results", results);
        return out;
    }

    static Map<String, Object> single(EndpointDefinition ep, DataFetchingEnvironment env) {
        Reader reader = env.getGraphQlContext().get(READER);
        env.getGraphQlContext().<java.util.Set<String>>get(ENDPOINTS).add(ep.name());
        String id = env.getArgument("id");
        String path = env.getArgument("path");
        if ((id == null) == (path == null)) {
            throw InncoException.badRequest(eu.innco.ErrorCode.GRAPHQL_002, "Give exactly one of 'id' and 'path'.");
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (env.getArgument("otherLanguages") != null) params.put("otherLanguages", List.of(env.<String>getArgument("otherLanguages")));
        String locale = locale(reader, env);
        boolean any = DeliveryQueryParser.anyLanguage(params);
        String p = path == null ? null : path.replaceAll("^/+", "");
        Optional<StoredNode> node = id != null ? reader.byId(ep.name(), locale, id, any) : reader.byPath(ep.name(), locale, p, any);
        return node.map(n -> json(n.json())).orElse(null);
    }

    private static String locale(Reader reader, DataFetchingEnvironment env) {
        DeliveryService delivery = env.getGraphQlContext().get(DELIVERY);
        return reader.locale(delivery, env.getArgument("lang"), env.getGraphQlContext().get(ACCEPT_LANGUAGE));
    }

    private static Map<String, Object> json(byte[] bytes) {
        try {
            return JsonBodies.MAPPER.readValue(bytes, OBJECT);
        } catch (IOException e) {
            throw new UncheckedIOException("stored delivery JSON could not be read", e);
        }
    }
}
