package eu.innco.web.editor;

import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.security.UserStore;
import eu.innco.site.SiteLocales;
import eu.innco.web.Services;
import eu.innco.web.StaticFiles;
import eu.innco.web.Templates;
import eu.innco.web.UiTexts;
import java.util.List;

/**
 * What every editor page needs and nothing more: templates, interface texts, sessions and the
 * accounts they belong to, the site's languages and content types (every page's navigation).
 * What a page does besides, it receives in its own constructor ({@link EditorPages}).
 */
public final class Editor {
    public static final List<String> BUNDLES = List.of("inn-co-messages", "inn-co-editor-messages", "inn-co-fields-messages");

    final Templates templates;
    final UiTexts texts;
    final StaticFiles files;
    final EditorSessions sessions;
    final SiteLocales locales;
    final ContentTypeRegistry types;
    /** The accounts behind sessions (a disabled account's session is refused) and their chosen languages. */
    final UserStore users;
    /** The portal's map tiles ({@code INNCO_MAP_TILE_URL}), so the geo-point widget shows the same map; empty: a plain background. */
    final String tileUrl;
    final String tileAttribution;

    /** Takes from the services what every page shares; keeps no reference to them. */
    public Editor(Services services, Templates templates, StaticFiles files) {
        this.templates = templates;
        this.files = files;
        this.locales = services.locales;
        this.types = services.types;
        this.users = services.users;
        this.texts = new UiTexts(services.lightModules, BUNDLES, locales.locales(), locales.defaultLocale());
        this.sessions = new EditorSessions(services.repository, services.clock);
        this.tileUrl = services.config.settings().get("INNCO_MAP_TILE_URL", "");
        this.tileAttribution = services.config.settings().get("INNCO_MAP_TILE_ATTRIBUTION", "");
    }

    public UiTexts texts() {
        return texts;
    }
}
