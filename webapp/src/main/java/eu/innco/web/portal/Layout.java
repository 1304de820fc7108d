package eu.innco.web.portal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a page into the site's frame: language, canonical address, hreflang alternates, the language
 * switcher (same page, localised slugs), Open Graph and Twitter tags, schema.org data, navigation and
 * the footer with the funding statement and the content licence.
 */
final class Layout {
    private static final Map<String, String> OG_LOCALES = Map.of("en", "en_GB", "fr", "fr_FR", "nl", "nl_BE", "de", "de_DE",
            "it", "it_IT", "pl", "pl_PL", "el", "el_GR");
    private final Portal portal;
    private final FrameFragments frame;

    Layout(Portal portal) {
        this.portal = portal;
        this.frame = new FrameFragments(portal);
    }

    Rendered page(PortalCall call, View v) {
        return Rendered.of(v.status, Rendered.HTML, portal.templates.renderUtf8("portal/" + v.template, model(call, v)));
    }

    String render(PortalCall call, View v) {
        return portal.templates.render("portal/" + v.template, model(call, v));
    }

    private Map<String, Object> model(PortalCall call, View v) {
        Map<String, Object> m = new HashMap<>(call.helpers());
        m.putAll(v.model);
        Map<String, String> addresses = addresses(call, v);
        String own = addresses.get(call.locale);
        String canonical = call.abs(v.addresses.isEmpty() && call.page() > 1 ? own + "?page=" + call.page() : own);
        m.put("lang", call.locale);
        m.put("title", v.title);
        m.put("description", v.description);
        m.put("canonical", canonical);
        m.put("switcher", switcher(call, addresses));
        m.put("alternates", alternates(call, v, addresses));
        m.put("xDefault", call.abs(addresses.get(portal.site.defaultLocale())));
        m.put("ogType", v.ogType);
        m.put("ogLocale", OG_LOCALES.getOrDefault(call.locale, call.locale));
        m.put("ogImage", call.abs(v.ogImage != null ? v.ogImage : portal.files.url("portal/inn-co-card.png")));
        m.put("ogImageAlt", v.ogImage != null ? v.title : call.t("portal.og.imageAlt"));
        m.put("jsonLd", v.jsonLd == null ? "" : v.jsonLd);
        m.put("licence", Map.of("name", portal.settings.licenceName(), "url", portal.settings.licenceUrl()));
        m.put("preview", call.preview);
        String section = section(call);
        m.put("section", section);
        frame.into(m, call, section);
        return m;
    }

    /** The localised error page (404, 500...), never cached. */
    Rendered error(PortalCall call, int status) {
        View v = new View("error.ftlh", call.t("portal.error." + (status == 404 ? "404" : "other") + ".title"));
        v.status = status;
        v.put("status", status);
        return page(call, v);
    }

    private Map<String, String> addresses(PortalCall call, View v) {
        if (!v.addresses.isEmpty()) return v.addresses;
        String prefix = "/" + call.locale;
        String rest = call.path().startsWith(prefix + "/") || call.path().equals(prefix) ? call.path().substring(prefix.length()) : "/";
        Map<String, String> out = new LinkedHashMap<>();
        for (String l : portal.site.locales()) out.put(l, "/" + l + (rest.isEmpty() ? "/" : rest));
        return out;
    }

    private List<Map<String, Object>> switcher(PortalCall call, Map<String, String> addresses) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String l : portal.site.locales()) {
            out.add(Map.of("code", l, "name", call.t("language." + l), "url", addresses.get(l), "current", l.equals(call.locale)));
        }
        return out;
    }

    private List<Map<String, String>> alternates(PortalCall call, View v, Map<String, String> addresses) {
        List<Map<String, String>> out = new ArrayList<>();
        for (String l : portal.site.locales()) {
            if (!v.translated.isEmpty() && !v.translated.contains(l)) continue;
            out.add(Map.of("hreflang", l, "href", call.abs(addresses.get(l))));
        }
        return out;
    }

    private static String section(PortalCall call) {
        String[] parts = call.path().split("/");
        return parts.length > 2 ? parts[2] : "";
    }
}
