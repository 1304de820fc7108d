package eu.innco.web.delivery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.delivery.EndpointDefinition;
import eu.innco.delivery.EndpointRegistry;
import eu.innco.delivery.Filterable;
import eu.innco.i18n.SiteLocales;

/** Adds the delivery endpoints to the OpenAPI document: one query path and two single-node paths per endpoint. */
final class DeliveryOpenApi {
    private final EndpointRegistry endpoints;
    private final SiteLocales site;

    DeliveryOpenApi(EndpointRegistry endpoints, SiteLocales site) {
        this.endpoints = endpoints;
        this.site = site;
    }

    void addTo(ObjectNode doc) {
        ObjectNode paths = doc.with("paths");
        ObjectNode schemas = doc.with("components").with("schemas");
        schemas.set("DeliveryNode", nodeSchema());
        for (EndpointDefinition ep : endpoints.all()) {
            String base = "/.rest/delivery/" + ep.name();
            ObjectNode list = paths.putObject(base).putObject("get");
            list.put("summary", "Query published " + ep.type().name() + " nodes");
            list.putArray("tags").add("delivery");
            ArrayNode params = list.putArray("parameters");
            common(params);
            query(params, "limit", "integer", "page size, 1 to 100 (default " + ep.defaultLimit() + ")");
            query(params, "offset", "integer", "results to skip, 0 or more");
            query(params, "orderBy", "string", "'property [asc|desc]' separated by commas");
            query(params, "q", "string", "full-text search in the resolved locale");
            query(params, "format", "string", "json (default) or geojson (endpoints with a map point)");
            for (Filterable f : Filterable.of(ep.type()).values()) {
                query(params, f.name(), "string", "filter, " + f.kind().name().toLowerCase()
                        + "; also " + f.name() + "[eq|ne|lt|lte|gt|gte|like|in|not-in]=value ('|' between values, '~' for ranges)");
            }
            responses(list, "a page: {offset, limit, total, results}");
            ObjectNode one = paths.putObject(base + "/{path}").putObject("get");
            one.put("summary", "One published " + ep.type().name() + " node by name or path");
            one.putArray("tags").add("delivery");
            ArrayNode p1 = one.putArray("parameters");
            p1.addObject().put("name", "path").put("in", "path").put("required", true).putObject("schema").put("type", "string");
            common(p1);
            responses(one, "the node");
            ObjectNode byId = paths.putObject(base + "@{id}").putObject("get");
            byId.put("summary", "One published " + ep.type().name() + " node by id");
            byId.putArray("tags").add("delivery");
            ArrayNode p2 = byId.putArray("parameters");
            p2.addObject().put("name", "id").put("in", "path").put("required", true).putObject("schema").put("type", "string").put("format", "uuid");
            common(p2);
            responses(byId, "the node");
        }
    }

    private void common(ArrayNode params) {
        ObjectNode lang = params.addObject().put("name", "lang").put("in", "query")
                .put("description", "a BCP 47 tag matched to the site locales, or 'all'; wins over Accept-Language");
        ArrayNode e = lang.putObject("schema").put("type", "string").putArray("examples");
        site.locales().forEach(e::add);
        e.add("all");
        params.addObject().put("name", "Accept-Language").put("in", "header").putObject("schema").put("type", "string");
        params.addObject().put("name", "If-None-Match").put("in", "header").putObject("schema").put("type", "string");
    }

    private static void query(ArrayNode params, String name, String type, String description) {
        params.addObject().put("name", name).put("in", "query").put("description", description).putObject("schema").put("type", type);
    }

    private static void responses(ObjectNode op, String what) {
        ObjectNode r = op.putObject("responses");
        r.putObject("200").put("description", what).putObject("content").putObject("application/json").putObject("schema")
                .put("$ref", "#/components/schemas/DeliveryNode");
        r.putObject("304").put("description", "not modified: the ETag in If-None-Match is current");
        for (String s : new String[] {"400", "404", "429"}) {
            r.putObject(s).put("description", s.equals("429") ? "too many requests; see Retry-After" : "problem")
                    .putObject("content").putObject("application/problem+json").putObject("schema").put("$ref", "#/components/schemas/Problem");
        }
    }

    private static ObjectNode nodeSchema() {
        ObjectNode s = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        s.put("type", "object");
        s.put("description", "Magnolia's delivery node: @name, @path, @id, @nodeType, @locale, @availableLocales, @fallback, "
                + "mgnl: dates, the properties resolved for the locale, child nodes listed in @nodes");
        ObjectNode p = s.putObject("properties");
        for (String k : new String[] {"@name", "@path", "@id", "@nodeType", "@locale"}) p.putObject(k).put("type", "string");
        p.putObject("@availableLocales").put("type", "array").putObject("items").put("type", "string");
        p.putObject("@fallback").put("type", "object").putObject("additionalProperties").put("type", "string");
        p.putObject("@nodes").put("type", "array").putObject("items").put("type", "string");
        s.put("additionalProperties", true);
        return s;
    }
}
