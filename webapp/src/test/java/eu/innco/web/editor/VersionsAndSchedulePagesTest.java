package eu.innco.web.editor;

import static eu.innco.web.editor.EditorClient.fields;
import static eu.innco.web.editor.EditorClient.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.publishing.Schedule;
import eu.innco.security.Actor;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An item's version history, comparison and restore, and scheduling from its page, as a publisher uses them. */
class VersionsAndSchedulePagesTest {
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

    /** A study published twice (versions 1 and 2) and changed again since. */
    static String history() throws Exception {
        String id = f.study("claire", "Version une");
        f.services.publishing.publication.publish(f.actor("paula"), "caseStudy", id, List.of("fr"), "première", false);
        f.setTitle(id, "fr", "Version deux");
        f.services.publishing.publication.publish(f.actor("paula"), "caseStudy", id, List.of("fr"), "seconde", false);
        f.setTitle(id, "fr", "Version trois");
        return id;
    }

    static String page(String id, String rest) throws Exception {
        HttpResponse<String> r = paula.get("/editor/content/caseStudy/" + id + rest);
        assertEquals(200, r.statusCode(), EditorClient.summary(r));
        return r.body();
    }

    @Test
    void the_versions_page_lists_each_publication_newest_first_with_who_and_why() throws Exception {
        String id = history();
        String versions = page(id, "/versions");
        int two = versions.indexOf("<tr><td>2</td>");
        int one = versions.indexOf("<tr><td>1</td>");
        assertTrue(two > 0 && one > two, "newest first");
        assertTrue(versions.substring(two, one).contains("<td>paula</td><td>publication</td><td>fr</td><td>seconde</td>"), versions.substring(two, one));
        assertTrue(versions.contains("/compare?from=1&amp;to=working"));
    }

    @Test
    void comparing_shows_each_changed_value_before_and_after() throws Exception {
        String id = history();
        String withWorking = page(id, "/compare?from=1&to=working");
        assertTrue(withWorking.contains("<del>Version une</del>") && withWorking.contains("<ins>Version trois</ins>"), withWorking);
        assertTrue(withWorking.contains("title (fr)"));
        String between = page(id, "/compare?from=1&to=2");
        assertTrue(between.contains("<del>Version une</del>") && between.contains("<ins>Version deux</ins>"));
        String same = page(id, "/compare?from=2&to=2");
        assertFalse(same.contains("<del>"), "no difference, none shown");
        assertEquals(400, paula.get("/editor/content/caseStudy/" + id + "/compare?from=one&to=working").statusCode());
        assertEquals(404, paula.get("/editor/content/caseStudy/" + id + "/compare?from=9&to=working").statusCode());
    }

    @Test
    void restoring_copies_a_version_into_the_working_copy_to_publish_again() throws Exception {
        String id = history();
        HttpResponse<String> r = paula.submit("/editor/content/caseStudy/" + id + "/restore", form("version", "1"));
        assertEquals(303, r.statusCode());
        assertTrue(paula.get(EditorClient.location(r)).body().contains("Version 1 was copied into the working copy"));
        assertEquals("Version une", f.title(id, "fr"));
        var fr = f.item("caseStudy", id).orElseThrow().locales().get("fr");
        assertTrue(fr.published() != null && fr.modifiedSincePublished(), "the public still has version 2 until published again");

        assertEquals(303, paula.submit("/editor/content/caseStudy/" + id + "/restore", form("version", "une")).statusCode());
        assertTrue(paula.get("/editor/content/caseStudy/" + id).body().contains("That version number is not valid."));
        assertEquals(404, paula.submit("/editor/content/caseStudy/" + id + "/restore", form("version", "9")).statusCode());
        assertEquals("Version une", f.title(id, "fr"), "nothing else was restored");
    }

    @Test
    void a_publication_is_scheduled_in_the_partnerships_time_zone_for_the_chosen_languages() throws Exception {
        String id = f.study("claire", "À programmer");
        HttpResponse<String> r = paula.submit("/editor/content/caseStudy/" + id + "/publish",
                fields("action", "schedule", "locales", "fr", "locales", "en", "at", "2031-03-01T10:00"));
        assertEquals(303, r.statusCode());
        List<Schedule> pending = f.services.publishing.scheduling.list(Actor.SYSTEM, id, "pending");
        assertEquals(1, pending.size());
        assertEquals("publish", pending.get(0).action());
        assertEquals(Instant.parse("2031-03-01T09:00:00Z"), pending.get(0).at(), "10:00 in Brussels is 09:00 UTC in winter");
        assertEquals(List.of("fr", "en"), pending.get(0).locales());
        assertTrue(paula.get(EditorClient.location(r)).body().contains("Scheduled for"), "the page says so");
        assertFalse(f.published("caseStudy", id, "fr"), "not published before the time");

        paula.submit("/editor/content/caseStudy/" + id + "/publish", fields("action", "schedule", "unpublish", "true", "locales", "fr",
                "at", "2031-07-01T10:00"));
        Schedule withdrawal = f.services.publishing.scheduling.list(Actor.SYSTEM, id, "pending").get(1);
        assertEquals("unpublish", withdrawal.action());
        assertEquals(Instant.parse("2031-07-01T08:00:00Z"), withdrawal.at(), "summer time");
    }

    @Test
    void a_schedule_without_a_time_is_refused_and_said_so_on_the_page() throws Exception {
        String id = f.study("claire", "Sans date");
        HttpResponse<String> r = paula.submit("/editor/content/caseStudy/" + id + "/publish", fields("action", "schedule", "locales", "fr", "at", ""));
        assertEquals(303, r.statusCode());
        String page = paula.get(EditorClient.location(r)).body();
        assertTrue(page.contains("<p class=\"flash\" role=\"status\">"), "a message explains it");
        assertTrue(f.services.publishing.scheduling.list(Actor.SYSTEM, id, "pending").isEmpty());
    }
}
