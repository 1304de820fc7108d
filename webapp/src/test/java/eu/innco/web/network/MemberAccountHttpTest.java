package eu.innco.web.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.innco.network.ApplicationFields;
import eu.innco.security.Actor;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A member's portal account over real HTTP: password link, sign-in, profile and translation, invitation, data, leaving. */
class MemberAccountHttpTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
    static InncoServer server;
    static final String PASSWORD = "Kraków-Wawel-2026!";

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_SMTP_HOST", "127.0.0.1", "INNCO_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()),
                "INNCO_SMTP_STARTTLS", "false", "INNCO_JOIN_MIN_FILL_SECONDS", "0"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** An approved Polish member; returns a client signed in as its contact person. */
    private static FormClient member(String name, String email) throws Exception {
        var net = server.services().network;
        ApplicationFields f = new ApplicationFields(name, "association", "PL", "Gdańsk", 54.352, 18.6466, List.of("Q"), List.of("pl"),
                "Stowarzyszenie wspiera spółdzielnie socjalne na Pomorzu.", "", "Ewa Kowalska", email);
        String id = net.joining.apply(f, Optional.empty(), "pl", "2026-12-06", server.uri() + "/pl/join/confirm?t=");
        net.moderation.approve(Actor.SYSTEM, id, server.uri() + "/pl/account/password?t=");
        String link = Mails.link(nthTo(email, 2));
        FormClient c = new FormClient(server.uri());
        HttpResponse<String> form = c.get(link.substring(link.indexOf("/pl/")));
        assertEquals(200, form.statusCode());
        Map<String, String> h = FormClient.hidden(form.body());
        assertEquals(400, c.form("/pl/account/password", Map.of("_csrf", h.get("_csrf"), "_stamp", h.get("_stamp"), "t", h.get("t"),
                "password", PASSWORD, "confirm", "other")).statusCode());
        HttpResponse<String> set = c.form("/pl/account/password", Map.of("_csrf", h.get("_csrf"), "_stamp", h.get("_stamp"), "t", h.get("t"),
                "password", PASSWORD, "confirm", PASSWORD));
        assertEquals(200, set.statusCode());
        assertTrue(set.body().contains("Hasło zostało zapisane"));
        assertEquals(404, c.get(link.substring(link.indexOf("/pl/"))).statusCode(), "the password link is single-use");
        Map<String, String> l = FormClient.hidden(c.get("/pl/account/login").body());
        assertEquals(401, c.form("/pl/account/login", Map.of("_csrf", l.get("_csrf"), "_stamp", l.get("_stamp"), "email", email, "password", "wrong")).statusCode());
        assertEquals(Map.of(), c.cookies, "no cookie before signing in: the password and sign-in pages are anonymous");
        HttpResponse<String> in = c.form("/pl/account/login", Map.of("_csrf", l.get("_csrf"), "_stamp", l.get("_stamp"), "email", email, "password", PASSWORD));
        assertEquals(303, in.statusCode());
        assertEquals(java.util.Set.of("INNCO_MEMBER"), c.cookies.keySet(), "signing in sets the member's session cookie, and only it");
        return c;
    }

    @Test
    void a_member_edits_its_profile_adds_an_italian_translation_and_both_are_public_at_once() throws Exception {
        FormClient c = member("Pomorskie Stowarzyszenie Spółdzielców", "ewa@example.org");
        HttpResponse<String> page = c.get("/pl/account");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Pomorskie Stowarzyszenie Spółdzielców"));
        String csrf = FormClient.hidden(page.body()).get("_csrf");
        List<String[]> fields = new ArrayList<>();
        for (String[] kv : List.of(new String[] {"_csrf", csrf}, new String[] {"name", "Pomorskie Stowarzyszenie Spółdzielców"},
                new String[] {"kind", "association"}, new String[] {"city", "Gdynia"}, new String[] {"lat", "54.5189"}, new String[] {"lon", "18.5305"},
                new String[] {"sectors", "Q"}, new String[] {"languages", "pl"}, new String[] {"languages", "it"},
                new String[] {"description", "Wspieramy spółdzielnie socjalne w Gdyni i całym Trójmieście."}, new String[] {"website", "https://pomorze.example.pl"})) {
            fields.add(kv);
        }
        assertEquals(200, c.multipart("/pl/account/profile", fields, null).statusCode());
        HttpResponse<String> it = c.form("/pl/account/translation", Map.of("_csrf", csrf, "language", "it",
                "translation", "Sosteniamo le cooperative sociali a Gdynia e in tutta la Tricittà."));
        assertEquals(200, it.statusCode());
        JsonNode pl = find(new Http(server.uri()).get("/.rest/delivery/organisations?lang=pl&limit=100").json(), "Pomorskie Stowarzyszenie Spółdzielców");
        assertEquals("Gdynia", pl.path("city").asText(), pl.toString());
        assertEquals("member", pl.path("role").asText());
        assertTrue(pl.path("description").asText().contains("Trójmieście"));
        JsonNode itJson = find(new Http(server.uri()).get("/.rest/delivery/organisations?lang=it&limit=100").json(), "Pomorskie Stowarzyszenie Spółdzielców");
        assertTrue(itJson.path("description").asText().contains("Tricittà"), itJson.toString());
        assertEquals(403, c.form("/pl/account/translation", Map.of("_csrf", "forged", "language", "it", "translation", "x".repeat(30))).statusCode());
    }

    @Test
    void a_member_invites_a_colleague_downloads_its_data_and_leaves_the_network() throws Exception {
        FormClient c = member("Fundacja Bałtycka", "anna@example.org");
        String csrf = FormClient.hidden(c.get("/pl/account").body()).get("_csrf");
        assertEquals(200, c.form("/pl/account/invite", Map.of("_csrf", csrf, "name", "Piotr Zieliński", "email", "piotr.z@example.org")).statusCode());
        assertTrue(nthTo("piotr.z@example.org", 1).getSubject().contains("Fundacja Bałtycka"));
        HttpResponse<String> data = c.get("/pl/account/export");
        assertEquals(200, data.statusCode());
        assertTrue(data.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        JsonNode json = Http.JSON.readTree(data.body());
        assertEquals("Fundacja Bałtycka", json.path("organisation").path("properties").path("name").asText());
        assertEquals(2, json.path("people").size());
        assertTrue(data.body().contains("anna@example.org") && data.body().contains("piotr.z@example.org") && data.body().contains("\"termsVersion\" : \"2026-12-06\""), data.body());
        assertEquals(400, c.form("/pl/account/leave", Map.of("_csrf", csrf)).statusCode());
        HttpResponse<String> left = c.form("/pl/account/leave", Map.of("_csrf", csrf, "confirm", "yes"));
        assertEquals(200, left.statusCode());
        assertTrue(left.body().contains("Twoja organizacja opuściła sieć"));
        assertEquals(303, c.get("/pl/account").statusCode(), "the session ended");
        JsonNode after = find(new Http(server.uri()).get("/.rest/delivery/organisations?lang=pl&limit=100").json(), "Fundacja Bałtycka");
        assertTrue(after.isMissingNode(), after.toString());
        assertTrue(server.services().network.accounts.memberByEmail("anna@example.org").isEmpty());
        assertTrue(server.services().network.accounts.memberByEmail("piotr.z@example.org").isEmpty());
        assertTrue(server.services().users.all().stream().noneMatch(u -> u.partner().equals(json.path("organisation").path("id").asText())));
    }

    @Test
    void a_member_account_is_refused_by_the_editor_and_the_authoring_api() throws Exception {
        member("Spółdzielnia Socjalna Bursztyn", "olga@example.org");
        String username = server.services().network.accounts.memberByEmail("olga@example.org").orElseThrow().username();
        // the editor first: the refused API calls below count as failed sign-ins and would slow it down (429)
        FormClient editor = new FormClient(server.uri());
        String page = editor.get("/editor/login").body();
        String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> r = editor.form("/editor/login", Map.of("_csrf", token, "username", username, "password", PASSWORD, "next", "/editor"));
        assertEquals(401, r.statusCode(), "a member cannot sign in to the editor");
        assertFalse(editor.cookies.containsKey("INNCO_EDITOR"));
        Http api = new Http(server.uri());
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String path : List.of("/.rest/authoring/v1/items/organisation", "/.rest/authoring/v1/tokens", "/.rest/authoring/v1/audit",
                "/.rest/preview/organisations")) {
            int status = api.get(path, "Authorization", basic).status();
            // refused as unknown credentials; repeated refusals are slowed down by the sign-in gate (429), never let through
            assertTrue(status == 401 || status == 429, path + ": " + status);
        }
        int post = api.post("/.rest/authoring/v1/tokens", "{\"label\":\"x\"}", "Authorization", basic).status();
        assertTrue(post == 401 || post == 429, "creating an API token: " + post);
    }

    @Test
    void a_logo_sent_with_the_application_is_published_with_the_organisation_and_a_non_image_is_refused_beside_the_field() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        FormClient c = new FormClient(server.uri());
        Map<String, String> h = FormClient.hidden(c.get("/pl/join").body());
        HttpResponse<String> wrong = c.multipart("/pl/join", FormClient.application(h, "Logo Test", "logo@example.org", ""), "%PDF-1.4 not an image".getBytes());
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("id=\"logo-error\">Logo musi być obrazem PNG, JPEG lub WebP."));
        HttpResponse<String> bomb = c.multipart("/pl/join", FormClient.application(h, "Logo Test", "logo@example.org", ""),
                eu.innco.web.renditions.Images.bomb());
        assertEquals(400, bomb.statusCode(), "a PNG declaring 50,000 x 50,000 pixels is refused with the form, not when a moderator approves it");
        assertTrue(bomb.body().contains("id=\"logo-error\">Logo ma zbyt wiele pikseli"), bomb.body());
        HttpResponse<String> sent = c.multipart("/pl/join", FormClient.application(h, "Spółdzielnia z Logo", "logo@example.org", ""), png.toByteArray());
        assertEquals(303, sent.statusCode());
        var app = server.services().network.moderation.queue(Actor.SYSTEM).stream()
                .filter(a -> a.fields().name().equals("Spółdzielnia z Logo")).findFirst().orElseThrow();
        assertTrue(app.hasLogo());
        server.services().network.moderation.approve(Actor.SYSTEM, app.id(), server.uri() + "/pl/account/password?t=");
        JsonNode org = find(new Http(server.uri()).get("/.rest/delivery/organisations?lang=pl&limit=100").json(), "Spółdzielnia z Logo");
        assertFalse(org.path("logo").isMissingNode() || org.path("logo").isNull(), org.toString());
    }

    static JsonNode find(JsonNode page, String name) {
        for (JsonNode o : page.path("results")) if (o.path("name").asText().equals(name)) return o;
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    static jakarta.mail.internet.MimeMessage nthTo(String address, int n) throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until) {
            List<jakarta.mail.internet.MimeMessage> mine = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> Mails.isTo(m, address)).toList();
            if (mine.size() >= n) return mine.get(n - 1);
            Thread.sleep(100);
        }
        throw new AssertionError("no mail number " + n + " to " + address);
    }
}
