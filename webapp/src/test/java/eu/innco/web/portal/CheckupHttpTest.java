package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The collaboration check-up over real HTTP: links, anonymous answers, results, and what is refused. */
class CheckupHttpTest {
    static InncoServer server;
    static Http http;
    static CheckupClient client;
    static Map<String, Integer> conditionOf;

    @BeforeAll
    static void start() throws Exception {
        server = PortalSite.start();
        http = new Http(server.uri());
        client = new CheckupClient(http);
        conditionOf = CheckupClient.conditionOf(http);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void the_statements_are_content_five_per_condition_in_every_language() {
        assertEquals(25, conditionOf.size());
        for (int c = 1; c <= 5; c++) {
            int n = c;
            assertEquals(5, conditionOf.values().stream().filter(x -> x == n).count(), "condition " + c);
        }
        for (String l : List.of("en", "fr", "nl", "de", "it", "pl", "el")) {
            JsonNode results = http.get("/.rest/delivery/checkupStatements?limit=100&lang=" + l).json().path("results");
            assertEquals(25, results.size(), l);
            for (JsonNode s : results) assertFalse(s.path("text").asText().isBlank(), l);
        }
        String el = http.get("/.rest/delivery/checkupStatements?limit=100&lang=el").body();
        assertTrue(el.contains("ομάδα"), "Greek statements are Greek");
    }

    @Test
    void starting_a_check_up_gives_two_private_links_and_stores_only_their_hashes() {
        String organiser = client.create("fr", "Réseau des cuisines");
        assertTrue(organiser.matches("/fr/check-up/o/[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]{43}\\?new=1"), organiser);
        Http.Res page = http.get(organiser, "Accept", "text/html");
        assertEquals(200, page.status());
        assertEquals("no-store", page.header("Cache-Control"));
        assertNull(page.header("Set-Cookie"), "no cookie of any kind");
        assertTrue(page.body().contains("Bilan de coopération\u00a0: Réseau des cuisines"), page.body());
        assertTrue(page.body().contains("<meta name=\"referrer\" content=\"same-origin\">"));
        String participant = client.participantPath(organiser);
        assertTrue(participant.matches("/fr/check-up/p/[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]{43}"), participant);
        String id = participant.substring("/fr/check-up/p/".length(), "/fr/check-up/p/".length() + 16);
        String organiserSecret = organiser.substring(organiser.indexOf('.') + 1, organiser.indexOf('?'));
        String participantSecret = participant.substring(participant.indexOf('.') + 1);
        String stored = server.services().repository.read(s -> dump(s.getNode("/innco:system/checkups/" + id)));
        assertFalse(stored.contains(organiserSecret) || stored.contains(participantSecret), stored);
        assertTrue(stored.contains("organiserHash"), stored);
        assertEquals(404, http.get(participant.replace("/p/", "/o/"), "Accept", "text/html").status(), "the participants' link opens no organiser page");
    }

    @Test
    void results_appear_from_the_third_participant_with_the_scores_and_spreads_of_the_answers() {
        String organiser = client.create("fr", "");
        String participant = client.participantPath(organiser);
        List<Map<String, String>> people = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            CheckupClient.Form f = client.open(participant);
            assertEquals(25, f.statements().size());
            Map<String, String> answers = new LinkedHashMap<>();
            for (int i = 0; i < f.statements().size(); i++) answers.put(f.statements().get(i), i % 7 == p ? "dk" : Integer.toString(1 + (i * (p + 2) + p) % 5));
            Http.Res saved = client.send(participant, f.token(), f.revision(), answers);
            assertEquals(303, saved.status(), saved.body());
            assertTrue(saved.header("Location").endsWith(participant + "/r/" + f.token() + "?saved=1"), saved.header("Location"));
            people.add(answers);
            String page = http.get(organiser, "Accept", "text/html").body();
            if (p < 2) {
                assertTrue(page.contains("id=\"results-waiting\""), page);
                assertEquals(Map.of(), CheckupClient.table(page));
            }
        }
        String page = http.get(organiser, "Accept", "text/html").body();
        assertEquals(CheckupClient.expected(conditionOf, people, ','), CheckupClient.table(page));
        assertTrue(page.contains("<svg class=\"checkup-chart\""), "the chart");
        assertTrue(page.contains("3 personnes ont répondu"), page);
    }

