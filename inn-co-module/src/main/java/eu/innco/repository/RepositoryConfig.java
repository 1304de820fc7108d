package eu.innco.repository;

import eu.innco.config.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to open the repository.
 *
 * @param store        {@code INNCO_STORE}: segment (default), memory or postgres
 * @param home         {@code INNCO_HOME}: the data folder, default {@code ./var}; the segment store is in {@code repository/}
 * @param jdbcUrl      {@code INNCO_JDBC_URL}: PostgreSQL JDBC URL, for the postgres store
 * @param jdbcUser     {@code INNCO_JDBC_USER}
 * @param jdbcPassword {@code INNCO_JDBC_PASSWORD}: masked when printed
 * @param tablePrefix  {@code INNCO_JDBC_TABLE_PREFIX}: prefix of Oak's tables, default none; lets several repositories share a database
 * @param clusterId    {@code INNCO_CLUSTER_ID}: this server's Oak cluster node id on the postgres store, 1 or more, unique
 *                     among the servers; default 0, Oak picks a free one (a second server started from the same folder
 *                     of the same machine then waits about ten seconds while Oak checks that the first one is alive)
 * @param minFreeBytes {@code INNCO_MIN_FREE_MB}: writes are refused with a 503 while less is free on the file system of
 *                     {@code home} (the segment store and the delivery index), default 64 MB; 0 turns the check off
 */
public record RepositoryConfig(StoreKind store, Path home, String jdbcUrl, String jdbcUser, String jdbcPassword,
                               String tablePrefix, int clusterId, long minFreeBytes) {
    /** The default of {@code INNCO_MIN_FREE_MB}: room for a few of the largest uploads and a delivery index rebuild. */
    public static final long DEFAULT_MIN_FREE_MB = 64;

    public RepositoryConfig {
        if (minFreeBytes < 0) throw new IllegalArgumentException("INNCO_MIN_FREE_MB must be 0 or more, got " + minFreeBytes / (1024 * 1024));
        if (clusterId < 0) throw new IllegalArgumentException("INNCO_CLUSTER_ID must be 0 (automatic) or a positive number, got " + clusterId);
    }

    public static RepositoryConfig from(Settings s) {
        return new RepositoryConfig(StoreKind.parse(s.get("INNCO_STORE", "segment")), Path.of(s.get("INNCO_HOME", "./var")),
                s.get("INNCO_JDBC_URL", ""), s.get("INNCO_JDBC_USER", ""), s.get("INNCO_JDBC_PASSWORD", ""),
                s.get("INNCO_JDBC_TABLE_PREFIX", ""), s.getInt("INNCO_CLUSTER_ID", 0),
                s.getLong("INNCO_MIN_FREE_MB", DEFAULT_MIN_FREE_MB) * 1024 * 1024);
    }

    public static RepositoryConfig memory() {
        return new RepositoryConfig(StoreKind.MEMORY, Path.of("./var"), "", "", "", "", 0, DEFAULT_MIN_FREE_MB * 1024 * 1024);
    }

    public static RepositoryConfig segment(Path home) {
        return new RepositoryConfig(StoreKind.SEGMENT, home, "", "", "", "", 0, DEFAULT_MIN_FREE_MB * 1024 * 1024);
    }

    public static RepositoryConfig postgres(String url, String user, String password, String prefix) {
        return new RepositoryConfig(StoreKind.POSTGRES, Path.of("./var"), url, user, password, prefix, 0, DEFAULT_MIN_FREE_MB * 1024 * 1024);
    }

    /** The same settings for another server of the cluster, with its own Oak cluster node id. */
    public RepositoryConfig withClusterId(int id) {
        return new RepositoryConfig(store, home, jdbcUrl, jdbcUser, jdbcPassword, tablePrefix, id, minFreeBytes);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "RepositoryConfig" + describe();
    }

    /** The same settings with another free-space threshold. */
    public RepositoryConfig withMinFreeBytes(long bytes) {
        return new RepositoryConfig(store, home, jdbcUrl, jdbcUser, jdbcPassword, tablePrefix, clusterId, bytes);
    }

    public Path segmentFolder() {
        return home.resolve("repository");
    }

    /** What start-up prints: secrets masked, only what applies to the store. */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("INNCO_STORE", store.label());
        m.put("INNCO_HOME", home.toAbsolutePath().normalize().toString());
        if (store != StoreKind.MEMORY) m.put("INNCO_MIN_FREE_MB", Long.toString(minFreeBytes / (1024 * 1024)));
        if (store == StoreKind.POSTGRES) {
            m.put("INNCO_JDBC_URL", jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1******"));
            m.put("INNCO_JDBC_USER", jdbcUser);
            m.put("INNCO_JDBC_PASSWORD", jdbcPassword.isEmpty() ? "(empty)" : "******");
            m.put("INNCO_JDBC_TABLE_PREFIX", tablePrefix);
            m.put("INNCO_CLUSTER_ID", clusterId == 0 ? "0 (automatic)" : Integer.toString(clusterId));
        }
        return m;
    }
}
