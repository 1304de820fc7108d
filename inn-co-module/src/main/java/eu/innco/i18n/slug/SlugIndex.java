package eu.innco.i18n.slug;

import eu.innco.site.SiteLocales;
import eu.innco.publishing.LiveTree;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

/**
 * An Oak property index on the localised slugs ({@code slug}, {@code slug_fr}, ...) and on the node
 * names of published snapshots, so that finding an item by its slug is a lookup, not a walk over a
 * type's items. Redefined and rebuilt when the site's locales change.
 */
final class SlugIndex {
    static final String NAME = "inncoSlugs";
    static final String PROPERTY = "slug";

    private SlugIndex() {}

    static void install(Session s, SiteLocales locales) throws RepositoryException {
        List<String> names = new ArrayList<>();
        for (String l : locales.locales()) names.add(locales.propertyName(PROPERTY, l));
        names.add(LiveTree.NAME);
        Node index = s.getNode("/oak:index");
        if (index.hasNode(NAME) && sameNames(index.getNode(NAME), names)) return;
        Node def = index.hasNode(NAME) ? index.getNode(NAME) : index.addNode(NAME, "oak:QueryIndexDefinition");
        def.setProperty("type", "property");
        def.setProperty("propertyNames", names.toArray(new String[0]), PropertyType.NAME);
        def.setProperty("reindex", true);
    }

    private static boolean sameNames(Node def, List<String> names) throws RepositoryException {
        if (!def.hasProperty("propertyNames")) return false;
        List<String> now = new ArrayList<>();
        for (Value v : def.getProperty("propertyNames").getValues()) now.add(v.getString());
        return new java.util.HashSet<>(now).equals(new java.util.HashSet<>(names));
    }
}