    @Test
    void a_participant_changes_answers_and_a_replayed_form_changes_nothing() {
        String participant = client.participantPath(client.create("en", "Replay"));
        CheckupClient.Form f = client.open(participant);
        String s = f.statements().get(0);
        assertEquals(303, client.send(participant, f.token(), 0, Map.of(s, "2")).status());
        Http.Res mine = http.get(participant + "/r/" + f.token(), "Accept", "text/html");
        CheckupClient.Form again = CheckupClient.form(mine.body());
        assertEquals(1, again.revision());
        assertTrue(mine.body().contains("name=\"s-" + s + "\" value=\"2\" checked"), "earlier answer shown");
        assertEquals(303, client.send(participant, f.token(), 1, Map.of(s, "5")).status());
        Http.Res replay = client.send(participant, f.token(), 0, Map.of(s, "2"), "Accept", "text/html");
        assertEquals(409, replay.status());
        assertTrue(replay.body().contains("INNCO-CHECKUP-004"));
        Http.Res replayJson = client.send(participant, f.token(), 1, Map.of(s, "1"), "Accept", "application/json");
        assertEquals(409, replayJson.status());
        assertEquals("INNCO-CHECKUP-004", replayJson.json().path("code").asText());
        String now = http.get(participant + "/r/" + f.token(), "Accept", "text/html").body();
        assertTrue(now.contains("name=\"s-" + s + "\" value=\"5\" checked"), "the second save stands");
        assertTrue(now.contains("name=\"revision\" value=\"2\""));
    }

    @Test
    void bad_answers_forged_links_and_cross_site_posts_are_refused_and_change_nothing() {
        String organiser = client.create("de", "Bad input");
        String participant = client.participantPath(organiser);
        CheckupClient.Form f = client.open(participant);
        String s = f.statements().get(0);
        Http.Res seven = client.send(participant, f.token(), 0, Map.of(s, "7"), "Accept", "application/json");
        assertEquals(400, seven.status());
        assertEquals("application/problem+json", seven.contentType());
        assertEquals("INNCO-CHECKUP-002", seven.json().path("code").asText());
        assertEquals("s-" + s, seven.json().path("errors").path(0).path("path").asText());
        Http.Res sevenPage = client.send(participant, f.token(), 0, Map.of(s, "0"), "Accept", "text/html");
        assertEquals(400, sevenPage.status());
        assertTrue(sevenPage.body().contains("Einige Antworten sind nicht gültig"), sevenPage.body());
        assertEquals(400, client.send(participant, f.token(), 0, Map.of("00000000-0000-0000-0000-000000000000", "3")).status());
        assertEquals(400, client.send(participant, f.token(), 0, Map.of()).status(), "nothing answered");
        assertEquals(400, client.send(participant, "not-a-token", 0, Map.of(s, "3")).status());
        assertEquals(403, client.send(participant, f.token(), 0, Map.of(s, "3"), "Origin", "https://evil.example").status());
        assertEquals(403, client.send(participant, f.token(), 0, Map.of(s, "3"), "Sec-Fetch-Site", "cross-site").status());
        String forged = participant.substring(0, participant.length() - 3) + (participant.endsWith("AAA") ? "BBB" : "AAA");
        Http.Res bad = client.send(forged, f.token(), 0, Map.of(s, "3"), "Accept", "text/html");
        assertEquals(404, bad.status());
        assertTrue(bad.body().contains("INNCO-CHECKUP-001"));
        assertEquals(404, http.get(participant.substring(0, participant.length() - 1), "Accept", "text/html").status(), "a truncated link");
        assertTrue(http.get(organiser, "Accept", "text/html").body().contains("Noch hat niemand geantwortet"), "nothing was saved");
    }

