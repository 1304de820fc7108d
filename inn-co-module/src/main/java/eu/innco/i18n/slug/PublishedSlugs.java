package eu.innco.i18n.slug;

import eu.innco.publishing.LiveTree;
import eu.innco.site.SiteLocales;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.query.Query;

/**
 * Finds a published snapshot by a slug with one query instead of one per locale and one more for
 * the node name: the query engine's fixed work per query (parse, bind, plan) was half of an
 * uncached long-tail page (docs/benchmarks.md). The candidates are then ranked as the separate
 * queries were: the locales in the page's order, then the node name, the first path of each.
 */
final class PublishedSlugs {
    /** Makes the match from a snapshot and the locale whose slug found it (null: its node name). */
    interface Matcher {
        SlugMatch match(Node snapshot, String foundIn) throws RepositoryException;
    }

    private PublishedSlugs() {}

    static Optional<SlugMatch> resolve(Session s, String folder, Set<String> order, SiteLocales locales, String slug, Matcher m)
            throws RepositoryException {
        if (!s.nodeExists(folder)) return Optional.empty();
        List<String> properties = new ArrayList<>();
        for (String l : order) properties.add(locales.propertyName(SlugIndex.PROPERTY, l));
        StringBuilder where = new StringBuilder("n.[" + LiveTree.NAME + "] = $v");
        for (String p : properties) where.append(" OR n.[").append(p).append("] = $v");
        Query q = s.getWorkspace().getQueryManager().createQuery("SELECT * FROM [nt:base] AS n WHERE ISCHILDNODE(n, '" + folder
                + "') AND (" + where + ")", Query.JCR_SQL2);
        q.bindValue("v", s.getValueFactory().createValue(slug));
        List<Node> found = new ArrayList<>();
        for (NodeIterator it = q.execute().getNodes(); it.hasNext(); ) found.add(it.nextNode());
        found.sort(Comparator.comparing(PublishedSlugs::path));
        int i = 0;
        for (String l : order) {
            String p = properties.get(i++);
            for (Node n : found) if (holds(n, p, slug)) return Optional.of(m.match(n, l));
        }
        for (Node n : found) if (holds(n, LiveTree.NAME, slug)) return Optional.of(m.match(n, null));
        return Optional.empty();
    }

    /** Whether the property has the value (any of its values, as the query's equality matches). */
    private static boolean holds(Node n, String property, String value) throws RepositoryException {
        if (!n.hasProperty(property)) return false;
        Property p = n.getProperty(property);
        if (!p.isMultiple()) return value.equals(p.getString());
        for (Value v : p.getValues()) if (value.equals(v.getString())) return true;
        return false;
    }

    private static String path(Node n) {
        try {
            return n.getPath();
        } catch (RepositoryException e) {
            return "";
        }
    }
}
