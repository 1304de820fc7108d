package eu.innco.web.editor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.publishing.PublishTarget;
import eu.innco.security.Actor;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard's four boxes hold the right items for the person looking: drafts, translation work, schedules, activity. */
class DashboardPageTest {
    static EditorFixture f;
    static String claireDraft;
    static String claireLive;
    static String piotrDraft;
    static String translated;
    static String outdated;

    @BeforeAll
    static void start() throws Exception {
        f = new EditorFixture();
        claireDraft = f.study("claire", "Brouillon de Claire");
        claireLive = f.study("claire", "Publiée par Claire");
        f.publish("caseStudy", claireLive, "fr");
        piotrDraft = f.study("piotr", "Szkic Piotra");
        translated = f.study("claire", "Traduite en polonais");
        f.services.content.patch(Actor.SYSTEM, "caseStudy", translated, EditorFixture.JSON.readTree(
                "{\"properties\":{\"title\":{\"pl\":\"Przetłumaczona\"}},\"locales\":{\"pl\":{\"translation\":\"translated\"}}}"),
                eu.innco.content.Precondition.ANY);
        outdated = f.study("claire", "Source d'origine");
        f.services.content.patch(Actor.SYSTEM, "caseStudy", outdated, EditorFixture.JSON.readTree(
                "{\"properties\":{\"title\":{\"pl\":\"Źródło\"}},\"locales\":{\"pl\":{\"translation\":\"reviewed\"}}}"),
                eu.innco.content.Precondition.ANY);
        f.setTitle(outdated, "fr", "Source changée depuis");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    static String box(String page, String name) {
        Matcher m = Pattern.compile("<section aria-labelledby=\"" + name + "-title\">(.*?)</section>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "the dashboard has a box " + name);
        return m.group(1);
    }

    static String dashboardOf(String user) throws Exception {
        return f.signIn(user).get("/editor").body();
    }

    @Test
    void my_drafts_are_the_unpublished_work_of_my_partner_organisation() throws Exception {
        String drafts = box(dashboardOf("claire"), "drafts");
        assertTrue(drafts.contains("/editor/content/caseStudy/" + claireDraft + "\">Brouillon de Claire</a>"), drafts);
        assertFalse(drafts.contains(claireLive), "published and unchanged: not a draft");
        assertFalse(drafts.contains(piotrDraft), "another partner's draft is not mine");
        assertTrue(box(dashboardOf("piotr"), "drafts").contains(piotrDraft));
        f.setTitle(claireLive, "fr", "Publiée puis changée");
        assertTrue(box(dashboardOf("claire"), "drafts").contains("Publiée puis changée"), "changed since published: a draft again");
    }

    @Test
    void what_waits_for_translation_is_listed_under_each_of_my_languages() throws Exception {
        String waiting = box(dashboardOf("tomasz"), "waiting");
        assertTrue(waiting.contains("<h3 lang=\"pl\">"), waiting);
        assertFalse(waiting.contains("<h3 lang=\"de\">"), "only the translator's languages");
        assertTrue(waiting.contains("/editor/content/caseStudy/" + claireDraft + "/translate?target=pl\">Brouillon de Claire</a>"), waiting);
        assertTrue(waiting.contains("/editor/content/caseStudy/" + outdated + "/translate?target=pl"), "the source changed since the translation");
        assertFalse(waiting.contains(translated), "translated and up to date: nothing to do");
    }

    @Test
    void scheduled_publications_name_the_item_or_the_release_and_link_to_it() throws Exception {
        String item = f.study("claire", "Programmée pour mars");
        Instant at = Instant.parse("2031-03-01T09:00:00Z");
        f.services.publishing.scheduling.schedule(Actor.SYSTEM, "caseStudy", item, "publish", at, List.of("fr"));
        f.services.publishing.releases.create(Actor.SYSTEM, "Sortie de printemps", List.of(new PublishTarget("caseStudy", claireDraft, List.of("fr"))),
                false, "", at, false);
        String scheduled = box(dashboardOf("claire"), "scheduled");
        assertTrue(scheduled.contains("<a href=\"/editor/content/caseStudy/" + item + "\">Programmée pour mars</a>"), scheduled);
        assertTrue(scheduled.contains("(fr)"));
        assertTrue(scheduled.contains("<a href=\"/editor/releases\">Sortie de printemps</a>"), scheduled);
        assertFalse(scheduled.contains("/editor/content//"), "no link to nowhere");
    }

    @Test
    void recent_activity_shows_everyones_to_publishers_and_only_their_own_to_editors() throws Exception {
        String item = f.study("claire", "Activité visible");
        f.services.publishing.publication.publish(f.actor("paula"), "caseStudy", item, List.of("fr"), "", false);
        String forPaula = box(dashboardOf("paula"), "activity");
        assertTrue(forPaula.contains("paula:") && forPaula.contains("claire:"), forPaula);
        String forClaire = box(dashboardOf("claire"), "activity");
        assertTrue(forClaire.contains("claire:"), forClaire);
        assertFalse(forClaire.contains("paula:"), "editors see their own activity only");
        String forTomasz = box(dashboardOf("tomasz"), "activity");
        assertFalse(forTomasz.contains("claire:") || forTomasz.contains("paula:"), "nothing of others for a translator: " + forTomasz);
    }
}
