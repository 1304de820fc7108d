package eu.innco.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.content.ItemValues;
import eu.innco.contenttype.PropertyDefinition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;

/**
 * Every document of one item on one endpoint: one per site locale whose fallback chain reaches a
 * published locale, and one {@code all} document for {@code lang=all}.
 */
final class ItemProjection {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final NodeRenderer renderer;

    ItemProjection(NodeRenderer renderer) {
        this.renderer = renderer;
    }

    List<Document> documents(EndpointDefinition ep, RenderInput item, Targets targets) {
        List<Document> out = new ArrayList<>();
        if (!ep.covers(item.path()) || item.locales().isEmpty()) return out;
        Set<String> refs = expandedIds(ep, item.values());
        ObjectNode filterValues = null;
        for (String locale : renderer.site().locales()) {
            Optional<ObjectNode> json = renderer.render(ep, item, locale, targets);
            if (json.isEmpty()) continue;
            if (filterValues == null || locale.equals(renderer.site().defaultLocale())) filterValues = json.get();
            out.add(document(ep, item, locale, json.get(), json.get(), refs));
        }
        ObjectNode all = renderer.render(ep, item, NodeRenderer.ALL, targets).orElseThrow();
        // lang=all filters and searches the default locale's values (or the first visible locale's): analysing
        // every locale's text a second time would double the cost of indexing for a rarely used door
        ObjectNode values = filterValues == null ? all : filterValues;
        Document d = DocumentBuilder.build(ep, item, NodeRenderer.ALL, NodeRenderer.ALL, bytes(all), values, refs,
                DocumentBuilder.text(item.type().properties(), values, new StringBuilder()),
                GeoFeature.of(ep, values, NodeRenderer.ALL).map(ItemProjection::bytes).orElse(null));
        DocumentBuilder.state(d, IndexState.hash(item.id(), item.version(), item.locales()));
        out.add(d);
        return out;
    }

    private Document document(EndpointDefinition ep, RenderInput item, String locale, ObjectNode json, ObjectNode values, Set<String> refs) {
        byte[] geo = GeoFeature.of(ep, values, locale).map(ItemProjection::bytes).orElse(null);
        String text = DocumentBuilder.text(item.type().properties(), json, new StringBuilder());
        return DocumentBuilder.build(ep, item, locale, json.path("@locale").asText(locale), bytes(json), values, refs, text, geo);
    }

    static byte[] bytes(ObjectNode o) {
        try {
            return MAPPER.writeValueAsBytes(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ids in the expanded reference properties, in any locale: their re-publication re-renders this item. */
    static Set<String> expandedIds(EndpointDefinition ep, ItemValues values) {
        Set<String> out = new LinkedHashSet<>();
        for (PropertyDefinition p : ep.type().properties()) {
            if (!ep.expands(p.name())) continue;
            values.get(p.name()).ifPresent(v -> ids(v, out));
        }
        return out;
    }

    private static void ids(Object v, Set<String> out) {
        if (v instanceof String s) out.add(s);
        else if (v instanceof List<?> l) l.forEach(x -> ids(x, out));
        else if (v instanceof Map<?, ?> m) m.values().forEach(x -> ids(x, out));
    }
}
