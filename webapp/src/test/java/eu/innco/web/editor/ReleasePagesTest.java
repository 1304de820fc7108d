package eu.innco.web.editor;

import static eu.innco.web.editor.EditorClient.fields;
import static eu.innco.web.editor.EditorClient.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.publishing.PublishTarget;
import eu.innco.publishing.Release;
import eu.innco.security.Actor;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The releases page: several items in chosen languages published together, now or later, all or nothing. */
class ReleasePagesTest {
    static EditorFixture f;
    static EditorClient paula;

    @BeforeAll
    static void start() throws Exception {
        f = new EditorFixture();
        paula = f.signIn("paula");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    static Release release(String name) {
        return f.services.publishing.releases.all().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void the_page_offers_every_item_by_type_and_title() throws Exception {
        String id = f.study("claire", "À choisir");
        String page = paula.get("/editor/releases").body();
        assertTrue(page.contains("<input type=\"checkbox\" name=\"items\" value=\"caseStudy:" + id + "\"> À choisir</label>"), page);
        assertEquals(403, f.signIn("claire").get("/editor/releases").statusCode(), "editors do not publish");
    }

    @Test
    void a_release_publishes_its_items_in_the_chosen_languages_at_once() throws Exception {
        String one = f.study("claire", "Première de la sortie");
        String two = f.study("piotr", "Seconde de la sortie");
        HttpResponse<String> r = paula.submit("/editor/releases", fields("name", "Sortie d'été", "locales", "fr",
                "items", "caseStudy:" + one, "items", "caseStudy:" + two, "comment", "ensemble"));
        assertEquals(303, r.statusCode(), EditorClient.summary(r));
        assertEquals("published", release("Sortie d'été").state());
        assertTrue(f.published("caseStudy", one, "fr") && f.published("caseStudy", two, "fr"));
        String page = paula.get("/editor/releases").body();
        assertTrue(page.contains("<td>Sortie d&#39;été</td><td>published"), "listed with its state");
    }

    @Test
    void a_release_with_one_item_not_ready_publishes_nothing_and_lists_the_problem() throws Exception {
        String ready = f.study("claire", "Prête");
        String english = f.create("caseStudy", "{'sourceLocale':'en','properties':{'title':{'en':'English only'}}}").id();
        HttpResponse<String> r = paula.submit("/editor/releases", fields("name", "Pas prête", "locales", "fr",
                "items", "caseStudy:" + ready, "items", "caseStudy:" + english));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("<pre class=\"error-box\" role=\"alert\">"), EditorClient.summary(r));
        assertEquals("failed", release("Pas prête").state());
        assertFalse(f.published("caseStudy", ready, "fr"), "all or nothing");
    }

    @Test
    void a_release_at_a_time_is_scheduled_and_can_be_cancelled() throws Exception {
        String id = f.study("claire", "Pour plus tard");
        assertEquals(303, paula.submit("/editor/releases", fields("name", "Rentrée", "items", "caseStudy:" + id, "at", "2031-09-01T08:30")).statusCode());
        Release later = release("Rentrée");
        assertEquals("scheduled", later.state());
        assertEquals(Instant.parse("2031-09-01T06:30:00Z"), later.at(), "read in Brussels time");
        assertTrue(paula.get("/editor/releases").body().contains("action=\"/editor/releases/" + later.id() + "/cancel\""), "offered for cancelling");
        assertFalse(f.published("caseStudy", id, "fr"));

        assertEquals(303, paula.submit("/editor/releases/" + later.id() + "/cancel", form()).statusCode());
        assertEquals("cancelled", f.services.publishing.releases.get(later.id()).state());
        assertTrue(f.services.publishing.scheduling.list(Actor.SYSTEM, null, "pending").stream()
                .noneMatch(s -> later.id().equals(s.releaseId())), "its schedule went with it");
        Release done = f.services.publishing.releases.create(Actor.SYSTEM, "Déjà publiée",
                List.of(new PublishTarget("caseStudy", f.study("claire", "Déjà"), List.of("fr"))), false, "", null, true);
        assertEquals(409, paula.submit("/editor/releases/" + done.id() + "/cancel", form()).statusCode(), "a published release cannot be cancelled");
        assertEquals("published", f.services.publishing.releases.get(done.id()).state());
    }

    @Test
    void a_release_without_items_or_with_a_bad_time_is_refused_on_the_page() throws Exception {
        HttpResponse<String> empty = paula.submit("/editor/releases", form("name", "Vide"));
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("<pre class=\"error-box\" role=\"alert\">"));
        HttpResponse<String> badTime = paula.submit("/editor/releases", fields("name", "Mauvaise date", "items", "caseStudy:x", "at", "demain"));
        assertEquals(400, badTime.statusCode());
        assertTrue(badTime.body().contains("That date and time are not valid."));
        assertTrue(f.services.publishing.releases.all().stream().noneMatch(r -> Map.of("Vide", 1, "Mauvaise date", 1).containsKey(r.name())));
        assertEquals(404, paula.submit("/editor/releases/no-such-release/cancel", form()).statusCode());
    }
}
