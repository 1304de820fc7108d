package eu.innco;

import eu.innco.content.ContentService;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.site.SiteLocales;
import eu.innco.publishing.AuditLog;
import eu.innco.publishing.LiveReader;
import eu.innco.publishing.PublicationEvents;
import eu.innco.publishing.PublicationService;
import eu.innco.publishing.Publishing;
import eu.innco.publishing.VersionService;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.RepositoryConfig;
import eu.innco.security.AccessPolicy;
import eu.innco.validation.ContentValidator;
import eu.innco.wiring.ModuleDefinitions;
import eu.innco.wiring.ModuleGraph;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real repository with the project's light module, for module tests: the server's own
 * {@link ModuleGraph} (content and publishing with its hooks and the audit of refusals), without
 * the delivery index, its scheduler and webhooks left stopped so that tests drive them.
 */
public final class TestModule implements AutoCloseable {
    /** The graph every field below comes from. */
    public final ModuleGraph module;
    public final ContentRepository repository;
    public final ContentTypeRegistry types;
    public final SiteLocales locales;
    public final ContentValidator validator;
    public final ContentService content;
    public final AccessPolicy policy;
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
        this.module = ModuleGraph.of(ModuleDefinitions.load(lightModules), config).open();
        this.repository = module.repository;
        this.locales = module.locales;
        this.types = module.types;
        this.validator = module.validator;
        this.content = module.content;
        this.policy = module.policy;
        this.publishing = module.publishing;
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
        module.close();
    }
}
