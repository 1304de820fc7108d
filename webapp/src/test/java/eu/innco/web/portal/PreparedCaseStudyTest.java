package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.Services;
import eu.innco.web.StaticFiles;
import eu.innco.web.Templates;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every published case study, in every language, makes the same bytes with the item's model
 * prepared once ({@link PreparedHash}) as with its map through FreeMarker's default wrapper, the
 * model pages had before (issue 18), the first time and from what the first page kept (the model, the
 * schema.org data, the body and the bytes of both); and the prepared model is the one kept with the
 * item, not made again by the next page.
 */
class PreparedCaseStudyTest {
    static InncoServer server;
    static Portal portal;

    @BeforeAll
    static void start() throws Exception {
        server = PortalSite.start();
        Services s = server.services();
        portal = new Portal(s, new Templates(s.lightModules), new StaticFiles(s.lightModules));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void every_case_study_page_is_the_same_with_the_prepared_model() {
        List<String> ids = new ArrayList<>();
        JsonNode list = Items.parse(new Http(server.uri()).get("/.rest/delivery/caseStudies?limit=100&lang=fr").body().getBytes(StandardCharsets.UTF_8));
        list.path("results").forEach(r -> ids.add(r.path("@id").asText()));
        assertTrue(ids.size() >= 3, "case studies: " + ids.size());
        int pages = 0;
        boolean fallback = false;
        boolean seminar = false;
        for (String id : ids) {
            for (String locale : portal.site.locales()) {
                PortalCall call = call(locale);
                JsonNode json = ItemLookup.byId(call, Sections.CASE_STUDIES.endpoint(), id).orElseThrow();
                View v = CaseStudyPages.view(call, json);
                String prepared = html(call, v);
                // FreeMarker's own escaping and encoding (a string, not Utf8Output with Utf8Html and the kept bytes)
                assertEquals(portal.layout.render(call, v), prepared, id + " " + locale + " as a string");
                // again: the model, the schema.org data, the body's headings and their bytes as kept by the first page
                assertEquals(prepared, html(call, CaseStudyPages.view(call, json)), id + " " + locale + " again");
                // the model before: the item's map as delivery JSON gives it, read through the default wrapper
                v.model.put("item", Items.of(json, locale));
                if (v.model.get("seminar") instanceof PreparedHash e) {
                    v.model.put("seminar", new java.util.LinkedHashMap<>(e.map()));
                    seminar = true;
                }
                assertEquals(html(call, v), prepared, id + " " + locale);
                fallback |= prepared.contains("class=\"fallback-notice\"");
                pages++;
            }
        }
        assertTrue(pages >= 21 && fallback && seminar, "pages " + pages + ", a fallback shown " + fallback + ", a seminar " + seminar);
    }

    @Test
    void the_prepared_model_is_kept_with_the_item() {
        JsonNode list = Items.parse(new Http(server.uri()).get("/.rest/delivery/caseStudies?limit=1&lang=fr").body().getBytes(StandardCharsets.UTF_8));
        String id = list.path("results").path(0).path("@id").asText();
        PortalCall first = call("de");
        PortalCall second = call("de");
        PreparedHash a = first.prepared(ItemLookup.byId(first, Sections.CASE_STUDIES.endpoint(), id).orElseThrow());
        PreparedHash b = second.prepared(ItemLookup.byId(second, Sections.CASE_STUDIES.endpoint(), id).orElseThrow());
        assertSame(a, b);
    }

    private static PortalCall call(String locale) {
        return new PortalCall(portal, locale, new RequestAddress("/" + locale + "/case-studies/x"), portal.delivery.generation(), false);
    }

    private static String html(PortalCall call, View v) {
        return new String(portal.layout.page(call, v).body(), StandardCharsets.UTF_8);
    }
}
