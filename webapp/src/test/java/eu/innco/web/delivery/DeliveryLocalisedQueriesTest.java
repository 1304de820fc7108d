package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.innco.content.ContentItem;
import eu.innco.web.Http;
import eu.innco.web.Http.Res;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Queries read the resolved locale: which items appear (those whose chain reaches a published
 * locale), which value a filter, a sort and q see (the one the reader is served, fallback included).
 */
class DeliveryLocalisedQueriesTest {
    static final String D = "/.rest/delivery/caseStudies?";
    static InncoServer server;
    static Http http;
    static ContentItem kitchen;
    static ContentItem bakery;
    static ContentItem workshop;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        http = new Http(server.uri());
        Published content = new Published(server);
        kitchen = content.create("caseStudy", "{'title': {'en': 'Shared kitchen', 'fr': 'Cuisine partagée', 'de': 'Gemeinsame Küche'}}");
        content.publish(kitchen, "en", "fr");
        bakery = content.create("caseStudy", "{'title': {'en': 'Bakery', 'fr': 'Fournil solidaire'}}");
        content.publish(bakery, "en", "fr");
        workshop = content.create("caseStudy", "{'title': {'fr': 'Atelier vélo'}}");
        content.publish(workshop, "fr");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<String> names(String query) {
        Res r = http.get(D + query);
        assertEquals(200, r.status(), query + ": " + r.body());
        List<String> out = new ArrayList<>();
        r.json().path("results").forEach(n -> out.add(n.path("@name").asText()));
        assertEquals(out.size(), r.json().path("total").asInt(), query);
        return out;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void only_items_whose_chain_reaches_a_published_locale_are_listed() {
        String order = "&orderBy=mgnl:created";
        assertEquals(List.of(kitchen.name(), bakery.name(), workshop.name()), names("lang=fr" + order));
        assertEquals(List.of(kitchen.name(), bakery.name(), workshop.name()), names("lang=nl" + order), "nl falls back to fr");
        assertEquals(List.of(kitchen.name(), bakery.name()), names("lang=de" + order), "de falls back to en only");
        assertEquals(List.of(kitchen.name(), bakery.name()), names("lang=en" + order));
        assertEquals(List.of(kitchen.name(), bakery.name(), workshop.name()), names("lang=all" + order));
        assertEquals(404, http.get("/.rest/delivery/caseStudies/" + workshop.name() + "?lang=de").status());
    }

    @Test
    void a_filter_on_a_localised_property_matches_the_value_the_reader_is_served() {
        assertEquals(List.of(kitchen.name()), names("lang=fr&title=" + enc("Cuisine partagée")));
        assertEquals(List.of(), names("lang=en&title=" + enc("Cuisine partagée")));
        assertEquals(List.of(kitchen.name()), names("lang=en&title=" + enc("Shared kitchen")));
        assertEquals(List.of(kitchen.name()), names("lang=nl&title=" + enc("Cuisine partagée")), "the fallback value");
        assertEquals(List.of(), names("lang=de&title=" + enc("Gemeinsame Küche")), "a draft value never matches");
        assertEquals(List.of(kitchen.name()), names("lang=de&title=" + enc("Shared kitchen")));
        assertEquals(List.of(workshop.name()), names("lang=nl&title%5Blike%5D=atelier%25"));
        assertEquals(List.of(), names("lang=de&title%5Blike%5D=atelier%25"));
    }

    @Test
    void sorting_and_full_text_read_the_resolved_locale_too() {
        assertEquals(List.of(bakery.name(), kitchen.name()), names("lang=en&orderBy=title"));
        assertEquals(List.of(workshop.name(), kitchen.name(), bakery.name()), names("lang=fr&orderBy=title"));
        assertEquals(List.of(workshop.name(), kitchen.name(), bakery.name()), names("lang=nl&orderBy=title"));
        assertEquals(List.of(workshop.name()), names("lang=nl&q=atelier"));
        assertEquals(List.of(), names("lang=de&q=atelier"));
        assertEquals(List.of(), names("lang=de&q=" + enc("Küche")), "draft text is not searchable");
        assertEquals(List.of(bakery.name()), names("lang=fr&q=fournil"));
        assertEquals(List.of(), names("lang=en&q=fournil"));
    }
}
