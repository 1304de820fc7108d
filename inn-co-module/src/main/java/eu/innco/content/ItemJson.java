package eu.innco.content;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.field.Dates;
import java.time.Instant;

/** The authoring JSON of a working copy, as API.md shows it. */
public final class ItemJson {
    private final ValuesJson values;

    public ItemJson(ValuesJson values) {
        this.values = values;
    }

    public ObjectNode write(ContentItem item, ContentTypeDefinition type) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", item.id());
        o.put("type", item.type());
        o.put("name", item.name());
        o.put("path", item.path());
        o.set("properties", values.write(type.properties(), item.values()));
        o.put("sourceLocale", item.sourceLocale());
        ObjectNode locales = o.putObject("locales");
        item.locales().entrySet().forEach(e -> {
                    ObjectNode l = locales.putObject(e.getKey());
                    l.put("translation", e.getValue().translation());
                    l.put("outdated", e.getValue().outdated());
                    putDate(l, "published", e.getValue().published());
                    l.put("modifiedSincePublished", e.getValue().modifiedSincePublished());
                    ObjectNode fields = l.putObject("fields");
                    e.getValue().fields().forEach((path, f) -> fields.putObject(path).put("state", f.state()).put("outdated", f.outdated()));
                });
        putDate(o, "created", item.created());
        o.put("createdBy", item.createdBy());
        putDate(o, "lastModified", item.lastModified());
        o.put("lastModifiedBy", item.lastModifiedBy());
        return o;
    }

    private static void putDate(ObjectNode o, String key, Instant t) {
        if (t == null) o.putNull(key);
        else o.put(key, Dates.format(t));
    }
}
