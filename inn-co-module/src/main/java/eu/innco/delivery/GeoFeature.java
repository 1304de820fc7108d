package eu.innco.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.contenttype.PropertyDefinition;
import java.util.List;
import java.util.Optional;

/**
 * The RFC 7946 Feature of an item with a map point: a Point in {@code [lon, lat]} order, the item's
 * {@code @id} as id, and the properties a map needs (name, kind, role, country, city, url of the
 * portal page). Built at indexing time so that the GeoJSON of every organisation is a concatenation.
 */
final class GeoFeature {
    static final List<String> PROPERTIES = List.of("kind", "role", "country", "city");

    private GeoFeature() {}

    static Optional<ObjectNode> of(EndpointDefinition ep, ObjectNode rendered, String locale) {
        Optional<PropertyDefinition> geo = ep.geoProperty();
        if (geo.isEmpty()) return Optional.empty();
        JsonNode point = rendered.path(geo.get().name());
        if (!point.path("lat").isNumber() || !point.path("lon").isNumber()) return Optional.empty();
        ObjectNode f = NodeRenderer.F.objectNode();
        f.put("type", "Feature");
        f.put("id", rendered.path("@id").asText());
        ObjectNode g = f.putObject("geometry");
        g.put("type", "Point");
        g.putArray("coordinates").add(point.get("lon").doubleValue()).add(point.get("lat").doubleValue());
        ObjectNode p = f.putObject("properties");
        JsonNode name = rendered.has("name") ? rendered.get("name") : rendered.path("title");
        p.put("name", name.isTextual() ? name.textValue() : rendered.path("@name").asText());
        for (String k : PROPERTIES) {
            JsonNode v = rendered.get(k);
            if (v != null && v.isValueNode()) p.set(k, v);
        }
        String lang = NodeRenderer.ALL.equals(locale) ? "" : "/" + locale;
        p.put("url", lang + "/" + ep.workspace() + ep.relativePath(rendered.path("@path").asText()));
        return Optional.of(f);
    }
}
