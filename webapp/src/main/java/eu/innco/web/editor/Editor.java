package eu.innco.web.editor;

import eu.innco.web.Services;
import eu.innco.web.StaticFiles;
import eu.innco.web.Templates;
import eu.innco.web.UiTexts;
import java.util.List;

/** What every editor page needs: the services, templates, interface texts, sessions and the login throttle. */
public final class Editor {
    public static final List<String> BUNDLES = List.of("inn-co-messages", "inn-co-editor-messages", "inn-co-fields-messages");

    final Services services;
    final Templates templates;
    final UiTexts texts;
    final StaticFiles files;
    final EditorSessions sessions;
    /** The portal's map tiles ({@code INNCO_MAP_TILE_URL}), so the geo-point widget shows the same map; empty: a plain background. */
    final String tileUrl;
    final String tileAttribution;

    public Editor(Services services, Templates templates, StaticFiles files) {
        this.services = services;
        this.templates = templates;
        this.files = files;
        this.texts = new UiTexts(services.lightModules, BUNDLES, services.locales.locales(), services.locales.defaultLocale());
        this.sessions = new EditorSessions(services.repository, services.clock);
        this.tileUrl = services.config.settings().get("INNCO_MAP_TILE_URL", "");
        this.tileAttribution = services.config.settings().get("INNCO_MAP_TILE_ATTRIBUTION", "");
    }

    public UiTexts texts() {
        return texts;
    }
}
