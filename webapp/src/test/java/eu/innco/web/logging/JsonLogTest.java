package eu.innco.web.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.web.ChildServer;
import eu.innco.web.Http;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21: with INNCO_LOG_FORMAT=json a real server writes its log as JSON lines, the request's id in those of a request. */
class JsonLogTest {
    @Test
    void a_server_asked_for_json_logs_json_lines_and_the_request_line_names_the_request(@TempDir Path home) throws Exception {
        try (ChildServer child = ChildServer.start(home, Map.of("INNCO_STORE", "memory", "INNCO_LOG_FORMAT", "json",
                "INNCO_LOG_REQUESTS", "true"))) {
            Http http = new Http(child.uri());
            assertEquals("json-req-1", http.get("/.rest/health", "X-Request-Id", "json-req-1").header("X-Request-Id"));
            JsonNode request = null;
            for (int i = 0; i < 100 && request == null; i++) {
                for (JsonNode n : logLines(child.log())) if ("json-req-1".equals(n.path("requestId").asText())) request = n;
                if (request == null) Thread.sleep(100);
            }
            assertTrue(request != null, "the request's line: " + child.log());
            assertTrue(request.path("message").asText().matches("GET health 200 \\d+ ms"), request.toString());
            assertEquals("eu.innco.web.Requests", request.path("logger").asText());
            List<JsonNode> all = logLines(child.log());
            assertTrue(all.stream().anyMatch(n -> n.path("level").asText().equals("WARN") && n.path("logger").asText().endsWith("Outbox")),
                    "the start-up's log lines are JSON too: " + child.log());
            for (String line : child.log().lines().toList()) {
                assertFalse(line.matches("\\d{4}-\\d\\d-\\d\\d[T ][0-9:.]+Z? (TRACE|DEBUG|INFO|WARN|ERROR) .*"), "a text log line: " + line);
            }
        }
    }

    /** The lines of the child's output that are log events (its start-up banner on standard output is not). */
    static List<JsonNode> logLines(String output) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : output.lines().toList()) if (line.startsWith("{\"time\":")) out.add(Http.JSON.readTree(line));
        return out;
    }
}
