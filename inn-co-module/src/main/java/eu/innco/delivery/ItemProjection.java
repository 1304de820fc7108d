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
 * published locale, one per other site locale showing the item in its own language (read with
 * {@code otherLanguages=include}), and one {@code all} document for {@code lang=all}.
 */
final class ItemProjection {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final NodeRenderer renderer;

    ItemProjection(NodeRenderer renderer) {
        this.renderer = renderer;
    }

    List<Document> documents(EndpointDefinition ep, RenderInput item, Targets targets) {
        return documents(ep, item, targets, ProjectionSpread.INLINE);
    }

    /** One locale's rendering and, when it is visible there, its document. */
    private record Rendered(String locale, ObjectNode json, Document document) {}

    /** As above, each language rendered, and its document made, as {@code spread} says (a publication: over the cores). */
    List<Document> documents(EndpointDefinition ep, RenderInput item, Targets targets, ProjectionSpread spread) {
        List<Document> out = new ArrayList<>();
        if (!ep.covers(item.path()) || item.locales().isEmpty()) return out;
        Set<String> refs = expandedIds(ep, item, targets);
        List<String> jobs = new ArrayList<>(renderer.site().locales());
        jobs.add(NodeRenderer.ALL); // rendered beside the others; its document needs their values, so it is made last
        List<Rendered> rendered = spread.map(jobs, locale -> {
            Optional<ObjectNode> json = renderer.render(ep, item, locale, targets);
            if (json.isEmpty() || NodeRenderer.ALL.equals(locale)) return new Rendered(locale, json.orElse(null), null);
            return new Rendered(locale, json.get(), document(ep, item, locale, locale, json.get(), refs, spread));
        });
        ObjectNode filterValues = null;
        List<String> unreached = new ArrayList<>();
        for (Rendered r : rendered.subList(0, rendered.size() - 1)) {
            if (r.json() == null) {
                unreached.add(r.locale());
                continue;
            }
            if (filterValues == null || r.locale().equals(renderer.site().defaultLocale())) filterValues = r.json();
            out.add(r.document());
        }
        if (!unreached.isEmpty()) {
            // the item's own language: the first of its published locales in the site's order
            String own = renderer.site().locales().stream().filter(item.locales()::contains).findFirst().orElse(item.locales().get(0));
            Optional<ObjectNode> json = renderer.render(ep, item, own, targets);
            if (json.isPresent()) {
                for (String locale : unreached) out.add(document(ep, item, IndexFields.otherLanguage(locale), locale, json.get(), refs, spread));
            }
        }
        ObjectNode all = rendered.get(rendered.size() - 1).json();
        if (all == null) throw new java.util.NoSuchElementException("no rendering for all languages of " + item.id());
        // lang=all filters and searches the default locale's values (or the first visible locale's): analysing
        // every locale's text a second time would double the cost of indexing for a rarely used door
        ObjectNode values = filterValues == null ? all : filterValues;
        Document d = DocumentBuilder.build(ep, item, NodeRenderer.ALL, NodeRenderer.ALL, NodeRenderer.ALL, bytes(all), values, refs,
                DocumentBuilder.text(item.type().properties(), values, new StringBuilder()),
                GeoFeature.of(ep, values, NodeRenderer.ALL).map(ItemProjection::bytes).orElse(null));
        DocumentBuilder.state(d, IndexState.hash(item.id(), item.version(), item.locales()));
        out.add(d);
        return out;
    }

    /** {@code key}: the document's {@link IndexFields#LOCALE} value; {@code reader}: the site locale it answers. */
    private Document document(EndpointDefinition ep, RenderInput item, String key, String reader, ObjectNode json, Set<String> refs,
                              ProjectionSpread spread) {
        byte[] geo = GeoFeature.of(ep, json, reader).map(ItemProjection::bytes).orElse(null);
        String text = DocumentBuilder.text(item.type().properties(), json, new StringBuilder());
        String from = json.path("@locale").asText(reader);
        Document d = DocumentBuilder.build(ep, item, key, reader, from, bytes(json), json, refs, text, geo);
        d.add(new org.apache.lucene.document.NumericDocValuesField(IndexFields.LANGUAGE_RANK,
                from.equals(reader) ? 0 : key.equals(reader) ? 1 : 2));
        return spread.analysed(d, Analyzers.textField(reader), text);
    }

    static byte[] bytes(ObjectNode o) {
        try {
            return MAPPER.writeValueAsBytes(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Ids of every item the answer embeds, down to the endpoint's {@code referenceDepth}, in any
     * locale: the re-publication of any of them re-renders this item.
     */
    static Set<String> expandedIds(EndpointDefinition ep, RenderInput item, Targets targets) {
        Set<String> out = new LinkedHashSet<>();
        if (ep.options().referenceDepth() > 0) collect(ep, item.type().properties(), item.values(), targets, 1, out);
        out.remove(item.id());
        return out;
    }

    private static void collect(EndpointDefinition ep, List<PropertyDefinition> props, ItemValues values, Targets targets, int level,
                                Set<String> out) {
        for (PropertyDefinition p : props) {
            // nodes of a plain workspace: any change there renders the item again (see PlainNodes)
            if (values.get(p.name()).isPresent()) ep.plainReference(p).ifPresent(rule -> out.add(eu.innco.workspace.PlainNodes.dependency(rule.targetWorkspace())));
            if (!ep.expands(p.name()) || p.isSubModel() || !(p.fieldType() instanceof eu.innco.contenttype.field.ReferenceField r)) continue;
            Set<String> ids = new LinkedHashSet<>();
            values.get(p.name()).ifPresent(v -> ids(v, ids));
            for (String id : ids) {
                if (!out.add(id) || level >= ep.options().referenceDepth()) continue;
                targets.find(r.targetType(), id).ifPresent(t -> collect(ep, t.type().properties(), t.values(), targets, level + 1, out));
            }
        }
    }

    private static void ids(Object v, Set<String> out) {
        if (v instanceof String s) out.add(s);
        else if (v instanceof List<?> l) l.forEach(x -> ids(x, out));
        else if (v instanceof Map<?, ?> m) m.values().forEach(x -> ids(x, out));
    }
}
