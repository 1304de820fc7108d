package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Absolute addresses in pages, feeds, the sitemap, robots.txt and redirects come from the configured
 * public address, else from the server's own address, never from a request's Host header: a forged
 * one must not reach the answer, nor the cached answer everybody else gets.
 */
class ForgedHostTest {
    private static final String EVIL = "evil.example:6666";
    private static final List<String> PATHS = List.of("/", "/fr/", "/fr/case-studies", "/fr/about", "/fr/case-studies/no-such-case",
            "/fr/feeds/case-studies.atom", "/fr/feeds/events.atom", "/sitemap.xml", "/robots.txt");

    @Test
    void without_a_configured_address_the_servers_own_is_used_and_a_forged_host_goes_nowhere() throws Exception {
        try (InncoServer server = TestServer.start()) {
            String own = "http://127.0.0.1:" + server.port();
            for (String path : PATHS) {
                String forged = answer(server, path, EVIL);
                assertFalse(forged.contains("evil.example"), path + " repeats the forged Host:\n" + forged);
                String normal = answer(server, path, "127.0.0.1:" + server.port());
                assertFalse(normal.contains("evil.example"), path + " was cached with the forged Host:\n" + normal);
            }
            assertTrue(answer(server, "/sitemap.xml", EVIL).contains("<loc>" + own + "/fr/about</loc>"));
            assertTrue(answer(server, "/fr/about", EVIL).contains("<link rel=\"canonical\" href=\"" + own + "/fr/about\""));
        }
    }

    @Test
    void a_configured_public_address_is_the_one_in_every_absolute_link() throws Exception {
        try (InncoServer server = TestServer.start(Map.of("INNCO_PUBLIC_URL", "https://inn-co.example/"))) {
            for (String path : PATHS) {
                String a = answer(server, path, EVIL);
                assertFalse(a.contains("evil.example") || a.contains("127.0.0.1"), path + ":\n" + a);
            }
            assertTrue(answer(server, "/fr/feeds/events.atom", EVIL).contains("href=\"https://inn-co.example/fr/events\""));
            assertTrue(answer(server, "/robots.txt", EVIL).contains("Sitemap: https://inn-co.example/sitemap.xml"));
            assertTrue(answer(server, "/", EVIL).contains("Location: https://inn-co.example/"));
        }
    }

    @Test
    void a_public_address_that_is_not_one_stops_the_start_with_a_message() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TestServer.start(Map.of("INNCO_PUBLIC_URL", "inn-co.example/?x=1")).close());
        assertTrue(e.getMessage().contains("INNCO_PUBLIC_URL"), e.getMessage());
    }

    private static String answer(InncoServer server, String path, String host) throws Exception {
        return new String(RawBytes.exchange(server.uri(), path, host, "Accept: text/html", "Accept-Language: fr"), StandardCharsets.UTF_8);
    }
}
