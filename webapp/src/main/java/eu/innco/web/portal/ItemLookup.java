package eu.innco.web.portal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.delivery.StoredNode;
import eu.innco.i18n.slug.SlugMatch;
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
        Optional<SlugMatch> match = call.portal.slugs.published(s.type(), call.locale, slug);
        if (match.isEmpty()) throw new PortalNotFound();
        if (match.get().redirect()) {
            return new Found(null, "/" + call.locale + "/" + s.path() + "/" + match.get().canonicalSlug());
        }
        StoredNode node = call.portal.delivery.byId(s.endpoint(), call.locale, match.get().id()).orElseThrow(PortalNotFound::new);
        return new Found(Items.parse(node.json()), null);
    }

    /**
     * The item's address in each site locale (its slug there, along the locale's fallback chain),
     * and the locales it is really published in, from its {@code lang=all} document.
     */
    static void addresses(PortalCall call, Sections s, JsonNode item, View v) {
        String name = item.path("@name").asText();
        JsonNode all = call.portal.delivery.byPath(s.endpoint(), "all", name).map(n -> Items.parse(n.json())).orElse(item);
        List<String> available = new ArrayList<>();
        all.path("@availableLocales").forEach(l -> available.add(l.asText()));
        Map<String, String> out = new LinkedHashMap<>();
        for (String l : call.portal.site.locales()) {
            String slug = name;
            for (String c : call.portal.site.chain(l)) {
                JsonNode one = all.path("slug").path(c);
                if (available.contains(c) && one.isTextual()) {
                    slug = one.asText();
                    break;
                }
            }
            out.put(l, "/" + l + "/" + s.path() + (s.single() ? "" : "/" + slug));
        }
        v.addresses.putAll(out);
        v.translated = available.stream().filter(call.portal.site::contains).toList();
    }
}
