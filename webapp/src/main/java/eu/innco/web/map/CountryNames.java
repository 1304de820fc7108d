package eu.innco.web.map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The basemap's country names in the page's language. The TopoJSON names countries by their
 * ISO 3166-1 numeric code (its English names are not used); ICU turns the code into the region and
 * the region into its name in the language. Kosovo has no numeric code: the file gives it none, and
 * ICU knows it as {@code XK}, so it is named by that code under the key {@code XK}.
 */
public final class CountryNames {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> BY_LOCALE = new ConcurrentHashMap<>();

    private CountryNames() {}

    /** A JSON object from numeric code ({@code "250"}) to name ({@code "Francja"}), made once per language. */
    public static String json(String locale) {
        return BY_LOCALE.computeIfAbsent(locale, CountryNames::build);
    }

    private static String build(String locale) {
        ULocale language = ULocale.forLanguageTag(locale);
        ObjectNode names = JSON.createObjectNode();
        for (Region r : Region.getAvailable(Region.RegionType.TERRITORY)) {
            int code = r.getNumericCode();
            if (code <= 0) continue;
            String name = new ULocale("und", r.toString()).getDisplayCountry(language);
            if (!name.isBlank() && !name.equals(r.toString())) names.put(String.format("%03d", code), name);
        }
        names.put("XK", new ULocale("und", "XK").getDisplayCountry(language));
        return names.toString();
    }
}
