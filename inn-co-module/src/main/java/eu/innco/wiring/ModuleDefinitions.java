package eu.innco.wiring;

import eu.innco.contenttype.ContentTypeLoader;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.delivery.EndpointLoader;
import eu.innco.delivery.EndpointRegistry;
import eu.innco.i18n.SiteDefinitionLoader;
import eu.innco.site.SiteLocales;
import java.nio.file.Path;

/**
 * The light modules' definitions the module's objects are built from, read once and before the
 * repository is opened: a broken definition stops a start without touching the repository.
 *
 * @param lightModules the folder they were read from
 * @param locales      the site's languages
 * @param types        the content types
 * @param endpoints    the delivery endpoints
 */
public record ModuleDefinitions(Path lightModules, SiteLocales locales, ContentTypeRegistry types, EndpointRegistry endpoints) {
    public static ModuleDefinitions load(Path lightModules) {
        SiteLocales locales = SiteDefinitionLoader.load(lightModules);
        ContentTypeRegistry types = ContentTypeLoader.load(lightModules);
        return new ModuleDefinitions(lightModules, locales, types, EndpointLoader.load(lightModules, types));
    }
}
