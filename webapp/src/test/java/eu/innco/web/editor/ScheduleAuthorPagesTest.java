package eu.innco.web.editor;

import static eu.innco.web.editor.EditorClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.publishing.Schedule;
import eu.innco.security.Actor;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An admin who takes the publisher role from a user cancels that user's schedules, and the dashboard tells the admins. */
class ScheduleAuthorPagesTest {
    private static final Pattern FLASH = Pattern.compile("<p class=\"flash\" role=\"status\">(.*?)</p>", Pattern.DOTALL);

    @Test
    void taking_the_publisher_role_away_cancels_the_users_schedules_and_the_admin_dashboard_lists_them() throws Exception {
        try (EditorFixture f = new EditorFixture()) {
            String id = f.study("claire", "Programmée par Paula");
            f.services.publishing.scheduling.schedule(f.actor("paula"), "caseStudy", id, "publish", Instant.now().plusSeconds(3600), List.of("fr"));
            EditorClient admin = f.admin();
            HttpResponse<String> saved = admin.submit("/editor/users/paula", fields("roles", "editor", "partner", f.partnerA));
            assertEquals(303, saved.statusCode(), EditorClient.summary(saved));
            Matcher m = FLASH.matcher(admin.get(EditorClient.location(saved)).body());
            assertTrue(m.find() && m.group(1).contains("Scheduled publications of this user cancelled: 1."), m.toMatchResult().toString());
            List<Schedule> cancelled = f.services.publishing.scheduling.list(Actor.SYSTEM, id, "cancelled");
            assertEquals(1, cancelled.size());
            assertEquals("author", cancelled.get(0).cancelledFor());
            String dashboard = admin.get("/editor").body();
            assertTrue(dashboard.contains("Schedules cancelled because of their author") && dashboard.contains("/editor/content/caseStudy/" + id)
                    && dashboard.contains("scheduled by paula, who may no longer publish it"), dashboard);
            String hers = f.signIn("claire").get("/editor").body();
            assertTrue(!hers.contains("Schedules cancelled because of their author"), "only admins are told");
        }
    }
}
