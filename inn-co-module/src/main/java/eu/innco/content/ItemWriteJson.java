package eu.innco.content;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.field.Violations;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the authoring API's JSON ({@code {"name", "sourceLocale", "properties", "locales"}}) into an
 * {@link ItemWrite}, outside any transaction. It never throws on client input: what cannot be read
 * travels in the request, to be reported with the broken rules.
 */
public final class ItemWriteJson {
    private final ValuesJson values;

    public ItemWriteJson(ValuesJson values) {
        this.values = values;
    }

    /** A create or full replacement body. */
    public ItemWrite read(ContentTypeDefinition type, JsonNode body) {
        return read(type, body, null);
    }

    /**
     * A body in which the states named in {@code explicit} ({@code pl}, {@code pl/body}) count even
     * when unchanged: what a merge patch named, or what the editor's translation view marks again.
     */
    public ItemWrite read(ContentTypeDefinition type, JsonNode body, Set<String> explicit) {
        Violations v = new Violations();
        ItemRequest req = ItemRequest.read(body, v);
        ItemValues read = values.read(type.properties(), req.properties(), "properties", v);
        AskedStates states = TranslationRequest.read(body, explicit, v);
        return new ItemWrite(req.name(), req.sourceLocale(), read, states, v.list(), Locale.ENGLISH);
    }
}
