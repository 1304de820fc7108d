package eu.innco.web;

import eu.innco.config.Settings;
import eu.innco.publishing.PublishingConfig;
import eu.innco.repository.RepositoryConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The server's settings, each from an environment variable (or system property, or
 * {@code $INNCO_HOME/innco.properties}).
 *
 * @param port           {@code INNCO_PORT}: HTTP port, default 8080; 0 picks a free port
 * @param host           {@code INNCO_HOST}: interface to listen on, default all (0.0.0.0)
 * @param repository     the {@code INNCO_STORE}, {@code INNCO_HOME} and {@code INNCO_JDBC_*} settings
 * @param lightModules   {@code INNCO_LIGHT_MODULES}: the folder holding {@code inn-co/}; default the checkout's
 *                       {@code light-modules/} when run from one, else the copy packed in the jar
 * @param contentExports {@code INNCO_CONTENT_EXPORTS}: the content imported on first start; same defaults
 * @param adminPassword  {@code INNCO_ADMIN_PASSWORD}: the first admin's password; generated and printed once when unset
 * @param maxBodyBytes   {@code INNCO_MAX_BODY_BYTES}: largest JSON request body, default 1 MiB
 * @param importOnStart  {@code INNCO_IMPORT_ON_START}: import content-exports into an empty repository, default true
 * @param publishing     the scheduler and webhook settings ({@code INNCO_SCHEDULER*}, {@code INNCO_WEBHOOK_*})
 * @param delivery       the delivery API's settings: caching, CORS, rate limit
 * @param settings       every setting, for definitions that name one (a webhook's {@code secretEnv})
 */
public record ServerConfig(int port, String host, RepositoryConfig repository, Optional<Path> lightModules,
                           Optional<Path> contentExports, Optional<String> adminPassword, long maxBodyBytes,
                           boolean importOnStart, PublishingConfig publishing, eu.innco.web.delivery.DeliverySettings delivery,
                           Settings settings) {

    public static ServerConfig from(Settings s) {
        return new ServerConfig(s.getInt("INNCO_PORT", 8080), s.get("INNCO_HOST", "0.0.0.0"), RepositoryConfig.from(s),
                s.get("INNCO_LIGHT_MODULES").map(Path::of), s.get("INNCO_CONTENT_EXPORTS").map(Path::of),
                s.get("INNCO_ADMIN_PASSWORD"), s.getLong("INNCO_MAX_BODY_BYTES", 1024 * 1024),
                !"false".equalsIgnoreCase(s.get("INNCO_IMPORT_ON_START", "true")), PublishingConfig.from(s),
                eu.innco.web.delivery.DeliverySettings.from(s), s);
    }

    /** Never prints a secret. */
    @Override
    public String toString() {
        return "ServerConfig[port=" + port + ", host=" + host + ", " + repository + "]";
    }

    /** The settings as start-up prints them: secrets masked. */
    public Map<String, String> describe(Path resolvedLightModules, Path resolvedContentExports) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("INNCO_PORT", Integer.toString(port));
        m.put("INNCO_HOST", host);
        m.putAll(repository.describe());
        m.put("INNCO_LIGHT_MODULES", resolvedLightModules.toString());
        m.put("INNCO_CONTENT_EXPORTS", resolvedContentExports.toString());
        m.put("INNCO_ADMIN_PASSWORD", adminPassword.isPresent() ? "******" : "(unset: generated on first start)");
        m.put("INNCO_MAX_BODY_BYTES", Long.toString(maxBodyBytes));
        m.put("INNCO_IMPORT_ON_START", Boolean.toString(importOnStart));
        m.put("INNCO_SCHEDULER", publishing.schedulerEnabled() + ", every " + publishing.schedulerInterval().toSeconds() + " s");
        m.putAll(delivery.describe());
        m.putAll(eu.innco.web.portal.PortalSettings.from(settings).describe());
        m.putAll(eu.innco.mail.MailSettings.from(settings).describe());
        return m;
    }
}
