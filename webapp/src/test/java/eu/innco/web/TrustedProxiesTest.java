package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Behind a trusted proxy the limits count the visitor's address; a header from anyone else counts for nothing. */
class TrustedProxiesTest {
    @Test
    void the_client_is_the_right_most_address_that_is_not_a_trusted_proxy() {
        TrustedProxies p = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8, ::1");
        assertEquals("203.0.113.7", p.client("127.0.0.1", "203.0.113.7"));
        assertEquals("203.0.113.7", p.client("127.0.0.1", "198.51.100.1, 203.0.113.7, 10.1.2.3"), "a visitor's own header left of the real one");
        assertEquals("2001:db8::5", p.client("0:0:0:0:0:0:0:1", "2001:db8::5"));
        assertEquals("10.1.2.3", p.client("127.0.0.1", "not-an-address, 10.1.2.3"), "garbage stops at the last hop a proxy named");
        assertEquals("127.0.0.1", p.client("127.0.0.1", null));
    }

    @Test
    void a_header_from_an_untrusted_connection_is_ignored() {
        assertEquals("198.51.100.9", TrustedProxies.parse("127.0.0.1").client("198.51.100.9", "203.0.113.7"));
        assertEquals("127.0.0.1", TrustedProxies.parse("").client("127.0.0.1", "203.0.113.7"), "trusting none is the default");
    }

    @Test
    void a_setting_that_is_not_addresses_stops_the_start() {
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.example.org"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
    }

    @Test
    void rate_limits_count_each_forwarded_visitor_apart_only_behind_a_trusted_proxy() throws Exception {
        // one token back a minute: at 6 a minute, ten seconds of a loaded machine gave one back and a 429 became a 200
        Map<String, String> limits = Map.of("INNCO_RATE_LIMIT_PER_MINUTE", "1", "INNCO_RATE_LIMIT_BURST", "3");
        try (InncoServer trusting = TestServer.start(with(limits, "INNCO_TRUSTED_PROXIES", "127.0.0.1"));
             InncoServer plain = TestServer.start(limits)) {
            assertEquals(List.of(200, 200, 200, 429, 200), statuses(new Http(trusting.uri())), "the second visitor has a bucket of its own");
            assertEquals(List.of(200, 200, 200, 429, 429), statuses(new Http(plain.uri())), "a header nobody vouches for changes nothing");
        }
    }

    private static List<Integer> statuses(Http http) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < 4; i++) out.add(http.get("/.rest/delivery/organisations?lang=en", "X-Forwarded-For", "203.0.113.7").status());
        out.add(http.get("/.rest/delivery/organisations?lang=en", "X-Forwarded-For", "203.0.113.8").status());
        return out;
    }

    private static Map<String, String> with(Map<String, String> m, String k, String v) {
        Map<String, String> out = new java.util.HashMap<>(m);
        out.put(k, v);
        return out;
    }
}
