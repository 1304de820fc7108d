package eu.innco.web.exchange;

import eu.innco.web.map.Basemap;
import eu.innco.web.map.CountryNames;
import eu.innco.web.portal.PortalFrame;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the exchange's map layer needs besides its GeoJSON: tiles (empty: none), the offline basemap, the country names in the page's language. */
final class MapLayer {
    private MapLayer() {}

    static Map<String, String> settings(PortalFrame frame, String locale) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("tiles", frame.tiles());
        m.put("attribution", frame.tileAttribution());
        m.put("basemap", Basemap.get().url());
        m.put("countries", CountryNames.json(locale));
        return m;
    }
}
