package eu.innco.web.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.web.Http;
import java.util.Iterator;
import java.util.Map;

/** Sends GraphQL requests to a test server, and compares a GraphQL node with the REST answer's node field by field. */
final class GraphqlClient {
    static final String PATH = "/.rest/graphql";

    private GraphqlClient() {}

    static Http.Res post(Http http, String query, String... headers) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("query", query);
        return http.post(PATH, body.toString(), headers);
    }

    /** The {@code data} of a successful answer, failing the test on any error. */
    static JsonNode data(Http http, String query, String... headers) {
        Http.Res r = post(http, query, headers);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.json().path("errors").isMissingNode(), r.body());
        return r.json().path("data");
    }

    /**
     * Every field GraphQL answered has the REST answer's value: {@code _name} is {@code @name},
     * {@code mgnl_created} is {@code mgnl:created}, a list of sub-model nodes is the REST object's
     * numbered children in the order of its {@code @nodes}. Returns how many values were compared.
     */
    static int same(JsonNode rest, JsonNode graphql, String where) {
        if (graphql.isObject()) {
            int n = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = graphql.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode r = rest.path(restKey(e.getKey()));
                if (e.getValue().isNull()) {
                    assertTrue(r.isMissingNode() || r.isNull(), where + "." + e.getKey() + ": REST has " + r);
                    continue;
                }
                if (e.getValue().isArray() && r.isObject() && r.has("@nodes")) r = children(r);
                n += same(r, e.getValue(), where + "." + e.getKey());
            }
            return n;
        }
        if (graphql.isArray()) {
            assertEquals(rest.size(), graphql.size(), where + ": " + rest + " / " + graphql);
            int n = 0;
            for (int i = 0; i < graphql.size(); i++) n += same(rest.get(i), graphql.get(i), where + "[" + i + "]");
            return n;
        }
        if (graphql.isNumber()) {
            assertTrue(rest.isNumber() && rest.decimalValue().compareTo(graphql.decimalValue()) == 0, where + ": " + rest + " / " + graphql);
        } else {
            assertEquals(rest.asText(), graphql.asText(), where);
            assertEquals(rest.isTextual(), graphql.isTextual(), where + " type");
        }
        return 1;
    }

    private static JsonNode children(JsonNode r) {
        var list = JsonNodeFactory.instance.arrayNode();
        r.path("@nodes").forEach(name -> list.add(r.path(name.asText())));
        return list;
    }

    private static String restKey(String field) {
        if (field.startsWith("mgnl_")) return "mgnl:" + field.substring(5);
        return field.startsWith("_") ? "@" + field.substring(1) : field;
    }

    static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
