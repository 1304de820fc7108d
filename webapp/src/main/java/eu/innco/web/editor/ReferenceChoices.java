package eu.innco.web.editor;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.content.ContentItem;
import eu.innco.content.ListQuery;
import eu.innco.contenttype.ContentTypeDefinition;
import java.util.ArrayList;
import eu.innco.content.ItemPage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The items a reference field may point to, as (id, title) pairs for the picker; cached per form.
 * Beyond the first page the picker asks {@link ChoicesResource} as the user types.
 */
final class ReferenceChoices {
    /** The list a picker offers before any search: enough for the partnership's own content. */
    private static final int FIRST = 200;
    private static final int SEARCH = 50;
    private final Editor editor;
    private final eu.innco.content.ContentService content;
    private final EditorCall call;
    private final Map<String, List<Map<String, String>>> cache = new HashMap<>();
    private final Set<String> truncated = new HashSet<>();

    ReferenceChoices(eu.innco.content.ContentService content, EditorCall call) {
        this.editor = call.editor;
        this.content = content;
        this.call = call;
    }

    List<Map<String, String>> of(String type) {
        return cache.computeIfAbsent(type, this::load);
    }

    /** The title of one item, for a stored reference that the picker's list does not hold. */
    String labelOf(String type, String id) {
        try {
            ContentTypeDefinition t = editor.types.require(type);
            ContentItem i = content.get(call.actor(), type, id);
            return ItemTitles.of(content.valuesJson().write(t.properties(), i.values()), i.name(), call.locale(),
                    editor.locales.locales());
        } catch (eu.innco.InncoException e) {
            return id; // a reference to an item that is gone still shows, so that the save keeps it visible
        }
    }

    /** Whether the type holds more items than the picker lists at first; the form then searches the server as one types. */
    boolean truncated(String type) {
        of(type);
        return truncated.contains(type);
    }

    private List<Map<String, String>> load(String type) {
        ItemPage page = content.list(call.actor(), type, ListQuery.of(FIRST, 0, null, null, null, null));
        if (page.total() > page.items().size()) truncated.add(type);
        List<Map<String, String>> out = labelled(type, page);
        out.sort((a, b) -> a.get("label").compareToIgnoreCase(b.get("label")));
        return out;
    }

    /** The items whose text matches {@code q}, best first, for the picker's search. */
    List<Map<String, String>> search(String type, String q) {
        return labelled(type, content.list(call.actor(), type, ListQuery.of(SEARCH, 0, q, null, null, null)));
    }

    private List<Map<String, String>> labelled(String type, ItemPage page) {
        ContentTypeDefinition t = editor.types.require(type);
        List<Map<String, String>> out = new ArrayList<>();
        for (ContentItem i : page.items()) {
            JsonNode props = content.valuesJson().write(t.properties(), i.values());
            out.add(Map.of("value", i.id(), "label", ItemTitles.of(props, i.name(), call.locale(), editor.locales.locales())));
        }
        return out;
    }
}
