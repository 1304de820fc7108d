package eu.innco.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.exchange.initiatives.InitiativeFields;
import eu.innco.network.ApplicationFields;
import eu.innco.network.Member;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A partner editor turns a done initiative of its country into a draft case study from the editor's
 * page of done initiatives: a button with the session's token, other countries' initiatives neither
 * listed nor accepted, the draft keeping a link to the initiative.
 */
class InitiativeCaseStudyPageTest {
    static final String PASSWORD = "Mons-Paphos-2026!";
    static InncoServer server;
    static String belgian;
    static String cypriot;
    static String open;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_SCHEDULER", "false"));
        Member be = member("Coopérative Les Ateliers Montois", "BE", "fr", "montois@example.be");
        Member cy = member("Συνεταιρισμός Πάφου", "CY", "el", "pafos-editor@example.cy");
        var initiatives = server.services().collaboration.initiatives;
        belgian = initiatives.propose(be, fields("Repair Café montois"), "fr");
        initiatives.status(be, belgian, "done");
        open = initiatives.propose(be, fields("Atelier vélo partagé"), "fr");
        cypriot = initiatives.propose(cy, fields("Εργαστήρι επισκευών Πάφου"), "el");
        initiatives.status(cy, cypriot, "done");
        server.services().users.create("editor-be", PASSWORD, Set.of(Role.EDITOR), be.organisation(), Set.of(), false);
    }

    static InitiativeFields fields(String title) {
        return new InitiativeFields(title, "Réparer ensemble les appareils du quartier pour qu’ils durent plus longtemps.",
                "Moins de déchets et des emplois d’insertion dans la réparation.", List.of("association"), List.of("training"),
                List.of("BE", "CY"), "", "");
    }

    static Member member(String org, String country, String locale, String email) {
        var net = server.services().network;
        ApplicationFields f = new ApplicationFields(org, "cooperative", country, "Ville", 50.0, 4.0, List.of("S"), List.of(locale),
                "Une coopérative qui répare, forme et emploie des personnes éloignées de l’emploi.", "", "Contact " + org, email);
        String app = net.joining.apply(f, Optional.empty(), locale, "2026-12-06", "http://localhost/" + locale + "/join/confirm?t=");
        net.moderation.approve(Actor.SYSTEM, app, "http://localhost/" + locale + "/account/password?t=");
        return net.accounts.memberByEmail(email).orElseThrow();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_partner_editor_drafts_a_case_study_from_a_done_initiative_of_its_country() throws Exception {
        EditorClient editor = new EditorClient(server.uri());
        editor.signIn("editor-be", PASSWORD);
        HttpResponse<String> page = editor.get("/editor/initiatives");
        assertEquals(200, page.statusCode(), EditorClient.summary(page));
        assertTrue(page.body().contains("href=\"/editor/initiatives\">Done initiatives</a>"), "in the editor's menu");
        assertTrue(page.body().contains("Repair Café montois") && page.body().contains("action=\"/editor/initiatives/" + belgian + "/case-study\""),
                page.body());
        assertFalse(page.body().contains("Atelier vélo partagé"), "an open initiative is not listed");
        assertFalse(page.body().contains(cypriot), "another country's initiative is not listed");

        assertEquals(403, editor.post("/editor/initiatives/" + belgian + "/case-study", Map.of("_csrf", "forged")).statusCode());
        assertEquals(403, editor.submit("/editor/initiatives/" + cypriot + "/case-study", Map.of()).statusCode(), "nor drafted");
        HttpResponse<String> made = editor.submit("/editor/initiatives/" + belgian + "/case-study", Map.of());
        assertEquals(303, made.statusCode(), EditorClient.summary(made));
        String location = EditorClient.location(made);
        assertTrue(location.startsWith("/editor/content/caseStudy/"), location);
        String id = location.substring(location.lastIndexOf('/') + 1);
        var draft = server.services().content.get(Actor.SYSTEM, "caseStudy", id);
        assertEquals(belgian, draft.values().get("initiative").map(Object::toString).orElse(""), "the draft keeps its link to the initiative");
        assertEquals("BE", draft.values().get("country").map(Object::toString).orElse(""));
        HttpResponse<String> opened = editor.get(location);
        assertEquals(200, opened.statusCode());
        assertTrue(opened.body().contains("A draft case study was made from the initiative"), EditorClient.summary(opened));
        assertEquals(409, editor.submit("/editor/initiatives/" + open + "/case-study", Map.of()).statusCode(), "an open one cannot be");
        HttpResponse<String> again = editor.get("/editor/initiatives");
        assertTrue(again.body().contains("href=\"/editor/content/caseStudy/" + id + "\">Open the case study drafted from it</a>"), again.body());
        assertFalse(again.body().contains("action=\"/editor/initiatives/" + belgian + "/case-study\""), "no second button");
        assertEquals(409, editor.submit("/editor/initiatives/" + belgian + "/case-study", Map.of()).statusCode(), "nor a second draft");
    }
}
