package eu.innco.wiring;

import eu.innco.publishing.PublishingConfig;
import eu.innco.publishing.webhook.WebhookDefinition;
import eu.innco.repository.RepositoryConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * What differs between the callers of {@link ModuleGraph}: the clock, publishing's settings and
 * webhooks, and whether the delivery index is started. The defaults are those of a command or a
 * module test: the system clock, default publishing settings, no webhooks, no index.
 */
public final class ModuleGraphBuilder {
    final ModuleDefinitions definitions;
    final RepositoryConfig repository;
    Clock clock = Clock.systemUTC();
    PublishingConfig publishing = PublishingConfig.defaults();
    List<WebhookDefinition> webhooks = List.of();
    boolean delivery;
    Path indexFolder;

    ModuleGraphBuilder(ModuleDefinitions definitions, RepositoryConfig repository) {
        this.definitions = definitions;
        this.repository = repository;
    }

    /** The clock of every feature (tests move time instead of waiting for it). */
    public ModuleGraphBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** Publishing's settings and the webhooks it calls (their scheduler and deliveries start with {@code publishing.start()}). */
    public ModuleGraphBuilder publishing(PublishingConfig config, List<WebhookDefinition> webhooks) {
        this.publishing = config;
        this.webhooks = List.copyOf(webhooks);
        return this;
    }

    /** Starts the delivery index in this folder, or in memory when {@code folder} is null. */
    public ModuleGraphBuilder delivery(Path folder) {
        this.delivery = true;
        this.indexFolder = folder;
        return this;
    }

    /** Opens the repository and builds the graph; a failure closes what was opened. */
    public ModuleGraph open() {
        return ModuleGraph.open(this);
    }

    /**
     * Builds the graph over a repository the caller opened (the server opens it on another thread
     * while it reads the definitions); a failure closes it.
     */
    public ModuleGraph open(eu.innco.repository.ContentRepository opened) {
        return ModuleGraph.over(this, opened);
    }
}
