package eu.innco.i18n.slug;

import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.site.SiteLocales;
import eu.innco.publishing.LiveTree;
import eu.innco.repository.ContentRepository;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

/**
 * Finds items by the slug in a portal URL ({@code /pl/case-studies/wspolna-kuchnia}). An item's slug
 * in a locale is its {@code slug} value there, else along the locale's fallback chain, else its node
 * name. A slug of another locale, or a node name, still finds the item, and says where to redirect.
 * The portal resolves published items; the editor's preview resolves working copies.
 */
public final class SlugResolver {
    private final ContentRepository repository;
    private final ContentTypeRegistry types;
    private final SiteLocales locales;

    public SlugResolver(ContentRepository repository, ContentTypeRegistry types, SiteLocales locales) {
        this.repository = repository;
        this.types = types;
        this.locales = locales;
        installIndex(repository, locales);
    }

    /**
     * Defines the slug index if missing or made for other locales. Oak then fills it in that same commit
     * by walking the whole repository: 94 s at the first start of a home of 100,000 generated items, so
     * the {@code generate} command defines it before it writes anything, and the index grows with the content.
     */
    public static void installIndex(ContentRepository repository, SiteLocales locales) {
        repository.write(s -> { SlugIndex.install(s, locales); return null; });
    }

    /** A published item by a slug in a locale (the public side: snapshots only). */
    public Optional<SlugMatch> published(String type, String locale, String slug) {
        return resolve(type, locale, slug, true);
    }

    /** A working copy by a slug in a locale (previews and the editor). */
    public Optional<SlugMatch> working(String type, String locale, String slug) {
        return resolve(type, locale, slug, false);
    }

    /**
     * The slug an item should have in a URL of the locale: its own, along the chain, else that of
     * another language it has (the page shows it in that language), else its node name.
     */
    public String slugOf(Node item, String locale, String nodeName) throws RepositoryException {
        Set<String> order = new LinkedHashSet<>(locales.chain(locale));
        order.addAll(locales.locales());
        for (String l : order) {
            String p = locales.propertyName(SlugIndex.PROPERTY, l);
            if (item.hasProperty(p)) return item.getProperty(p).getString();
        }
        return nodeName;
    }

    private Optional<SlugMatch> resolve(String type, String locale, String slug, boolean published) {
        Optional<ContentTypeDefinition> t = types.get(type);
        if (t.isEmpty() || !locales.contains(locale) || slug == null || slug.isBlank() || slug.length() > 200) return Optional.empty();
        String folder = published ? "/" + LiveTree.ROOT + "/" + t.get().workspace() : t.get().rootPath();
        return repository.read(s -> {
            Set<String> order = new LinkedHashSet<>(locales.chain(locale));
            order.addAll(locales.locales());
            if (published) return PublishedSlugs.resolve(s, folder, order, locales, slug, (n, l) -> match(n, locale, slug, l, true));
            for (String l : order) {
                for (Node n : find(s, folder, locales.propertyName(SlugIndex.PROPERTY, l), slug)) {
                    if (!published && !n.getPrimaryNodeType().getName().equals(t.get().nodeType())) continue;
                    return Optional.of(match(n, locale, slug, l, published));
                }
            }
            Node byName = byName(s, folder, slug, published);
            return byName == null ? Optional.<SlugMatch>empty() : Optional.of(match(byName, locale, slug, null, published));
        });
    }

    private SlugMatch match(Node n, String locale, String slug, String foundIn, boolean published) throws RepositoryException {
        String id = published ? n.getProperty(LiveTree.ID).getString() : n.getIdentifier();
        String name = published ? n.getProperty(LiveTree.NAME).getString() : n.getName();
        String canonical = slugOf(n, locale, name);
        return new SlugMatch(id, name, foundIn, canonical, !canonical.equals(slug));
    }

    private Node byName(Session s, String folder, String name, boolean published) throws RepositoryException {
        if (!published) {
            return !name.contains("/") && !name.contains(":") && s.nodeExists(folder + "/" + name) ? s.getNode(folder + "/" + name) : null;
        }
        List<Node> found = find(s, folder, LiveTree.NAME, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Node> find(Session s, String folder, String property, String value) throws RepositoryException {
        List<Node> out = new ArrayList<>();
        if (!s.nodeExists(folder)) return out;
        Query q = s.getWorkspace().getQueryManager().createQuery("SELECT * FROM [nt:base] AS n WHERE ISCHILDNODE(n, '" + folder
                + "') AND n.[" + property + "] = $v", Query.JCR_SQL2);
        q.bindValue("v", s.getValueFactory().createValue(value));
        for (NodeIterator it = q.execute().getNodes(); it.hasNext(); ) out.add(it.nextNode());
        out.sort(java.util.Comparator.comparing(SlugResolver::path));
        return out;
    }

    private static String path(Node n) {
        try {
            return n.getPath();
        } catch (RepositoryException e) {
            return "";
        }
    }

    /** Other working copies of the type that use this slug in the locale (for the uniqueness rule). */
    static List<Node> othersWithSlug(Session s, ContentTypeDefinition t, String property, String slug, String exceptId) throws RepositoryException {
        List<Node> out = new ArrayList<>();
        for (Node n : find(s, t.rootPath(), property, slug)) {
            if (n.getPrimaryNodeType().getName().equals(t.nodeType()) && !n.getIdentifier().equals(exceptId)) out.add(n);
        }
        return out;
    }
}
