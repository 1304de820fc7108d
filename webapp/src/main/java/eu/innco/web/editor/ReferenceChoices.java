package eu.innco.web.editor;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.content.ContentItem;
import eu.innco.content.ListQuery;
import eu.innco.contenttype.ContentTypeDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The items a reference field may point to, as (id, title) pairs for the picker; cached per form. */
final class ReferenceChoices {
    private static final int MAX = 500;
    private final Editor editor;
    private final EditorCall call;
    private final Map<String, List<Map<String, String>>> cache = new HashMap<>();

    ReferenceChoices(Editor editor, EditorCall call) {
        this.editor = editor;
        this.call = call;
    }

    List<Map<String, String>> of(String type) {
        return cache.computeIfAbsent(type, this::load);
    }

    /** The title of one item, for a stored reference that the picker's list does not hold. */
    String labelOf(String type, String id) {
        try {
            ContentTypeDefinition t = editor.services.types.require(type);
            ContentItem i = editor.services.content.get(call.actor(), type, id);
            return ItemTitles.of(editor.services.content.valuesJson().write(t.properties(), i.values()), i.name(), call.locale(),
                    editor.services.locales.locales());
        } catch (eu.innco.InncoException e) {
            return id; // a reference to an item that is gone still shows, so that the save keeps it visible
        }
    }

    private List<Map<String, String>> load(String type) {
        ContentTypeDefinition t = editor.services.types.require(type);
        List<Map<String, String>> out = new ArrayList<>();
        for (ContentItem i : editor.services.content.list(call.actor(), type, ListQuery.of(MAX > 200 ? 200 : MAX, 0, null, null, null, null)).items()) {
            JsonNode props = editor.services.content.valuesJson().write(t.properties(), i.values());
            out.add(Map.of("value", i.id(), "label", ItemTitles.of(props, i.name(), call.locale(), editor.services.locales.locales())));
        }
        out.sort((a, b) -> a.get("label").compareToIgnoreCase(b.get("label")));
        return out;
    }
}
