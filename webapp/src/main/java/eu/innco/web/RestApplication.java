package eu.innco.web;

import eu.innco.web.api.Authentication;
import eu.innco.web.api.ContentExportsResource;
import eu.innco.web.api.HealthResource;
import eu.innco.web.api.ItemsResource;
import eu.innco.web.api.OpenApiDocument;
import eu.innco.web.api.OpenApiResource;
import eu.innco.web.api.AssetsResource;
import eu.innco.web.api.AuditResource;
import eu.innco.web.api.PublicationResource;
import eu.innco.web.api.PublishingPaths;
import eu.innco.web.api.ReleasesResource;
import eu.innco.web.api.SchedulesResource;
import eu.innco.web.api.TokensResource;
import eu.innco.web.api.VersionsResource;
import eu.innco.web.api.WebhooksResource;
import eu.innco.web.api.TypesResource;
import eu.innco.web.delivery.DeliveryWeb;
import eu.innco.web.editor.Editor;
import eu.innco.web.editor.EditorPages;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** The Jersey application: every resource and filter, constructed with its dependencies. */
final class RestApplication {
    /*
     * Jersey warns once per resource registered as an instance, claiming it will be ignored, which is
     * false (eclipse-ee4j/jersey#3700): thirty wrong warnings at each start would hide the real ones.
     * The logger is held here because java.util.logging keeps only weak references to configured loggers.
     */
    private static final java.util.logging.Logger PROVIDER_CHECK = quiet("org.glassfish.jersey.internal.inject.Providers");

    private RestApplication() {}

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    /**
     * The two Jersey applications. {@code site}: the portal, the delivery API and everything else the
     * public reaches, initialised as the server starts. {@code editor}: the editor's pages and the
     * authoring API under {@link #EDITOR_PATHS}, whose model is a third of Jersey's start and which a
     * few editors use, initialised at its first request (see {@link LazyJersey}). Both are built here,
     * with the same providers, so that only the building of Jersey's model waits.
     */
    record Applications(ResourceConfig site, ResourceConfig editor) {
        java.util.List<ResourceConfig> both() { return java.util.List.of(site, editor); }
    }

    /** What the editor's application answers, all of it: no resource of the site's has a path below these. */
    static final java.util.List<String> EDITOR_PATHS = java.util.List.of("/editor/*", "/.rest/authoring/*", "/.rest/nodes/*", "/.rest/template-annotations/*");

