package eu.innco.repository;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The stores that repository tests run against: memory and segment always, PostgreSQL when the
 * build is given a database ({@code -Dinnco.test.jdbc.url=jdbc:postgresql://...}, as CI does).
 * Each PostgreSQL config gets its own table prefix, so tests never share tables.
 */
public final class Stores {
    private Stores() {}

    public static String jdbcUrl() {
        String url = System.getProperty("innco.test.jdbc.url", "");
        return url.isBlank() ? null : url;
    }

    public static RepositoryConfig postgres() {
        String prefix = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_";
        return RepositoryConfig.postgres(jdbcUrl(), System.getProperty("innco.test.jdbc.user", "postgres"),
                System.getProperty("innco.test.jdbc.password", ""), prefix);
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
