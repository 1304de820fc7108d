package eu.innco.web;

import eu.innco.config.Settings;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Starts the application inside a servlet container (Tomcat 10.1, Jetty 12) from the WAR: the
 * same composition root as the embedded server, configured by the same environment variables.
 */
public final class WarListener implements ServletContextListener {
    private Services services;
    private eu.innco.web.metrics.Metrics metrics;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        services = Services.start(ServerConfig.from(Settings.fromEnvironment()));
        ServletContext ctx = event.getServletContext();
        ctx.addFilter("request-ids", new eu.innco.web.logging.RequestIds(Boolean.parseBoolean(services.config.settings().get("INNCO_LOG_REQUESTS", "false").trim())))
                .addMappingForUrlPatterns(null, false, "/*");
        metrics = new eu.innco.web.metrics.Metrics(services);
        ctx.addFilter("metrics", new eu.innco.web.metrics.MetricsFilter(metrics, services.config.settings().get("INNCO_METRICS_TOKEN", "")))
                .addMappingForUrlPatterns(null, false, "/*");
        ctx.addFilter("client-address", new ClientAddress(TrustedProxies.parse(services.config.settings().get("INNCO_TRUSTED_PROXIES", "")))).addMappingForUrlPatterns(null, false, "/*");
        ctx.addFilter("content-type", new ContentTypeGuard()).addMappingForUrlPatterns(null, false, "/*");
        ctx.addFilter("reach", new eu.innco.web.reach.ReachFilter(services.reach.counter)).addMappingForUrlPatterns(null, false, "/*");
        org.glassfish.jersey.server.ResourceConfig application = RestApplication.build(services);
        if (application.getProperty(eu.innco.web.portal.PortalPages.FAST_PATH) instanceof jakarta.servlet.Filter pages) {
            ctx.addFilter("portal-pages", pages).addMappingForUrlPatterns(null, true, "/*");
        }
        ServletRegistration.Dynamic jersey = ctx.addServlet("jersey", new ServletContainer(application));
        jersey.addMapping("/*");
        jersey.setLoadOnStartup(1);
        services.generatedAdminPassword.ifPresent(p ->
                ctx.log("First start: created the user 'admin' with the generated password " + p + " (shown only now)."));
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (metrics != null) metrics.close();
        if (services != null) services.close();
    }
}
