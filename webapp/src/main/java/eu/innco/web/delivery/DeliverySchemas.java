package eu.innco.web.delivery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.FieldKind;
import eu.innco.contenttype.field.ReferenceField;
import eu.innco.delivery.EndpointDefinition;
import eu.innco.site.SiteLocales;
import java.util.List;

/**
 * The delivery answers' JSON Schemas, worked out from the content types the way {@code NodeRenderer}
 * writes them, so that a generated client knows each endpoint's fields: per endpoint an item
 * ({@code OrganisationsItem}, its configured references expanded) and a page ({@code OrganisationsPage});
 * per content type a node as an expanded reference shows it ({@code OrganisationNode}, references as ids).
 */
final class DeliverySchemas {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String NODE = "DeliveryNode";
    static final String GEO_JSON = "GeoJsonFeatureCollection";

    private final SiteLocales site;
    private final ContentTypeRegistry types;
    private final ObjectNode schemas;

    DeliverySchemas(SiteLocales site, ContentTypeRegistry types, ObjectNode schemas) {
        this.site = site;
        this.types = types;
        this.schemas = schemas;
    }

    static String item(EndpointDefinition ep) { return name(ep.name()) + "Item"; }

    static String page(EndpointDefinition ep) { return name(ep.name()) + "Page"; }

    /** A schema name from an endpoint or type name: {@code caseStudies} → {@code CaseStudies}, {@code tours/v1} → {@code ToursV1}. */
    static String name(String raw) {
        StringBuilder b = new StringBuilder();
        boolean upper = true;
        for (char c : raw.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) { upper = true; continue; }
            b.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        return b.toString();
    }

    void addEndpoint(EndpointDefinition ep) {
        schemas.set(item(ep), node(ep.type(), ep.type().properties(), ep, 1, true, 0));
        ObjectNode page = F.objectNode().put("type", "object").put("description", "one page of a query on " + ep.name());
        ObjectNode p = page.putObject("properties");
        p.putObject("offset").put("type", "integer");
        p.putObject("limit").put("type", "integer");
        p.putObject("total").put("type", "integer").put("description", "all matching nodes, not only this page's");
        p.putObject("results").put("type", "array").set("items", ref(item(ep)));
        page.putArray("required").add("offset").add("limit").add("total").add("results");
        schemas.set(page(ep), page);
    }

    /**
     * An expanded reference {@code level} references below the item: the target's node (its own
     * references expanded while {@code referenceDepth} reaches further), and for an asset what
     * Magnolia's asset resolver adds ({@code AssetLinks}). Below the first level a node already on
     * the way down stays its id, as the renderer stops cycles.
     */
    private ObjectNode expanded(ReferenceField r, EndpointDefinition ep, int level) {
        ObjectNode node = level < ep.options().referenceDepth() && r.kind() != FieldKind.ASSET ? deeper(r.targetType(), ep, level) : expanded(r);
        if (level < 2) return node;
        ObjectNode s = F.objectNode();
        s.putArray("anyOf").add(node).addObject().put("type", "string").put("description", "the id of a node already on the way down");
        return s;
    }

    /** A target whose references expand further: one schema per endpoint, type and level ({@code Deep2OrganisationLevel1}). */
    private ObjectNode deeper(String type, EndpointDefinition ep, int level) {
        ContentTypeDefinition t = types.get(type).orElse(null);
        if (t == null) return ref(NODE);
        String name = name(ep.name()) + name(type) + "Level" + level;
        if (!schemas.has(name)) {
            schemas.putObject(name);
            schemas.set(name, node(t, t.properties(), ep, 1, true, level));
        }
        return ref(name);
    }

    /** An expanded reference: the target's node, and for an asset what Magnolia's asset resolver adds ({@code AssetLinks}). */
    private ObjectNode expanded(ReferenceField r) {
        if (r.kind() != FieldKind.ASSET) return target(r.targetType());
        ObjectNode links = F.objectNode().put("type", "object");
        ObjectNode p = links.putObject("properties");
        p.putObject("@link").put("type", "string").put("description", "the published file's address");
        p.putObject("metadata").put("type", "object").put("description", "fileName, mimeType, fileSize, format");
        p.putObject("renditions").put("type", "object").put("description", "an image's renditions by name, each with its link");
        ObjectNode s = F.objectNode();
        s.putArray("allOf").add(target(r.targetType())).add(links);
        return s;
    }

    /** A node of a plain workspace named by a plain property (Magnolia's tourTypes into category), or the stored id when none is. */
    private static ObjectNode plainNode() {
        ObjectNode s = F.objectNode();
        s.putArray("anyOf").add(ref(NODE)).addObject().put("type", "string").put("description", "the stored identifier, when no node has it");
        return s;
    }

