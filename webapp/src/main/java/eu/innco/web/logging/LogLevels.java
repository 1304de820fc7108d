package eu.innco.web.logging;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.event.Level;

/**
 * The level of each logger, from {@code innco-logging.properties} in the jar: {@code level} for all,
 * {@code level.<package or class>} for a part of the code (the longest match wins). Oak, Jetty and
 * Jersey log only warnings by default: their INFO lines say nothing an operator acts on.
 */
final class LogLevels {
    private final Level defaults;
    private final Map<String, Level> byPrefix;

    private LogLevels(Level defaults, Map<String, Level> byPrefix) {
        this.defaults = defaults;
        this.byPrefix = byPrefix;
    }

    static LogLevels load() {
        Properties p = new Properties();
        try (InputStream in = LogLevels.class.getResourceAsStream("/innco-logging.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // no file: INFO everywhere
        }
        Map<String, Level> prefixes = new TreeMap<>();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("level.")) prefixes.put(k.substring(6), level(p.getProperty(k)));
        }
        return new LogLevels(level(p.getProperty("level", "info")), prefixes);
    }

    Level of(String logger) {
        String best = null;
        for (String prefix : byPrefix.keySet()) {
            boolean matches = logger.equals(prefix) || logger.startsWith(prefix + ".");
            if (matches && (best == null || prefix.length() > best.length())) best = prefix;
        }
        return best == null ? defaults : byPrefix.get(best);
    }

    private static Level level(String name) {
        return Level.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
