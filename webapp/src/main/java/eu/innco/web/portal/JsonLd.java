package eu.innco.web.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * schema.org data of a page as a JSON-LD data block (not executed, so the CSP allows it): the
 * partnership as an Organization, case studies as Articles, events as Events, workshop materials and
 * the guide as LearningResources. {@code <} is written as {@code \u003c} so no text can close the block.
 */
final class JsonLd {
    private final ObjectNode root = Items.JSON.createObjectNode();

    private JsonLd(String type) {
        root.put("@context", "https://schema.org");
        root.put("@type", type);
    }

    static JsonLd of(String type) {
        return new JsonLd(type);
    }

    JsonLd put(String key, Object value) {
        if (value == null || value.toString().isBlank()) return this;
        if (value instanceof JsonLd j) root.set(key, j.root);
        else if (value instanceof Number n) root.put(key, n.doubleValue() == Math.rint(n.doubleValue()) ? n.longValue() : n.doubleValue());
        else if (value instanceof List<?> l) {
            ArrayNode a = root.putArray(key);
            for (Object o : l) {
                if (o instanceof JsonLd j) a.add(j.root);
                else a.add(o.toString());
            }
        } else root.put(key, value.toString());
        return this;
    }

    /** The partnership, publisher of every page. */
    static JsonLd partnership(PortalCall call) {
        return of("Organization").put("name", "INN-CO").put("url", call.abs("/" + call.locale + "/"))
                .put("description", call.t("site.description"));
    }

    /** Common properties of a published item: name, address, language, dates, licence. */
    JsonLd item(PortalCall call, Map<String, Object> item, String name, String description) {
        put("name", name).put("description", description).put("url", call.abs(String.valueOf(item.get("_url"))))
                .put("inLanguage", item.get("@locale")).put("dateModified", item.get("mgnl:lastModified"));
        return this;
    }

    String write() {
        try {
            return Items.JSON.writeValueAsString(root).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
