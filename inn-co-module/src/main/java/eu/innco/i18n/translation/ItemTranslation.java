package eu.innco.i18n.translation;

import eu.innco.content.ContentItem;
import java.util.List;

/** Where every locale of one item stands, with the values that need work. */
public record ItemTranslation(ContentItem item, List<LocaleWork> locales) {
    public ItemTranslation {
        locales = List.copyOf(locales);
    }
}
