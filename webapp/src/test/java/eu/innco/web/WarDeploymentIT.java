package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/** The built WAR deploys in a servlet container (Jetty 12 ee10, as Tomcat 10.1 would take it) and serves. */
class WarDeploymentIT {
    @Test
    void the_war_deploys_and_answers_health_and_the_editor() throws Exception {
        File war = new File(System.getProperty("innco.war", "target/inn-co.war"));
        assertTrue(war.isFile(), "the WAR is built first: " + war);
        Path home = Files.createTempDirectory("innco-war");
        System.setProperty("INNCO_STORE", "memory");
        System.setProperty("INNCO_HOME", home.toString());
        System.setProperty("INNCO_ADMIN_PASSWORD", "war-admin-password");
        System.setProperty("INNCO_IMPORT_ON_START", "false");
        System.setProperty("INNCO_LIGHT_MODULES", TestServer.checkout().resolve("light-modules").toString());
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
        try {
            Http http = new Http(java.net.URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/"));
            Http.Res health = http.get("/.rest/health");
            assertEquals(200, health.status(), health.body());
            assertEquals("memory", health.json().path("store").asText());
            assertEquals(200, http.as("admin", "war-admin-password").get("/.rest/authoring/v1/types").status());
            assertEquals(200, http.get("/editor/login").status());
        } finally {
            server.stop();
        }
    }
}
