package eu.innco.web.portal;

import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.Option;
import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The filter form of the case-study list and the organisation directory: country, partner theme,
 * success condition and organisation kind, each a select with the visitor's choice kept.
 */
final class Filters {
    static final List<String> PARTNER_COUNTRIES = List.of("BE", "CY", "FR", "IT", "PL");

    private Filters() {}

    static Map<String, Object> form(PortalCall call, String type) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("country", select(call, "country", countries(call, type)));
        f.put("theme", select(call, "theme", options(call, type, "partnerTheme", false)));
        List<Map<String, String>> conditions = new ArrayList<>();
        for (Map<String, Object> c : Queries.items(call, Sections.CONDITIONS, "orderBy", "number asc", "limit", "20")) {
            conditions.add(Map.of("value", c.get("@id").toString(), "label", c.get("number") + ". " + c.get("title")));
        }
        f.put("condition", select(call, "condition", conditions));
        f.put("kind", select(call, "kind", options(call, "organisation", "kind", true)));
        return f;
    }

    /** Whether the visitor chose any filter. */
    static boolean any(PortalCall call) {
        return !(call.query("country") + call.query("theme") + call.query("condition") + call.query("kind")).isEmpty();
    }

    private static Map<String, Object> select(PortalCall call, String name, List<Map<String, String>> options) {
        return Map.of("name", name, "label", call.t("portal.filter." + name), "options", options, "value", call.query(name));
    }

    private static List<Map<String, String>> countries(PortalCall call, String type) {
        List<Map<String, String>> out = new ArrayList<>();
        for (String c : PARTNER_COUNTRIES) out.add(Map.of("value", c, "label", call.label(type, "country", c)));
        sortByLabel(out, call.locale);
        return out;
    }

    /** Sorts by label as the language sorts (é with e, ł after l); one collator per list, since making one is not cheap. */
    private static void sortByLabel(List<Map<String, String>> options, String locale) {
        Collator c = Collator.getInstance(Locale.forLanguageTag(locale));
        options.sort((a, b) -> c.compare(a.get("label"), b.get("label")));
    }

    private static List<Map<String, String>> options(PortalCall call, String type, String property, boolean sorted) {
        List<Map<String, String>> out = new ArrayList<>();
        PropertyDefinition p = call.portal.types.require(type).property(property).orElseThrow();
        for (Option o : p.rules().options()) out.add(Map.of("value", o.value(), "label", o.label(call.locale)));
        if (sorted) sortByLabel(out, call.locale);
        return out;
    }
}
