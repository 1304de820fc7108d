package eu.innco.web.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The server's own SLF4J back end (named in META-INF/services): one line per event on the error
 * output, as text or as JSON ({@code INNCO_LOG_FORMAT=json}), with the request id of the request
 * being served. Jetty, Oak, Jersey (through jul-to-slf4j) and our code all log through it.
 */
public final class InncoLogProvider implements SLF4JServiceProvider {
    private ILoggerFactory loggers;
    private IMarkerFactory markers;
    private MDCAdapter mdc;

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        markers = new BasicMarkerFactory();
        mdc = new BasicMDCAdapter();
        LogLevels levels = LogLevels.load();
        LogLine format = LogLine.of(setting("INNCO_LOG_FORMAT"));
        java.util.concurrent.ConcurrentHashMap<String, InncoLogger> made = new java.util.concurrent.ConcurrentHashMap<>();
        loggers = name -> made.computeIfAbsent(name, n -> new InncoLogger(n, levels.of(n), format));
    }

    /** Read before the server's settings exist: a system property, else the environment. */
    static String setting(String name) {
        String v = System.getProperty(name);
        return v != null ? v : System.getenv(name);
    }
}
