package eu.innco.content;

import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.FieldKind;
import eu.innco.site.SiteLocales;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/** Picks a node name for a new item from its values when the client gave none, and keeps it unique. */
final class NameChooser {
    private NameChooser() {}

    /** The slug of the first text value among {@code name}, {@code title}, then any String property. */
    static String fromValues(ContentTypeDefinition type, ItemValues values, SiteLocales locales) {
        for (String preferred : new String[] {"name", "title"}) {
            String t = text(type, values, preferred, locales);
            if (t != null) return Slugs.slugify(t);
        }
        for (PropertyDefinition p : type.properties()) {
            if (isPlainText(p)) {
                String t = text(type, values, p.name(), locales);
                if (t != null) return Slugs.slugify(t);
            }
        }
        return type.name().toLowerCase();
    }

    private static String text(ContentTypeDefinition type, ItemValues values, String name, SiteLocales locales) {
        PropertyDefinition p = type.property(name).orElse(null);
        if (p == null || !isPlainText(p)) return null;
        Object v = values.get(name).orElse(null);
        if (v instanceof String s) return s;
        if (v instanceof Map<?, ?> m) {
            Object d = m.get(locales.defaultLocale());
            if (d instanceof String s) return s;
            for (Object any : m.values()) if (any instanceof String s) return s;
        }
        return null;
    }

    /** Only plain one-line text makes a name; every other type is ruled out by name, not by default. */
    private static boolean isPlainText(PropertyDefinition p) {
        if (p.isSubModel() || p.multiple()) return false;
        return switch (p.fieldType().kind()) {
            case TEXT -> true;
            // an address in a public URL would publish personal data
            case EMAIL, RICH_TEXT, BOOLEAN, LONG, DOUBLE, DECIMAL, DATE, REFERENCE, ASSET, GEO -> false;
        };
    }

    static String unique(Node folder, String name) throws RepositoryException {
        if (!folder.hasNode(name)) return name;
        for (int i = 2; ; i++) {
            String candidate = name + "-" + i;
            if (!folder.hasNode(candidate)) return candidate;
        }
    }
}
