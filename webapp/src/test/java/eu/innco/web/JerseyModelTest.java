package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.Test;

/**
 * The served application skips Jersey's check of its resource model at each start (issue 18); this
 * test runs that check on the same model instead: no resource method is ambiguous, unreachable or
 * otherwise refused, and Jersey reports no model warning.
 */
class JerseyModelTest {
    @Test
    void the_resource_model_passes_jerseys_validation() throws Exception {
        List<LogRecord> reported = new CopyOnWriteArrayList<>();
        Handler keep = new Handler() {
            @Override public void publish(LogRecord r) { if (r.getLevel().intValue() >= Level.WARNING.intValue()) reported.add(r); }
            @Override public void flush() {}
            @Override public void close() {}
        };
        Logger errors = Logger.getLogger("org.glassfish.jersey.internal.Errors");
        errors.addHandler(keep);
        errors.warning("probe");
        assertEquals(1, reported.size(), "the test sees the warnings Jersey's check logs");
        reported.clear();
        try (InncoServer server = TestServer.start()) {
            RestApplication.Applications applications = RestApplication.build(server.services());
            for (ResourceConfig rc : applications.both()) {
                assertEquals(Boolean.TRUE, rc.getProperty(ServerProperties.RESOURCE_VALIDATION_DISABLE), "the served model is not checked at start");
                rc.property(ServerProperties.RESOURCE_VALIDATION_DISABLE, false);
                // a model with a fatal issue throws here (ModelValidationException)
                ApplicationHandler checked = new ApplicationHandler(rc);
                assertTrue(checked.getConfiguration().getClasses().size() + checked.getConfiguration().getInstances().size() > 25,
                        "the whole application was checked");
            }
        } finally {
            errors.removeHandler(keep);
        }
        assertEquals(List.of(), reported.stream().map(r -> r.getLevel() + " " + r.getMessage()).toList(), "Jersey's model warnings");
    }
}
