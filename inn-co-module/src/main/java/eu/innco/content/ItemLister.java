package eu.innco.content;

import eu.innco.contenttype.ContentTypeDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Lists working copies of one type for the authoring side, by name, with the filters of
 * {@link ListQuery}. Walks the type's folder: authoring lists are for people, the public side
 * reads its own index.
 */
final class ItemLister {
    private final ItemNodes nodes;

    ItemLister(ItemNodes nodes) {
        this.nodes = nodes;
    }

    ItemPage list(Session s, ContentTypeDefinition type, ListQuery q) throws RepositoryException {
        List<Node> matching = new ArrayList<>();
        String needle = q.q().toLowerCase(Locale.ROOT);
        for (NodeIterator it = s.getNode(type.rootPath()).getNodes(); it.hasNext(); ) {
            Node n = it.nextNode();
            if (!n.getPrimaryNodeType().getName().equals(type.nodeType())) continue;
            if (!needle.isEmpty() && !containsText(n, needle)) continue;
            matching.add(n);
        }
        matching.sort(q.sort().equals("-lastModified")
                ? Comparator.comparing(ItemLister::lastModified).reversed().thenComparing(ItemLister::name)
                : Comparator.comparing(ItemLister::name));
        boolean needsItems = q.status().isPresent() || q.locale().isPresent();
        List<ContentItem> page = new ArrayList<>();
        int total = 0;
        for (Node n : matching) {
            ContentItem item = needsItems ? nodes.toItem(n, type) : null;
            if (item != null && !matches(item, q)) continue;
            if (total >= q.offset() && page.size() < q.limit()) page.add(item != null ? item : nodes.toItem(n, type));
            total++;
        }
        return new ItemPage(q.offset(), q.limit(), total, page);
    }

    private static boolean matches(ContentItem item, ListQuery q) {
        if (q.status().isPresent()) {
            boolean published = item.locales().values().stream().anyMatch(l -> l.published() != null);
            boolean modified = item.locales().values().stream().anyMatch(l -> l.published() != null && l.modifiedSincePublished());
            boolean ok = switch (q.status().get()) {
                case "draft" -> !published;
                case "published" -> published && !modified;
                case "modified" -> modified;
                default -> true;
            };
            if (!ok) return false;
        }
        if (q.locale().isPresent()) {
            LocaleState st = item.locales().get(q.locale().get());
            if (st == null) return false;
            if (q.translation().isPresent()) {
                String want = q.translation().get();
                return want.equals("outdated") ? st.outdated() : want.equals(st.translation());
            }
        }
        return true;
    }

    private static boolean containsText(Node n, String needle) throws RepositoryException {
        if (n.getName().contains(needle)) return true;
        for (PropertyIterator it = n.getProperties(); it.hasNext(); ) {
            Property p = it.nextProperty();
            if (p.getType() != PropertyType.STRING || p.getName().contains(":")) continue;
            if (p.isMultiple()) {
                for (javax.jcr.Value v : p.getValues()) if (v.getString().toLowerCase(Locale.ROOT).contains(needle)) return true;
            } else if (p.getString().toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static java.time.Instant lastModified(Node n) {
        try {
            java.time.Instant t = SystemProperties.instant(n, SystemProperties.LAST_MODIFIED);
            return t == null ? java.time.Instant.EPOCH : t;
        } catch (RepositoryException e) {
            return java.time.Instant.EPOCH;
        }
    }

    private static String name(Node n) {
        try {
            return n.getName();
        } catch (RepositoryException e) {
            return "";
        }
    }
}
