package eu.innco.web.logging;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** A logger of {@link InncoLogProvider}: events at or above its level become one line on the error output. */
final class InncoLogger extends LegacyAbstractLogger {
    private final int threshold;
    private final transient LogLine format;

    InncoLogger(String name, Level level, LogLine format) {
        this.name = name;
        this.threshold = level.toInt();
        this.format = format;
    }

    private boolean enabled(Level l) {
        return l.toInt() >= threshold;
    }

    @Override public boolean isTraceEnabled() { return enabled(Level.TRACE); }
    @Override public boolean isDebugEnabled() { return enabled(Level.DEBUG); }
    @Override public boolean isInfoEnabled() { return enabled(Level.INFO); }
    @Override public boolean isWarnEnabled() { return enabled(Level.WARN); }
    @Override public boolean isErrorEnabled() { return enabled(Level.ERROR); }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args, Throwable thrown) {
        String message = MessageFormatter.basicArrayFormat(pattern, args);
        String line = format.line(java.time.Instant.now(), level, name, message, thrown, org.slf4j.MDC.get(RequestIds.MDC_KEY));
        // one call per line, so that lines of several threads never interleave
        System.err.println(line);
    }
}
