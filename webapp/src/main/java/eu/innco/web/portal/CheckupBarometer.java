package eu.innco.web.portal;

import eu.innco.checkup.Barometer;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The public barometer page, and the countries an organiser may give for it (the case studies' list). */
final class CheckupBarometer {
    private CheckupBarometer() {}

    static View view(PortalCall call) {
        CheckupContent content = CheckupContent.read(call);
        Barometer.Figures f = Barometer.of(content.model(), call.portal.checkups.contributions());
        View v = new View("checkup-barometer.ftlh", call.t("checkup.barometer.title"));
        v.description(call.t("checkup.barometer.lead", "minimum", Barometer.MIN_CHECKUPS));
        v.put("minimum", Barometer.MIN_CHECKUPS);
        f.all().ifPresent(s -> v.put("all", slice(call, content, s, call.t("checkup.barometer.all"))));
        List<Map<String, Object>> countries = new ArrayList<>();
        for (Barometer.Slice s : f.byCountry()) countries.add(slice(call, content, s, call.label("caseStudy", "country", s.key())));
        List<Map<String, Object>> languages = new ArrayList<>();
        for (Barometer.Slice s : f.byLanguage()) languages.add(slice(call, content, s, call.t("language." + s.key())));
        v.put("countries", countries).put("languages", languages);
        return v;
    }

    private static Map<String, Object> slice(PortalCall call, CheckupContent content, Barometer.Slice s, String label) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("id", "slice-" + (s.key().isEmpty() ? "all" : s.key().toLowerCase(java.util.Locale.ROOT)));
        m.put("checkups", s.checkups());
        double lowest = s.scores().values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> c : content.conditions()) {
            Double x = s.scores().get(CheckupContent.id(c));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", c.get("number"));
            row.put("title", c.get("title"));
            row.put("url", c.get("_url"));
            if (x != null) row.put("score", CheckupResults.decimal(x, call.locale));
            row.put("hardest", x != null && x == lowest);
            rows.add(row);
        }
        m.put("rows", rows);
        return m;
    }

    /** Country codes and their names in the page's language, for the organiser's choice. */
    static List<Map<String, String>> countries(PortalCall call) {
        List<Map<String, String>> out = new ArrayList<>();
        List<Option> options = call.portal.types.get("caseStudy").flatMap(t -> t.property("country"))
                .map(PropertyDefinition::rules).map(r -> r.options()).orElse(List.of());
        for (Option o : options) out.add(Map.of("code", o.value(), "name", o.label(call.locale)));
        out.sort(java.util.Comparator.comparing(m -> m.get("name"), java.text.Collator.getInstance(java.util.Locale.forLanguageTag(call.locale))));
        return out;
    }
}
