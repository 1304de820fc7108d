package eu.innco.web.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.content.AskedStates;
import eu.innco.content.ItemValues;
import eu.innco.content.ItemWrite;
import eu.innco.content.ValuesJson;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.Violations;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Binds an editor form ({@code p.title.fr}, {@code p.sectors.0}, {@code p.figures.1.label.en},
 * {@code p.location.lat}) straight into the typed values of an {@link ItemWrite}: each field's text
 * is read by its own field type, which reports what it cannot read on the path the API would use,
 * so the editor and the API give the same messages. Only the locales the form edited are taken from
 * it; the other locales' values are the stored item's, and shared values too when the form may not
 * change them (the translation view). Beside the values it keeps the form as typed, mistakes
 * included, to draw a refused form again.
 */
final class FormValues {
    private static final JsonNodeFactory F = FormFields.F;
    private final FormFields form;
    private final Collection<String> edited;
    private final boolean sharedEditable;
    private final ValuesJson json;
    private final Violations unreadable = new Violations();

    /** What the form asks to write, and the form as typed (the shape {@link FormModel} draws). */
    record Bound(ItemWrite write, ObjectNode shown) {}

    /** One value: the typed one (null when empty or unreadable) and what the form showed (null when empty). */
    private record Val(Object value, JsonNode shown) {
        static final Val NONE = new Val(null, null);
    }

    FormValues(MultivaluedMap<String, String> form, Collection<String> editedLocales, boolean sharedEditable, ValuesJson json) {
        this.form = new FormFields(form);
        this.edited = editedLocales;
        this.sharedEditable = sharedEditable;
        this.json = json;
    }

    /** The form's values over {@code stored} (null for a new item), as a write with no name, state or source locale. */
    Bound bind(List<PropertyDefinition> props, ItemValues stored, List<String> siteLocales) {
        Sub all = values(props, "p", "properties", stored == null ? new ItemValues() : stored, siteLocales);
        ItemWrite write = new ItemWrite(Optional.empty(), Optional.empty(), all.values(), AskedStates.NONE, unreadable.list(), Locale.ENGLISH);
        return new Bound(write, all.shown());
    }

    private record Sub(ItemValues values, ObjectNode shown) {}

    private Sub values(List<PropertyDefinition> props, String prefix, String path, ItemValues stored, List<String> locales) {
        ItemValues out = new ItemValues();
        ObjectNode shown = F.objectNode();
        for (PropertyDefinition p : props) {
            String key = prefix + "." + p.name();
            String at = path + "." + p.name();
            Object before = stored.get(p.name()).orElse(null);
            Val v;
            if (p.i18n()) {
                v = localised(p, key, at, stored, locales);
            } else if (p.isSubModel()) {
                v = sharedEditable ? many(p, key, at, before, locales) : carryStructure(p, key, at, before, locales);
            } else {
                v = sharedEditable ? many(p, key, at, before, locales) : carried(p, before);
            }
            if (v.value() != null) out.put(p.name(), v.value());
            if (v.shown() != null) shown.set(p.name(), v.shown());
        }
        return new Sub(out, shown);
    }

    private Val localised(PropertyDefinition p, String key, String at, ItemValues stored, List<String> locales) {
        Map<String, Object> byLocale = new LinkedHashMap<>();
        ObjectNode shown = F.objectNode();
        for (String l : locales) {
            Object before = stored.get(p.name(), l).orElse(null);
            Val v = edited.contains(l) ? many(p, key + "." + l, at + "." + l, before, locales) : carried(p, before);
            if (v.value() != null) byLocale.put(l, v.value());
            if (v.shown() != null) shown.set(l, v.shown());
        }
        return new Val(byLocale.isEmpty() ? null : byLocale, shown.isEmpty() ? null : shown);
    }

    /** A stored value kept as it is. */
    private Val carried(PropertyDefinition p, Object before) {
        return before == null ? Val.NONE : new Val(before, json.writeMaybeMultiple(p, before));
    }

    /** In the translation view the sub-model structure is fixed: its localised values are still edited. */
    private Val carryStructure(PropertyDefinition p, String key, String at, Object before, List<String> locales) {
        if (before == null) return Val.NONE;
        List<PropertyDefinition> props = p.subModel().properties();
        if (!p.multiple()) {
            Sub s = values(props, key, at, (ItemValues) before, locales);
            return new Val(s.values().asMap().isEmpty() ? null : s.values(), s.shown());
        }
        List<Object> list = new ArrayList<>();
        ArrayNode shown = F.arrayNode();
        List<?> entries = (List<?>) before;
        for (int i = 0; i < entries.size(); i++) {
            Sub s = values(props, key + "." + i, at + "." + i, (ItemValues) entries.get(i), locales);
            if (!s.values().asMap().isEmpty()) list.add(s.values());
            shown.add(s.shown());
        }
        return new Val(list.isEmpty() ? null : List.copyOf(list), shown);
    }

    private Val many(PropertyDefinition p, String key, String at, Object before, List<String> locales) {
        if (!p.multiple()) return one(p, key, at, before, locales);
        List<?> stored = before instanceof List<?> l ? l : List.of();
        List<Object> list = new ArrayList<>();
        ArrayNode shown = F.arrayNode();
        for (int i : form.indices(key)) {
            // a moved entry says where it came from, so its other locales' values move with it
            String from = form.text(key + "." + i + "._from");
            int source = from.matches("\\d{1,4}") ? Integer.parseInt(from) : i;
            Val v = one(p, key + "." + i, at + "." + shown.size(), source < stored.size() ? stored.get(source) : null, locales);
            if (v.shown() == null) continue;
            shown.add(v.shown());
            if (v.value() != null) list.add(v.value());
        }
        return new Val(list.isEmpty() ? null : List.copyOf(list), shown.isEmpty() ? null : shown);
    }

    private Val one(PropertyDefinition p, String key, String at, Object before, List<String> locales) {
        if (p.isSubModel()) {
            if (!form.present(key)) return Val.NONE;
            Sub s = values(p.subModel().properties(), key, at, before instanceof ItemValues b ? b : new ItemValues(), locales);
            if (s.shown().isEmpty()) return Val.NONE;
            return new Val(s.values().asMap().isEmpty() ? null : s.values(), s.shown());
        }
        JsonNode typed = form.typed(p, key);
        return typed == null ? Val.NONE : new Val(p.fieldType().fromJson(typed, at, unreadable), typed);
    }
}
