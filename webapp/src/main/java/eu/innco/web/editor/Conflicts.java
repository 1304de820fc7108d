package eu.innco.web.editor;

import eu.innco.content.ContentService;
import eu.innco.security.AccessPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.content.ContentItem;
import eu.innco.content.ItemJson;
import eu.innco.content.ItemValues;
import eu.innco.content.ValueChange;
import eu.innco.content.ValueDiff;
import eu.innco.contenttype.ContentTypeDefinition;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When someone else saved the item since this form was opened, the save is refused: the form comes
 * back with the user's values, the list of fields that differ from what is stored now, and the
 * current version tag, so that saving again is a conscious choice, never a silent overwrite.
 */
final class Conflicts {
    private Conflicts() {}

    static Response page(EditorCall call, ContentService content, AccessPolicy policy, ContentTypeDefinition t, ContentItem staleRead, FormValues.Bound bound,
                         String locale, MultivaluedMap<String, String> form) {
        ContentItem now = content.get(call.actor(), t.name(), staleRead.id());
        ObjectNode mine = bound.shown();
        ItemValues yours = bound.write().values();
        JsonNode theirsJson = new ItemJson(content.valuesJson()).write(now, t).path("properties");
        List<Map<String, String>> differences = new ArrayList<>();
        for (ValueChange c : ValueDiff.diff(t.properties(), now.values(), yours)) {
            Map<String, String> d = new LinkedHashMap<>();
            d.put("field", c.path() + (c.locale() == null ? "" : " (" + c.locale() + ")"));
            d.put("theirs", TextDiff.value(theirsJson, c));
            d.put("yours", TextDiff.value(mine, c));
            differences.add(d);
        }
        Map<String, Object> m = new HashMap<>();
        FormModel model = new FormModel(call, t.name(), locale, Map.of(), new ReferenceChoices(content, call));
        m.put("type", t.name());
        m.put("item", ItemSummary.of(now, theirsJson, call, policy));
        m.put("fields", model.fields(t.properties(), mine, "p", true));
        m.put("editLocale", locale);
        m.put("error", call.t("editor.conflict", now.lastModifiedBy(), EditorDates.format(now.lastModified(), call.locale())));
        m.put("conflict", differences);
        m.put("errors", Map.of());
        return Pages.html(call, 409, "edit.ftlh", m);
    }

}
