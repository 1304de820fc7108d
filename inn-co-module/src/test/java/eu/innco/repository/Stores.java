package eu.innco.repository;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stores that repository tests run against: memory and segment always, PostgreSQL when the
 * build is given a database ({@code -Dinnco.test.jdbc.url=jdbc:postgresql://...}, as CI does).
 * Each PostgreSQL config gets its own table prefix, so tests never share tables; the tables of
 * every prefix handed out are dropped when the test JVM ends, so runs leave the database as they found it.
 */
public final class Stores {
    private static final Set<String> PREFIXES = ConcurrentHashMap.newKeySet();

    static {
        // at the end rather than per test: the stores are closed by then, whichever test opened them
        Runtime.getRuntime().addShutdownHook(new Thread(Stores::dropTables, "drop-test-tables"));
    }

    private Stores() {}

    public static String jdbcUrl() {
        String url = System.getProperty("innco.test.jdbc.url", "");
        return url.isBlank() ? null : url;
    }

    public static RepositoryConfig postgres() {
        // lower case: PostgreSQL folds Oak's unquoted table names, and the drop looks them up by this prefix
        String prefix = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_";
        PREFIXES.add(prefix);
        return RepositoryConfig.postgres(jdbcUrl(), user(), password(), prefix);
    }

    private static String user() {
        return System.getProperty("innco.test.jdbc.user", "postgres");
    }

    private static String password() {
        return System.getProperty("innco.test.jdbc.password", "");
    }

    /** Oak's tables whose names start with the prefix. */
    private static List<String> tables(String prefix) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), user(), password());
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

    private static void dropTables() {
        if (PREFIXES.isEmpty()) return;
        try (Connection c = DriverManager.getConnection(jdbcUrl(), user(), password()); Statement st = c.createStatement()) {
            // a store some test left open must not hang the end of the build
            st.execute("set lock_timeout = '10s'");
            for (String prefix : PREFIXES) {
                for (String name : tables(prefix)) st.execute("drop table if exists \"" + name.replace("\"", "\"\"") + "\"");
            }
        } catch (SQLException e) {
            System.err.println("test tables not dropped (" + PREFIXES + "): " + e);
        }
    }

    /** Every store kind available here; segment ones in folders under {@code temp}. */
    public static List<RepositoryConfig> all(Path temp) {
        List<RepositoryConfig> list = new ArrayList<>();
        list.add(RepositoryConfig.memory());
        list.add(RepositoryConfig.segment(temp.resolve("segment-" + UUID.randomUUID())));
        if (jdbcUrl() != null) list.add(postgres());
        return list;
    }
}
