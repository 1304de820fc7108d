package eu.innco.web.editor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A human title for an item in lists and pickers: its name or title in the language asked, else any. */
final class ItemTitles {
    private ItemTitles() {}

    static String of(JsonNode properties, String fallbackName, String locale, List<String> locales) {
        for (String field : new String[] {"title", "name"}) {
            JsonNode v = properties.path(field);
            if (v.isTextual()) return v.textValue();
            if (v.isObject()) {
                if (v.path(locale).isTextual()) return v.path(locale).textValue();
                for (String l : locales) if (v.path(l).isTextual()) return v.path(l).textValue();
            }
        }
        return fallbackName;
    }
}
