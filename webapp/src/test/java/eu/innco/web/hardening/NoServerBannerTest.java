package eu.innco.web.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** No answer tells which server software and version runs the site, whoever answers it (Jersey, a fast path, Jetty itself). */
class NoServerBannerTest {
    private static InncoServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void no_answer_names_the_server_software() throws Exception {
        String host = "127.0.0.1:" + server.port();
        String[] answers = {
                RawHttp.get(server.uri(), "/.rest/health", host),
                RawHttp.get(server.uri(), "/fr/", host, "Accept: text/html"),
                RawHttp.get(server.uri(), "/.rest/delivery/organisations", host),
                RawHttp.get(server.uri(), "/there-is-nothing-here", host),
                // a request Jetty refuses itself, before the application sees it
                RawHttp.exchange(server.uri(), "GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.UTF_8)),
        };
        for (String a : answers) {
            String head = RawHttp.head(a).toLowerCase();
            assertTrue(head.startsWith("http/1.1 "), a);
            assertFalse(head.contains("\nserver:"), "a Server header in:\n" + head);
            assertFalse(head.contains("x-powered-by"), "an X-Powered-By header in:\n" + head);
            assertFalse(head.contains("jetty"), head);
        }
    }
}
