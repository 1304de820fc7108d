package eu.innco.web;

import java.net.URI;
import eu.innco.web.delivery.CeilingHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
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
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private InncoServer(Services services) {
        this.services = services;
        QueuedThreadPool threads = new QueuedThreadPool(400, 8);
        threads.setName("innco-http");
        this.server = new Server(threads);
        this.connector = new DrainingConnector(server, DRAIN_MILLIS);
        // 200 people answering a check-up at once open 200 connections at once: beyond the JDK's default listen
        // backlog (50) the kernel drops the handshake's last step while the acceptor lags, and the client waits or is reset
        connector.setAcceptQueueSize(1024);
        connector.setPort(services.config.port());
        connector.setHost(services.config.host());
        server.addConnector(connector);
        this.local = new org.eclipse.jetty.server.LocalConnector(server);
        server.addConnector(local);
        ServletContextHandler context = new ServletContextHandler("/");
        this.metrics = WebSetup.install(context.getServletContext(), services, false);
        Handler handler = NodeHandler.inFront(context, services, metrics);
        if (services.config.delivery().benchCeiling()) handler = new CeilingHandler(handler);
        server.setHandler(connector.tracking(new GracefulHandler(handler)));
        server.setErrorHandler(new ProblemErrorHandler());
        server.setStopTimeout(DRAIN_MILLIS);
        server.setStopAtShutdown(false);
        services.phases.done("web application");
    }

    /** Builds every component, then starts listening. */
    public static InncoServer start(ServerConfig config) throws Exception {
        return start(config, java.time.Clock.systemUTC());
    }

    /** With the caller's clock, for tests that move time rather than sleep. */
    public static InncoServer start(ServerConfig config, java.time.Clock clock) throws Exception {
        Services services = Services.start(config, clock);
        InncoServer s = new InncoServer(services);
        try {
            s.server.start();
            services.publicAddress.listeningOn(s.port());
            services.phases.done("HTTP server");
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

    /** Stops once: a test (or a shutdown hook) that closes again finds nothing left to do. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
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
