package eu.innco.web.delivery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.delivery.EndpointDefinition;
import eu.innco.delivery.EndpointRegistry;
import eu.innco.delivery.Filterable;
import eu.innco.site.SiteLocales;

/**
 * Adds the delivery and preview doors to the OpenAPI document: per endpoint one query path and two
 * single-node paths under {@code /.rest/delivery/} (public, cached) and the same under
 * {@code /.rest/preview/} (working copies, with credentials or a preview token).
 */
final class DeliveryOpenApi {
    /** One door onto the endpoints: where, what it reads, and how a caller gets in. */
    private record Door(String base, String reads, boolean preview) {}

    private static final Door DELIVERY = new Door("/.rest/delivery/", "published", false);
    private static final Door PREVIEW = new Door("/.rest/preview/", "working copies of", true);

    private final EndpointRegistry endpoints;
    private final SiteLocales site;
    private final ContentTypeRegistry types;

    DeliveryOpenApi(EndpointRegistry endpoints, SiteLocales site, ContentTypeRegistry types) {
        this.endpoints = endpoints;
        this.site = site;
        this.types = types;
    }

    void addTo(ObjectNode doc) {
        ObjectNode paths = doc.with("paths");
        ObjectNode schemas = doc.with("components").with("schemas");
        schemas.set(DeliverySchemas.NODE, DeliverySchemas.baseNode());
        schemas.set(DeliverySchemas.GEO_JSON, DeliverySchemas.geoJson());
        DeliverySchemas typed = new DeliverySchemas(site, types, schemas);
        endpoints.all().forEach(typed::addEndpoint);
        doc.with("components").with("securitySchemes").putObject("previewToken").put("type", "apiKey").put("in", "query")
                .put("name", "previewToken").put("description", "a preview token (innco-preview_<id>_<secret>), also accepted as "
                        + "'Authorization: Bearer'; reads /.rest/preview/ only");
        for (EndpointDefinition ep : endpoints.all()) {
            door(paths, ep, DELIVERY);
            door(paths, ep, PREVIEW);
        }
        PreviewTokensOpenApi.addTo(paths);
    }

    private static final String LANGUAGES = "exclude (default): only items in the locale's fallback chain; include: also items in"
            + " other languages, each in its own; ranked: as include, the reader's own language first";

    private void door(ObjectNode paths, EndpointDefinition ep, Door door) {
        String base = door.base() + ep.name();
        String type = ep.type().name();
        ObjectNode list = op(paths.putObject(base), door, "Query " + door.reads() + " " + type + " nodes");
        ArrayNode params = list.putArray("parameters");
        common(params, door);
        query(params, "limit", "integer", "page size, 1 to 100 (default " + ep.defaultLimit() + ")");
        query(params, "offset", "integer", "results to skip, 0 or more");
        query(params, "orderBy", "string", "'property [asc|desc]' separated by commas");
        query(params, "q", "string", "full-text search in the resolved locale");
        query(params, "format", "string", "json (default) or geojson (endpoints with a map point)");
        query(params, "otherLanguages", "string", LANGUAGES);
        query(params, "@ancestor", "string", "only nodes below this path inside the workspace (Magnolia's @ancestor)");
        for (Filterable f : Filterable.of(ep.type()).values()) {
            query(params, f.name(), "string", "filter, " + f.kind().name().toLowerCase()
                    + "; also " + f.name() + "[eq|ne|lt|lte|gt|gte|like|in|not-in]=value ('|' between values, '~' for ranges)");
        }
        responses(list, door, "a page: {offset, limit, total, results}", DeliverySchemas.ref(DeliverySchemas.page(ep)))
                .with("content").putObject("application/geo+json").set("schema", DeliverySchemas.ref(DeliverySchemas.GEO_JSON));
        if (!door.preview()) busy(list);
        ObjectNode one = op(paths.putObject(base + "/{path}"), door, "One " + door.reads() + " " + type
                + " node by name or path: an item, or a child node inside one (its @path, which is inside the workspace);"
                + " <path>@nodes: the node's child nodes as a list");
        ArrayNode p1 = one.putArray("parameters");
        p1.addObject().put("name", "path").put("in", "path").put("required", true).putObject("schema").put("type", "string");
        common(p1, door);
        query(p1, "otherLanguages", "string", LANGUAGES);
        responses(one, door, "the node", DeliverySchemas.ref(DeliverySchemas.item(ep)));
        ObjectNode children = op(paths.putObject(base + "/{path}@nodes"), door, "The child nodes of one " + door.reads() + " "
                + type + " node, as a list");
        ArrayNode p3 = children.putArray("parameters");
        p3.addObject().put("name", "path").put("in", "path").put("required", true).putObject("schema").put("type", "string");
        common(p3, door);
        ObjectNode list3 = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("type", "array");
        list3.set("items", DeliverySchemas.ref(DeliverySchemas.NODE));
        responses(children, door, "the child nodes", list3);
        ObjectNode byId = op(paths.putObject(base + "@{id}"), door, "One " + door.reads() + " " + type + " node (item or child) by @id");
        ArrayNode p2 = byId.putArray("parameters");
        p2.addObject().put("name", "id").put("in", "path").put("required", true).putObject("schema").put("type", "string").put("format", "uuid");
        common(p2, door);
        query(p2, "otherLanguages", "string", LANGUAGES);
        responses(byId, door, "the node", DeliverySchemas.ref(DeliverySchemas.item(ep)));
    }

