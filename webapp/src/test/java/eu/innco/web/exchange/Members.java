package eu.innco.web.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.innco.network.ApplicationFields;
import eu.innco.network.Member;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import eu.innco.web.InncoServer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Members of the network made the way moderation makes them, then signed in on the portal like a person. */
final class Members {
    static final String PASSWORD = "Brussels-Nicosia-2026!";

    /** A signed-in member and its organisation. */
    record Signed(ExchangeClient client, Member member, String organisation) {}

    private Members() {}

    static Signed join(InncoServer server, String name, String country, String city, double lat, double lon, String locale, String email)
            throws Exception {
        var net = server.services().network;
        ApplicationFields f = new ApplicationFields(name, "association", country, city, lat, lon, List.of("Q"), List.of(locale),
                "Une organisation de l’économie sociale qui travaille avec ses voisins.", "", "Contact " + name, email);
        String id = net.joining.apply(f, Optional.empty(), locale, "2026-12-06", server.uri() + "/" + locale + "/join/confirm?t=");
        String organisation = net.moderation.approve(Actor.SYSTEM, id, server.uri() + "/" + locale + "/account/password?t=");
        Member m = net.accounts.memberByEmail(email).orElseThrow();
        server.services().users.setPassword(m.username(), PASSWORD);
        ExchangeClient c = new ExchangeClient(server.uri());
        Map<String, String> h = ExchangeClient.hidden(c.get("/" + locale + "/account/login").body());
        assertEquals(303, c.post("/" + locale + "/account/login", "_csrf", h.get("_csrf"), "_stamp", h.get("_stamp"), "email", email,
                "password", PASSWORD).statusCode());
        return new Signed(c, m, organisation);
    }

    /** A partner editor whose partner organisation is {@code partner}; returns the Basic authorization header. */
    static String editor(InncoServer server, String username, String partner) {
        server.services().users.create(username, PASSWORD, Set.of(Role.EDITOR), partner, Set.of(), false);
        return "Basic " + java.util.Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The session's CSRF token, read from the member's account page. */
    static String csrf(ExchangeClient c, String locale) throws Exception {
        return ExchangeClient.hidden(c.get("/" + locale + "/account/initiatives").body()).get("_csrf");
    }
}
