package eu.innco.web;

import eu.innco.assets.AssetService;
import eu.innco.content.ContentService;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.exports.Exporter;
import eu.innco.publishing.ExternalPublications;
import eu.innco.publishing.Publishing;
import eu.innco.publishing.webhook.WebhookLoader;
import eu.innco.delivery.DeliveryService;
import eu.innco.delivery.PreviewService;
import eu.innco.exports.Importer;
import eu.innco.site.SiteLocales;
import eu.innco.repository.ContentRepository;
import eu.innco.security.AccessPolicy;
import eu.innco.repository.StoreKind;
import eu.innco.security.AdminBootstrap;
import eu.innco.security.ApiTokens;
import eu.innco.security.Authenticator;
import eu.innco.security.SignInGate;
import eu.innco.security.PreviewTokens;
import eu.innco.web.delivery.DeliveryDoors;
import eu.innco.security.UserStore;
import eu.innco.validation.ContentValidator;
import eu.innco.wiring.ModuleGraph;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The composition root: every component of the product, built by plain constructors in
 * dependency order, and closed in reverse.
 */
public final class Services implements AutoCloseable {
    /** The module's objects, built as the commands and the tests build them; the fields below of the same names are its. */
    public final ModuleGraph module;
    public final ServerConfig config;
    public final Path lightModules;
    public final Path contentExports;
    public final Clock clock;
    public final ContentRepository repository;
    public final SiteLocales locales;
    public final ContentTypeRegistry types;
    public final ContentValidator validator;
    public final AccessPolicy policy;
    public final ContentService content;
    public final UserStore users;
    public final ApiTokens tokens;
    public final Authenticator authenticator;
    /** Growing delays after failed password sign-ins, per client address and user name (API and editor alike). */
    public final SignInGate signIns;
    public final Publishing publishing;
    public final AssetService assets;
    public final Importer importer;
    public final Exporter exporter;
    public final eu.innco.i18n.Languages languages;
    public final DeliveryService delivery;
    /** Publications made by the other servers on a PostgreSQL store, for this server's delivery index (never webhooks). */
    public final ExternalPublications external;
    public final PreviewService preview;
    public final PreviewTokens previewTokens;
    public final DeliveryDoors deliveryDoors;
    /** Trees of plain nodes in workspaces no content type declares (Magnolia's website, category...), imported from Magnolia's exports. */
    public final eu.innco.workspace.WorkspaceStore workspaces;
    /** Magnolia's template annotations of those trees' pages, from the light modules' templates. */
    public final eu.innco.workspace.TemplateAnnotations templateAnnotations;
    /** Groups' collaboration check-ups and their anonymous answers (apart from content). */
    public final eu.innco.checkup.CheckupStore checkups;
    /** Every mail the platform sends goes through this durable outbox. */
    public final eu.innco.mail.Outbox outbox;
    /** The network's joining side: applications, moderation, members. */
    public final eu.innco.network.Network network;
    /** Joint initiatives, messages between members, abuse reports (INNCO_ABUSE_TYPES, INNCO_CONTACT_PER_DAY). */
    public final eu.innco.exchange.initiatives.Collaboration collaboration;
    /** The network's exchange: offers and needs, matching, the weekly digest. */
    public final eu.innco.exchange.Exchange exchange;
    /** The site's public address for absolute URLs ({@code INNCO_PUBLIC_URL}, else the server's own), never a request's Host. */
    public final eu.innco.web.portal.PublicAddress publicAddress;
    /** Reach counts (no cookies, no addresses) and share links. */
    public final eu.innco.reach.Reach reach;
    /** Newsletters: subscribers with double opt-in, issues sent in batches that survive a restart. */
    public final eu.innco.newsletter.Newsletter newsletter;
    /** Hits and misses of the portal's page cache, for the metrics: the portal says where they are when it is built. */
    public final eu.innco.web.metrics.CacheFigures pageCache = new eu.innco.web.metrics.CacheFigures();
    /** Where this start's time went, phase by phase (logged once the server is ready). */
    public final eu.innco.web.startup.StartPhases phases = new eu.innco.web.startup.StartPhases();
    /** The admin password generated on this start, to be printed once; empty otherwise. */
    public final Optional<String> generatedAdminPassword;

