package eu.innco.web.portal;

import com.ibm.icu.util.ULocale;
import eu.innco.contenttype.field.Option;
import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The map's filters: country, kind, NACE section, role and working language, each a select whose
 * values are the content type's options (languages: the EU's official ones and those of the other
 * countries the type lists). A value that is not an option is ignored, so what reaches the delivery
 * query, and the GeoJSON address the map script fetches, is always one of them.
 */
final class MapFilters {
    /** URL parameter name → the organisation property it filters. */
    static final Map<String, String> PROPERTIES = linked("country", "country", "kind", "kind", "sector", "sectors", "role", "role",
            "language", "languages");
    static final List<String> LANGUAGES = List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it",
            "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "bs", "is", "mk", "no", "sq", "sr", "tr", "uk", "ca", "eu", "gl");

    private MapFilters() {}

    static Map<String, Object> form(PortalCall call) {
        Map<String, Object> f = new LinkedHashMap<>();
        for (String name : PROPERTIES.keySet()) {
            List<Map<String, String>> options = options(call, name);
            f.put(name, Map.of("name", name, "label", call.t("portal.filter." + name), "options", options, "value", chosen(call, name, options)));
        }
        return f;
    }

    /** Delivery parameters of the chosen filters (property → value), only values that are options. */
    static Map<String, String> chosen(PortalCall call) {
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : PROPERTIES.entrySet()) {
            String v = chosen(call, e.getKey(), options(call, e.getKey()));
            if (!v.isEmpty()) out.put(e.getValue(), v);
        }
        return out;
    }

    private static String chosen(PortalCall call, String name, List<Map<String, String>> options) {
        String v = call.query(name);
        return options.stream().anyMatch(o -> o.get("value").equals(v)) ? v : "";
    }

    private static List<Map<String, String>> options(PortalCall call, String name) {
        List<Map<String, String>> out = new ArrayList<>();
        if (name.equals("language")) {
            ULocale in = ULocale.forLanguageTag(call.locale);
            for (String l : LANGUAGES) out.add(Map.of("value", l, "label", new ULocale(l).getDisplayLanguage(in)));
        } else {
            var p = call.portal.types.require("organisation").property(PROPERTIES.get(name)).orElseThrow();
            for (Option o : p.rules().options()) out.add(Map.of("value", o.value(), "label", o.label(call.locale)));
        }
        // sections keep their letter order (A to V); the others sort as the language sorts
        if (!name.equals("sector")) {
            Collator c = Collator.getInstance(Locale.forLanguageTag(call.locale));
            out.sort((a, b) -> c.compare(a.get("label"), b.get("label")));
        }
        return out;
    }

    private static Map<String, String> linked(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }
}
