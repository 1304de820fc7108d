package eu.innco.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.site.SiteLocales;
import eu.innco.web.Version;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.1 document of the APIs, generated once from the content types (and, through the
 * contributors, from the other features' definitions).
 */
public final class OpenApiDocument {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

    private final List<Consumer<ObjectNode>> contributors = new ArrayList<>();
    private final ContentTypeRegistry types;
    private final SiteLocales locales;
    private volatile ObjectNode built;

    public OpenApiDocument(ContentTypeRegistry types, SiteLocales locales) {
        this.types = types;
        this.locales = locales;
    }

    /** Lets another feature add its paths and schemas to the document (before the first request). */
    public void contribute(Consumer<ObjectNode> contributor) {
        contributors.add(contributor);
        built = null;
    }

    /** The content types the document is made from, for contributors that describe them too. */
    public ContentTypeRegistry types() {
        return types;
    }

    public ObjectNode document() {
        ObjectNode b = built;
        if (b == null) built = b = build();
        return b;
    }

    private ObjectNode build() {
        ObjectNode doc = F.objectNode();
        doc.put("openapi", "3.1.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "INN-CO Publishing");
        info.put("version", Version.VALUE);
        info.put("description", "Authoring API (authenticated) and delivery API (public, published content only) "
                + "of the INN-CO content hub. Site locales: " + String.join(", ", locales.locales()) + ".");
        doc.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = doc.putObject("paths");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode security = components.putObject("securitySchemes");
        security.putObject("basic").put("type", "http").put("scheme", "basic");
        security.putObject("bearer").put("type", "http").put("scheme", "bearer").put("description", "an API token: innco_<id>_<secret>");
        schemas.set("Problem", problemSchema());
        ContentSchemas contentSchemas = new ContentSchemas(locales);
        AuthoringPaths authoring = new AuthoringPaths();
        for (ContentTypeDefinition t : types.all()) {
            contentSchemas.addTo(schemas, t);
            authoring.addItemPaths(paths, t);
        }
        schemas.set("ItemStatus", authoring.itemStatusSchema(locales));
        authoring.addCommonPaths(paths);
        for (Consumer<ObjectNode> c : contributors) c.accept(doc);
        declarePathParameters(paths);
        RequestIdInOpenApi.addTo(doc);
        return doc;
    }

    /**
     * OpenAPI requires every {@code {name}} of a path to be declared as a path parameter; the
     * contributors declare those they describe, and the rest are declared here as plain strings.
     */
    private static void declarePathParameters(ObjectNode paths) {
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            Matcher m = TEMPLATE.matcher(path.getKey());
            while (m.find()) {
                String name = m.group(1);
                ObjectNode item = (ObjectNode) path.getValue();
                if (declared(item.path("parameters"), name)) continue;
                boolean inEveryOperation = true;
                for (JsonNode op : item) if (op.isObject()) inEveryOperation &= declared(op.path("parameters"), name);
                if (inEveryOperation) continue;
                ArrayNode params = item.has("parameters") ? (ArrayNode) item.get("parameters") : item.putArray("parameters");
                params.addObject().put("name", name).put("in", "path").put("required", true).putObject("schema").put("type", "string");
            }
        }
    }

    private static boolean declared(JsonNode params, String name) {
        for (JsonNode p : params) if (name.equals(p.path("name").asText()) && "path".equals(p.path("in").asText())) return true;
        return false;
    }

    private static ObjectNode problemSchema() {
        ObjectNode s = F.objectNode();
        s.put("type", "object");
        s.put("description", "RFC 9457 problem details");
        ObjectNode p = s.putObject("properties");
        p.putObject("type").put("type", "string");
        p.putObject("title").put("type", "string");
        p.putObject("status").put("type", "integer");
        p.putObject("detail").put("type", "string");
        p.putObject("code").put("type", "string");
        ObjectNode err = p.putObject("errors");
        err.put("type", "array");
        ObjectNode item = err.putObject("items");
        item.put("type", "object");
        ObjectNode ip = item.putObject("properties");
        ip.putObject("path").put("type", "string");
        ip.putObject("message").put("type", "string");
        ArrayNode req = s.putArray("required");
        req.add("type").add("title").add("status");
        return s;
    }
}
