package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
 */
class NoDraftLeakTest {
    static final String SECRET = "DRAFTSECRET";
    static InncoServer server;
    static Http http;
    static Published content;
    static final List<String> paths = new ArrayList<>();

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
                + " 'summary': {'en': 'public', 'it': '" + SECRET + "'}, 'organisations': ['" + edited.id() + "']}");
        content.publish(study, "en");
        ContentItem withdrawn = content.create("caseStudy", "{'title': {'en': 'Withdrawn study', 'fr': 'Étude " + SECRET + "'}}");
        content.publish(withdrawn, "en", "fr");
        content.unpublish(withdrawn, "fr");
        for (String lang : new String[] {"en", "fr", "nl", "de", "it", "pl", "el", "all"}) {
            for (ContentItem i : List.of(draftOnly, edited, study, withdrawn)) {
                String ep = i.type().equals("organisation") ? "organisations" : "caseStudies";
                paths.add("/.rest/delivery/" + ep + "/" + i.name() + "?lang=" + lang);
                paths.add("/.rest/delivery/" + ep + "@" + i.id() + "?lang=" + lang);
            }
            for (String ep : new String[] {"organisations", "caseStudies"}) {
                paths.add("/.rest/delivery/" + ep + "?limit=100&lang=" + lang);
                paths.add("/.rest/delivery/" + ep + "?q=" + SECRET + "&lang=" + lang);
                paths.add("/.rest/delivery/" + ep + "?format=geojson&lang=" + lang);
            }
            paths.add("/.rest/delivery/organisations?city=" + SECRET + "&lang=" + lang);
            paths.add("/.rest/delivery/organisations?name%5Blike%5D=%25" + SECRET + "%25&lang=" + lang);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void no_draft_value_is_ever_served() {
        for (String p : paths) {
            Res r = http.get(p);
            assertFalse(r.status() >= 500, p + " -> " + r);
            assertFalse(r.body().contains(SECRET), p + " leaked a draft: " + r.body());
            assertFalse(r.body().toLowerCase().contains(SECRET.toLowerCase()), p);
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
        no_draft_value_is_ever_served();
    }
}
