package eu.innco.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where configuration values come from, strongest first: JVM system properties
 * ({@code -DINNCO_PORT=9090}), environment variables, then an optional properties file
 * ({@code $INNCO_HOME/innco.properties} or the file named by {@code INNCO_CONFIG}).
 */
public final class Settings {
    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Reads the process's own environment, system properties and properties file. */
    public static Settings fromEnvironment() {
        Map<String, String> merged = new HashMap<>();
        String home = firstNonBlank(System.getProperty("INNCO_HOME"), System.getenv("INNCO_HOME"), "./var");
        String file = firstNonBlank(System.getProperty("INNCO_CONFIG"), System.getenv("INNCO_CONFIG"),
                Path.of(home, "innco.properties").toString());
        merged.putAll(readProperties(Path.of(file)));
        System.getenv().forEach((k, v) -> { if (k.startsWith("INNCO_")) merged.put(k, v); });
        System.getProperties().forEach((k, v) -> {
            if (k.toString().startsWith("INNCO_")) merged.put(k.toString(), v.toString());
        });
        return new Settings(merged);
    }

    /** Settings from an explicit map, for tests and embedding. */
    public static Settings of(Map<String, String> values) {
        return new Settings(values);
    }

    public Settings with(String key, String value) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put(key, value);
        return new Settings(copy);
    }

    public Optional<String> get(String key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    public String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    public int getInt(String key, int defaultValue) {
        return get(key).map(v -> parseInt(key, v)).orElse(defaultValue);
    }

    public long getLong(String key, long defaultValue) {
        Optional<String> v = get(key);
        if (v.isEmpty()) return defaultValue;
        try {
            return Long.parseLong(v.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got '" + v.get() + "'");
        }
    }

    private static int parseInt(String key, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got '" + v + "'");
        }
    }

    private static Map<String, String> readProperties(Path file) {
        Map<String, String> out = new HashMap<>();
        if (!Files.isRegularFile(file)) return out;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read configuration file " + file + ": " + e.getMessage(), e);
        }
        p.forEach((k, v) -> out.put(k.toString(), v.toString()));
        return out;
    }

    private static String firstNonBlank(String... candidates) {
        for (String c : candidates) if (c != null && !c.isBlank()) return c;
        return null;
    }
}
