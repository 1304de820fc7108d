package eu.innco.web;

import eu.innco.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A real server on a free port with an in-memory repository and the checkout's light modules. */
public final class TestServer {
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private TestServer() {}

    public static InncoServer start() throws Exception {
        return start(Map.of());
    }

    public static InncoServer start(Map<String, String> overrides) throws Exception {
        return start(overrides, java.time.Clock.systemUTC());
    }

    /** With a clock the test moves (see {@code eu.innco.TestClock}) instead of sleeping. */
    public static InncoServer start(Map<String, String> overrides, java.time.Clock clock) throws Exception {
        Map<String, String> s = new HashMap<>();
        s.put("INNCO_PORT", "0");
        s.put("INNCO_HOST", "127.0.0.1");
        s.put("INNCO_STORE", "memory");
        s.put("INNCO_ADMIN_PASSWORD", ADMIN_PASSWORD);
        s.put("INNCO_LIGHT_MODULES", checkout().resolve("light-modules").toString());
        s.put("INNCO_CONTENT_EXPORTS", checkout().resolve("content-exports").toString());
        s.put("INNCO_IMPORT_ON_START", "false");
        s.put("INNCO_HOME", Files.createTempDirectory("innco-test").toString());
        s.putAll(overrides);
        return InncoServer.start(ServerConfig.from(Settings.of(s)), clock);
    }

    /** The root of the checkout (the folder with the parent pom). */
    public static Path checkout() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("light-modules/inn-co")) && Files.exists(p.resolve("pom.xml"))) return p;
        }
        throw new IllegalStateException("checkout not found above " + Path.of("").toAbsolutePath());
    }
}
