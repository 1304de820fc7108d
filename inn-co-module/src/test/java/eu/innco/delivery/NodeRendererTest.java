package eu.innco.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.TestModule;
import eu.innco.content.ItemValues;
import eu.innco.contenttype.ContentTypeLoader;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.i18n.SiteDefinitionLoader;
import eu.innco.site.SiteLocales;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The delivery JSON of one item: the fallback matrix, @fallback, lang=all, references, depth. */
class NodeRendererTest {
    static final ContentTypeRegistry TYPES = ContentTypeLoader.load(TestModule.lightModules());
    static final SiteLocales SITE = SiteDefinitionLoader.load(TestModule.lightModules());
    static final EndpointRegistry ENDPOINTS = EndpointLoader.load(TestModule.lightModules(), TYPES);
    static final NodeRenderer R = new NodeRenderer(SITE);
    static final Instant T = Instant.parse("2026-11-26T10:15:30Z");

    static Map<String, Object> byLocale(String... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    static RenderInput study(List<String> published, Map<String, Object> title, Map<String, Object> summary, List<String> orgs) {
        ItemValues v = new ItemValues();
        v.put("title", title);
        if (summary != null) v.put("summary", summary);
        if (orgs != null) v.put("organisations", orgs);
        return new RenderInput("11111111-1111-1111-1111-111111111111", TYPES.require("caseStudy"), "study", "/caseStudies/study", v,
                published, T, T, T, 1);
    }

    static JsonNode render(RenderInput item, String locale, Targets targets) {
        return R.render(ENDPOINTS.require("caseStudies"), item, locale, targets).orElseThrow();
    }

    @Test
    void each_locale_reads_its_own_value_or_the_first_published_one_of_its_chain() {
        RenderInput s = study(List.of("en", "fr"), byLocale("en", "EN", "fr", "FR"), byLocale("en", "sum EN"), null);
        // locale -> expected @locale, title, @fallback
        String[][] matrix = {
            {"en", "en", "EN", null},
            {"fr", "fr", "FR", "{\"summary\":\"en\"}"},
            {"nl", "fr", "FR", "{\"summary\":\"en\"}"},
            {"de", "en", "EN", null},
            {"pl", "en", "EN", null},
            {"el", "en", "EN", null},
        };
        for (String[] row : matrix) {
            JsonNode n = render(s, row[0], Targets.NONE);
            assertEquals(row[1], n.path("@locale").asText(), row[0]);
            assertEquals(row[2], n.path("title").asText(), row[0]);
            assertEquals(row[3], n.has("@fallback") ? n.get("@fallback").toString() : null, row[0]);
        }
    }

    @Test
    void an_item_outside_every_chain_is_not_rendered_and_unpublished_values_never_show() {
        RenderInput frOnly = study(List.of("fr"), byLocale("en", "draft EN", "fr", "FR"), null, null);
        assertEquals(Optional.empty(), R.render(ENDPOINTS.require("caseStudies"), frOnly, "en", Targets.NONE));
        assertEquals(Optional.empty(), R.render(ENDPOINTS.require("caseStudies"), frOnly, "de", Targets.NONE));
        assertEquals("FR", render(frOnly, "nl", Targets.NONE).path("title").asText());
        RenderInput enOnly = study(List.of("en"), byLocale("en", "EN", "fr", "draft FR"), null, null);
        assertEquals("EN", render(enOnly, "fr", Targets.NONE).path("title").asText());
        assertTrue(!render(enOnly, "all", Targets.NONE).toString().contains("draft"));
    }

    @Test
    void lang_all_maps_every_published_locale() {
        RenderInput s = study(List.of("en", "fr"), byLocale("en", "EN", "fr", "FR"), byLocale("en", "sum"), null);
        JsonNode all = render(s, NodeRenderer.ALL, Targets.NONE);
        assertEquals("{\"en\":\"EN\",\"fr\":\"FR\"}", all.path("title").toString());
        assertEquals("[\"en\",\"fr\"]", all.path("@availableLocales").toString());
        assertTrue(all.path("@locale").isMissingNode());
    }

    @Test
    void configured_references_expand_one_level_in_the_readers_locale_and_unresolved_targets_answer_their_id() {
        String visible = "22222222-2222-2222-2222-222222222222";
        String hidden = "33333333-3333-3333-3333-333333333333";
        ItemValues org = new ItemValues();
        org.put("name", "La Ruche");
        org.put("description", byLocale("en", "<p>EN</p>", "fr", "<p>FR</p>"));
        RenderInput target = new RenderInput(visible, TYPES.require("organisation"), "la-ruche", "/organisations/la-ruche", org,
                List.of("en", "fr"), T, T, T, 1);
        Targets targets = (type, id) -> id.equals(visible) ? Optional.of(target) : Optional.empty();
        RenderInput s = study(List.of("en", "fr"), byLocale("en", "EN", "fr", "FR"), null, List.of(visible, hidden));
        JsonNode fr = render(s, "fr", targets);
        assertEquals(2, fr.path("organisations").size());
        assertEquals("<p>FR</p>", fr.path("organisations").get(0).path("description").asText());
        // as Magnolia leaves a reference it cannot resolve: the stored id (a Magnolia import keeps ids of what is not here yet)
        assertEquals(hidden, fr.path("organisations").get(1).asText());
        assertEquals("fr", fr.path("organisations").get(0).path("@locale").asText());
        JsonNode asIds = R.render(new EndpointDefinition("plain", "x", TYPES.require("caseStudy"), "/", 2, true, 10, List.of()),
                s, "fr", targets).orElseThrow();
        assertEquals("[\"" + visible + "\",\"" + hidden + "\"]", asIds.path("organisations").toString(), "not configured: ids");
    }

    @Test
    void depth_zero_leaves_child_nodes_out_and_system_properties_can_be_hidden() {
        ItemValues fig = new ItemValues();
        fig.put("label", byLocale("en", "Meals"));
        RenderInput s = study(List.of("en"), byLocale("en", "EN"), null, null);
        s.values().put("figures", List.of(fig));
        JsonNode deep = render(s, "en", Targets.NONE);
        assertEquals("Meals", deep.path("figures").path("0").path("label").asText());
        assertEquals("mgnl:contentNode", deep.path("figures").path("@nodeType").asText());
        EndpointDefinition flat = new EndpointDefinition("flat", "x", TYPES.require("caseStudy"), "/", 0, false, 10, List.of());
        JsonNode shallow = R.render(flat, s, "en", Targets.NONE).orElseThrow();
        assertTrue(shallow.path("figures").isMissingNode());
        assertEquals("[]", shallow.path("@nodes").toString());
        assertTrue(shallow.path("mgnl:created").isMissingNode());
        assertEquals("2026-11-26T10:15:30.000Z", deep.path("mgnl:created").asText());
    }
}
