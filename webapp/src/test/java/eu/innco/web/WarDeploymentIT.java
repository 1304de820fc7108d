package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/**
 * The built WAR deploys in a servlet container (Jetty 12 ee10, as Tomcat 10.1 would take it),
 * serves, and answers the same routes the same way as the embedded server of the jar.
 */
class WarDeploymentIT {
    /** Routes through each part of the setup: fast paths, Jersey, the portal, the editor, errors. */
    static final List<String> ROUTES = List.of(
            "/.rest/delivery/guides/collaborative-design-model?lang=en",
            "/.rest/delivery/guides@286c2ea8-a3cb-4eac-905f-6e2876822513",
            "/.rest/delivery/guides/collaborative-design-model?lang=xx",
            "/.rest/delivery/guides/no-such-guide",
            "/.rest/delivery/organisations?limit=2",
            "/.rest/delivery/nowhere",
            "/.rest/authoring/v1/types",
            "/en/",
            "/editor/login");
    /** Headers that say how an answer may be used; dates and ids that differ per server are left out. */
    static final List<String> HEADERS = List.of("Content-Type", "Cache-Control", "Vary", "Content-Language",
            "X-Content-Type-Options", "Content-Security-Policy", "WWW-Authenticate");

    @Test
    void the_war_deploys_and_answers_health_and_the_editor() throws Exception {
        Server server = startWar();
        try {
            Http http = new Http(warUri(server));
            Http.Res health = http.get("/.rest/health");
            assertEquals(200, health.status(), health.body());
            assertEquals("memory", health.json().path("store").asText());
            assertEquals(200, http.as("admin", "war-admin-password").get("/.rest/authoring/v1/types").status());
            assertEquals(200, http.get("/editor/login").status());
        } finally {
            server.stop();
        }
    }

    @Test
    void the_war_and_the_jar_answer_the_same_routes_the_same_way() throws Exception {
        Server war = startWar();
        try (InncoServer jar = TestServer.start(Map.of("INNCO_IMPORT_ON_START", "true"))) {
            Http fromWar = new Http(warUri(war));
            Http fromJar = new Http(jar.uri());
            List<String> differences = new ArrayList<>();
            for (String route : ROUTES) {
                String w = answer(fromWar.get(route));
                String j = answer(fromJar.get(route));
                if (!w.equals(j)) differences.add(route + "\n  war: " + w + "\n  jar: " + j);
            }
            assertEquals(List.of(), differences);
        } finally {
            war.stop();
        }
    }

    /** Status, the headers that matter and how the body is framed (a known length or chunks). */
    private static String answer(Http.Res r) {
        StringBuilder sb = new StringBuilder().append(r.status());
        for (String h : HEADERS) if (r.header(h) != null) sb.append(" | ").append(h).append(": ").append(r.header(h));
        sb.append(" | etag: ").append(r.header("ETag") != null);
        sb.append(" | length known: ").append(r.header("Content-Length") != null);
        if (r.contentType() != null && r.contentType().startsWith("application/problem+json")) {
            sb.append(" | code: ").append(r.json().path("code").asText());
        }
        return sb.toString();
    }

    private static Server startWar() throws Exception {
        File war = new File(System.getProperty("innco.war", "target/inn-co.war"));
        assertTrue(war.isFile(), "the WAR is built first: " + war);
        Path home = Files.createTempDirectory("innco-war");
        System.setProperty("INNCO_STORE", "memory");
        System.setProperty("INNCO_HOME", home.toString());
        System.setProperty("INNCO_ADMIN_PASSWORD", "war-admin-password");
        System.setProperty("INNCO_IMPORT_ON_START", "true");
        System.setProperty("INNCO_LIGHT_MODULES", TestServer.checkout().resolve("light-modules").toString());
        System.setProperty("INNCO_CONTENT_EXPORTS", TestServer.checkout().resolve("content-exports").toString());
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        WebAppContext app = new WebAppContext(war.getAbsolutePath(), "/");
        app.setTempDirectory(home.resolve("war-tmp").toFile());
        app.setThrowUnavailableOnStartupException(true);
        server.setHandler(app);
        server.start();
        return server;
    }

    private static URI warUri(Server server) {
        return URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/");
    }
}
