package eu.innco.web;

import eu.innco.config.Settings;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Starts the application inside a servlet container (Tomcat 10.1, Jetty 12) from the WAR: the
 * same composition root and servlet setup ({@link WebSetup}) as the embedded server, configured by
 * the same environment variables.
 */
public final class WarListener implements ServletContextListener {
    private Services services;
    private eu.innco.web.metrics.Metrics metrics;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        services = Services.start(ServerConfig.from(Settings.fromEnvironment()));
        ServletContext ctx = event.getServletContext();
        metrics = WebSetup.install(ctx, services, true);
        services.generatedAdminPassword.ifPresent(p ->
                ctx.log("First start: created the user 'admin' with the generated password " + p + " (shown only now)."));
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (metrics != null) metrics.close();
        if (services != null) services.close();
    }
}
