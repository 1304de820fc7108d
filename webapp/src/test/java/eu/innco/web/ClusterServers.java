package eu.innco.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Two real servers on free ports sharing one PostgreSQL database, as a cluster runs them: each its
 * own Oak cluster node id, delivery index and answer cache, both on Oak tables of a prefix of their
 * own. Closing stops both and drops those tables, so runs leave the database as they found it.
 */
public final class ClusterServers implements AutoCloseable {
    public final InncoServer a;
    public final InncoServer b;
    private final String url;
    private final String user;
    private final String password;
    private final String prefix;

    private ClusterServers(String url, String user, String password, String prefix, InncoServer a, InncoServer b) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.prefix = prefix;
        this.a = a;
        this.b = b;
    }

    /** The database the build names ({@code -Dinnco.test.jdbc.url}), or null when there is none. */
    public static String jdbcUrl() {
        String url = System.getProperty("innco.test.jdbc.url", "");
        return url.isBlank() ? null : url;
    }

    /** Starts both servers, each running the scheduler every second. */
    public static ClusterServers start() throws Exception {
        return start(Map.of());
    }

    /** The same, with more settings for both servers. */
    public static ClusterServers start(Map<String, String> more) throws Exception {
        String url = jdbcUrl();
        String user = System.getProperty("innco.test.jdbc.user", "postgres");
        String password = System.getProperty("innco.test.jdbc.password", "");
        // lower case: PostgreSQL folds Oak's unquoted table names, and the drop looks them up by this prefix
        String prefix = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_";
        Map<String, String> shared = new HashMap<>(more);
        shared.putAll(Map.of("INNCO_STORE", "postgres", "INNCO_JDBC_URL", url, "INNCO_JDBC_USER", user,
                "INNCO_JDBC_PASSWORD", password, "INNCO_JDBC_TABLE_PREFIX", prefix, "INNCO_SCHEDULER_INTERVAL_SECONDS", "1"));
        InncoServer a = null;
        try {
            a = TestServer.start(with(shared, "INNCO_CLUSTER_ID", "1"));
            InncoServer b = TestServer.start(with(shared, "INNCO_CLUSTER_ID", "2"));
            return new ClusterServers(url, user, password, prefix, a, b);
        } catch (Exception | Error e) {
            if (a != null) a.close();
            new ClusterServers(url, user, password, prefix, null, null).dropTables();
            throw e;
        }
    }

    private static Map<String, String> with(Map<String, String> m, String key, String value) {
        Map<String, String> out = new HashMap<>(m);
        out.put(key, value);
        return out;
    }

    /** Oak's tables of this pair still in the database. */
    List<String> tables() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement st = c.prepareStatement("select table_name from information_schema.tables "
                     + "where table_schema = current_schema() and starts_with(table_name, ?)")) {
            st.setString(1, prefix);
            List<String> names = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) names.add(rs.getString(1));
            }
            return names;
        }
    }

    /** Drops the Oak tables of {@code prefix} in the build's database, for tests that start servers on it themselves. */
    static void dropTables(String prefix) throws SQLException {
        new ClusterServers(jdbcUrl(), System.getProperty("innco.test.jdbc.user", "postgres"), System.getProperty("innco.test.jdbc.password", ""),
                prefix, null, null).dropTables();
    }

    private void dropTables() throws SQLException {
        List<String> names = tables();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            // a connection some server failed to give back must not hang the build
            st.execute("set lock_timeout = '10s'");
            for (String name : names) st.execute("drop table if exists \"" + name.replace("\"", "\"\"") + "\"");
        }
    }

    /** Stops both servers, then drops their tables. */
    @Override
    public void close() throws SQLException {
        try {
            if (b != null) b.close();
        } finally {
            try {
                if (a != null) a.close();
            } finally {
                dropTables();
            }
        }
    }
}