    @Test
    void closing_stops_answers_sharing_shows_results_to_participants_and_deleting_removes_everything() {
        String organiser = client.create("it", "Close");
        String own = organiser.replace("?new=1", "");
        String participant = client.participantPath(organiser);
        List<String> tokens = new ArrayList<>();
        String first = client.open(participant).statements().get(0);
        for (int p = 0; p < 3; p++) {
            CheckupClient.Form f = client.open(participant);
            assertEquals(303, client.send(participant, f.token(), 0, Map.of(f.statements().get(0), Integer.toString(p + 2))).status());
            tokens.add(f.token());
        }
        String mine = participant + "/r/" + tokens.get(0);
        assertFalse(http.get(mine, "Accept", "text/html").body().contains("results-table"), "not shared yet");
        assertEquals(403, http.get(participant + "/report.pdf", "Accept", "text/html").status(), "no report for participants yet");
        Http.Res report = http.get(own + "/report.pdf");
        assertEquals(200, report.status());
        assertEquals("application/pdf", report.contentType());
        assertEquals(303, http.send("POST", own + "/share", "share=yes", CheckupClient.FORM).status());
        assertTrue(http.get(mine, "Accept", "text/html").body().contains("results-table"), "shared with participants");
        assertEquals(200, http.get(participant + "/report.pdf").status());
        assertEquals(303, http.send("POST", own + "/close", "", CheckupClient.FORM).status());
        Http.Res late = client.send(participant, tokens.get(0), 1, Map.of(first, "5"), "Accept", "text/html");
        assertEquals(409, late.status());
        assertTrue(late.body().contains("INNCO-CHECKUP-003"));
        String closed = http.get(participant, "Accept", "text/html").body();
        assertTrue(closed.contains("id=\"closed\"") && !closed.contains("name=\"respondent\""), "a closed check-up shows no form");
        assertEquals(400, http.send("POST", own + "/delete", "", CheckupClient.FORM).status(), "not confirmed");
        assertEquals(200, http.get(own, "Accept", "text/html").status());
        assertEquals(200, http.send("POST", own + "/delete", "confirm=yes", CheckupClient.FORM).status());
        assertEquals(404, http.get(own, "Accept", "text/html").status());
        assertEquals(404, http.get(mine, "Accept", "text/html").status());
    }

    @Test
    void check_ups_nobody_answered_are_deleted_after_their_time_and_answered_ones_are_kept() {
        String unused = client.create("en", "Unused");
        String used = client.create("en", "Used");
        String participant = client.participantPath(used);
        CheckupClient.Form f = client.open(participant);
        assertEquals(303, client.send(participant, f.token(), 0, Map.of(f.statements().get(0), "3")).status());
        int removed = server.services().checkups.deleteUnusedBefore(java.time.Instant.now().plusSeconds(1));
        assertTrue(removed >= 1, "removed " + removed);
        assertEquals(404, http.get(unused, "Accept", "text/html").status());
        assertEquals(200, http.get(used, "Accept", "text/html").status());
    }

