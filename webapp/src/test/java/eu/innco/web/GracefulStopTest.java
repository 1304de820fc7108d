package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.repository.ContentRepository;
import eu.innco.repository.RepositoryConfig;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM while a request is under way: the request is finished and answered, then the server stops. */
class GracefulStopTest {
    @Test
    void a_request_in_flight_when_sigterm_arrives_is_answered_and_its_write_kept(@TempDir Path home) throws Exception {
        byte[] body = "{\"properties\": {\"name\": \"Drained Coop\", \"country\": \"PL\"}}".getBytes(StandardCharsets.UTF_8);
        int half = body.length / 2;
        String answer;
        try (ChildServer child = ChildServer.start(home, Map.of("INNCO_SCHEDULER", "false"));
             Socket socket = new Socket(child.uri().getHost(), child.uri().getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            // a first request on the same connection proves the server has accepted it before the stop begins
            out.write(("GET /.rest/health HTTP/1.1\r\nHost: " + child.uri().getAuthority() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertTrue(readResponse(in).startsWith("HTTP/1.1 200"));
            String auth = Base64.getEncoder().encodeToString(("admin:" + TestServer.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
            out.write(("POST /.rest/authoring/v1/items/organisation HTTP/1.1\r\nHost: " + child.uri().getAuthority()
                    + "\r\nAuthorization: Basic " + auth + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, half);
            out.flush();
            Thread.sleep(1_000); // the server has the headers and waits for the rest of the body
            child.process().destroy(); // SIGTERM
            Thread.sleep(1_000);
            assertTrue(child.process().isAlive(), "the server waits for the request in flight: " + child.log());
            out.write(body, half, body.length - half);
            out.flush();
            answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(child.process().waitFor(30, TimeUnit.SECONDS), "then it stops");
            assertTrue(child.log().contains("Repository closed"), child.log());
        }
        assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
        try (ContentRepository repo = ContentRepository.start(RepositoryConfig.segment(home))) {
            assertEquals(Boolean.TRUE, repo.read(s -> s.nodeExists("/organisations/drained-coop")), "the drained request's write is kept");
        }
    }

    @Test
    void an_idle_kept_alive_connection_does_not_hold_up_the_stop(@TempDir Path home) throws Exception {
        try (ChildServer child = ChildServer.start(home, Map.of("INNCO_SCHEDULER", "false"));
             Socket socket = new Socket(child.uri().getHost(), child.uri().getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /.rest/health HTTP/1.1\r\nHost: " + child.uri().getAuthority() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            assertTrue(readResponse(socket.getInputStream()).startsWith("HTTP/1.1 200"));
            long start = System.nanoTime();
            child.process().destroy();
            assertTrue(child.process().waitFor(30, TimeUnit.SECONDS));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis < 6_000, "an idle connection is closed at once, not after the 10 s drain: " + millis + " ms");
        }
    }

    /** One HTTP/1.1 response with a Content-Length, read off a kept-alive connection. */
    private static String readResponse(InputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) break;
            head.append((char) c);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(head);
        assertTrue(m.find(), "a response with a length: " + head);
        in.readNBytes(Integer.parseInt(m.group(1)));
        return head.toString();
    }
}
