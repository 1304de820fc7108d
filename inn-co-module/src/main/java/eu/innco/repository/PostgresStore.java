package eu.innco.repository;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import eu.innco.ErrorCode;
import eu.innco.InncoException;
import java.util.Optional;
import org.apache.jackrabbit.oak.plugins.document.DocumentNodeStore;
import org.apache.jackrabbit.oak.plugins.document.rdb.RDBDocumentNodeStoreBuilder;
import org.apache.jackrabbit.oak.plugins.document.rdb.RDBOptions;
import org.apache.jackrabbit.oak.spi.commit.Observable;
import org.apache.jackrabbit.oak.spi.state.NodeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Oak's DocumentNodeStore on PostgreSQL: the clustered store. Oak creates its tables itself. */
final class PostgresStore implements OpenedStore {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresStore.class);
    private final HikariDataSource dataSource;
    private final DocumentNodeStore nodeStore;

    private PostgresStore(HikariDataSource dataSource, DocumentNodeStore nodeStore) {
        this.dataSource = dataSource;
        this.nodeStore = nodeStore;
    }

    static PostgresStore open(RepositoryConfig config) {
        if (config.jdbcUrl().isBlank()) {
            throw new InncoException(ErrorCode.REPOSITORY_004, "Missing JDBC URL",
                    "INNCO_STORE=postgres needs INNCO_JDBC_URL (like jdbc:postgresql://127.0.0.1:5432/innco), INNCO_JDBC_USER and INNCO_JDBC_PASSWORD");
        }
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.jdbcUrl());
        hc.setUsername(config.jdbcUser());
        hc.setPassword(config.jdbcPassword());
        hc.setMaximumPoolSize(10);
        hc.setPoolName("innco-oak");
        hc.setInitializationFailTimeout(10_000);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw new InncoException(ErrorCode.REPOSITORY_005, "PostgreSQL unreachable",
                    "Cannot connect to " + config.jdbcUrl() + " as '" + config.jdbcUser() + "': " + rootMessage(e), java.util.List.of(), e);
        }
        try {
            RDBDocumentNodeStoreBuilder builder = RDBDocumentNodeStoreBuilder.newRDBDocumentNodeStoreBuilder()
                    .setRDBConnection(ds, new RDBOptions().tablePrefix(config.tablePrefix()));
            if (config.clusterId() > 0) builder.setClusterId(config.clusterId());
            DocumentNodeStore ns = builder.build();
            LOG.info("Oak DocumentNodeStore on {} (tables {}*), cluster node id {}", config.jdbcUrl().replaceAll("\\?.*", ""),
                    config.tablePrefix(), ns.getClusterId());
            return new PostgresStore(ds, ns);
        } catch (RuntimeException e) {
            ds.close();
            if (config.clusterId() > 0 && String.valueOf(e.getMessage()).contains("already in use")) {
                throw new InncoException(ErrorCode.REPOSITORY_012, "Cluster node id in use",
                        "INNCO_CLUSTER_ID=" + config.clusterId() + " belongs to a server that is running (or stopped without a clean "
                                + "shutdown less than two minutes ago); give every server its own id, or 0 to let Oak pick one",
                        java.util.List.of(), e);
            }
            throw e;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage();
    }

    @Override public NodeStore nodeStore() { return nodeStore; }

    @Override public Optional<Observable> shared() { return Optional.of(nodeStore); }

    @Override
    public void close() {
        try {
            nodeStore.dispose();
        } finally {
            dataSource.close();
        }
    }
}
