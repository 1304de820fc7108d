package eu.innco.web;

import eu.innco.config.Settings;
import eu.innco.content.ContentService;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.exports.Exporter;
import eu.innco.publishing.Publishing;
import eu.innco.exports.Importer;
import eu.innco.exports.SseCsvExporter;
import eu.innco.site.SiteLocales;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.RepositoryConfig;
import eu.innco.security.AccessPolicy;
import eu.innco.validation.ContentValidator;
import eu.innco.wiring.ModuleDefinitions;
import eu.innco.wiring.ModuleGraph;
import java.nio.file.Path;

/**
 * What the content commands of the command line need, without the HTTP server: the server's
 * {@link ModuleGraph} (publishing's hooks and the audit of refusals included) over the repository
 * opened as the settings say, with the light modules found as the server finds them.
 */
final class CommandModule implements AutoCloseable {
    final ModuleGraph module;
    final ContentRepository repository;
    final SiteLocales locales;
    final ContentTypeRegistry types;
    final Path lightModules;
    final ContentValidator validator;
    final AccessPolicy policy;
    private eu.innco.i18n.Languages languages;

    CommandModule(Settings settings) {
        RepositoryConfig config = RepositoryConfig.from(settings);
        this.lightModules = ResourceFolders.resolve("light-modules", settings.get("INNCO_LIGHT_MODULES").map(Path::of),
                config.home(), "INNCO_LIGHT_MODULES");
        this.module = ModuleGraph.of(ModuleDefinitions.load(lightModules), config).open();
        this.repository = module.repository;
        this.locales = module.locales;
        this.types = module.types;
        this.validator = module.validator;
        this.policy = module.policy;
    }

    Importer importer() {
        return module.importer;
    }

    /** The languages feature over the module's content service, for the XLIFF commands; built once (it adds the slug hooks). */
    eu.innco.i18n.Languages languages() {
        if (languages == null) languages = module.languages(eu.innco.i18n.messages.Messages.load(lightModules, locales));
        return languages;
    }

    /** The module's content feature, for commands that write items as an editor would. */
    ContentService content() {
        return module.content;
    }

    /** The module's publishing feature (over {@code content}, which is the module's own from {@link #content()}). */
    Publishing publishing(ContentService content) {
        if (content != module.content) throw new IllegalArgumentException("publishing works over the module's own content service");
        return module.publishing;
    }

    Exporter exporter() {
        return module.exporter;
    }

    SseCsvExporter sseExporter() {
        return new SseCsvExporter(repository, types, locales, policy);
    }

    @Override
    public void close() {
        module.close();
    }
}