    private static ObjectNode op(ObjectNode path, Door door, String summary) {
        ObjectNode get = path.putObject("get");
        get.put("summary", summary);
        get.putArray("tags").add(door.preview() ? "preview" : "delivery");
        if (door.preview()) {
            ArrayNode sec = get.putArray("security");
            for (String s : new String[] {"basic", "bearer", "previewToken"}) sec.addObject().putArray(s);
        } else {
            get.putArray("security");
        }
        return get;
    }

    private void common(ArrayNode params, Door door) {
        ObjectNode lang = params.addObject().put("name", "lang").put("in", "query")
                .put("description", "a BCP 47 tag matched to the site locales, or 'all'; wins over Accept-Language; "
                        + "an unknown or malformed tag is a 400 whose errors[] names lang");
        ArrayNode e = lang.putObject("schema").put("type", "string").putArray("examples");
        site.locales().forEach(e::add);
        e.add("all");
        params.addObject().put("name", "Accept-Language").put("in", "header").putObject("schema").put("type", "string");
        if (!door.preview()) params.addObject().put("name", "If-None-Match").put("in", "header").putObject("schema").put("type", "string");
    }

    private static void query(ArrayNode params, String name, String type, String description) {
        params.addObject().put("name", name).put("in", "query").put("description", description).putObject("schema").put("type", type);
    }

    /** A public list can be refused when its turn to be made does not come in time ({@link QueryTurns}). */
    private static void busy(ObjectNode op) {
        ObjectNode busy = op.with("responses").putObject("503")
                .put("description", "the server is busy making other lists and this one could not start in time; see Retry-After");
        busy.putObject("content").putObject("application/problem+json").putObject("schema").put("$ref", "#/components/schemas/Problem");
        busy.putObject("headers").putObject("Retry-After").put("description", "seconds to wait").putObject("schema").put("type", "integer");
    }

    /** The answers of one operation; returns the 200 answer, for a second media type. */
    private static ObjectNode responses(ObjectNode op, Door door, String what, ObjectNode schema) {
        ObjectNode r = op.putObject("responses");
        ObjectNode ok = r.putObject("200").put("description", what);
        ok.putObject("content").putObject("application/json").set("schema", schema);
        ObjectNode headers = ok.putObject("headers");
        headers.putObject("ETag").put("description", "strong; send it back in If-None-Match").putObject("schema").put("type", "string");
        headers.putObject("Content-Language").put("description", "the language the values are in: "
                + "a node's @locale (so a fallback is labelled with the locale it came from, never the one asked for), "
                + "for a list the resolved locale; every site locale for lang=all").putObject("schema").put("type", "string");
        if (!door.preview()) r.putObject("304").put("description", "not modified: the ETag in If-None-Match is current");
        for (String s : door.preview() ? new String[] {"400", "401", "403", "404"} : new String[] {"400", "404", "429"}) {
            ObjectNode problem = r.putObject(s).put("description", s.equals("429") ? "too many requests; see Retry-After" : "problem");
            problem.putObject("content").putObject("application/problem+json").putObject("schema").put("$ref", "#/components/schemas/Problem");
            if (s.equals("429")) {
                problem.putObject("headers").putObject("Retry-After").put("description", "seconds to wait")
                        .putObject("schema").put("type", "integer");
            }
        }
        return ok;
    }
}
