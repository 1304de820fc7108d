package eu.innco.web.editor;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.content.ContentItem;
import eu.innco.security.Action;
import eu.innco.security.Ownership;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the edit page shows about an item besides its fields: title, version tag, states per locale, rights. */
final class ItemSummary {
    private ItemSummary() {}

    static Map<String, Object> of(ContentItem item, JsonNode props, EditorCall call, eu.innco.security.AccessPolicy policy) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", item.id());
        m.put("name", item.name());
        m.put("path", item.path());
        m.put("etag", item.etag());
        m.put("title", ItemTitles.of(props, item.name(), call.locale(), call.editor.locales.locales()));
        m.put("sourceLocale", item.sourceLocale());
        m.put("modified", EditorDates.format(item.lastModified(), call.locale()));
        m.put("modifiedBy", item.lastModifiedBy());
        Map<String, Map<String, Object>> locales = new LinkedHashMap<>();
        item.locales().forEach((l, s) -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("translation", s.translation());
            x.put("outdated", s.outdated());
            x.put("published", s.published() == null ? "" : EditorDates.format(s.published(), call.locale()));
            x.put("modified", s.modifiedSincePublished());
            locales.put(l, x);
        });
        m.put("locales", locales);
        Ownership owner = new Ownership(item.id(), item.createdBy(), item.ownerPartner());
        m.put("canPublish", policy.allows(call.actor(), Action.PUBLISH, owner));
        m.put("canDelete", policy.allows(call.actor(), Action.DELETE, owner));
        m.put("canEdit", policy.allows(call.actor(), Action.UPDATE, owner));
        RoleLimits limits = new RoleLimits(policy, call);
        m.put("publishLimit", limits.reason(Action.PUBLISH, owner));
        m.put("deleteLimit", limits.reason(Action.DELETE, owner));
        return m;
    }
}
