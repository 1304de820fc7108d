package eu.innco.web;

import java.net.URI;
import eu.innco.web.delivery.CeilingHandler;
import eu.innco.web.delivery.DeliveryWeb;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded Jetty server around the application; stopping it drains requests, then closes the repository. */
public final class InncoServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InncoServer.class);
    private static final long DRAIN_MILLIS = 10_000;

    private final Services services;
    private final Server server;
    private final DrainingConnector connector;
    /** In-process only (no socket): the warm-up's requests. */
    private final org.eclipse.jetty.server.LocalConnector local;
    private final eu.innco.web.metrics.Metrics metrics;

    private InncoServer(Services services) {
        this.services = services;
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("innco-http");
        this.server = new Server(threads);
        this.connector = new DrainingConnector(server, DRAIN_MILLIS);
        connector.setPort(services.config.port());
        connector.setHost(services.config.host());
        server.addConnector(connector);
        this.local = new org.eclipse.jetty.server.LocalConnector(server);
        server.addConnector(local);
        ServletContextHandler context = new ServletContextHandler("/");
        // first: every request is timed, those answered by the fast paths and caches below too
        this.metrics = new eu.innco.web.metrics.Metrics(services);
        context.addFilter(new FilterHolder(new eu.innco.web.metrics.MetricsFilter(metrics, services.config.settings().get("INNCO_METRICS_TOKEN", ""))),
                "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new org.eclipse.jetty.ee10.servlet.FilterHolder(new ClientAddress()), "/*",
                java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new ContentTypeGuard()), "/*", EnumSet.of(DispatcherType.REQUEST));
        // before the fast paths, so that pages and delivery answers from their caches are counted too
        context.addFilter(new FilterHolder(new eu.innco.web.reach.ReachFilter(services.reach.counter)), "/*", EnumSet.of(DispatcherType.REQUEST));
        org.glassfish.jersey.server.ResourceConfig application = RestApplication.build(services);
        context.addServlet(new ServletHolder("jersey", new ServletContainer(application)), "/*");
        if (application.getProperty(eu.innco.web.portal.PortalPages.FAST_PATH) instanceof jakarta.servlet.Filter pages) {
            context.addFilter(new FilterHolder(pages), "/*", EnumSet.of(DispatcherType.REQUEST));
        }
        context.addFilter(new FilterHolder(DeliveryWeb.fastPath(services.deliveryDoors)), "/.rest/delivery/*", EnumSet.of(DispatcherType.REQUEST));
        Handler handler = services.config.delivery().benchCeiling() ? new CeilingHandler(context) : context;
        server.setHandler(new GracefulHandler(connector.tracking(handler)));
        server.setErrorHandler(new ProblemErrorHandler());
        server.setStopTimeout(DRAIN_MILLIS);
        server.setStopAtShutdown(false);
    }

    /** Builds every component, then starts listening. */
    public static InncoServer start(ServerConfig config) throws Exception {
        Services services = Services.start(config);
        InncoServer s = new InncoServer(services);
        try {
            s.server.start();
            services.publicAddress.listeningOn(s.port());
        } catch (Exception e) {
            s.server.stop();
            services.close();
            throw e;
        }
        return s;
    }

    public int port() {
        return connector.getLocalPort();
    }

    public URI uri() {
        String host = services.config.host().equals("0.0.0.0") ? "localhost" : services.config.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Answers a raw HTTP request through the whole stack, in process; the raw response (empty when it took over a minute). */
    public String inProcess(String rawRequest) {
        try {
            String r = local.getResponse(rawRequest, 60, java.util.concurrent.TimeUnit.SECONDS);
            return r == null ? "" : r;
        } catch (Exception e) {
            throw new IllegalStateException("in-process request failed: " + e, e);
        }
    }

    public Services services() {
        return services;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("HTTP server stop failed: {}", e.toString());
        } finally {
            metrics.close();
            services.close();
        }
    }
}
