package eu.innco.publishing;

import eu.innco.content.ItemValues;
import eu.innco.content.LocaleView;
import eu.innco.contenttype.PropertyDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the values of a snapshot after publishing some locales: the working copy's shared
 * (non-localised) values and its values in the published locales, plus the values the snapshot
 * already held for the locales that stay as they were. Sub-model structure (how many chapters, in
 * which order) is shared, so it comes from the working copy; a kept locale's values of the
 * sub-model entry at the same position stay.
 */
final class SnapshotMerge {
    private SnapshotMerge() {}

    static ItemValues publish(List<PropertyDefinition> props, ItemValues workingCopy, Collection<String> publishing,
                              ItemValues previous, Collection<String> keeping) {
        ItemValues fresh = LocaleView.keep(props, workingCopy, publishing, true);
        ItemValues kept = LocaleView.keep(props, previous, keeping, false);
        return merge(props, fresh, kept);
    }

    /** The snapshot without some locales' values. */
    static ItemValues strip(List<PropertyDefinition> props, ItemValues snapshot, Collection<String> remaining) {
        return LocaleView.keep(props, snapshot, remaining, true);
    }

    private static ItemValues merge(List<PropertyDefinition> props, ItemValues base, ItemValues extra) {
        ItemValues out = new ItemValues();
        for (PropertyDefinition p : props) {
            Object b = base == null ? null : base.get(p.name()).orElse(null);
            Object e = extra == null ? null : extra.get(p.name()).orElse(null);
            Object merged;
            if (p.i18n()) merged = mergeMaps(b, e);
            else if (p.isSubModel()) merged = b == null ? null : mergeSubModel(p, b, e);
            else merged = b;
            if (merged != null) out.put(p.name(), merged);
        }
        return out;
    }

    private static Object mergeMaps(Object b, Object e) {
        if (b == null && e == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        if (e != null) ((Map<?, ?>) e).forEach((k, v) -> m.put((String) k, v));
        if (b != null) ((Map<?, ?>) b).forEach((k, v) -> m.put((String) k, v));
        return m;
    }

    private static Object mergeSubModel(PropertyDefinition p, Object b, Object e) {
        List<PropertyDefinition> sub = p.subModel().properties();
        if (!p.multiple()) return merge(sub, (ItemValues) b, (ItemValues) e);
        List<?> bl = (List<?>) b;
        List<?> el = e == null ? List.of() : (List<?>) e;
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < bl.size(); i++) out.add(merge(sub, (ItemValues) bl.get(i), i < el.size() ? (ItemValues) el.get(i) : null));
        return List.copyOf(out);
    }
}
