package eu.innco.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.innco.network.Application;
import eu.innco.network.ApplicationFields;
import eu.innco.publishing.AuditQuery;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import eu.innco.web.Http;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The moderation queue in the editor, over real HTTP, with the applicant's mails read from a real SMTP server. */
class NetworkModerationTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
    static EditorFixture f;

    @BeforeAll
    static void start() throws Exception {
        f = new EditorFixture(Map.of("INNCO_SMTP_HOST", "127.0.0.1", "INNCO_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()),
                "INNCO_SMTP_STARTTLS", "false"));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static String apply(String name, String email) throws Exception {
        ApplicationFields fields = new ApplicationFields(name, "association", "PL", "Lublin", 51.2465, 22.5684, List.of("Q"), List.of("pl"),
                "Stowarzyszenie prowadzi warsztaty dla spółdzielni socjalnych.", "", "Jan Nowak", email);
        String id = f.services.network.joining.apply(fields, Optional.empty(), "pl", "2026-12-06", f.server.uri() + "/pl/join/confirm?t=");
        String link = link(mailTo(email, 1));
        assertEquals(eu.innco.network.Joining.LinkState.OK, f.services.network.joining.verify(link.substring(link.indexOf("t=") + 2)));
        return id;
    }

    @Test
    void a_polish_partner_editor_moderates_polish_applications_and_a_french_one_cannot() throws Exception {
        String id = apply(EditorFixture.unique("Spółdzielnia"), "jan1@example.org");
        EditorClient piotr = f.signIn("piotr");
        assertTrue(piotr.get("/editor/applications").body().contains("/editor/applications/" + id));
        assertTrue(piotr.get("/editor").body().contains("href=\"/editor/applications\""), "the queue is in the navigation");
        EditorClient claire = f.signIn("claire");
        assertFalse(claire.get("/editor/applications").body().contains(id));
        assertEquals(403, claire.get("/editor/applications/" + id).statusCode());
        assertEquals(403, claire.submit("/editor/applications/" + id + "/approve", Map.of()).statusCode());
        assertEquals(403, f.signIn("tomasz").get("/editor/applications").statusCode(), "a translator does not moderate");
        assertEquals(403, piotr.post("/editor/applications/" + id + "/approve", Map.of("_csrf", "forged")).statusCode());
    }

    @Test
    void asking_for_changes_mails_a_link_to_the_form_and_approval_publishes_a_member_with_an_account() throws Exception {
        String name = EditorFixture.unique("Fundacja Zmiana");
        String id = apply(name, "jan2@example.org");
        EditorClient piotr = f.signIn("piotr");
        HttpResponse<String> page = piotr.get("/editor/applications/" + id);
        assertTrue(page.body().contains("jan2@example.org"), "moderators see the contact person");
        assertEquals(400, piotr.submit("/editor/applications/" + id + "/changes", Map.of("text", " ")).statusCode());
        assertEquals(303, piotr.submit("/editor/applications/" + id + "/changes", Map.of("text", "Proszę dodać stronę internetową.")).statusCode());
        MimeMessage changes = mailTo("jan2@example.org", 2);
        assertTrue(changes.getSubject().contains("prośba o zmiany"), changes.getSubject());
        assertTrue(text(changes).contains("Proszę dodać stronę internetową."));
        String link = link(changes);
        HttpResponse<String> form = new Http(f.server.uri()).get(link.substring(link.indexOf("/pl/"))).raw();
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("Proszę dodać stronę internetową.") && form.body().contains("value=\"" + name + "\""));
        String token = link.substring(link.indexOf("t=") + 2);
        Application app = f.services.network.joining.forChanges(token).orElseThrow();
        ApplicationFields fixed = new ApplicationFields(name, "foundation", "PL", "Lublin", 51.2465, 22.5684, List.of("Q", "R"), List.of("pl", "en"),
                app.fields().description(), "https://zmiana.example.pl", "Jan Nowak", "jan2@example.org");
        assertEquals(eu.innco.network.Joining.LinkState.OK, f.services.network.joining.resubmit(token, fixed, Optional.empty()));
        assertEquals(303, piotr.submit("/editor/applications/" + id + "/approve", Map.of()).statusCode());
        MimeMessage welcome = mailTo("jan2@example.org", 3);
        assertTrue(welcome.getSubject().startsWith("Witamy w sieci INN-CO"), welcome.getSubject());
        assertTrue(link(welcome).contains("/pl/account/password?t=m-"));
        JsonNode pl = new Http(f.server.uri()).get("/.rest/delivery/organisations?lang=pl&limit=100").json();
        JsonNode member = null;
        for (JsonNode o : pl.path("results")) if (o.path("name").asText().equals(name)) member = o;
        assertTrue(member != null, pl.toString());
        assertEquals("member", member.path("role").asText());
        assertEquals("https://zmiana.example.pl", member.path("website").asText());
        assertFalse(member.toString().contains("jan2@example.org") || member.toString().contains("Jan Nowak"));
        String username = link(welcome).replaceAll(".*t=(m-[0-9a-f]+)\\..*", "$1");
        assertEquals(java.util.Set.of(Role.MEMBER), f.services.users.find(username).orElseThrow().roles());
        List<String> actions = f.services.publishing.audit.query(AuditQuery.of(null, null, null, null, null, 0, 500)).entries().stream()
                .filter(e -> e.itemId().equals(id) || e.detail().contains(id)).map(e -> e.action()).toList();
        assertTrue(actions.containsAll(List.of("network.apply", "network.verify", "network.changes", "network.resubmit", "network.approve")), actions.toString());
        assertTrue(f.services.network.moderation.queue(Actor.SYSTEM).stream().noneMatch(a -> a.id().equals(id)));
    }

    @Test
    void a_rejection_mails_the_reason_and_removes_the_application() throws Exception {
        String id = apply(EditorFixture.unique("Nie Ta Organizacja"), "jan3@example.org");
        EditorClient paula = f.signIn("paula");
        assertEquals(303, paula.submit("/editor/applications/" + id + "/reject", Map.of("text", "To nie jest organizacja ekonomii społecznej.")).statusCode());
        MimeMessage m = mailTo("jan3@example.org", 2);
        assertTrue(m.getSubject().contains("nie zostało przyjęte"));
        assertTrue(text(m).contains("To nie jest organizacja ekonomii społecznej."));
        assertTrue(f.services.network.moderation.queue(Actor.SYSTEM).stream().noneMatch(a -> a.id().equals(id)));
    }

    @Test
    void a_member_change_is_listed_for_the_countrys_moderators_who_may_withdraw_the_profile_with_a_mailed_reason() throws Exception {
        String name = EditorFixture.unique("Spółdzielnia Zmienna");
        String id = apply(name, "jan4@example.org");
        String organisation = f.services.network.moderation.approve(Actor.SYSTEM, id, f.server.uri() + "/pl/account/password?t=");
        var member = f.services.network.accounts.memberByEmail("jan4@example.org").orElseThrow();
        var p = Http.JSON.createObjectNode().put("city", "Zamość");
        f.services.network.profiles.update(member, p, Optional.empty(), "pl");
        EditorClient piotr = f.signIn("piotr");
        assertTrue(piotr.get("/editor/applications").body().contains("/editor/applications/members/" + organisation + "/withdraw"));
        EditorClient claire = f.signIn("claire");
        assertFalse(claire.get("/editor/applications").body().contains(organisation), "not in the French editor's list");
        assertEquals(403, claire.submit("/editor/applications/members/" + organisation + "/withdraw", Map.of("text", "Nie.")).statusCode());
        assertEquals(303, piotr.submit("/editor/applications/members/" + organisation + "/withdraw", Map.of("text", "Opis nie dotyczy ekonomii społecznej.")).statusCode());
        MimeMessage m = mailTo("jan4@example.org", 3);
        assertTrue(m.getSubject().contains("wycofany"), m.getSubject());
        assertTrue(text(m).contains("Opis nie dotyczy ekonomii społecznej.") && text(m).contains("/pl/account"));
        JsonNode pl = new Http(f.server.uri()).get("/.rest/delivery/organisations?lang=pl&limit=100").json();
        assertFalse(pl.toString().contains(name), "withdrawn from the public");
        assertTrue(f.services.publishing.audit.query(AuditQuery.of(organisation, null, "network.withdraw", null, null, 0, 10)).total() == 1);
    }

    @Test
    void an_account_turned_into_a_member_loses_its_open_editor_session_and_its_api_access() throws Exception {
        String name = EditorFixture.unique("mira");
        f.services.users.create(name, EditorFixture.password(name), java.util.Set.of(Role.EDITOR), f.partnerB, java.util.Set.of(), false);
        EditorClient mira = f.signIn(name);
        assertEquals(200, mira.get("/editor").statusCode());
        f.services.users.update(name, java.util.Set.of(Role.MEMBER), f.partnerB, java.util.Set.of(), false, false);
        HttpResponse<String> after = mira.get("/editor/content/organisation");
        assertEquals(303, after.statusCode());
        assertTrue(EditorClient.location(after).startsWith("/editor/login"));
        assertEquals(303, mira.get("/editor/applications").statusCode());
        assertEquals(401, new Http(f.server.uri()).as(name, EditorFixture.password(name)).get("/.rest/authoring/v1/items/organisation").status());
    }

    static MimeMessage mailTo(String address, int nth) throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until) {
            List<MimeMessage> mine = java.util.Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> { try { return m.getAllRecipients()[0].toString().equals(address); } catch (Exception e) { return false; } }).toList();
            if (mine.size() >= nth) return mine.get(nth - 1);
            Thread.sleep(100);
        }
        throw new AssertionError("no mail number " + nth + " to " + address);
    }

    static String text(MimeMessage m) throws Exception {
        return ((MimeMultipart) m.getContent()).getBodyPart(0).getContent().toString();
    }

    static String link(MimeMessage m) throws Exception {
        java.util.regex.Matcher x = java.util.regex.Pattern.compile("https?://\\S+").matcher(text(m));
        if (!x.find()) throw new AssertionError(text(m));
        return x.group();
    }
}
