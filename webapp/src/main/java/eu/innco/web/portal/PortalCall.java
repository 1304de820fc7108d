package eu.innco.web.portal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.i18n.format.LocalFormats;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One portal request: its locale, its address, the site's public address, and the helpers that
 * pages and templates use (texts in the page's language, dates, option labels, fallback languages).
 */
final class PortalCall {
    final Portal portal;
    final String locale;
    final UriInfo uri;
    final String base;
    final long generation;
    final boolean preview;
    /** Everything published this page read, for the page cache to drop the page with. */
    private final eu.innco.web.cache.Dependencies.Trail trail = new eu.innco.web.cache.Dependencies.Trail();
    /** The published items this page read, by the identity of their JSON (see {@link #prepared}). */
    private final Map<JsonNode, ItemLookup.Parsed> read = new java.util.IdentityHashMap<>(4);

    PortalCall(Portal portal, String locale, UriInfo uri, long generation, boolean preview) {
        this.portal = portal;
        this.locale = locale;
        this.uri = uri;
        this.generation = generation;
        this.preview = preview;
        this.base = portal.base();
    }

    /** Notes that the page shows something made from these items or lists. */
    void dependsOn(eu.innco.web.cache.Dependencies d) {
        trail.add(d);
    }

    /** What the page read so far. */
    eu.innco.web.cache.Dependencies dependencies() {
        return trail.done();
    }

    /** An interface text with named arguments: {@code t("search.results", "count", 3)}. */
    String t(String key, Object... namesAndValues) {
        return portal.messages.format(key, locale, namesAndValues);
    }

    String path() {
        return uri.getRequestUri().getRawPath();
    }

    String abs(String path) {
        return base + path;
    }

    String query(String name) {
        String v = uri.getQueryParameters().getFirst(name);
        return v == null ? "" : v.trim();
    }

    int page() {
        try {
            return Math.max(1, Math.min(10_000, Integer.parseInt(query("page"))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    Map<String, Object> item(JsonNode json) {
        return Items.of(json, locale);
    }

    /** Notes that {@code json} is the published item {@code parsed} holds, whose template model it keeps. */
    void remember(JsonNode json, ItemLookup.Parsed parsed) {
        read.put(json, parsed);
    }

    /**
     * An item as a template model whose {@link PreparedHash#map} is {@link #item}'s map, unmodifiable:
     * the one kept with a published item this page read, else made now (a draft in a preview).
     */
    PreparedHash prepared(JsonNode json) {
        ItemLookup.Parsed p = read.get(json);
        return p != null ? p.prepared(locale) : PreparedHash.of(Items.freeze(item(json)));
    }

    /** The label of an option value in the page's language ({@code FR} to "France"), else the value. */
    String label(String type, String property, String value) {
        String[] path = property.split("\\.", 2);
        Optional<PropertyDefinition> p = portal.types.get(type).flatMap(t -> t.property(path[0]));
        if (path.length == 2) p = p.filter(PropertyDefinition::isSubModel).flatMap(d -> d.subModel().properties().stream()
                .filter(x -> x.name().equals(path[1])).findFirst());
        return p.flatMap(d -> d.rules().option(value)).map(o -> o.label(locale)).orElse(value);
    }

    String date(String iso) {
        if (iso == null || iso.length() < 10) return "";
        return DateLabels.of(iso.substring(0, 10), locale);
    }

    /** The language a part of an item came from when it is not the item's own (a fallback), else "". */
    static String fallback(Map<?, ?> item, String property) {
        if (item.get("@fallback") instanceof Map<?, ?> fb && fb.get(property) != null) {
            String l = fb.get(property).toString();
            return l.equals(item.get("@locale")) ? "" : l;
        }
        return "";
    }

    /** The language of a whole item when it differs from the page's, else "". */
    String itemLang(Map<?, ?> item) {
        Object l = item.get("@locale");
        return l == null || l.equals(locale) ? "" : l.toString();
    }

    /** The functions every portal template may call. */
    Map<String, Object> helpers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("t", Fn.of(a -> t(Fn.str(a, 0), a.subList(Math.min(1, a.size()), a.size()).toArray())));
        m.put("res", Fn.of(a -> portal.files.url(Fn.str(a, 0))));
        m.put("label", Fn.of(a -> label(Fn.str(a, 0), Fn.str(a, 1), Fn.str(a, 2))));
        m.put("date", Fn.of(a -> date(Fn.str(a, 0))));
        m.put("when", Fn.of(a -> a.get(0) instanceof Map<?, ?> e ? EventDates.when(e, locale) : ""));
        m.put("num", Fn.of(a -> a.isEmpty() || !(a.get(0) instanceof Number n) ? Fn.str(a, 0) : LocalFormats.number(n, locale)));
        m.put("fb", Fn.of(a -> a.get(0) instanceof Map<?, ?> item ? fallback(item, Fn.str(a, 1)) : ""));
        m.put("itemLang", Fn.of(a -> a.get(0) instanceof Map<?, ?> item ? itemLang(item) : ""));
        m.put("u", Fn.of(a -> "/" + locale + (Fn.str(a, 0).isEmpty() ? "/" : "/" + Fn.str(a, 0))));
        m.put("headingsFrom", Fn.of(a -> KeptHeadings.from(Fn.str(a, 0), a.size() > 1 && a.get(1) instanceof Number n ? n.intValue() : 2)));
        // a preview shows drafts' files through src only (DraftFileLinks rewrites it); a srcset would ask /dam/ for unpublished ones
        m.put("srcset", Fn.of(a -> preview || a.isEmpty() ? "" : portal.images.srcset(a.get(0))));
        m.put("list", Fn.of(a -> a.get(0) instanceof Map<?, ?> sub && sub.get("_list") instanceof List<?> l ? l : List.of()));
        return m;
    }
}
