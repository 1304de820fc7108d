package eu.innco.web.startup;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads Jersey's classes on the second core while the main thread opens the repository and the
 * index. Initialising the application's Jersey was a sixth to a third of a start at 10,000 items,
 * most of it class loading and linking that depends on nothing of ours: a throwaway application
 * with one resource, JSON and multipart goes through the same machinery, so the real one finds
 * most classes loaded. It serves nothing and is dropped; a failure only costs the head start.
 */
public final class JerseyPreload {
    private static final Logger LOG = LoggerFactory.getLogger(JerseyPreload.class);

    private JerseyPreload() {}

    /** Starts it on a daemon thread; returns at once. */
    public static void inBackground() {
        Thread t = new Thread(JerseyPreload::run, "innco-preload");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try {
            ResourceConfig rc = new ResourceConfig();
            rc.property(ServerProperties.WADL_FEATURE_DISABLE, true);
            rc.property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
            rc.register(JacksonFeature.withoutExceptionMappers());
            rc.register(org.glassfish.jersey.media.multipart.MultiPartFeature.class);
            rc.register(Probe.class);
            new ApplicationHandler(rc);
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("Jersey preload stopped: {}", e.toString());
        }
    }

    /** The one resource of the throwaway application, so that the resource model is built too. */
    @Path("preload")
    public static final class Probe {
        @GET
        public String get() {
            return "";
        }
    }
}
