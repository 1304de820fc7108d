package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.InncoException;
import eu.innco.config.Settings;
import eu.innco.content.ListQuery;
import eu.innco.security.Actor;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstStartImportTest {
    @TempDir
    Path home;

    ServerConfig config(String contentExports) {
        return ServerConfig.from(Settings.of(Map.of("INNCO_PORT", "0", "INNCO_HOST", "127.0.0.1", "INNCO_STORE", "memory",
                "INNCO_LIGHT_MODULES", WebFixtures.lightModules().toString(), "INNCO_ADMIN_PASSWORD", "admin-password-for-tests",
                "INNCO_CONTENT_EXPORTS", WebFixtures.exports(contentExports).toString(), "INNCO_HOME", home.toString())));
    }

    @Test
    void an_empty_repository_gets_the_content_exports_on_first_start() {
        try (Services s = Services.start(config("site"))) {
            assertEquals(1, s.content.list(Actor.SYSTEM, "organisation", ListQuery.firstPage()).total());
            assertEquals(1, s.content.list(Actor.SYSTEM, "caseStudy", ListQuery.firstPage()).total());
        }
    }

    @Test
    void the_first_start_publishes_what_the_content_exports_mark_as_published() throws Exception {
        try (InncoServer server = TestServer.start(Map.of("INNCO_IMPORT_ON_START", "true"))) {
            Http http = new Http(server.uri());
            // every organisation is published in French; two are not published in English
            assertEquals(15, http.get("/.rest/delivery/organisations?lang=fr&limit=100").json().path("total").asInt());
            assertEquals(13, http.get("/.rest/delivery/organisations?lang=en&limit=100").json().path("total").asInt());
            JsonNode guide = http.get("/.rest/delivery/guides?lang=el").json().path("results").get(0);
            assertEquals("el", guide.path("@locale").asText(), guide.toString());
            // the Dutch version of this case study is a draft: Dutch readers get its French version
            JsonNode kitchen = null;
            for (JsonNode n : http.get("/.rest/delivery/caseStudies?lang=nl&limit=100").json().path("results")) {
                if (n.path("@name").asText().equals("shared-kitchen-lyon")) kitchen = n;
            }
            assertNotNull(kitchen);
            assertEquals("fr", kitchen.path("@locale").asText());
        }
    }

    @Test
    void a_broken_content_export_stops_the_start_naming_file_and_line() {
        InncoException e = assertThrows(InncoException.class, () -> Services.start(config("broken")).close());
        assertTrue(e.detail().contains("failed at organisations.no-country.yaml:4: 'country' must be one of"), e.detail());
        assertTrue(e.detail().contains("INNCO_IMPORT_ON_START=false"), e.detail());
    }
}
