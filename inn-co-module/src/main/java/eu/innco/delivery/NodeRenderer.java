package eu.innco.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.content.ItemValues;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.ReferenceField;
import eu.innco.site.SiteLocales;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an item into Magnolia's delivery JSON for one locale: each localised value taken along the
 * locale's fallback chain (those from further than {@code @locale} listed in {@code @fallback}),
 * sub-models as child nodes (with an {@code @id} derived from the item's, see {@link SubNodes}),
 * configured references expanded {@code referenceDepth} levels. With {@link #ALL}, localised
 * properties are maps of every visible locale's value instead.
 */
public final class NodeRenderer {
    /** The pseudo-locale of {@code lang=all}. */
    public static final String ALL = "all";
    static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

    private final SiteLocales site;
    /** Nodes of plain workspaces that items' properties name; null: those stay ids. */
    private final eu.innco.workspace.PlainNodes plain;

    public NodeRenderer(SiteLocales site) {
        this(site, null);
    }

    public NodeRenderer(SiteLocales site, eu.innco.workspace.PlainNodes plain) {
        this.site = site;
        this.plain = plain;
    }

    public SiteLocales site() { return site; }

    /** The locale an item's values come from for a reader of {@code locale}: the first visible one of its chain. */
    public Optional<String> visibleLocale(RenderInput item, String locale) {
        if (ALL.equals(locale)) return item.locales().isEmpty() ? Optional.empty() : Optional.of(ALL);
        for (String l : site.chain(locale)) if (item.locales().contains(l)) return Optional.of(l);
        return Optional.empty();
    }

    /** The JSON of the item for a reader of {@code locale} ({@link #ALL} for every locale); empty when it is not visible there. */
    public Optional<ObjectNode> render(EndpointDefinition ep, RenderInput item, String locale, Targets targets) {
        return visibleLocale(item, locale).map(from -> node(ep, item, locale, from, targets, java.util.Set.of(item.id())));
    }

    /**
     * {@code chain}: the ids from the answered item down to this one. References expand while the
     * chain is shorter than the endpoint's {@code referenceDepth}, and never into an item already on
     * it, so that two items referring to each other stop (Magnolia leaves the id there too).
     */
    private ObjectNode node(EndpointDefinition ep, RenderInput item, String locale, String from, Targets targets, java.util.Set<String> chain) {
        ObjectNode o = F.objectNode();
        o.put("@name", item.name());
        o.put("@path", ep.relativePath(item.path())); // inside the workspace, as Magnolia answers: a client reads it back below the endpoint
        o.put("@id", item.id());
        o.put("@nodeType", item.type().nodeType());
        if (!ALL.equals(from)) o.put("@locale", from);
        ArrayNode available = o.putArray("@availableLocales");
        item.locales().forEach(available::add);
        ObjectNode fallback = o.putObject("@fallback");
        ItemSystemProperties.write(o, ep, item);
        Walk walk = new Walk(ep, item, locale, from, targets, chain, fallback);
        walk.properties(o, item.type().properties(), item.values(), item.path(), "", 1);
        if (fallback.isEmpty()) o.remove("@fallback");
        return o;
    }

    /** One rendering: where values come from, and the fallbacks found on the way. */
    private final class Walk {
        final EndpointDefinition ep;
        final RenderInput item;
        final String locale;
        final String from;
        final Targets targets;
        final java.util.Set<String> embedding;
        final ObjectNode fallback;
        final List<String> chain;

        Walk(EndpointDefinition ep, RenderInput item, String locale, String from, Targets targets, java.util.Set<String> chain, ObjectNode fallback) {
            this.ep = ep;
            this.item = item;
            this.locale = locale;
            this.from = from;
            this.targets = targets;
            this.embedding = chain;
            this.fallback = fallback;
            List<String> c = ALL.equals(locale) ? List.of() : site.chain(locale);
            this.chain = ALL.equals(from) ? c : c.subList(c.indexOf(from), c.size());
        }

        void properties(ObjectNode o, List<PropertyDefinition> props, ItemValues values, String nodePath, String prefix, int depth) {
            ArrayNode children = F.arrayNode();
            for (PropertyDefinition p : props) {
                Object v = values.get(p.name()).orElse(null);
                if (v == null) continue;
                if (p.isSubModel()) {
                    if (depth > ep.depth()) continue;
                    o.set(p.name(), subModel(p, v, nodePath + "/" + p.name(), prefix + p.name(), depth));
                    children.add(p.name());
                    continue;
                }
                JsonNode value = p.i18n() ? localised(p, (Map<?, ?>) v, prefix + p.name(), top(prefix)) : values(p, v, top(prefix));
                if (value != null) o.set(p.name(), value);
            }
            o.set("@nodes", children);
        }

        private boolean top(String prefix) {
            return prefix.isEmpty();
        }

        private JsonNode subModel(PropertyDefinition p, Object v, String path, String at, int depth) {
            ObjectNode n = child(p.name(), path);
            if (!p.multiple()) {
                properties(n, p.subModel().properties(), (ItemValues) v, path, at + ".", depth + 1);
                return n;
            }
            ArrayNode names = F.arrayNode();
            List<?> list = (List<?>) v;
            for (int i = 0; i < list.size() && depth + 1 <= ep.depth(); i++) {
                String name = Integer.toString(i);
                ObjectNode entry = child(name, path + "/" + name);
                properties(entry, p.subModel().properties(), (ItemValues) list.get(i), path + "/" + name, at + "." + i + ".", depth + 2);
                n.set(name, entry);
                names.add(name);
            }
            n.set("@nodes", names);
            return n;
        }

        private ObjectNode child(String name, String path) {
            ObjectNode n = F.objectNode();
            n.put("@name", name);
            n.put("@path", ep.relativePath(path));
            n.put("@id", SubNodes.id(item.id(), path.substring(item.path().length())));
            n.put("@nodeType", "mgnl:contentNode");
            return n;
        }

        private JsonNode localised(PropertyDefinition p, Map<?, ?> byLocale, String at, boolean top) {
            if (ALL.equals(from)) {
                ObjectNode all = F.objectNode();
                for (String l : item.locales()) {
                    Object one = byLocale.get(l);
                    if (one != null) all.set(l, values(p, one, top));
                }
                return all.isEmpty() ? null : all;
            }
            for (String l : chain) {
                Object one = byLocale.get(l);
                if (one == null || !item.locales().contains(l)) continue;
                if (!l.equals(from)) fallback.put(at, l);
                return values(p, one, top);
            }
            return null;
        }

        private JsonNode values(PropertyDefinition p, Object v, boolean top) {
            if (!p.multiple()) return scalar(p, v, top);
            ArrayNode a = F.arrayNode();
            for (Object one : (List<?>) v) {
                JsonNode j = scalar(p, one, top);
                if (j != null) a.add(j);
            }
            return a;
        }

        private JsonNode scalar(PropertyDefinition p, Object v, boolean top) {
            if (top && embedding.size() <= ep.options().referenceDepth() && p.fieldType() instanceof ReferenceField r && ep.expands(p.name())
                    && !embedding.contains((String) v)) {
                Optional<RenderInput> found = targets.find(r.targetType(), (String) v);
                // a Magnolia import may keep an id of what is not here yet: answered as stored until it is
                if (found.isEmpty()) return p.fieldType().toJson(v);
                return found.flatMap(t -> visibleLocale(t, locale).map(tf -> {
                    java.util.Set<String> next = new java.util.LinkedHashSet<>(embedding);
                    next.add(t.id());
                    ObjectNode target = node(ep, t, locale, tf, targets, next);
                    if (r.kind() == eu.innco.contenttype.field.FieldKind.ASSET) AssetLinks.add(target, t, ep.renditions(p.name()));
                    return (JsonNode) target;
                })).orElse(null);
            }
            if (top && plain != null && embedding.size() <= ep.options().referenceDepth() && v instanceof String stored) {
                Optional<JsonNode> node = plainNode(p, stored);
                if (node.isPresent()) return node.get();
            }
            return p.fieldType().toJson(v);
        }

        /** A plain workspace's node named by a plain property, as the endpoint's rule says (Magnolia's tourTypes into category). */
        private Optional<JsonNode> plainNode(PropertyDefinition p, String stored) {
            var rule = ep.plainReference(p);
            if (rule.isEmpty() || embedding.contains(eu.innco.workspace.PlainNodes.id(stored))) return Optional.empty();
            boolean all = ALL.equals(locale);
            var language = new eu.innco.workspace.WorkspaceLanguage(all ? site.defaultLocale() : locale, site.defaultLocale(),
                    java.util.Set.copyOf(site.locales()), all);
            return plain.find(rule.get().targetWorkspace(), stored, language, ep.includeSystemProperties(), ep.options().systemProperties());
        }
    }
}
