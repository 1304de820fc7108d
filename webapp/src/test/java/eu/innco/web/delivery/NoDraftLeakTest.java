package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.content.ContentItem;
import eu.innco.web.Http;
import eu.innco.web.Http.Res;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No draft value ever comes out of the delivery API: items never published, edits made after a
 * publication, locales never published, withdrawn locales; searched for by every door and language.
 * Each request also has the answer it must give, with the published values it must show, so that a
 * server answering nothing would fail.
 */
class NoDraftLeakTest {
    static final String SECRET = "DRAFTSECRET";
    static final String D = "/.rest/delivery/";
    static InncoServer server;
    static Http http;
    static Published content;
    static final List<Expect> requests = new ArrayList<>();

    /** A request, its status, the total of a list or GeoJSON (-1: not a list), and published text the body must hold. */
    record Expect(String path, int status, int total, List<String> shows) {}

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        http = new Http(server.uri());
        content = new Published(server);
        ContentItem draftOnly = content.organisation("Hidden Org", "FR", 1, 2, "{'en': '<p>" + SECRET + "</p>'}");
        ContentItem edited = content.organisation("Edited Org", "BE", 3, 4, "{'en': '<p>public text</p>', 'fr': '<p>texte public</p>'}");
        content.publish(edited, "en", "fr");
        content.patch("organisation", edited.id(), "{'city': '" + SECRET + "', 'description': {'en': '<p>" + SECRET + " en</p>',"
                + " 'pl': '<p>" + SECRET + " pl</p>'}}");
        ContentItem study = content.create("caseStudy", "{'title': {'en': 'Public study', 'de': '" + SECRET + " Titel'},"
                + " 'summary': {'en': 'public summary', 'it': '" + SECRET + "'}, 'organisations': ['" + edited.id() + "']}");
        content.publish(study, "en");
        ContentItem withdrawn = content.create("caseStudy", "{'title': {'en': 'Withdrawn study', 'fr': 'Étude " + SECRET + "'}}");
        content.publish(withdrawn, "en", "fr");
        content.unpublish(withdrawn, "fr");
        for (String lang : new String[] {"en", "fr", "nl", "de", "it", "pl", "el", "all"}) {
            // the published description a reader of this language gets: nl falls back to fr, the others to en
            List<String> description = switch (lang) {
                case "fr", "nl" -> List.of("texte public");
                case "all" -> List.of("public text", "texte public");
                default -> List.of("public text");
            };
            List<String> org = new ArrayList<>(List.of("Edited Org", "City of Edited Org"));
            org.addAll(description);
            List<String> withOrg = new ArrayList<>(List.of("Public study", "public summary"));
            withOrg.addAll(org);
            String q = "?lang=" + lang;
            node(lang, "organisations", draftOnly, 404, List.of());
            node(lang, "organisations", edited, 200, org);
            node(lang, "caseStudies", study, 200, withOrg);
            node(lang, "caseStudies", withdrawn, 200, List.of("Withdrawn study"));
            requests.add(new Expect(D + "organisations" + q + "&limit=100", 200, 1, org));
            requests.add(new Expect(D + "caseStudies" + q + "&limit=100", 200, 2, List.of("Public study", "Withdrawn study", "Edited Org")));
            requests.add(new Expect(D + "organisations" + q + "&q=" + SECRET, 200, 0, List.of()));
            requests.add(new Expect(D + "caseStudies" + q + "&q=" + SECRET, 200, 0, List.of()));
            requests.add(new Expect(D + "organisations" + q + "&format=geojson", 200, 1, List.of("Edited Org", "City of Edited Org")));
            requests.add(new Expect(D + "caseStudies" + q + "&format=geojson", 400, -1, List.of()));
            requests.add(new Expect(D + "organisations" + q + "&city=" + SECRET, 200, 0, List.of()));
            requests.add(new Expect(D + "organisations" + q + "&city=City%20of%20Edited%20Org", 200, 1, org));
            requests.add(new Expect(D + "organisations" + q + "&name%5Blike%5D=%25" + SECRET + "%25", 200, 0, List.of()));
            requests.add(new Expect(D + "organisations" + q + "&name%5Blike%5D=%25org", 200, 1, org));
        }
    }

    /** The item by name and by id. */
    static void node(String lang, String endpoint, ContentItem item, int status, List<String> shows) {
        requests.add(new Expect(D + endpoint + "/" + item.name() + "?lang=" + lang, status, -1, shows));
        requests.add(new Expect(D + endpoint + "@" + item.id() + "?lang=" + lang, status, -1, shows));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void no_draft_value_is_ever_served_and_the_published_values_are() {
        for (Expect e : requests) {
            Res r = http.get(e.path());
            assertEquals(e.status(), r.status(), e.path() + " -> " + r.body());
            assertFalse(r.body().toLowerCase().contains(SECRET.toLowerCase()), e.path() + " leaked a draft: " + r.body());
            for (String text : e.shows()) assertTrue(r.body().contains(text), e.path() + " should show '" + text + "': " + r.body());
            if (e.total() >= 0) {
                JsonNode json = r.json();
                int total = json.has("features") ? json.path("features").size() : json.path("total").asInt(-1);
                assertEquals(e.total(), total, e.path() + ": " + r.body());
            }
        }
    }

    @Test
    void a_draft_only_item_is_not_found_and_not_listed() {
        assertEquals(404, http.get("/.rest/delivery/organisations/hidden-org").status());
        assertEquals(1, http.get("/.rest/delivery/organisations").json().path("total").asInt());
        assertEquals(0, http.get("/.rest/delivery/organisations?q=" + SECRET).json().path("total").asInt());
    }

    @Test
    void a_restart_rebuilds_from_published_content_only() throws Exception {
        long docs = server.services().delivery.rebuild();
        assertEquals(true, docs > 0);
        no_draft_value_is_ever_served_and_the_published_values_are();
    }
}
