package eu.innco.web.exchange;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import eu.innco.content.ContentItem;
import eu.innco.exchange.PostingRules;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An offer's or need's form as sent, as shown again with its messages, and as filled from a saved item. */
final class PostingForm {
    private PostingForm() {}

    static PostingRules.Form read(MultivaluedMap<String, String> f) {
        return new PostingRules.Form(first(f, "title"), first(f, "description"), first(f, "category"), all(f, "sectors"),
                all(f, "countries"), "yes".equals(first(f, "remote")), all(f, "languages"), first(f, "validUntil"));
    }

    /** The values to show in the form again. */
    static Map<String, Object> values(PostingRules.Form f) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", nz(f.title()));
        v.put("description", nz(f.description()));
        v.put("category", nz(f.category()));
        v.put("sectors", f.sectors());
        v.put("countries", f.countries());
        v.put("remote", f.remote());
        v.put("languages", f.languages());
        v.put("validUntil", nz(f.validUntil()));
        return v;
    }

    /** The values of a saved item, its texts in {@code locale} (else its own language's). */
    static Map<String, Object> values(ContentItem item, String locale) {
        Map<String, Object> v = new LinkedHashMap<>();
        String l = item.values().get("title", locale).isPresent() ? locale : item.sourceLocale();
        v.put("title", item.values().get("title", l).map(Object::toString).orElse(""));
        v.put("description", item.values().get("description", l).map(Object::toString).orElse(""));
        v.put("category", item.values().get("category").map(Object::toString).orElse(""));
        v.put("sectors", strings(item.values().get("sectors").orElse(List.of())));
        v.put("countries", strings(item.values().get("countries").orElse(List.of())));
        v.put("remote", Boolean.TRUE.equals(item.values().get("remote").orElse(false)));
        v.put("languages", strings(item.values().get("languages").orElse(List.of())));
        v.put("validUntil", item.values().get("validUntil").map(d -> d.toString().substring(0, 10)).orElse(""));
        return v;
    }

    /** For a client that asked for JSON: the mistakes as problem+json, each message in the visitor's language. */
    static void refuseAsProblem(HttpHeaders headers, Map<String, String> errors, ExchangeWeb web, String locale) {
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || !accept.contains("json")) return;
        List<FieldError> list = new ArrayList<>();
        errors.forEach((field, key) -> list.add(FieldError.keyed(field, key, web.frame.t(locale, key))));
        throw InncoException.invalid(ErrorCode.EXCHANGE_001, web.frame.t(locale, "exchange.form.errorsTitle"), list);
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) l.forEach(x -> out.add(String.valueOf(x)));
        return out;
    }

    private static String first(MultivaluedMap<String, String> f, String name) {
        String v = f.getFirst(name);
        return v == null ? "" : v;
    }

    private static List<String> all(MultivaluedMap<String, String> f, String name) {
        List<String> v = f.get(name);
        return v == null ? List.of() : v.stream().filter(s -> !s.isBlank()).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
