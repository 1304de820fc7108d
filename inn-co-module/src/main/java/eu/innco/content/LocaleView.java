package eu.innco.content;

import eu.innco.contenttype.PropertyDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cuts item values down to some locales: what one language's readers (or translators) see. */
public final class LocaleView {
    private LocaleView() {}

    /**
     * The values with localised properties reduced to one locale; non-localised values kept when
     * {@code withShared}, dropped otherwise. Sub-model structure is kept when it holds anything.
     */
    public static ItemValues restrict(List<PropertyDefinition> props, ItemValues values, String locale, boolean withShared) {
        return keep(props, values, Set.of(locale), withShared);
    }

    /** The values with localised properties reduced to the given locales; shared values kept. */
    public static ItemValues keep(List<PropertyDefinition> props, ItemValues values, Collection<String> locales, boolean withShared) {
        ItemValues out = new ItemValues();
        for (PropertyDefinition p : props) {
            Object v = values.get(p.name()).orElse(null);
            if (v == null) continue;
            if (p.i18n()) {
                Map<String, Object> m = new LinkedHashMap<>();
                ((Map<?, ?>) v).forEach((l, x) -> { if (locales.contains(l)) m.put((String) l, x); });
                if (!m.isEmpty()) out.put(p.name(), m);
            } else if (p.isSubModel()) {
                Object sub = subModel(p, v, locales, withShared);
                if (sub != null) out.put(p.name(), sub);
            } else if (withShared) {
                out.put(p.name(), v);
            }
        }
        return out;
    }

    private static Object subModel(PropertyDefinition p, Object v, Collection<String> locales, boolean withShared) {
        if (!p.multiple()) {
            ItemValues one = keep(p.subModel().properties(), (ItemValues) v, locales, withShared);
            return one.asMap().isEmpty() ? null : one;
        }
        List<Object> list = new ArrayList<>();
        for (Object one : (List<?>) v) list.add(keep(p.subModel().properties(), (ItemValues) one, locales, withShared));
        boolean any = list.stream().anyMatch(x -> !((ItemValues) x).asMap().isEmpty());
        return any ? List.copyOf(list) : null;
    }
}
