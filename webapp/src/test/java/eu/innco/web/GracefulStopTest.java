package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import eu.innco.repository.ContentRepository;
import eu.innco.repository.RepositoryConfig;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while a request is under way: the request is finished and answered, then the server stops.
 * While requests keep coming, kept-alive connections idle at the stop stay open, and a request sent on
 * one is refused with a 503 that closes it: never met by a connection closed under it, which a proxy
 * must answer with a 502 when the request was a POST.
 */
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

    @Test
    void while_requests_keep_coming_no_idle_connection_is_closed_under_one(@TempDir Path home) throws Exception {
        int connections = 40;
        List<Socket> idle = new ArrayList<>();
        try (ChildServer child = ChildServer.start(home, Map.of("INNCO_SCHEDULER", "false"))) {
            String health = "GET /.rest/health HTTP/1.1\r\nHost: " + child.uri().getAuthority() + "\r\n\r\n";
            try {
                for (int i = 0; i < connections; i++) {
                    Socket s = new Socket(child.uri().getHost(), child.uri().getPort());
                    idle.add(s);
                    s.setSoTimeout(30_000);
                    s.getOutputStream().write(health.getBytes(StandardCharsets.US_ASCII));
                    assertTrue(readResponse(s.getInputStream()).startsWith("HTTP/1.1 200"));
                }
                long start = System.nanoTime();
                child.process().destroy(); // SIGTERM
                long lastRefusal = -1;
                for (Socket s : idle) {
                    Thread.sleep(50); // well inside the quiet period the stop waits for
                    long at = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    s.getOutputStream().write(health.getBytes(StandardCharsets.US_ASCII));
                    String head = readHead(s.getInputStream());
                    if (!head.startsWith("HTTP/1.1 200") && !head.startsWith("HTTP/1.1 503")) {
                        child.process().waitFor(15, TimeUnit.SECONDS); // so that the log says how the stop went on
                        fail("a request sent " + at + " ms into the stop on a connection open before it is answered, not cut: '" + head
                                + "'; the server's log:\n" + child.log());
                    }
                    if (head.startsWith("HTTP/1.1 503")) {
                        lastRefusal = at;
                        assertTrue(head.toLowerCase(Locale.ROOT).contains("connection: close"), head);
                    }
                }
                assertTrue(lastRefusal > 1_200, "requests were still refused, not cut, past the 1 s Jetty gives idle connections: " + lastRefusal);
                assertTrue(child.process().waitFor(30, TimeUnit.SECONDS), "then it stops");
            } finally {
                for (Socket s : idle) s.close();
            }
        }
    }

    /** The head of one response, or what came before the connection ended. */
    private static String readHead(InputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        try {
            while (!head.toString().endsWith("\r\n\r\n")) {
                int c = in.read();
                if (c < 0) return head + "<closed>";
                head.append((char) c);
            }
        } catch (java.net.SocketException e) {
            return head + "<" + e.getMessage() + ">";
        }
        return head.toString();
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
