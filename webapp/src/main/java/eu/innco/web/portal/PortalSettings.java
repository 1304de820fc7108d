package eu.innco.web.portal;

import eu.innco.config.Settings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of the public portal.
 *
 * @param publicUrl      {@code INNCO_PUBLIC_URL}: the site's address for canonical links, sitemaps and feeds
 *                       ({@code https://inn-co.eu}); default the server's own address, {@code http://localhost:<port>} (see {@link PublicAddress})
 * @param tileUrl        {@code INNCO_MAP_TILE_URL}: map tiles ({@code https://tile.example.org/{z}/{x}/{y}.png}); default none,
 *                       the markers then show on a plain background (the host must also be in {@code INNCO_MAP_TILE_HOSTS})
 * @param tileAttribution {@code INNCO_MAP_TILE_ATTRIBUTION}: the credit the tile provider asks for; default none
 * @param licenceName    {@code INNCO_CONTENT_LICENCE}: the content licence shown in every footer, default {@code CC BY-SA 4.0}
 * @param licenceUrl     {@code INNCO_CONTENT_LICENCE_URL}: its text, default the Creative Commons deed
 * @param cacheMegabytes {@code INNCO_PORTAL_CACHE_MB}: memory for rendered pages, evicted by size, dropped when what they show is published; default 32, 0 turns it off
 * @param maxAgeSeconds  {@code INNCO_PORTAL_MAX_AGE}: {@code Cache-Control: public, max-age=N} of pages, default 60
 */
public record PortalSettings(Optional<String> publicUrl, String tileUrl, String tileAttribution, String licenceName, String licenceUrl,
                             int cacheMegabytes, int maxAgeSeconds) {

    public static PortalSettings from(Settings s) {
        return new PortalSettings(s.get("INNCO_PUBLIC_URL").map(u -> u.replaceAll("/+$", "")).filter(u -> !u.isBlank()),
                s.get("INNCO_MAP_TILE_URL", ""), s.get("INNCO_MAP_TILE_ATTRIBUTION", ""),
                s.get("INNCO_CONTENT_LICENCE", "CC BY-SA 4.0"),
                s.get("INNCO_CONTENT_LICENCE_URL", "https://creativecommons.org/licenses/by-sa/4.0/"),
                s.getInt("INNCO_PORTAL_CACHE_MB", 32), s.getInt("INNCO_PORTAL_MAX_AGE", 60));
    }

    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("INNCO_PUBLIC_URL", publicUrl.orElse("(unset: http://localhost:<port>, the server's own address; set it to the site's public address)"));
        m.put("INNCO_MAP_TILE_URL", tileUrl.isBlank() ? "(none: markers on a plain background)" : tileUrl);
        m.put("INNCO_CONTENT_LICENCE", licenceName + " " + licenceUrl);
        m.put("INNCO_PORTAL_CACHE_MB", Integer.toString(cacheMegabytes));
        return m;
    }
}
