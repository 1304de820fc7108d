package eu.innco.content;

import eu.innco.contenttype.PropertyDefinition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Compares two sets of values property by property and locale by locale. */
public final class ValueDiff {
    private ValueDiff() {}

    public static List<ValueChange> diff(List<PropertyDefinition> props, ItemValues before, ItemValues after) {
        List<ValueChange> out = new ArrayList<>();
        diff(props, before, after, "", null, out);
        return out;
    }

    private static void diff(List<PropertyDefinition> props, ItemValues a, ItemValues b, String prefix, String inLocale,
                             List<ValueChange> out) {
        for (PropertyDefinition p : props) {
            String path = prefix + p.name();
            Object va = a == null ? null : a.get(p.name()).orElse(null);
            Object vb = b == null ? null : b.get(p.name()).orElse(null);
            if (p.i18n()) {
                Set<String> ls = new LinkedHashSet<>();
                if (va != null) ls.addAll(keys(va));
                if (vb != null) ls.addAll(keys(vb));
                for (String l : ls) compare(path, l, va == null ? null : ((Map<?, ?>) va).get(l), vb == null ? null : ((Map<?, ?>) vb).get(l), out);
            } else if (p.isSubModel()) {
                diffSubModel(p, va, vb, path, inLocale, out);
            } else {
                compare(path, inLocale, va, vb, out);
            }
        }
    }

    private static void diffSubModel(PropertyDefinition p, Object va, Object vb, String path, String inLocale, List<ValueChange> out) {
        List<?> la = va == null ? List.of() : p.multiple() ? (List<?>) va : List.of(va);
        List<?> lb = vb == null ? List.of() : p.multiple() ? (List<?>) vb : List.of(vb);
        for (int i = 0; i < Math.max(la.size(), lb.size()); i++) {
            String at = p.multiple() ? path + "." + i + "." : path + ".";
            diff(p.subModel().properties(), i < la.size() ? (ItemValues) la.get(i) : null,
                    i < lb.size() ? (ItemValues) lb.get(i) : null, at, inLocale, out);
        }
    }

    private static Set<String> keys(Object localised) {
        Set<String> s = new LinkedHashSet<>();
        ((Map<?, ?>) localised).keySet().forEach(k -> s.add((String) k));
        return s;
    }

    private static void compare(String path, String locale, Object a, Object b, List<ValueChange> out) {
        if (a == null && b == null) return;
        if (a == null) out.add(new ValueChange(path, locale, ValueChange.Kind.ADDED));
        else if (b == null) out.add(new ValueChange(path, locale, ValueChange.Kind.REMOVED));
        else if (!Objects.equals(normal(a), normal(b))) out.add(new ValueChange(path, locale, ValueChange.Kind.CHANGED));
    }

    /** Decimals compare by value, not by scale: 1.50 equals 1.5. */
    private static Object normal(Object v) {
        if (v instanceof java.math.BigDecimal d) return d.stripTrailingZeros();
        return v;
    }
}
