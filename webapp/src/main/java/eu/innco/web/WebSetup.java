package eu.innco.web;

import eu.innco.web.delivery.DeliveryWeb;
import eu.innco.web.metrics.Metrics;
import eu.innco.web.metrics.MetricsFilter;
import eu.innco.web.portal.PortalPages;
import eu.innco.web.reach.ReachFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.EnumSet;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The one servlet setup of the application, the same for the embedded server and the WAR: the
 * filters in the order they must see a request, the fast paths, then Jersey for everything else.
 */
final class WebSetup {
    private WebSetup() {}

    /**
     * Registers everything on {@code ctx}; the returned metrics are closed with the application.
     * {@code jerseyAtStart}: a container deploying the WAR initialises both Jersey applications
     * while deploying (a broken resource fails the deployment); the jar initialises the site's as
     * it starts (Jetty initialises a servlet given as an instance at once) and the editor's at its
     * first request ({@link LazyJersey}).
     */
    static Metrics install(ServletContext ctx, Services services, boolean jerseyAtStart) {
        // first of all: the request id is in every log line written for the request, and in its answer
        boolean requestLines = Boolean.parseBoolean(services.config.settings().get("INNCO_LOG_REQUESTS", "false").trim());
        filter(ctx, "request-ids", new eu.innco.web.logging.RequestIds(requestLines), "/*");
        // then: every request is timed, those answered by the fast paths and caches below too
        Metrics metrics = new Metrics(services);
        filter(ctx, "metrics", new MetricsFilter(metrics, services.config.settings().get("INNCO_METRICS_TOKEN", "")), "/*");
        filter(ctx, "client-address", new ClientAddress(TrustedProxies.parse(services.config.settings().get("INNCO_TRUSTED_PROXIES", ""))), "/*");
        filter(ctx, "content-type", new ContentTypeGuard(), "/*");
        // before the fast paths, so that pages and delivery answers from their caches are counted too
        filter(ctx, "reach", new ReachFilter(services.reach.counter), "/*");
        RestApplication.Applications applications = RestApplication.build(services);
        ResourceConfig application = applications.site();
        if (application.getProperty(PortalPages.FAST_PATH) instanceof Filter pages) filter(ctx, "portal-pages", pages, "/*");
        filter(ctx, "delivery-nodes", DeliveryWeb.fastPath(services.deliveryDoors), "/.rest/delivery/*");
        filter(ctx, "editor", new LazyJersey(applications.editor(), jerseyAtStart), RestApplication.EDITOR_PATHS.toArray(String[]::new));
        ServletRegistration.Dynamic jersey = ctx.addServlet("jersey", new ServletContainer(application));
        jersey.addMapping("/*");
        if (jerseyAtStart) jersey.setLoadOnStartup(1);
        return metrics;
    }

    /** After the filters registered before it: the order of the calls above is the order of the chain. */
    private static void filter(ServletContext ctx, String name, Filter filter, String... paths) {
        ctx.addFilter(name, filter).addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, paths);
    }
}
