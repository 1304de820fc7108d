package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.config.Settings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The delivery side of the command line and start-up: generate, reindex, endpoint definitions checked at start, OpenAPI. */
class DeliveryCommandsTest {
    record Run(int code, String out, String err) {}

    static Run run(String command, List<String> args, Map<String, String> settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(command, args, Settings.of(settings), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path copyLightModules(Path to) throws Exception {
        Path from = TestServer.checkout().resolve("light-modules");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }

    @Test
    void generate_writes_published_items_and_reindex_rebuilds_the_index_that_the_server_then_serves(@TempDir Path home) throws Exception {
        Map<String, String> s = Map.of("INNCO_HOME", home.toString(), "INNCO_IMPORT_ON_START", "false",
                "INNCO_LIGHT_MODULES", TestServer.checkout().resolve("light-modules").toString());
        Run gen = run("generate", List.of("--items", "12"), s);
        assertEquals(0, gen.code(), gen.err());
        assertTrue(gen.out().contains("Generated and published 12 items"), gen.out());
        Run re = run("reindex", List.of(), s);
        assertEquals(0, re.code(), re.err());
        assertTrue(re.out().matches("(?s)Reindexed 96 documents into .*"), re.out());
        try (Stream<Path> files = Files.walk(home.resolve("index"))) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        try (InncoServer server = TestServer.start(Map.of("INNCO_STORE", "segment", "INNCO_HOME", home.toString()))) {
            JsonNode orgs = new Http(server.uri()).get("/.rest/delivery/organisations?lang=pl").json();
            assertEquals(6, orgs.path("total").asInt(), "the deleted index was rebuilt at start");
            JsonNode studies = new Http(server.uri()).get("/.rest/delivery/caseStudies?lang=el&limit=1").json();
            assertTrue(studies.path("results").get(0).path("organisations").get(0).has("@name"), "references expanded");
        }
    }

    @Test
    void a_broken_endpoint_definition_stops_the_start_naming_file_and_line(@TempDir Path dir) throws Exception {
        Path modules = copyLightModules(dir.resolve("light-modules"));
        Files.writeString(modules.resolve("inn-co/restEndpoints/delivery/tours.yaml"),
                "class: info.magnolia.rest.delivery.jcr.v2.JcrDeliveryEndpointDefinition\nworkspace: tours\ndepth: 99\n");
        Run r = run("serve", List.of(), Map.of("INNCO_STORE", "memory", "INNCO_PORT", "0", "INNCO_LIGHT_MODULES", modules.toString(),
                "INNCO_HOME", dir.toString()));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("inn-co/restEndpoints/delivery/tours.yaml:3"), r.err());
        assertTrue(r.err().contains("depth must be a whole number from 0 to 20"), r.err());
    }

    @Test
    void the_openapi_document_describes_every_delivery_endpoint() throws Exception {
        try (InncoServer server = TestServer.start()) {
            JsonNode paths = new Http(server.uri()).get("/.rest/openapi.json").json().path("paths");
            for (String ep : List.of("organisations", "caseStudies", "workshopMaterials", "guides", "successConditions", "techniques",
                    "events", "campaigns", "initiatives")) {
                assertTrue(paths.has("/.rest/delivery/" + ep), ep);
                assertTrue(paths.has("/.rest/delivery/" + ep + "/{path}"), ep);
                assertTrue(paths.has("/.rest/delivery/" + ep + "@{id}"), ep);
            }
            JsonNode params = paths.path("/.rest/delivery/caseStudies").path("get").path("parameters");
            assertTrue(params.toString().contains("\"publicationDate\""), params.toString());
            assertTrue(params.toString().contains("\"lang\""));
            JsonNode ok = paths.path("/.rest/delivery/caseStudies/{path}").path("get").path("responses").path("200");
            String language = ok.path("headers").path("Content-Language").path("description").asText();
            assertTrue(language.contains("a node's @locale") && language.contains("for a list the resolved locale"), ok.toString());
        }
    }
}
