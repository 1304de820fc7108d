package eu.innco.web.graphql;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * GraphQL's routes in the OpenAPI document: not REST operations, but listed so that every route
 * under {@code /.rest/} is found there; the schema itself is at {@code /.rest/graphql/schema.graphql}.
 */
final class GraphqlOpenApi {
    private static final String BASE = "/.rest/graphql";

    private GraphqlOpenApi() {}

    static void addTo(ObjectNode doc) {
        ObjectNode paths = doc.with("paths");
        ObjectNode graphql = paths.putObject(BASE);
        ObjectNode post = op(graphql, "post", "GraphQL over the delivery API (published content; with a preview token, working copies)");
        post.putObject("requestBody").putObject("content").putObject("application/json").putObject("schema").put("type", "object")
                .put("description", "{query: string, operationName?: string, variables?: object, extensions?: {persistedQuery: "
                        + "{version: 1, sha256Hash: string}}}");
        answers(post);
        ObjectNode get = op(graphql, "get", "GraphQL by GET: query (or extensions with a persisted query's sha256Hash), "
                + "operationName, variables and extensions as JSON texts");
        for (String name : new String[] {"query", "operationName", "variables", "extensions", "previewToken"}) {
            get.withArray("parameters").addObject().put("name", name).put("in", "query").putObject("schema").put("type", "string");
        }
        answers(get);
        get.with("responses").with("200").putObject("headers").putObject("ETag")
                .put("description", "strong, on published answers; send it back in If-None-Match").putObject("schema").put("type", "string");
        get.with("responses").putObject("304").put("description", "not modified: the ETag in If-None-Match is current (published answers)");
        text(op(paths.putObject(BASE + "/schema.graphql"), "get", "The GraphQL schema, made at start from the light modules"),
                "text/plain");
        text(op(paths.putObject(BASE + "/explorer"), "get", "GraphiQL, for people (served from the jar)"), "text/html");
        ObjectNode file = op(paths.putObject(BASE + "/explorer/{file}"), "get", "The GraphiQL page's start script and style");
        file.putArray("parameters").addObject().put("name", "file").put("in", "path").put("required", true)
                .putObject("schema").put("type", "string").putArray("enum").add("graphiql-start.js").add("graphiql-page.css");
        text(file, "text/javascript");
        file.with("responses").putObject("404").put("description", "no such file");
        ObjectNode lib = op(paths.putObject(BASE + "/explorer/{jar}/{version}/{file}"), "get",
                "GraphiQL's and React's browser files from their WebJars (the version on the class path; cached a year)");
        for (String name : new String[] {"jar", "version", "file"}) {
            var schema = lib.withArray("parameters").addObject().put("name", name).put("in", "path").put("required", true)
                    .putObject("schema").put("type", "string");
            if (name.equals("jar")) schema.putArray("enum").add("graphiql").add("react").add("react-dom");
        }
        text(lib, "text/javascript");
        lib.with("responses").putObject("404").put("description", "not a file the page loads, or another version");
    }

    private static ObjectNode op(ObjectNode path, String method, String summary) {
        ObjectNode o = path.putObject(method);
        o.put("summary", summary);
        o.putArray("tags").add("graphql");
        return o;
    }

    private static void answers(ObjectNode op) {
        op.with("responses").putObject("200").put("description", "{data?, errors?}: also for a query GraphQL refuses (errors[].extensions.code)")
                .putObject("content").putObject("application/json").putObject("schema").put("type", "object");
        for (String s : new String[] {"400", "401"}) {
            op.with("responses").putObject(s).put("description", s.equals("400") ? "not a GraphQL request (INNCO-GRAPHQL-001)"
                    : "credentials given and not valid").putObject("content").putObject("application/problem+json")
                    .putObject("schema").put("$ref", "#/components/schemas/Problem");
        }
    }

    private static void text(ObjectNode op, String type) {
        op.with("responses").putObject("200").put("description", "the file").putObject("content").putObject(type)
                .putObject("schema").put("type", "string");
    }
}
