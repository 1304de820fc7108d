package eu.innco.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import eu.innco.validation.XmlCharacters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses JSON bodies holding characters that XML 1.0 forbids (U+0000, other control characters but
 * tab and line ends, lone surrogates), in any value or name, before anything reads them: whatever a
 * client writes may end up in a feed, a sitemap or an XLIFF file, which such a character would break
 * for every reader. The 400 names each field by its path, as validation errors do.
 */
final class JsonTexts {
    private static final int MAX_REPORTED = 20;

    private JsonTexts() {}

    static void requireXmlCharacters(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        walk(body, "", errors);
        if (errors.isEmpty()) return;
        throw InncoException.invalid(ErrorCode.REQUEST_007, "The request has text with a character that is not allowed: "
                + errors.get(0).path() + " " + errors.get(0).message(), errors).withArgs(errors.size());
    }

    private static void walk(JsonNode n, String path, List<FieldError> errors) {
        if (errors.size() >= MAX_REPORTED) return;
        if (n.isTextual()) {
            check(n.textValue(), path, errors);
        } else if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                check(e.getKey(), at, errors);
                walk(e.getValue(), at, errors);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) walk(n.get(i), path.isEmpty() ? Integer.toString(i) : path + "." + i, errors);
        }
    }

    private static void check(String text, String path, List<FieldError> errors) {
        int bad = XmlCharacters.firstForbidden(text);
        if (bad >= 0) errors.add(new FieldError(path.isEmpty() ? "(body)" : path,
                "contains a character that text may not hold (" + XmlCharacters.name(text, bad) + ")"));
    }
}
