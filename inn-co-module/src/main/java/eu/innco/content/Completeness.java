package eu.innco.content;

import eu.innco.contenttype.PropertyDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Which required values a locale lacks: a locale can be published only when none is missing. */
public final class Completeness {
    private Completeness() {}

    /** Paths of required values missing for readers of the locale ({@code properties.title.pl}). */
    public static List<String> missing(List<PropertyDefinition> props, ItemValues values, String locale) {
        List<String> out = new ArrayList<>();
        check(props, values, "properties", locale, out);
        return out;
    }

    private static void check(List<PropertyDefinition> props, ItemValues values, String path, String locale, List<String> out) {
        for (PropertyDefinition p : props) {
            Object v = values.get(p.name()).orElse(null);
            String at = path + "." + p.name();
            if (p.i18n()) {
                Object inLocale = v == null ? null : ((Map<?, ?>) v).get(locale);
                if (p.required() && inLocale == null) out.add(at + "." + locale);
            } else if (v == null) {
                if (p.required()) out.add(at);
            } else if (p.isSubModel()) {
                List<?> list = p.multiple() ? (List<?>) v : List.of(v);
                for (int i = 0; i < list.size(); i++) {
                    check(p.subModel().properties(), (ItemValues) list.get(i), p.multiple() ? at + "." + i : at, locale, out);
                }
            }
        }
    }
}