    @Test
    void a_follow_up_check_up_compares_the_group_with_its_earlier_results() {
        String earlier = client.create("en", "Follow me");
        List<Map<String, String>> before = answerThree(client.participantPath(earlier), 0);
        Http.Res follow = http.send("POST", earlier.replace("?new=1", "") + "/follow-up", "", CheckupClient.FORM);
        assertEquals(303, follow.status());
        String later = CheckupClient.path(follow.header("Location"));
        assertTrue(http.get(later, "Accept", "text/html").body().contains("Collaboration check-up: Follow me"), "the same group");
        assertTrue(http.get(later, "Accept", "text/html").body().contains("id=\"compare-waiting\""), "nothing to compare yet");
        List<Map<String, String>> after = answerThree(client.participantPath(later), 1);
        String page = http.get(later, "Accept", "text/html").body();
        Map<Integer, List<String>> a = CheckupClient.expected(conditionOf, before, '.');
        Map<Integer, List<String>> b = CheckupClient.expected(conditionOf, after, '.');
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "<tr data-condition=\"([0-9])\"><th scope=\"row\">[^<]*</th><td class=\"before\">([^<]*)</td><td class=\"now\">([^<]*)</td><td class=\"change\">([^<]*)</td>").matcher(page);
        int rows = 0;
        while (m.find()) {
            int c = Integer.parseInt(m.group(1));
            assertEquals(a.get(c).get(0), m.group(2));
            assertEquals(b.get(c).get(0), m.group(3));
            java.math.BigDecimal d = new java.math.BigDecimal(b.get(c).get(0)).subtract(new java.math.BigDecimal(a.get(c).get(0)));
            String change = m.group(4).replace("−", "-").replace("+", "");
            assertEquals(d.doubleValue(), Double.parseDouble(change), 0.011, "condition " + c);
            rows++;
        }
        assertEquals(5, rows, page);
        assertFalse(http.get(earlier, "Accept", "text/html").body().contains("comparison-table"), "the earlier one does not look forward");
    }

    @Test
    void the_public_barometer_shows_only_slices_of_five_opted_in_check_ups() {
        assertTrue(http.get("/en/check-up/barometer", "Accept", "text/html").body().contains("id=\"barometer-empty\""), "nothing yet");
        List<Map<Integer, Double>> scores = new ArrayList<>();
        String optedOut = null;
        for (int g = 0; g < 6; g++) {
            String organiser = client.create("pl", "Group " + g);
            List<Map<String, String>> people = answerThree(client.participantPath(organiser), g);
            String own = organiser.replace("?new=1", "");
            String country = g < 4 ? "BE" : "CY";
            assertEquals(303, http.send("POST", own + "/barometer", "contribute=yes&country=" + country, CheckupClient.FORM).status());
            if (g == 5) {
                optedOut = own;
                continue;
            }
            scores.add(CheckupClient.scores(conditionOf, people));
        }
        assertEquals(303, http.send("POST", optedOut + "/barometer", "country=CY", CheckupClient.FORM).status(), "withdrawn");
        String page = http.get("/en/check-up/barometer", "Accept", "text/html").body();
        assertTrue(page.contains("id=\"slice-all\""), page);
        assertTrue(page.contains("id=\"slice-pl\""), "the five Polish-language check-ups");
        assertFalse(page.contains("id=\"slice-be\""), "four Belgian groups are too few");
        assertFalse(page.contains("id=\"slice-cy\""), "one Cypriot group (the other withdrew)");
        assertFalse(page.contains("Group 1"), "no names");
        String all = page.substring(page.indexOf("id=\"slice-all\""), page.indexOf("id=\"slice-pl\""));
        for (int c = 1; c <= 5; c++) {
            int n = c;
            double mean = scores.stream().mapToDouble(m -> m.get(n)).average().orElseThrow();
            assertTrue(all.contains("<tr data-condition=\"" + c + "\">") && all.contains("<td class=\"score\">" + CheckupClient.round(mean, '.')),
                    "condition " + c + ": " + CheckupClient.round(mean, '.') + " in " + all);
        }
    }

    /** Three participants answering every statement; {@code shift} changes the answers between check-ups. */
    private static List<Map<String, String>> answerThree(String participant, int shift) {
        List<Map<String, String>> people = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            CheckupClient.Form f = client.open(participant);
            Map<String, String> answers = new LinkedHashMap<>();
            for (int i = 0; i < f.statements().size(); i++) answers.put(f.statements().get(i), Integer.toString(1 + (i + p * 2 + shift * 3) % 5));
            assertEquals(303, client.send(participant, f.token(), 0, answers).status());
            people.add(answers);
        }
        return people;
    }

    private static String dump(javax.jcr.Node n) throws javax.jcr.RepositoryException {
        StringBuilder b = new StringBuilder(n.getPath()).append('\n');
        for (javax.jcr.PropertyIterator it = n.getProperties(); it.hasNext(); ) {
            javax.jcr.Property p = it.nextProperty();
            b.append(p.getName()).append('=').append(p.isMultiple() ? "[...]" : p.getString()).append('\n');
        }
        for (javax.jcr.NodeIterator it = n.getNodes(); it.hasNext(); ) b.append(dump(it.nextNode()));
        return b.toString();
    }
}
