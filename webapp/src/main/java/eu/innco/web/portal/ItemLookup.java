package eu.innco.web.portal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.delivery.StoredNode;
import eu.innco.i18n.slug.SlugMatch;
import eu.innco.web.cache.Dependencies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the published item of a portal address by its localised slug, and says where the page
 * lives in every language. A slug of another language (or a node name, or an old slug) redirects
 * to the item's slug in the page's language.
 */
final class ItemLookup {
    /** The item's JSON in the page's locale, or a redirect to its right address. */
    record Found(JsonNode json, String redirect) {}

    private ItemLookup() {}

    static Found find(PortalCall call, Sections s, String slug) {
        Optional<SlugMatch> match = call.portal.reads.get(call, "slug " + s.type() + " " + call.locale + " " + slug,
                () -> call.portal.slugs.published(s.type(), call.locale, slug), m -> 256, m -> slugFrom(call, s, m));
        if (match.isEmpty()) throw new PortalNotFound();
        if (match.get().redirect()) {
            return new Found(null, "/" + call.locale + "/" + s.path() + "/" + match.get().canonicalSlug());
        }
        return new Found(byId(call, s.endpoint(), match.get().id()).orElseThrow(PortalNotFound::new), null);
    }

    /**
     * What a slug's meaning depends on: the item it is the own slug of in the page's locale (slugs
     * are unique per type and locale, so only that item's publication changes it); a slug found
     * elsewhere (another locale's, an old one, a node name) or not at all may be taken by any
     * publication of the type.
     */
    private static Dependencies slugFrom(PortalCall call, Sections s, Optional<SlugMatch> m) {
        boolean own = m.isPresent() && !m.get().redirect() && call.locale.equals(m.get().slugLocale());
        return own ? Dependencies.item(m.get().id()) : Dependencies.list(s.endpoint());
    }

    /** A published item's JSON in the page's locale, kept until it is published again (callers must not change it). */
    static Optional<JsonNode> byId(PortalCall call, String endpoint, String id) {
        Parsed p = call.portal.reads.get(call, "item " + endpoint + " " + call.locale + " " + id,
                () -> parsed(call.portal.delivery.byId(endpoint, call.locale, id, true)), Parsed::weight,
                x -> x.json().isPresent() ? Dependencies.item(id) : Dependencies.list(endpoint));
        p.json().ifPresent(j -> call.remember(j, p));
        return p.json();
    }

    /**
     * A JSON tree with the size of the bytes it was read from, for {@link Reads}' bound, and the
     * template model of the item, made the first time a page asks for it and kept with the tree.
     */
    static final class Parsed {
        private final Optional<JsonNode> json;
        private final long bytes;
        private volatile PreparedHash prepared;

        Parsed(Optional<JsonNode> json, long bytes) {
            this.json = json;
            this.bytes = bytes;
        }

        Optional<JsonNode> json() {
            return json;
        }

        /**
         * The tree (about three times the JSON's bytes) and the model, made for case studies only
         * (a map entry and a wrapper a field, sharing the tree's strings: about the JSON's bytes again).
         */
        long weight() {
            return 4 * bytes + 64;
        }

        /** The item as a template model in {@code locale}, the locale it was read in (two threads may both make it: the same). */
        PreparedHash prepared(String locale) {
            PreparedHash p = prepared;
            if (p == null) prepared = p = PreparedHash.of(Items.freeze(Items.of(json.orElseThrow(), locale)));
            return p;
        }
    }

    private static Parsed parsed(Optional<StoredNode> node) {
        return new Parsed(node.map(n -> Items.parse(n.json())), node.map(n -> (long) n.json().length).orElse(0L));
    }

    /** Where an item's page lives in each locale, and the locales it is published in. */
    private record Addresses(Map<String, String> addresses, List<String> translated) {}

    /**
     * The item's address in each site locale (its slug there, along the locale's fallback chain),
     * and the locales it is really published in, from its {@code lang=all} document.
     */
    static void addresses(PortalCall call, Sections s, JsonNode item, View v) {
        String name = item.path("@name").asText();
        Addresses a = call.portal.reads.get(call, "addresses " + s.endpoint() + " " + call.locale + " " + name,
                () -> addresses(call, s, item, name), x -> 1024, x -> Dependencies.item(item.path("@id").asText()));
        v.addresses.putAll(a.addresses());
        v.translated = a.translated();
    }

    private static Addresses addresses(PortalCall call, Sections s, JsonNode item, String name) {
        JsonNode all = call.portal.delivery.byPath(s.endpoint(), "all", name).map(n -> Items.parse(n.json())).orElse(item);
        List<String> available = new ArrayList<>();
        all.path("@availableLocales").forEach(l -> available.add(l.asText()));
        Map<String, String> out = new LinkedHashMap<>();
        for (String l : call.portal.site.locales()) {
            String slug = name;
            // along the chain, then any language the item is in: the same order as SlugResolver.slugOf
            java.util.Set<String> order = new java.util.LinkedHashSet<>(call.portal.site.chain(l));
            order.addAll(available);
            for (String c : order) {
                JsonNode one = all.path("slug").path(c);
                if (available.contains(c) && one.isTextual()) {
                    slug = one.asText();
                    break;
                }
            }
            out.put(l, "/" + l + "/" + s.path() + (s.single() ? "" : "/" + slug));
        }
        return new Addresses(java.util.Collections.unmodifiableMap(out), available.stream().filter(call.portal.site::contains).toList());
    }
}
