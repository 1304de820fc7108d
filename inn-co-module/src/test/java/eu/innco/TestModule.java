package eu.innco;

import eu.innco.content.ContentService;
import eu.innco.contenttype.ContentTypeLoader;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.i18n.SiteDefinitionLoader;
import eu.innco.site.SiteLocales;
import eu.innco.publishing.AuditLog;
import eu.innco.publishing.LiveReader;
import eu.innco.publishing.PublicationEvents;
import eu.innco.publishing.PublicationService;
import eu.innco.publishing.Publishing;
import eu.innco.publishing.VersionService;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import eu.innco.repository.RepositoryConfig;
import eu.innco.security.AccessPolicy;
import eu.innco.validation.ContentValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A real repository with the project's light module, for module tests: content and publishing
 * built as the server builds them ({@link Publishing}, with its hooks and the audit of refusals),
 * its scheduler and webhooks left stopped so that tests drive them.
 */
public final class TestModule implements AutoCloseable {
    public final ContentRepository repository;
    public final ContentTypeRegistry types;
    public final SiteLocales locales;
    public final ContentValidator validator = new ContentValidator();
    public final ContentService content;
    public final AccessPolicy policy = new AccessPolicy();
    public final Publishing publishing;
    public final AuditLog audit;
    public final PublicationEvents events;
    public final PublicationService publication;
    public final VersionService versions;
    public final LiveReader reader;

    public TestModule(RepositoryConfig config) {
        this(config, lightModules());
    }

    public TestModule(RepositoryConfig config, Path lightModules) {
        this.repository = ContentRepository.start(config);
        this.locales = SiteDefinitionLoader.load(lightModules);
        this.types = ContentTypeLoader.load(lightModules);
        repository.write(s -> { NodeTypes.registerContentTypes(s, types); return null; });
        this.content = new ContentService(repository, types, locales, validator, policy, Clock.systemUTC());
        this.publishing = new Publishing(repository, content, policy, Clock.systemUTC());
        this.audit = publishing.audit;
        this.events = publishing.events;
        this.publication = publishing.publication;
        this.versions = publishing.versions;
        this.reader = (LiveReader) publishing.reader;
    }

    public static TestModule memory() {
        return new TestModule(RepositoryConfig.memory());
    }

    /** The checkout's light-modules folder. */
    public static Path lightModules() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("light-modules/inn-co"))) return p.resolve("light-modules");
        }
        throw new IllegalStateException("light-modules not found above " + Path.of("").toAbsolutePath());
    }

    @Override
    public void close() {
        publishing.close();
        validator.close();
        repository.close();
    }
}
