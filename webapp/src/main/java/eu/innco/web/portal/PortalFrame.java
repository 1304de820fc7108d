package eu.innco.web.portal;

import eu.innco.contenttype.field.Option;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/**
 * The portal's frame for pages outside it (the network's join and account pages): rendered in the
 * site's layout and language, not kept in the page cache (they carry form tokens and personal data),
 * except the public pages the same for everyone that ask for it ({@link #kept}).
 */
public final class PortalFrame {
    private final Portal portal;

    public PortalFrame(Portal portal) {
        this.portal = portal;
    }

    /** The page {@code portal/<template>} with {@code model}, in the site's frame. Unknown locales are a 404. */
    public String render(String locale, UriInfo uri, String template, String title, Map<String, Object> model) {
        if (!portal.site.contains(locale)) throw new NotFoundException();
        PortalCall call = new PortalCall(portal, locale, uri, portal.delivery.generation(), false);
        View v = new View(template, title);
        v.model.putAll(model);
        return portal.layout.render(call, v);
    }

    /**
     * A public page that is the same for every visitor (no form token, nothing personal), kept in the
     * portal's page cache under its address like the portal's own pages, and so answered in front of
     * Jersey once made, with its ETag and 304. {@code model} builds the page's model and notes in the
     * trail every published item and list it read: a publication touching one of them drops the page.
     */
    public jakarta.ws.rs.core.Response kept(String locale, UriInfo uri, String ifNoneMatch, String template, String title,
                                            java.util.function.Function<eu.innco.web.cache.Dependencies.Trail, Map<String, Object>> model) {
        return portal.respond(locale, uri, ifNoneMatch, call -> {
            eu.innco.web.cache.Dependencies.Trail trail = new eu.innco.web.cache.Dependencies.Trail();
            View v = new View(template, title);
            v.model.putAll(model.apply(trail));
            call.dependsOn(trail.done());
            return portal.layout.page(call, v);
        });
    }

    /** An interface text of the portal bundles in {@code locale}, with named arguments. */
    public String t(String locale, String key, Object... namesAndValues) {
        return portal.messages.format(key, locale, namesAndValues);
    }

    /** The map tiles' address ({@code INNCO_MAP_TILE_URL}), or "" for a plain background. */
    public String tiles() {
        return portal.settings.tileUrl();
    }

    public String tileAttribution() {
        return portal.settings.tileAttribution();
    }

    public boolean hasLocale(String locale) {
        return portal.site.contains(locale);
    }

    public List<String> locales() {
        return portal.site.locales();
    }

    /** The site's public address ({@code INNCO_PUBLIC_URL}, else the server's own), for links in mails; never a request's Host. */
    public String base(UriInfo uri) {
        return portal.base();
    }

    /** The options of an organisation property ({@code kind}, {@code country}, {@code sectors}) as value and label in {@code locale}, sorted by label. */
    public List<Map<String, String>> options(List<Option> options, String locale, boolean sort) {
        java.text.Collator c = java.text.Collator.getInstance(java.util.Locale.forLanguageTag(locale));
        List<Map<String, String>> out = new java.util.ArrayList<>(options.stream().map(o -> Map.of("value", o.value(), "label", o.label(locale))).toList());
        if (sort) out.sort((a, b) -> c.compare(a.get("label"), b.get("label")));
        return out;
    }
}
