package eu.innco.contenttype.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

/** A point on the map ({@code geo: true}): latitude -90..90, longitude -180..180. */
public final class GeoField implements FieldType {
    public static final String NAME = "geo";

    @Override public String name() { return NAME; }

    @Override public FieldKind kind() { return FieldKind.GEO; }

    @Override
    public Object fromJson(JsonNode json, String path, Violations v) {
        if (!json.isObject() || !json.path("lat").isNumber() || !json.path("lon").isNumber() || json.size() != 2) {
            v.add(path, "innco.field.geo");
            return null;
        }
        double lat = json.get("lat").doubleValue();
        double lon = json.get("lon").doubleValue();
        boolean ok = true;
        if (!(lat >= -90 && lat <= 90)) { v.add(path + ".lat", "innco.field.latitude"); ok = false; }
        if (!(lon >= -180 && lon <= 180)) { v.add(path + ".lon", "innco.field.longitude"); ok = false; }
        return ok ? new GeoPoint(lat, lon) : null;
    }

    @Override
    public JsonNode toJson(Object value) {
        GeoPoint p = (GeoPoint) value;
        ObjectNode o = Json.NODES.objectNode();
        o.put("lat", p.lat());
        o.put("lon", p.lon());
        return o;
    }

    @Override public Value toJcr(Object value, ValueFactory f) { return f.createValue(((GeoPoint) value).stored()); }

    @Override
    public Object fromJcr(Value value) throws RepositoryException { return GeoPoint.parseStored(value.getString()); }

    @Override
    public ObjectNode jsonSchema(FieldRules rules) {
        ObjectNode s = Json.schema("object");
        s.putArray("required").add("lat").add("lon");
        ObjectNode props = s.putObject("properties");
        props.putObject("lat").put("type", "number").put("minimum", -90).put("maximum", 90);
        props.putObject("lon").put("type", "number").put("minimum", -180).put("maximum", 180);
        s.put("additionalProperties", false);
        return s;
    }
}