    static Applications build(Services s) {
        ClientDisconnects.quiet();
        ErrorPages errorPages = new ErrorPages();
        JsonBodies bodies = new JsonBodies(s.config.maxBodyBytes());
        Authentication authentication = new Authentication(s.authenticator, s.publishing::loginFailed, s.signIns, s.publicAddress::base);
        SecurityHeaders securityHeaders = new SecurityHeaders(s.config.settings().get("INNCO_MAP_TILE_HOSTS", ""));
        ResourceConfig rc = common(s, errorPages, authentication, securityHeaders);
        ResourceConfig ed = common(s, errorPages, authentication, securityHeaders);
        OpenApiDocument openApi = new OpenApiDocument(s.types, s.locales);
        openApi.contribute(new PublishingPaths(s.types)::addTo);
        openApi.contribute(eu.innco.web.api.TranslationPaths::addTo);
        openApi.contribute(eu.innco.web.exchange.abuse.ExchangePaths::addTo);
        openApi.contribute(eu.innco.web.exchange.MatchesOpenApi::addTo);
        DeliveryWeb.register(rc, ed, s.deliveryDoors, s.preview, s.previewTokens, authentication, s.users, s.policy, bodies, s.locales, openApi);
        eu.innco.web.graphql.GraphqlWeb.register(rc, s.delivery, s.types, s.preview,
                new eu.innco.web.delivery.PreviewAuthentication(authentication, s.previewTokens, s.users), bodies, openApi);
        rc.register(new HealthResource(s.repository));
        rc.register(new OpenApiResource(openApi));
        ed.register(new TypesResource(s.types));
        ed.register(new ItemsResource(s.content, bodies));
        ed.register(new TokensResource(s.tokens, bodies));
        ed.register(new PublicationResource(s.publishing, bodies));
        ed.register(new VersionsResource(s.publishing.versions, s.types, s.content.valuesJson(), bodies));
        ed.register(new SchedulesResource(s.publishing.scheduling));
        ed.register(new ReleasesResource(s.publishing.releases, s.policy, bodies));
        ed.register(new AuditResource(s.publishing.audit, s.policy));
        ed.register(new WebhooksResource(s.publishing.webhooks, s.policy));
        ed.register(new AssetsResource(s.assets, new eu.innco.content.ItemJson(s.content.valuesJson()), s.types, s.locales));
        rc.register(new DamResource(s.assets));
        openApi.contribute(new DamPaths(s.assets.renditions().definition())::addTo);
        rc.register(new eu.innco.web.delivery.PreviewFilesResource(s.assets));
        openApi.contribute(eu.innco.web.delivery.PreviewFilesResource::addTo);
        openApi.contribute(new eu.innco.web.workspace.WorkspacesOpenApi(s.delivery.endpoints())::addTo);
        ed.register(new ContentExportsResource(s.importer, s.exporter));
        ed.register(new eu.innco.web.workspace.WorkspacesResource(s.workspaces,
                new eu.innco.workspace.ItemTrees(s.repository, s.types), s.policy, s.importer));
        ed.register(new eu.innco.web.workspace.TemplateAnnotationsResource(s.templateAnnotations));
        ed.register(new eu.innco.web.workspace.NodesResource(s.workspaces,
                new eu.innco.workspace.WorkspaceNodesEditor(s.repository, s.policy, s.workspaces), s.policy));
        Templates templates = new Templates(s.lightModules);
        StaticFiles files = new StaticFiles(s.lightModules);
        rc.register(files);
        rc.register(new WebJars());
        rc.register(eu.innco.web.map.Basemap.get());
        eu.innco.web.portal.Portal portal = new eu.innco.web.portal.Portal(s, templates, files);
        eu.innco.web.portal.PortalPages.register(rc, portal, errorPages, securityHeaders);
        eu.innco.web.network.NetworkWeb.register(rc, s, new eu.innco.web.portal.PortalFrame(portal));
        eu.innco.web.newsletter.NewsletterWeb.register(rc, s, new eu.innco.web.portal.PortalFrame(portal));
        eu.innco.web.exchange.initiatives.ExchangeRegistration.register(rc, ed, s, new eu.innco.web.portal.PortalFrame(portal));
        eu.innco.web.exchange.ExchangeWeb.register(rc, s, new eu.innco.web.portal.PortalFrame(portal));
        Editor editor = new Editor(s, templates, files);
        EditorPages.register(ed, editor, s, errorPages, new eu.innco.web.portal.PortalPreview(portal));
        eu.innco.web.newsletter.IssuePages.register(ed, editor, s);
        ed.register(new eu.innco.web.api.TranslationsResource(s.languages, s.content));
        return new Applications(rc, ed);
    }

    /**
     * The properties and providers both applications have. The sign-in filter, the security headers
     * and the error pages are one instance each, shared (none keeps state per application); the
     * other providers are made once per application.
     */
    private static ResourceConfig common(Services s, ErrorPages errorPages, Authentication authentication, SecurityHeaders securityHeaders) {
        ResourceConfig rc = new ResourceConfig();
        rc.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        // checking the resource model took a seventh of Jersey's start (issue 18); JerseyModelTest checks the same model with it on
        rc.property(ServerProperties.RESOURCE_VALIDATION_DISABLE, true);
        rc.property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        rc.property(ServerProperties.BV_SEND_ERROR_IN_RESPONSE, false);
        rc.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        rc.register(JacksonFeature.withoutExceptionMappers());
        rc.register(new CurrentRequest());
        rc.register(new BodyLimits(s.config.maxBodyBytes(), s.assets.maxBytes()));
        rc.register(new ErrorMappers.Innco(errorPages));
        rc.register(new ErrorMappers.Web(errorPages));
        rc.register(new ErrorMappers.Constraints());
        rc.register(new ErrorMappers.Unexpected());
        rc.register(authentication);
        rc.register(org.glassfish.jersey.media.multipart.MultiPartFeature.class);
        rc.register(securityHeaders);
        return rc;
    }
}