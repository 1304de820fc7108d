package eu.innco.i18n.slug;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import eu.innco.content.ContentEvent;
import eu.innco.content.ContentWriteHook;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.site.SiteLocales;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Refuses a change that gives an item a slug that another item of the same type already has in the
 * same locale: two pages cannot share a URL. Runs inside the commit of every create and update.
 */
public final class SlugUniqueness implements ContentWriteHook {
    private final ContentTypeRegistry types;
    private final SiteLocales locales;

    public SlugUniqueness(ContentTypeRegistry types, SiteLocales locales) {
        this.types = types;
        this.locales = locales;
    }

    @Override
    public void written(Session s, Node item, ContentEvent e) throws RepositoryException {
        if (e.kind() == ContentEvent.Kind.DELETED) return;
        ContentTypeDefinition t = types.get(e.type()).orElse(null);
        if (t == null || t.property(SlugIndex.PROPERTY).filter(p -> p.i18n()).isEmpty()) return;
        List<FieldError> errors = new ArrayList<>();
        for (String l : locales.locales()) {
            String property = locales.propertyName(SlugIndex.PROPERTY, l);
            if (!item.hasProperty(property)) continue;
            String slug = item.getProperty(property).getString();
            for (Node other : SlugResolver.othersWithSlug(s, t, property, slug, item.getIdentifier())) {
                errors.add(FieldError.keyed("properties.slug." + l, "slugTaken", "'" + slug + "' is already the " + l + " slug of the " + t.name()
                        + " '" + other.getName() + "' (" + other.getIdentifier() + "); choose another.", slug, l, t.name(), other.getName()));
            }
        }
        if (!errors.isEmpty()) {
            throw InncoException.invalid(ErrorCode.SLUG_001, "The " + t.name() + " has " + errors.size() + " slug(s) used by another item: "
                    + errors.get(0).message(), errors);
        }
    }
}
