package eu.innco.web.editor;

import static eu.innco.web.editor.EditorClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.security.Actor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A campaign launched from the editor, visited through its page and share links by people, robots
 * and a browser asking not to be followed; the dashboard's figures are the visits this test made,
 * counted here on its own. No public answer sets a cookie; the repository keeps no address or
 * browser detail; partner editors see their own partner's campaigns only.
 */
class CampaignReachTest {
    static final String PERSON = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 InncoReachTest";
    static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static EditorFixture f;
    static EditorClient paula;
    static final List<HttpResponse<String>> publicAnswers = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        f = new EditorFixture();
        paula = f.signIn("paula");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    /** A campaign by claire (partner A) in French and Polish, promoting a case study that is not yet published. */
    static String campaign(String code, String slug) throws Exception {
        String study = f.create(f.actor("claire"), "caseStudy", "{'sourceLocale':'fr','properties':{'title':{'fr':'Cuisine partagée " + code
                + "','en':'Shared kitchen " + code + "'}}}").id();
        return f.create(f.actor("claire"), "campaign", ("{'sourceLocale':'fr','properties':{'name':'Campagne " + code + "','title':{'fr':'Travailler ensemble "
                + code + "','pl':'Pracować razem " + code + "'},'slug':{'fr':'" + slug + "','pl':'" + slug + "-pl'},'locales':['fr','pl'],"
                + "'goal':{'fr':'Faire connaître le modèle.'},'trackingCode':'" + code + "','promotedCaseStudies':['" + study + "']}}")).id();
    }

    @Test
    void a_publisher_launches_a_campaign_in_its_languages_with_what_it_promotes_now_or_later() throws Exception {
        String id = campaign("lancement", "lancement");
        paula.get("/editor/campaigns/" + id);
        HttpResponse<String> r = paula.submit("/editor/campaigns/" + id + "/launch", Map.of("at", ""));
        assertEquals(303, r.statusCode(), EditorClient.summary(r));
        assertTrue(f.published("campaign", id, "fr") && f.published("campaign", id, "pl"), "published in its two languages");
        assertFalse(f.published("campaign", id, "en"), "and only those");
        assertEquals(200, visit("/fr/campaigns/lancement", PERSON).statusCode());
        assertTrue(visit("/fr/campaigns/lancement", PERSON).body().contains("Cuisine partagée lancement"), "the promoted case study came along");

        String later = campaign("plus-tard", "plus-tard");
        String at = LocalDateTime.now(ZoneId.of("Europe/Brussels")).plusDays(2).withSecond(0).withNano(0).toString();
        paula.get("/editor/campaigns/" + later);
        assertEquals(303, paula.submit("/editor/campaigns/" + later + "/launch", Map.of("at", at)).statusCode());
        assertTrue(f.services.publishing.releases.all().stream().anyMatch(x -> x.state().equals("scheduled") && x.name().contains("Campagne plus-tard")),
                () -> f.services.publishing.releases.all().toString());
        assertFalse(f.published("campaign", later, "fr"), "not before its time");
        assertEquals(403, f.signIn("claire").submit("/editor/campaigns/" + id + "/launch", Map.of("at", "")).statusCode(), "editors do not publish");
    }

