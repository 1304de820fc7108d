package eu.innco.web.exchange.initiatives;

import java.util.HashMap;
import java.util.Map;

/** The proposal form's model: the values sent back, the messages beside the fields, the choices in the page's language. */
final class FormModel {
    private FormModel() {}

    static Map<String, Object> of(ExchangeWeb web, String locale, Map<String, String> errors, Map<String, Object> values) {
        var v = web.services.collaboration.validator;
        Map<String, Object> m = new HashMap<>();
        m.put("values", values);
        m.put("errors", web.translated(locale, errors));
        m.put("kinds", web.frame.options(v.options("kinds"), locale, true));
        m.put("skills", web.frame.options(v.options("skills"), locale, true));
        m.put("countries", web.frame.options(v.options("countries"), locale, true));
        return m;
    }
}