    private Services(ServerConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.publicAddress = eu.innco.web.portal.PublicAddress.from(config);
        Path home = config.repository().home();
        this.lightModules = ResourceFolders.resolve("light-modules", config.lightModules(), home, "INNCO_LIGHT_MODULES");
        this.contentExports = ResourceFolders.resolve("content-exports", config.contentExports(), home, "INNCO_CONTENT_EXPORTS");
        // an existing store opens on another thread while the definitions are read; a new one only after them,
        // so that a broken definition stops the start before a repository is made
        eu.innco.web.startup.RepositoryOpening opening = eu.innco.web.startup.RepositoryOpening.begin(config.repository());
        eu.innco.wiring.ModuleDefinitions definitions;
        eu.innco.assets.ImagingDefinition imaging;
        java.util.List<eu.innco.publishing.webhook.WebhookDefinition> webhooks;
        // the trees of unchanged definition files come from the last start's record, not from SnakeYAML
        eu.innco.yaml.ParsedYaml parsed = parsedYaml(config);
        try {
            definitions = parsed.during(() -> eu.innco.wiring.ModuleDefinitions.load(lightModules));
            imaging = parsed.during(() -> eu.innco.assets.ImagingDefinition.load(lightModules));
            // not webhooks: one may hold its secret inline, and the record must not copy a secret
            webhooks = WebhookLoader.load(lightModules, config.settings());
            parsed.writeRecord();
        } catch (RuntimeException | Error e) {
            opening.abandon();
            throw e;
        }
        this.locales = definitions.locales();
        this.types = definitions.types();
        // parsing the ICU bundles takes a few hundred milliseconds: done on the second core while Oak starts,
        // and only for files that did not pass at an earlier start on this home
        eu.innco.i18n.messages.PassedChecks checks = passedChecks(config);
        java.util.concurrent.CompletableFuture<eu.innco.i18n.messages.Messages> bundles =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> eu.innco.i18n.messages.Messages.load(lightModules, locales, checks));
        phases.done("definitions");
        eu.innco.repository.ContentRepository opened = opening.get();
        phases.done("repository (waited for)");
        // the module's objects as the commands and the tests build them, with this server's settings and its delivery index
        ModuleGraph built = ModuleGraph.of(definitions, config.repository()).clock(clock)
                .publishing(config.publishing(), webhooks).delivery(indexFolder(config)).open(opened);
        phases.done("content types, publishing and delivery index");
        try {
            this.module = built;
            this.repository = built.repository;
            this.validator = built.validator;
            this.policy = built.policy;
            this.content = built.content;
            this.publishing = built.publishing;
            this.external = built.external();
            this.delivery = built.delivery();
            this.importer = built.importer;
            this.exporter = built.exporter;
            this.users = new UserStore(repository);
            this.tokens = new ApiTokens(repository);
            this.authenticator = new Authenticator(users, tokens);
            this.signIns = new SignInGate(clock);
            this.generatedAdminPassword = AdminBootstrap.ensureAdmin(users, config.adminPassword());
            this.preview = new PreviewService(repository, content, policy, delivery);
            this.previewTokens = new PreviewTokens(repository, clock);
            this.workspaces = new eu.innco.workspace.WorkspaceStore(repository, policy,
                    types.all().stream().map(eu.innco.contenttype.ContentTypeDefinition::workspace).collect(java.util.stream.Collectors.toSet()));
            workspaces.onChange(delivery::workspaceChanged); // items embedding those nodes are rendered again
            this.templateAnnotations = new eu.innco.workspace.TemplateAnnotations(workspaces,
                    eu.innco.workspace.TemplateDefinitions.load(lightModules));
            this.deliveryDoors = new DeliveryDoors(config.delivery(), delivery,
                    new eu.innco.workspace.WorkspaceDelivery(workspaces, delivery.itemTargets()));
            publishing.events.subscribe(deliveryDoors.geoJson);
            external.subscribe(deliveryDoors.geoJson);
            this.assets = built.assets(config.settings().getLong("INNCO_MAX_UPLOAD_BYTES", 20L * 1024 * 1024),
                    new eu.innco.assets.ImageRenditions(imaging, new eu.innco.assets.PixelLimit(config.settings().getLong("INNCO_IMAGE_MAX_PIXELS",
                            eu.innco.assets.PixelLimit.DEFAULT)), home.resolve("renditions"),
                            config.settings().getLong("INNCO_RENDITION_CACHE_MB", 256) * 1024 * 1024));
            this.languages = built.languages(loaded(bundles));
            this.checkups = new eu.innco.checkup.CheckupStore(repository, clock, new eu.innco.checkup.CheckupRetention(
                    java.time.Duration.ofDays(config.settings().getLong("INNCO_CHECKUP_UNUSED_DAYS", 30))));
            this.reach = new eu.innco.reach.Reach(repository, clock,
                    (int) config.settings().getLong("INNCO_REACH_FLUSH_SECONDS", 60), 100_000);
            FirstStartImport.runIfEmpty(config.importOnStart(), importer, contentExports);
            this.outbox = new eu.innco.mail.Outbox(repository, eu.innco.mail.MailSettings.from(config.settings()), clock);
            this.network = new eu.innco.network.Network(repository, content, assets, publishing, users, languages.messages, outbox, clock);
            this.newsletter = new eu.innco.newsletter.Newsletter(repository, languages.messages, locales, outbox, publishing.audit,
                    eu.innco.newsletter.NewsletterSettings.from(config.settings()), publicAddress::base, clock);
            this.collaboration = new eu.innco.exchange.initiatives.Collaboration(repository, content, publishing, network, languages.messages,
                    outbox, this::publicOrganisation, java.util.Set.copyOf(java.util.List.of(config.settings().get("INNCO_ABUSE_TYPES", "initiative,offer,need").split("\\s*,\\s*"))),
                    Math.max(1, config.settings().getInt("INNCO_CONTACT_PER_DAY", 10)), clock);
            this.exchange = new eu.innco.exchange.Exchange(lightModules, repository, content, publishing, external, delivery, network,
                    languages.messages, outbox, clock, publicAddress::base, Math.max(1, config.settings().getInt("INNCO_EXCHANGE_POSTS_PER_DAY", 20)));
            publishing.start();
            outbox.start();
            network.start();
            newsletter.start();
            collaboration.start();
            exchange.start(config.publishing().schedulerEnabled());
            phases.done("other services");
        } catch (RuntimeException e) {
            built.close();
            throw e;
        }
    }

    /** The bundles parsed in the background; a broken one stops the start with its own message. */
    private static eu.innco.i18n.messages.Messages loaded(java.util.concurrent.CompletableFuture<eu.innco.i18n.messages.Messages> bundles) {
        try {
            return bundles.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** Whether an organisation is public now in any site language (members may write only to those). */
    private boolean publicOrganisation(String id) {
        return locales.locales().stream().anyMatch(l -> delivery.byId("organisations", l, id).isPresent());
    }

    public static Services start(ServerConfig config) {
        return new Services(config, Clock.systemUTC());
    }

    /** With a clock of the caller's: tests move time instead of waiting for it. */
    public static Services start(ServerConfig config, Clock clock) {
        return new Services(config, clock);
    }

    /**
     * The bundle files that passed the ICU check, {@code $INNCO_HOME/cache/bundles-passed.txt}: none with the
     * memory store (tests check every start), and deleting it only makes the next start check them again.
     */
    static eu.innco.i18n.messages.PassedChecks passedChecks(ServerConfig config) {
        return config.repository().store() == StoreKind.MEMORY ? eu.innco.i18n.messages.PassedChecks.none()
                : eu.innco.i18n.messages.PassedChecks.at(config.repository().home().resolve("cache").resolve("bundles-passed.txt"));
    }

    /** The definition files parsed at the last start, {@code $INNCO_HOME/cache/definitions.bin}; none with the memory store. */
    static eu.innco.yaml.ParsedYaml parsedYaml(ServerConfig config) {
        return config.repository().store() == StoreKind.MEMORY ? eu.innco.yaml.ParsedYaml.none()
                : eu.innco.yaml.ParsedYaml.at(config.repository().home().resolve("cache").resolve("definitions.bin"));
    }

    /** The delivery index: in memory with the memory store, else {@code $INNCO_HOME/index}. */
    static Path indexFolder(ServerConfig config) {
        return config.repository().store() == StoreKind.MEMORY ? null : config.repository().home().resolve("index");
    }

    @Override
    public void close() {
        // the watch of other servers first and publishing before the GeoJSON snapshots: nothing sends
        // events to a closed listener; the module closes both again (a second close does nothing)
        external.close();
        exchange.close();
        collaboration.close();
        network.close();
        newsletter.close();
        outbox.close();
        reach.close();
        publishing.close();
        deliveryDoors.geoJson.close();
        module.close();
    }
}
