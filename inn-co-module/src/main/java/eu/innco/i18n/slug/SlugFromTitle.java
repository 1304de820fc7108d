package eu.innco.i18n.slug;

import eu.innco.content.ContentEvent;
import eu.innco.content.ContentWriteHook;
import eu.innco.content.Slugs;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.site.SiteLocales;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Gives an item a slug in each locale that has a title but no slug, made from that locale's title
 * ("Wspólna kuchnia" gives {@code wspolna-kuchnia} for Polish), so that a page's address and the
 * API's {@code slug} follow the language of the page rather than the node name, which came from the
 * first title written. A slug that exists is never changed (addresses stay stable); a slug already
 * used by another item of the type in that locale gets a number ({@code -2}, {@code -3}, ...).
 * Runs in the commit of every create and update, before {@link SlugUniqueness}.
 */
public final class SlugFromTitle implements ContentWriteHook {
    private static final String TITLE = "title";
    private static final int TRIES = 50;
    private final ContentTypeRegistry types;
    private final SiteLocales locales;

    public SlugFromTitle(ContentTypeRegistry types, SiteLocales locales) {
        this.types = types;
        this.locales = locales;
    }

    @Override
    public void written(Session s, Node item, ContentEvent e) throws RepositoryException {
        if (e.kind() == ContentEvent.Kind.DELETED) return;
        ContentTypeDefinition t = types.get(e.type()).orElse(null);
        if (t == null || t.property(SlugIndex.PROPERTY).filter(p -> p.i18n()).isEmpty()
                || t.property(TITLE).filter(p -> p.i18n()).isEmpty()) return;
        for (String l : locales.locales()) {
            String slugProperty = locales.propertyName(SlugIndex.PROPERTY, l);
            String titleProperty = locales.propertyName(TITLE, l);
            if (hasText(item, slugProperty) || !hasText(item, titleProperty)) continue;
            item.setProperty(slugProperty, free(s, t, slugProperty, Slugs.slugify(item.getProperty(titleProperty).getString()),
                    item.getIdentifier()));
        }
    }

    private static String free(Session s, ContentTypeDefinition t, String property, String base, String id) throws RepositoryException {
        String candidate = base;
        for (int n = 2; n <= TRIES && !SlugResolver.othersWithSlug(s, t, property, candidate, id).isEmpty(); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static boolean hasText(Node n, String property) throws RepositoryException {
        return n.hasProperty(property) && !n.getProperty(property).isMultiple() && !n.getProperty(property).getString().isBlank();
    }
}
