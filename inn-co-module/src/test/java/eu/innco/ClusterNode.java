package eu.innco;

import eu.innco.content.ContentService;
import eu.innco.contenttype.ContentTypeLoader;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.delivery.DeliveryService;
import eu.innco.delivery.EndpointLoader;
import eu.innco.i18n.SiteDefinitionLoader;
import eu.innco.site.SiteLocales;
import eu.innco.publishing.ExternalPublications;
import eu.innco.publishing.Publishing;
import eu.innco.publishing.PublishingConfig;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import eu.innco.repository.RepositoryConfig;
import eu.innco.security.AccessPolicy;
import eu.innco.validation.ContentValidator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One server of a cluster, for module tests: its own Oak node store on the shared database (so its
 * own cluster node id), its own delivery index in its own folder, wired as the webapp wires them.
 */
public final class ClusterNode implements AutoCloseable {
    public final ContentRepository repository;
    public final ContentTypeRegistry types;
    public final SiteLocales locales;
    private final ContentValidator validator = new ContentValidator();
    public final ContentService content;
    public final Publishing publishing;
    public final ExternalPublications external;
    public final DeliveryService delivery;

    public ClusterNode(RepositoryConfig config, Path indexFolder, Duration schedulerInterval) {
        this(config, indexFolder, schedulerInterval, Clock.systemUTC());
    }

    /** Starts a server; its scheduler runs every {@code schedulerInterval} once {@link Publishing#start} is called. */
    public ClusterNode(RepositoryConfig config, Path indexFolder, Duration schedulerInterval, Clock clock) {
        Path lightModules = TestModule.lightModules();
        this.locales = SiteDefinitionLoader.load(lightModules);
        this.types = ContentTypeLoader.load(lightModules);
        this.repository = ContentRepository.start(config);
        repository.write(s -> { NodeTypes.registerContentTypes(s, types); return null; });
        AccessPolicy policy = new AccessPolicy();
        this.content = new ContentService(repository, types, locales, validator, policy, clock);
        this.publishing = new Publishing(repository, content, policy, clock,
                new PublishingConfig(schedulerInterval, true, Duration.ofMillis(100)), List.of());
        this.external = ExternalPublications.watch(repository, clock);
        this.delivery = DeliveryService.start(repository, types, locales, EndpointLoader.load(lightModules, types), publishing.reader,
                indexFolder);
        publishing.events.subscribe(delivery);
        external.subscribe(delivery);
        external.start();
    }

    /** Polls until the condition holds; returns how long it took, or fails after {@code timeout}. */
    public static Duration await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError(what + ": not within " + timeout.toSeconds() + " s");
            Thread.sleep(20);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() {
        external.close();
        publishing.close();
        delivery.close();
        validator.close();
        repository.close();
    }
}
