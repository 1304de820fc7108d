package eu.innco.web.portal;

import eu.innco.delivery.Page;
import eu.innco.web.map.Basemap;
import eu.innco.web.map.CountryNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The full map: every organisation the filters find, drawn by the map script from the delivery
 * index's GeoJSON (the same filters, so the markers and the list always agree), over the offline
 * basemap; the list beside it is the content, paged, and works without JavaScript.
 */
final class MapPage {
    static final int PAGE = 100;

    private MapPage() {}

    static Rendered render(PortalCall call) {
        Map<String, String> chosen = MapFilters.chosen(call);
        Map<String, List<String>> params = new LinkedHashMap<>();
        chosen.forEach((k, v) -> params.put(k, List.of(v)));
        params.put("orderBy", List.of("name asc"));
        params.put("limit", List.of(Integer.toString(PAGE)));
        params.put("offset", List.of(Integer.toString((call.page() - 1) * PAGE)));
        Page p = Queries.page(call, Sections.ORGANISATIONS, params);
        View v = new View("map.ftlh", call.t("nav.map"));
        v.description(call.t("portal.map.lead"));
        Map<String, String> map = settings(call);
        map.put("geojson", geoJson(call, chosen));
        v.put("items", Queries.items(call, Sections.ORGANISATIONS, params)).put("total", p.total())
                .put("paging", Queries.paging(call, p.total(), PAGE)).put("filters", MapFilters.form(call))
                .put("filtered", !chosen.isEmpty()).put("map", map);
        return call.portal.layout.page(call, v);
    }

    /** What the map script needs on every page with a map: tiles (empty: none), the basemap and the country names. */
    static Map<String, String> settings(PortalCall call) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("tiles", call.portal.settings.tileUrl());
        m.put("attribution", call.portal.settings.tileAttribution());
        m.put("basemap", Basemap.get().url());
        m.put("countries", CountryNames.json(call.locale));
        return m;
    }

    /** The delivery address of the same organisations as GeoJSON, answered from the index (and its answer cache). */
    private static String geoJson(PortalCall call, Map<String, String> chosen) {
        StringBuilder q = new StringBuilder("/.rest/delivery/").append(Sections.ORGANISATIONS.endpoint()).append("?format=geojson&lang=")
                .append(Queries.enc(call.locale)).append("&otherLanguages=include"); // the organisations of the list beside it, in every language
        chosen.forEach((k, v) -> q.append('&').append(Queries.enc(k)).append('=').append(Queries.enc(v)));
        return q.toString();
    }
}
