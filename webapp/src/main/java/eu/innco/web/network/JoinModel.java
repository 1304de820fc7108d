package eu.innco.web.network;

import eu.innco.network.ApplicationValidator;
import eu.innco.web.portal.PortalFrame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The model of the join form: choices in the page's language, values sent, messages beside the fields. */
final class JoinModel {
    private JoinModel() {}

    static Map<String, Object> of(PortalFrame frame, ApplicationValidator validator, String locale, Map<String, Object> values,
                                  Map<String, String> errors, String csrf, String stamp) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("values", values);
        Map<String, String> texts = new LinkedHashMap<>();
        errors.forEach((field, key) -> texts.put(field, frame.t(locale, key)));
        m.put("errors", texts);
        m.put("kinds", frame.options(validator.options("kind"), locale, false));
        m.put("countries", frame.options(validator.options("country"), locale, true));
        m.put("sectors", frame.options(validator.options("sectors"), locale, false));
        m.put("languages", languages(locale));
        m.put("csrf", csrf);
        m.put("stamp", stamp);
        m.put("termsVersion", Terms.VERSION);
        return m;
    }

    /** Working languages with their names in the page's language, sorted by name. */
    static List<Map<String, String>> languages(String locale) {
        Locale in = Locale.forLanguageTag(locale);
        java.text.Collator c = java.text.Collator.getInstance(in);
        List<Map<String, String>> out = new ArrayList<>();
        for (String code : ApplicationValidator.LANGUAGES) {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(in);
            out.add(Map.of("value", code, "label", name.isEmpty() ? code : name.substring(0, 1).toUpperCase(in) + name.substring(1)));
        }
        out.sort((a, b) -> c.compare(a.get("label"), b.get("label")));
        return out;
    }

    /** The values of a stored application, to fill the form for changes. */
    static Map<String, Object> values(eu.innco.network.ApplicationFields f) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", f.name());
        v.put("kind", f.kind());
        v.put("country", f.country());
        v.put("city", f.city());
        v.put("lat", f.lat() == null ? "" : f.lat().toString());
        v.put("lon", f.lon() == null ? "" : f.lon().toString());
        v.put("sectors", f.sectors());
        v.put("languages", f.languages());
        v.put("description", f.description());
        v.put("website", f.website());
        v.put("contactName", f.contactName());
        v.put("contactEmail", f.contactEmail());
        return v;
    }
}