    @Test
    void the_dashboard_counts_exactly_the_visits_people_made_and_no_robot_nor_gpc_visit() throws Exception {
        String id = campaign("printemps", "printemps");
        f.services.publishing.publication.publish(Actor.SYSTEM, "campaign", id, List.of("fr", "pl"), "", true);
        EditorClient claire = f.signIn("claire");
        String page = claire.get("/editor/campaigns/" + id).body();
        Map<String, String> links = shareLinks(page);
        assertEquals(4, links.size(), "the campaign page and the promoted case study, in French and in Polish: " + links);
        String campaignFr = links.entrySet().stream().filter(e -> e.getValue().equals("/fr/campaigns/printemps")).findFirst().orElseThrow().getKey();
        String studyPl = links.entrySet().stream().filter(e -> e.getValue().startsWith("/pl/case-studies/")).findFirst().orElseThrow().getKey();

        Map<String, Long> expected = new HashMap<>();
        for (int i = 0; i < 3; i++) expected.merge(count(visit("/fr/campaigns/printemps", PERSON, "Referer", "https://www.facebook.com/groups/ess?x=1"), "page fr facebook.com"), 1L, Long::sum);
        for (int i = 0; i < 2; i++) expected.merge(count(visit("/pl/campaigns/printemps-pl", PERSON), "page pl "), 1L, Long::sum);
        for (int i = 0; i < 4; i++) expected.merge(count(visit(campaignFr, PERSON, "Referer", "https://t.co/abc"), "share fr t.co"), 1L, Long::sum);
        expected.merge(count(visit(studyPl, PERSON), "share pl "), 1L, Long::sum);
        // not counted: robots, a link previewer, a browser with Global Privacy Control, a missing page
        visit("/fr/campaigns/printemps", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
        visit(campaignFr, "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)");
        visit("/fr/campaigns/printemps", PERSON, "Sec-GPC", "1");
        visit(campaignFr, PERSON, "Sec-GPC", "1");
        assertEquals(404, visit("/fr/campaigns/nulle-part", PERSON).statusCode());

        Map<String, Long> counted = awaitCounts(claire, "/editor/campaigns/" + id + "/reach.csv", expected);
        assertEquals(expected, counted, "the CSV holds the visits made, by kind, locale and referring site");
        String dashboard = claire.get("/editor/campaigns/" + id).body();
        assertTrue(dashboard.contains("<td>5</td><td>5</td>"), "today's row of the daily table: 5 views, 5 clicks");
        assertTrue(dashboard.contains("<svg") && dashboard.contains("<polyline"), "the line chart");
        assertTrue(dashboard.contains(">facebook.com</td><td>3</td>") && dashboard.contains(">t.co</td><td>4</td>"), "referring sites, host only");
        Matcher clicks = Pattern.compile(Pattern.quote(campaignFr) + "</code></td><td>[^<]*</td><td>[^<]*</td><td>(\\d+)</td>").matcher(dashboard);
        assertTrue(clicks.find() && clicks.group(1).equals("4"), "each share link shows its clicks");

        for (HttpResponse<String> r : publicAnswers) assertNull(r.headers().firstValue("Set-Cookie").orElse(null), "no cookie from " + r.uri());
        String stored = RepositoryText.all(f.services.repository);
        assertFalse(stored.contains("InncoReachTest") || stored.contains("Firefox/128"), "no user agent in the repository");
        assertFalse(stored.contains("127.0.0.1"), "no address in the repository");
        assertFalse(stored.contains("groups/ess"), "of a referring page, only its host");
        assertTrue(stored.contains("facebook.com"), "(the check reads the counts)");
    }

    @Test
    void partner_editors_see_their_own_partners_campaigns_only() throws Exception {
        String id = campaign("partenaire-a", "partenaire-a");
        EditorClient piotr = f.signIn("piotr");
        assertEquals(404, piotr.get("/editor/campaigns/" + id).statusCode(), "another partner's campaign");
        assertFalse(piotr.get("/editor/campaigns").body().contains("Campagne partenaire-a"), "not listed for partner B");
        HttpResponse<String> mine = f.signIn("claire").get("/editor/campaigns");
        assertTrue(mine.body().contains("Travailler ensemble partenaire-a"), "listed for partner A: " + EditorClient.summary(mine));
        String admin = f.admin().get("/editor/campaigns?partner=" + f.partnerB).body();
        assertFalse(admin.contains("Travailler ensemble partenaire-a"), "an admin can narrow to partner B");
        assertTrue(f.admin().get("/editor/campaigns?partner=" + f.partnerA).body().contains("Travailler ensemble partenaire-a"));
    }

    @Test
    void downloads_feeds_calendars_and_api_reads_are_counted_by_kind_on_the_overall_dashboard() throws Exception {
        String image = f.image("claire", "compte.png", "Une image comptée");
        f.publish("asset", image, "fr");
        Map<String, Long> expected = new HashMap<>();
        for (String[] read : new String[][] {{"/dam/" + image + "/compte.png", "download"}, {"/dam/" + image + "/compte.png", "download"},
                {"/fr/feeds/case-studies.atom", "feed"}, {"/fr/events.ics", "feed"}, {"/.rest/delivery/caseStudies?lang=fr", "api"},
                {"/.rest/delivery/caseStudies?lang=fr&limit=1", "api"}, {"/.rest/delivery/caseStudies?lang=fr", "api"}}) {
            HttpResponse<String> r = visit(read[0], PERSON);
            assertEquals(200, r.statusCode(), read[0]);
            expected.merge(read[1] + " " + URI.create(read[0]).getPath(), 1L, Long::sum);
        }
        visit("/.rest/delivery/caseStudies?lang=fr", "curl/8.5.0");
        Map<String, Long> counted = new HashMap<>();
        for (int i = 0; i < 50 && !counted.equals(expected); i++) {
            counted.clear();
            String[] lines = f.admin().get("/editor/campaigns/reach.csv").body().split("\r\n");
            for (int j = 1; j < lines.length; j++) {
                String[] cells = lines[j].split(",", -1);
                if (List.of("download", "feed", "api").contains(cells[1]) && expected.containsKey(cells[1] + " " + cells[2])) {
                    counted.merge(cells[1] + " " + cells[2], Long.parseLong(cells[6]), Long::sum);
                }
            }
            if (!counted.equals(expected)) Thread.sleep(100);
        }
        assertEquals(expected, counted, "two downloads, two feed reads, three API reads (the script's read is not counted)");
        for (HttpResponse<String> r : publicAnswers) assertNull(r.headers().firstValue("Set-Cookie").orElse(null), "no cookie from " + r.uri());
    }

    @Test
    void a_share_link_to_a_withdrawn_item_leads_to_the_campaign_page_and_an_unknown_code_is_a_404() throws Exception {
        String id = campaign("retrait", "retrait");
        f.services.publishing.publication.publish(Actor.SYSTEM, "campaign", id, List.of("fr"), "", true);
        Map<String, String> links = shareLinks(f.signIn("claire").get("/editor/campaigns/" + id).body());
        String study = links.entrySet().stream().filter(e -> e.getValue().startsWith("/fr/case-studies/")).findFirst().orElseThrow().getKey();
        String studyId = f.item("campaign", id).orElseThrow().values().get("promotedCaseStudies").map(v -> ((List<?>) v).get(0).toString()).orElseThrow();
        f.services.publishing.publication.unpublish(Actor.SYSTEM, "caseStudy", studyId, List.of(), true);
        assertEquals("/fr/campaigns/retrait", URI.create(visit(study, "Googlebot/2.1").headers().firstValue("Location").orElseThrow()).getPath());
        assertEquals(404, visit("/s/no-such-code-fr-aaaaaa", PERSON).statusCode());
        assertEquals(400, visit("/s/..%2F..%2Feditor", PERSON).statusCode(), "an encoded slash is refused before any lookup");
    }

    /** Share links on the campaign's editor page and where each leads (asked as a robot, so not counted). */
    static Map<String, String> shareLinks(String page) throws Exception {
        Map<String, String> out = new HashMap<>();
        Matcher m = Pattern.compile("<code class=\"share-link\">[^<]*(/s/[a-z0-9-]+)</code>").matcher(page);
        while (m.find()) {
            HttpResponse<String> r = visit(m.group(1), "Mozilla/5.0 (compatible; Googlebot/2.1)");
            assertTrue(r.statusCode() == 302 || r.statusCode() == 303, m.group(1) + " " + r.statusCode());
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), "every click reaches the server");
            out.put(m.group(1), URI.create(r.headers().firstValue("Location").orElseThrow()).getPath());
        }
        return out;
    }

    static HttpResponse<String> visit(String path, String agent, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(f.server.uri().resolve(path)).header("User-Agent", agent).header("Accept", "text/html");
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        synchronized (publicAnswers) {
            publicAnswers.add(r);
        }
        return r;
    }

    private static String count(HttpResponse<String> r, String key) {
        assertTrue(r.statusCode() == 200 || r.statusCode() == 302, r.uri() + " " + r.statusCode());
        return key;
    }

    /** The CSV's counts as "kind locale referrer", once they reach the expected total (counting follows the answer). */
    static Map<String, Long> awaitCounts(EditorClient c, String csv, Map<String, Long> expected) throws Exception {
        long want = expected.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> got = Map.of();
        for (int i = 0; i < 50; i++) {
            got = new HashMap<>();
            String body = c.get(csv).body();
            String[] lines = body.split("\r\n");
            assertEquals("day,kind,path,locale,campaign,referrer,count", lines[0]);
            for (int j = 1; j < lines.length; j++) {
                String[] cells = lines[j].split(",", -1);
                got.merge(cells[1] + " " + cells[3] + " " + cells[5], Long.parseLong(cells[6]), Long::sum);
            }
            if (got.values().stream().mapToLong(Long::longValue).sum() >= want) return got;
            Thread.sleep(100);
        }
        return got;
    }
}
