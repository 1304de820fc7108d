package eu.innco.wiring;

import eu.innco.assets.AssetService;
import eu.innco.assets.ImageRenditions;
import eu.innco.content.ContentService;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.delivery.DeliveryService;
import eu.innco.exports.Exporter;
import eu.innco.exports.ImportPublication;
import eu.innco.exports.Importer;
import eu.innco.i18n.Languages;
import eu.innco.i18n.messages.Messages;
import eu.innco.publishing.ExternalPublications;
import eu.innco.publishing.Publishing;
import eu.innco.publishing.PublishingHooks;
import eu.innco.publishing.RefusalAudit;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import eu.innco.repository.RepositoryConfig;
import eu.innco.security.AccessPolicy;
import eu.innco.site.SiteLocales;
import eu.innco.validation.ContentValidator;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The module's objects, built in one place for the server, the command line and the tests alike:
 * the repository, the content and publishing features over one access policy, and, when asked,
 * the delivery index. What one feature adds to another (publishing's work inside every content
 * write, the audit of refusals, the index fed by publications) is registered here, in the open,
 * never by a constructor as a side effect. Closed in the reverse order of building.
 */
public final class ModuleGraph implements AutoCloseable {
    public final ModuleDefinitions definitions;
    public final SiteLocales locales;
    public final ContentTypeRegistry types;
    public final Clock clock;
    public final ContentRepository repository;
    public final ContentValidator validator = new ContentValidator();
    public final AccessPolicy policy = new AccessPolicy();
    public final ContentService content;
    public final Publishing publishing;
    public final Importer importer;
    public final Exporter exporter;
    private final LiveDelivery live;

    private ModuleGraph(ModuleGraphBuilder b, ContentRepository repository) {
        this.definitions = b.definitions;
        this.locales = definitions.locales();
        this.types = definitions.types();
        this.clock = b.clock;
        this.repository = repository;
        repository.write(s -> { NodeTypes.registerContentTypes(s, types); return null; });
        this.content = new ContentService(repository, types, locales, validator, policy, clock);
        this.publishing = new Publishing(repository, content, policy, clock, b.publishing, b.webhooks);
        registerPublishingHooks();
        this.importer = new Importer(repository, types, locales, validator, policy, clock, new ImportPublication(publishing.publication));
        this.exporter = new Exporter(repository, types, locales, policy);
        this.live = b.delivery ? LiveDelivery.start(this, b.indexFolder) : null;
    }

    /** Publishing's part of every content write (audit, unpublish on delete), and the audit of every refusal. */
    private void registerPublishingHooks() {
        PublishingHooks hooks = new PublishingHooks(publishing.publication, types);
        content.addHook(hooks);
        content.addListener(hooks);
        policy.onRefusal(new RefusalAudit(publishing.audit));
    }

    /** Builds the graph over these definitions and a repository opened as {@code repository} says. */
    public static ModuleGraphBuilder of(ModuleDefinitions definitions, RepositoryConfig repository) {
        return new ModuleGraphBuilder(definitions, repository);
    }

    static ModuleGraph open(ModuleGraphBuilder b) {
        return over(b, ContentRepository.start(b.repository));
    }

    static ModuleGraph over(ModuleGraphBuilder b, ContentRepository repository) {
        try {
            return new ModuleGraph(b, repository);
        } catch (RuntimeException e) {
            repository.close();
            throw e;
        }
    }

    /** The languages feature over this graph's content, its slug hooks registered on every content write; build it once. */
    public Languages languages(Messages messages) {
        Languages languages = new Languages(repository, content, policy, messages);
        languages.contentHooks().forEach(content::addHook);
        return languages;
    }

    /** The assets feature over this graph's content, registered as the hook that checks and stores an asset's file; build it once. */
    public AssetService assets(long maxBytes, ImageRenditions renditions) {
        AssetService assets = new AssetService(repository, content, policy, maxBytes, renditions);
        content.addHook(assets);
        return assets;
    }

    public Path lightModules() {
        return definitions.lightModules();
    }

    /** The delivery index, fed by this server's publications and by the other servers'; only when the builder asked for it. */
    public DeliveryService delivery() {
        return started().delivery();
    }

    /** Publications made by the other servers on a shared store (for this server's index and its caches, never webhooks). */
    public ExternalPublications external() {
        return started().external();
    }

    private LiveDelivery started() {
        if (live == null) throw new IllegalStateException("this module graph was built without delivery (ModuleGraphBuilder.delivery)");
        return live;
    }

    @Override
    public void close() {
        if (live != null) live.external().close();
        publishing.close();
        if (live != null) live.delivery().close();
        validator.close();
        repository.close();
    }

    /** The delivery index and the watch of the other servers' publications, started together. */
    private record LiveDelivery(ExternalPublications external, DeliveryService delivery) {
        static LiveDelivery start(ModuleGraph g, Path indexFolder) {
            // other servers' publications are watched from before the index checks itself, so none slips between
            ExternalPublications external = ExternalPublications.watch(g.repository, g.clock);
            DeliveryService delivery;
            try {
                delivery = DeliveryService.start(g.repository, g.types, g.locales, g.definitions.endpoints(), g.publishing.reader, indexFolder);
            } catch (RuntimeException e) {
                external.close();
                throw e;
            }
            g.publishing.events.subscribe(delivery);
            external.subscribe(delivery);
            external.start();
            return new LiveDelivery(external, delivery);
        }
    }
}
