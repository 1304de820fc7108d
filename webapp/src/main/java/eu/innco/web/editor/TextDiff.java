package eu.innco.web.editor;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.content.ValueChange;

/** Reads the value a change refers to, as short text for side-by-side comparisons. */
final class TextDiff {
    private TextDiff() {}

    static String value(JsonNode props, ValueChange c) {
        JsonNode v = props;
        for (String part : c.path().split("\\.")) v = v.isArray() && part.matches("\\d+") ? v.path(Integer.parseInt(part)) : v.path(part);
        if (c.locale() != null) v = v.path(c.locale());
        if (v.isMissingNode() || v.isNull()) return "";
        String s = v.isTextual() ? v.textValue() : v.toString();
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }
}
