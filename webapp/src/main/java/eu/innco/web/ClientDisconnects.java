package eu.innco.web;

import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;

/**
 * A visitor who closes the tab while an answer is being written is not a server error: Jersey reports
 * it at SEVERE with a stack trace ("An I/O error has occurred while writing a response message entity"),
 * which buries the real errors. This filter turns exactly those reports (the cause is Jetty's
 * end-of-stream on a connection the client closed) into one debug line; any other I/O error, such as a
 * failing read of the repository while streaming, is still logged as Jersey logs it.
 */
final class ClientDisconnects implements Filter {
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(ClientDisconnects.class);
    /** Kept here: java.util.logging holds loggers weakly, and a collected logger forgets its filter. */
    private static final Logger RESPONDER = Logger.getLogger("org.glassfish.jersey.server.ServerRuntime$Responder");

    /** Jetty's and Tomcat's exceptions for a connection the client closed (by name: the WAR may run in either). */
    private static final java.util.Set<String> CLOSED_BY_CLIENT = java.util.Set.of("org.eclipse.jetty.io.EofException",
            "org.apache.catalina.connector.ClientAbortException");

    private ClientDisconnects() {}

    /** Installs the filter once (the embedded server and the WAR both build the application through here). */
    static synchronized void quiet() {
        if (!(RESPONDER.getFilter() instanceof ClientDisconnects)) RESPONDER.setFilter(new ClientDisconnects());
    }

    @Override
    public boolean isLoggable(LogRecord r) {
        if (r.getLevel().intValue() < Level.WARNING.intValue() || !byClient(r.getThrown())) return true;
        LOG.debug("The client closed the connection before the answer was written: {}", r.getThrown().toString());
        return false;
    }

    /** True when the failure is the connection closing under the writer, not something of ours. */
    static boolean byClient(Throwable t) {
        for (int depth = 0; t != null && depth < 10; t = t.getCause(), depth++) {
            if (CLOSED_BY_CLIENT.contains(t.getClass().getName())) return true;
        }
        return false;
    }
}
