package eu.innco.web;

import eu.innco.config.Settings;
import eu.innco.content.ContentService;
import eu.innco.contenttype.ContentTypeLoader;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.exports.Exporter;
import eu.innco.content.ContentService;
import eu.innco.publishing.Publishing;
import eu.innco.exports.Importer;
import eu.innco.exports.SseCsvExporter;
import eu.innco.i18n.SiteDefinitionLoader;
import eu.innco.site.SiteLocales;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import eu.innco.repository.RepositoryConfig;
import eu.innco.security.AccessPolicy;
import eu.innco.validation.ContentValidator;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What the content commands of the command line need, without the HTTP server: the repository
 * opened as the settings say, and the definitions from the light modules found as the server finds them.
 */
final class CommandModule implements AutoCloseable {
    final ContentRepository repository;
    final SiteLocales locales;
    final ContentTypeRegistry types;
    final Path lightModules;
    final ContentValidator validator = new ContentValidator();
    final AccessPolicy policy = new AccessPolicy();

    CommandModule(Settings settings) {
        RepositoryConfig config = RepositoryConfig.from(settings);
        this.lightModules = ResourceFolders.resolve("light-modules", settings.get("INNCO_LIGHT_MODULES").map(Path::of),
                config.home(), "INNCO_LIGHT_MODULES");
        this.locales = SiteDefinitionLoader.load(lightModules);
        this.types = ContentTypeLoader.load(lightModules);
        this.repository = ContentRepository.start(config);
        try {
            repository.write(s -> { NodeTypes.registerContentTypes(s, types); return null; });
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    Importer importer() {
        ContentService content = new ContentService(repository, types, locales, validator, policy, Clock.systemUTC());
        Publishing publishing = new Publishing(repository, content, policy, Clock.systemUTC());
        return new Importer(repository, types, locales, validator, policy, Clock.systemUTC(), new eu.innco.exports.ImportPublication(publishing.publication));
    }

    /** The languages feature over a content service with the publishing hooks (audit), for the XLIFF commands. */
    eu.innco.i18n.Languages languages() {
        ContentService content = new ContentService(repository, types, locales, validator, policy, Clock.systemUTC());
        new Publishing(repository, content, policy, Clock.systemUTC());
        return new eu.innco.i18n.Languages(repository, content, policy, lightModules);
    }

    /** The repository's content and publishing features, for commands that write items as an editor would. */
    ContentService content() {
        return new ContentService(repository, types, locales, validator, policy, Clock.systemUTC());
    }

    Publishing publishing(ContentService content) {
        return new Publishing(repository, content, policy, Clock.systemUTC());
    }

    Exporter exporter() {
        return new Exporter(repository, types, locales, policy);
    }

    SseCsvExporter sseExporter() {
        return new SseCsvExporter(repository, types, locales, policy);
    }

    @Override
    public void close() {
        validator.close();
        repository.close();
    }
}
