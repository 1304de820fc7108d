package eu.innco.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.FieldRules;
import eu.innco.contenttype.field.Option;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /types}: the content-type definitions as JSON, for clients that build forms or checks. */
@Path(".rest/authoring/v1/types")
@Produces(MediaType.APPLICATION_JSON)
public final class TypesResource {
    private final ContentTypeRegistry types;

    public TypesResource(ContentTypeRegistry types) {
        this.types = types;
    }

    @GET
    public ObjectNode all(@jakarta.ws.rs.core.Context jakarta.ws.rs.container.ContainerRequestContext req) {
        Authentication.actor(req);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode list = out.putArray("types");
        for (ContentTypeDefinition t : types.all()) {
            ObjectNode o = list.addObject();
            o.put("name", t.name());
            o.put("workspace", t.workspace());
            o.put("nodeType", t.nodeType());
            o.set("properties", properties(t.properties()));
            ObjectNode subs = o.putObject("subModels");
            t.subModels().forEach((name, sm) -> subs.set(name, properties(sm.properties())));
        }
        return out;
    }

    private static ArrayNode properties(List<PropertyDefinition> props) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (PropertyDefinition p : props) {
            ObjectNode o = a.addObject();
            o.put("name", p.name());
            o.put("type", p.typeName());
            o.put("required", p.required());
            o.put("i18n", p.i18n());
            o.put("multiple", p.multiple());
            p.label().ifPresent(l -> o.put("label", l));
            FieldRules r = p.rules();
            r.maxLength().ifPresent(m -> o.put("maxLength", m));
            r.pattern().ifPresent(pt -> o.put("pattern", pt.pattern()));
            if (r.email()) o.put("email", true);
            if (r.url()) o.put("url", true);
            r.min().ifPresent(m -> o.put("min", m));
            r.max().ifPresent(m -> o.put("max", m));
            if (r.hasOptions()) {
                ArrayNode opts = o.putArray("options");
                for (Option op : r.options()) {
                    ObjectNode oo = opts.addObject();
                    oo.put("value", op.value());
                    ObjectNode labels = oo.putObject("labels");
                    op.labels().forEach(labels::put);
                }
            }
        }
        return a;
    }
}
