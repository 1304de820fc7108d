package eu.innco.web.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.Http;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Issue 21: what the server's log back end writes. A real Jetty serves a servlet that logs as the
 * server's code does (a message with a visitor's input, a warning with an exception); the error
 * output is read back: one line per event, the request id on each, no mail address.
 */
class LogLinesTest {
    /** Logs two events inside a request, one with a line break and an address in it, one with an exception. */
    static final class Talkative extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) {
            var log = LoggerFactory.getLogger("eu.innco.web.TalkativeForTest");
            log.info("application from {} says {}", "ana.kowalska@example.org", "first line\nforged 2026-12-06T10:00:00.000Z INFO line");
            log.warn("something failed", new IllegalStateException("boom\nfor reader@example.org"));
            res.setStatus(204);
        }
    }

    @Test
    void every_event_of_a_request_is_one_line_with_its_request_id_and_no_address() throws Exception {
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addFilter(new FilterHolder(new RequestIds(true)), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new Talkative()), "/talk");
        jetty.setHandler(context);
        jetty.start();
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Http.Res r = new Http(URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/")).get("/talk", "X-Request-Id", "req-77.log");
            assertEquals(204, r.status());
            assertEquals("req-77.log", r.header("X-Request-Id"));
        } finally {
            System.setErr(original);
            jetty.stop();
        }
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("TalkativeForTest") || l.contains("Requests")).toList();
        assertEquals(3, lines.size(), "two events and the request's own line, one line each: " + lines);
        for (String l : lines) {
            assertTrue(l.endsWith("[request req-77.log]"), l);
            assertTrue(l.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (INFO|WARN) \\S+ - .*"), l);
            assertFalse(l.contains("@example.org"), l);
        }
        assertTrue(lines.get(0).contains("application from <address> says first line | forged"), lines.get(0));
        assertTrue(lines.get(1).contains("something failed | java.lang.IllegalStateException: boom | for <address> | at "), lines.get(1));
        assertTrue(lines.get(2).matches(".* INFO Requests - GET other 204 \\d+ ms \\[request req-77.log]"), lines.get(2));
    }

    @Test
    void the_json_format_writes_one_object_per_event_with_the_same_fields() throws Exception {
        LogLine json = LogLine.of("json");
        String line = json.line(java.time.Instant.parse("2026-12-06T10:00:00.123Z"), org.slf4j.event.Level.WARN, "eu.innco.web.X",
                "mail to someone@example.org\nfailed \"twice\"", new IllegalStateException("boom"), "req-1");
        assertFalse(line.contains("\n"), line);
        var node = Http.JSON.readTree(line);
        assertEquals("2026-12-06T10:00:00.123Z", node.path("time").asText());
        assertEquals("WARN", node.path("level").asText());
        assertEquals("eu.innco.web.X", node.path("logger").asText());
        assertEquals("mail to <address>\nfailed \"twice\"", node.path("message").asText());
        assertEquals("req-1", node.path("requestId").asText());
        assertTrue(node.path("exception").asText().startsWith("java.lang.IllegalStateException: boom\n\tat "), line);
        assertFalse(Http.JSON.readTree(json.line(java.time.Instant.now(), org.slf4j.event.Level.INFO, "a", "b", null, null)).has("requestId"));
    }
}
