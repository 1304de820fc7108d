package eu.innco.repository;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import eu.innco.ErrorKind;
import eu.innco.InncoException;
import org.apache.jackrabbit.oak.plugins.document.DocumentNodeStore;
import org.apache.jackrabbit.oak.plugins.document.rdb.RDBDocumentNodeStoreBuilder;
import org.apache.jackrabbit.oak.plugins.document.rdb.RDBOptions;
import org.apache.jackrabbit.oak.spi.state.NodeStore;

/** Oak's DocumentNodeStore on PostgreSQL: the clustered store. Oak creates its tables itself. */
final class PostgresStore implements OpenedStore {
    private final HikariDataSource dataSource;
    private final DocumentNodeStore nodeStore;

    private PostgresStore(HikariDataSource dataSource, DocumentNodeStore nodeStore) {
        this.dataSource = dataSource;
        this.nodeStore = nodeStore;
    }

    static PostgresStore open(RepositoryConfig config) {
        if (config.jdbcUrl().isBlank()) {
            throw new InncoException(ErrorKind.UNAVAILABLE, "INNCO-REPOSITORY-004", "Missing JDBC URL",
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
            throw new InncoException(ErrorKind.UNAVAILABLE, "INNCO-REPOSITORY-005", "PostgreSQL unreachable",
                    "Cannot connect to " + config.jdbcUrl() + " as '" + config.jdbcUser() + "': " + rootMessage(e), java.util.List.of(), e);
        }
        try {
            DocumentNodeStore ns = RDBDocumentNodeStoreBuilder.newRDBDocumentNodeStoreBuilder()
                    .setRDBConnection(ds, new RDBOptions().tablePrefix(config.tablePrefix()))
                    .build();
            return new PostgresStore(ds, ns);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage();
    }

    @Override public NodeStore nodeStore() { return nodeStore; }

    @Override
    public void close() {
        try {
            nodeStore.dispose();
        } finally {
            dataSource.close();
        }
    }
}