    /** The node of a type as an expanded reference shows it: its own references stay ids (one level only). */
    private ObjectNode target(String type) {
        ContentTypeDefinition t = types.get(type).orElse(null);
        if (t == null) return ref(NODE);
        String name = name(type) + "Node";
        if (!schemas.has(name)) {
            schemas.putObject(name); // reserved first: a type may refer to itself
            schemas.set(name, node(t, t.properties(), null, 1, true, 0));
        }
        return ref(name);
    }

    /**
     * An item or child node: the system fields of every node, then each property as the renderer
     * writes it; {@code level}: how many references below the answered item this node is (0: the item).
     */
    private ObjectNode node(ContentTypeDefinition t, List<PropertyDefinition> props, EndpointDefinition ep, int depth, boolean top, int level) {
        ObjectNode s = F.objectNode();
        ArrayNode allOf = s.putArray("allOf");
        allOf.add(ref(NODE));
        ObjectNode own = allOf.addObject().put("type", "object");
        ObjectNode properties = own.putObject("properties");
        for (PropertyDefinition p : props) {
            if (p.isSubModel()) {
                if (ep != null && depth > ep.depth()) continue;
                ObjectNode child = node(t, p.subModel().properties(), ep, depth + (p.multiple() ? 2 : 1), false, level);
                properties.set(p.name(), p.multiple() ? entries(child) : child);
                continue;
            }
            boolean expands = top && ep != null && level < ep.options().referenceDepth();
            ObjectNode value = expands && p.fieldType() instanceof ReferenceField r && ep.expands(p.name()) ? expanded(r, ep, level + 1)
                    : expands && ep.plainReference(p).isPresent() ? plainNode() : p.fieldType().jsonSchema(p.rules());
            if (p.multiple()) value = F.objectNode().put("type", "array").set("items", value);
            properties.set(p.name(), p.i18n() ? localised(value) : value);
        }
        return s;
    }

    /** A multiple sub-model: a child node whose children are named 0, 1, 2 ... and listed in its @nodes. */
    private static ObjectNode entries(ObjectNode child) {
        ObjectNode s = F.objectNode();
        ArrayNode allOf = s.putArray("allOf");
        allOf.add(ref(NODE));
        allOf.addObject().put("type", "object").putObject("patternProperties").set("^[0-9]+$", child);
        return s;
    }

    /** A localised value: the one of the resolved locale, or with {@code lang=all} an object of every visible locale's. */
    private ObjectNode localised(ObjectNode value) {
        ObjectNode all = F.objectNode().put("type", "object").put("description", "lang=all: one value per locale");
        ObjectNode p = all.putObject("properties");
        for (String l : site.locales()) p.set(l, value);
        all.put("additionalProperties", false);
        ObjectNode s = F.objectNode();
        s.putArray("anyOf").add(value).add(all);
        return s;
    }

    /** What every delivery node has (Magnolia's shape); the types' schemas add their properties to it. */
    static ObjectNode baseNode() {
        ObjectNode s = F.objectNode().put("type", "object");
        s.put("description", "Magnolia's delivery node: @name, @path (inside the workspace), @id, @nodeType, @locale, @availableLocales,"
                + " @fallback (property → the locale its value came from), mgnl: dates, the properties resolved for the locale,"
                + " child nodes listed in @nodes");
        ObjectNode p = s.putObject("properties");
        for (String k : new String[] {"@name", "@path", "@nodeType", "@locale"}) p.putObject(k).put("type", "string");
        p.putObject("@id").put("type", "string").put("format", "uuid");
        p.putObject("@availableLocales").put("type", "array").putObject("items").put("type", "string");
        p.putObject("@fallback").put("type", "object").putObject("additionalProperties").put("type", "string");
        p.putObject("@nodes").put("type", "array").putObject("items").put("type", "string");
        for (String k : new String[] {"mgnl:created", "mgnl:lastModified", "mgnl:lastActivated", "jcr:created"}) {
            p.putObject(k).put("type", "string").put("format", "date-time");
        }
        // answered when an endpoint's systemProperties names it: delivery serves published nodes only
        p.putObject("mgnl:activationStatus").put("type", "string").put("description", "\"true\", as Magnolia writes it");
        s.putArray("required").add("@name").add("@path").add("@id").add("@nodeType");
        s.put("additionalProperties", true);
        return s;
    }

    /** format=geojson: a FeatureCollection of the page's nodes that have a map point, in RFC 7946's shape. */
    static ObjectNode geoJson() {
        ObjectNode s = F.objectNode().put("type", "object").put("description", "RFC 7946 FeatureCollection; each feature's"
                + " properties are the node's delivery JSON");
        ObjectNode p = s.putObject("properties");
        p.putObject("type").put("const", "FeatureCollection");
        p.putObject("features").put("type", "array").putObject("items").put("type", "object");
        s.putArray("required").add("type").add("features");
        return s;
    }

    static ObjectNode ref(String schema) {
        return F.objectNode().put("$ref", "#/components/schemas/" + schema);
    }
}
