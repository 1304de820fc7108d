package eu.innco.delivery;

import eu.innco.content.ContentItem;
import eu.innco.content.ItemNodes;
import eu.innco.content.ItemValues;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.site.SiteLocales;
import eu.innco.publishing.PublishedItem;
import java.time.Instant;
import java.util.List;

/**
 * What the renderer needs of an item: a published snapshot for delivery, or a working copy for
 * preview. {@code locales} are the locales the reader may see: published ones, or for a preview
 * those that hold values.
 */
public record RenderInput(String id, ContentTypeDefinition type, String name, String path, ItemValues values,
                          List<String> locales, Instant created, Instant lastModified, Instant lastActivated, long version) {
    public RenderInput {
        locales = List.copyOf(locales);
    }

    public static RenderInput published(PublishedItem p, ContentTypeDefinition type) {
        return new RenderInput(p.id(), type, p.name(), p.path(), p.values(), p.locales(), p.created(), p.lastModified(),
                p.lastActivated(), p.version());
    }

    /** A working copy as preview shows it: every locale that holds a value (the default one when none does). */
    public static RenderInput workingCopy(ContentItem c, ContentTypeDefinition type, SiteLocales site) {
        List<String> ls = site.locales().stream().filter(l -> ItemNodes.hasValueIn(type.properties(), c.values(), l)).toList();
        if (ls.isEmpty()) ls = List.of(site.defaultLocale());
        Instant activated = c.locales().values().stream().map(s -> s.published()).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        return new RenderInput(c.id(), type, c.name(), c.path(), c.values(), ls, c.created(), c.lastModified(), activated,
                c.revision());
    }
}
