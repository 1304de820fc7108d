package eu.innco;

import eu.innco.content.ContentService;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.delivery.DeliveryService;
import eu.innco.site.SiteLocales;
import eu.innco.publishing.ExternalPublications;
import eu.innco.publishing.Publishing;
import eu.innco.publishing.PublishingConfig;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.RepositoryConfig;
import eu.innco.wiring.ModuleDefinitions;
import eu.innco.wiring.ModuleGraph;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One server of a cluster, for module tests: its own Oak node store on the shared database (so its
 * own cluster node id), its own delivery index in its own folder: the server's {@link ModuleGraph}.
 */
public final class ClusterNode implements AutoCloseable {
    private final ModuleGraph module;
    public final ContentRepository repository;
    public final ContentTypeRegistry types;
    public final SiteLocales locales;
    public final ContentService content;
    public final Publishing publishing;
    public final ExternalPublications external;
    public final DeliveryService delivery;

    public ClusterNode(RepositoryConfig config, Path indexFolder, Duration schedulerInterval) {
        this(config, indexFolder, schedulerInterval, Clock.systemUTC());
    }

    /** Starts a server; its scheduler runs every {@code schedulerInterval} once {@link Publishing#start} is called. */
    public ClusterNode(RepositoryConfig config, Path indexFolder, Duration schedulerInterval, Clock clock) {
        this.module = ModuleGraph.of(ModuleDefinitions.load(TestModule.lightModules()), config).clock(clock)
                .publishing(new PublishingConfig(schedulerInterval, true, Duration.ofMillis(100)), List.of())
                .delivery(indexFolder).open();
        this.repository = module.repository;
        this.locales = module.locales;
        this.types = module.types;
        this.content = module.content;
        this.publishing = module.publishing;
        this.external = module.external();
        this.delivery = module.delivery();
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
        module.close();
    }
}
