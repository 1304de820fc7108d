package eu.innco.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.site.SiteLocales;
import java.util.List;

/** JSON Schemas (2020-12, as OpenAPI 3.1 uses them) of content types, from their definitions. */
public final class ContentSchemas {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final SiteLocales locales;

    public ContentSchemas(SiteLocales locales) {
        this.locales = locales;
    }

    /** Schema name of a type's authoring properties: {@code OrganisationProperties}, {@code AboutCareersProperties} (see {@code TypeNames}). */
    public static String propertiesName(String type) {
        return eu.innco.contenttype.TypeNames.pascal(type) + "Properties";
    }

    public static String subModelName(ContentTypeDefinition t, String subModel) {
        return eu.innco.contenttype.TypeNames.pascal(t.name()) + subModel;
    }

    public void addTo(ObjectNode schemas, ContentTypeDefinition t) {
        schemas.set(propertiesName(t.name()), object(t, t.properties(), true));
        t.subModels().forEach((name, sm) -> schemas.set(subModelName(t, name), object(t, sm.properties(), true)));
    }

    private ObjectNode object(ContentTypeDefinition t, List<PropertyDefinition> props, boolean localisedAsMaps) {
        ObjectNode s = F.objectNode();
        s.put("type", "object");
        s.put("additionalProperties", false);
        ObjectNode properties = s.putObject("properties");
        ArrayNode required = F.arrayNode();
        for (PropertyDefinition p : props) {
            ObjectNode one = p.isSubModel() ? ref(subModelName(t, p.subModel().name())) : p.fieldType().jsonSchema(p.rules());
            if (p.multiple()) one = array(one);
            if (p.i18n() && localisedAsMaps) one = localised(one);
            properties.set(p.name(), one);
            if (p.required()) required.add(p.name());
        }
        if (!required.isEmpty()) s.set("required", required);
        return s;
    }

    private ObjectNode localised(ObjectNode valueSchema) {
        ObjectNode s = F.objectNode();
        s.put("type", "object");
        s.put("description", "one value per site locale");
        ObjectNode props = s.putObject("properties");
        for (String l : locales.locales()) props.set(l, valueSchema);
        s.put("additionalProperties", false);
        return s;
    }

    private static ObjectNode array(ObjectNode items) {
        ObjectNode s = F.objectNode();
        s.put("type", "array");
        s.set("items", items);
        return s;
    }

    static ObjectNode ref(String schema) {
        ObjectNode s = F.objectNode();
        s.put("$ref", "#/components/schemas/" + schema);
        return s;
    }
}
