package eu.innco.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.InncoException;
import eu.innco.content.ItemValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Filters, operators, ranges, like, in/not-in, ordering and text, on a small in-memory index of events. */
class DeliveryQueryParserTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final EndpointDefinition EVENTS = NodeRendererTest.ENDPOINTS.require("events");
    static final Analyzers ANALYZERS = new Analyzers(NodeRendererTest.SITE.locales(), NodeRendererTest.SITE.defaultLocale());
    static final DeliveryQueryParser PARSER = new DeliveryQueryParser(ANALYZERS);
    static DeliveryIndex index;

    static RenderInput event(String name, String city, long participants, String start, String titleEn) {
        ItemValues v = new ItemValues();
        v.put("title", new LinkedHashMap<>(Map.of("en", titleEn)));
        v.put("city", city);
        v.put("participantsCount", participants);
        v.put("startDate", Instant.parse(start));
        v.put("demo", participants > 20);
        return new RenderInput(java.util.UUID.nameUUIDFromBytes(name.getBytes()).toString(), EVENTS.type(), name, "/events/" + name, v,
                List.of("en"), Instant.parse(start), Instant.parse(start), Instant.parse(start), 1);
    }

    @BeforeAll
    static void build() {
        index = DeliveryIndex.open(null, ANALYZERS);
        ItemProjection p = new ItemProjection(NodeRendererTest.R);
        index.add(p.documents(EVENTS, event("lyon-seminar", "Lyon", 25, "2022-03-14T09:00:00Z", "Seminar on cooperation"), Targets.NONE));
        index.add(p.documents(EVENTS, event("brussels-meeting", "Brussels", 12, "2022-11-30T14:00:00Z", "Meeting of partners"), Targets.NONE));
        index.add(p.documents(EVENTS, event("poznan-workshop", "Poznań", 40, "2023-06-01T08:00:00Z", "Workshops in Poznań"), Targets.NONE));
        index.add(p.documents(EVENTS, event("athens-call", "Athens*", 5, "2024-01-10T10:00:00Z", "Video call"), Targets.NONE));
        index.commit("test");
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static List<String> names(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            for (String kv : query.split("&")) {
                int eq = kv.indexOf('=');
                params.computeIfAbsent(kv.substring(0, eq), k -> new ArrayList<>()).add(kv.substring(eq + 1));
            }
        }
        Page page = IndexSearch.page(index, PARSER.parse(EVENTS, "en", params), false);
        List<String> out = new ArrayList<>();
        for (byte[] b : page.results()) {
            try {
                JsonNode n = JSON.readTree(b);
                out.add(n.path("@name").asText());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    @Test
    void equality_and_its_negation() {
        assertEquals(List.of("lyon-seminar"), names("city=Lyon"));
        assertEquals(List.of("lyon-seminar"), names("city[eq]=Lyon"));
        assertEquals(List.of(), names("city=lyon"), "eq is exact");
        assertEquals(List.of("athens-call", "poznan-workshop"), names("city[ne]=Lyon&city[ne]=Brussels"));
        assertEquals(List.of("lyon-seminar"), names("participantsCount=25"));
        assertEquals(List.of("athens-call", "brussels-meeting"), names("demo=false"));
    }

    @Test
    void comparisons_on_numbers_dates_and_text() {
        assertEquals(List.of("athens-call", "brussels-meeting"), names("participantsCount[lt]=25"));
        assertEquals(List.of("athens-call", "brussels-meeting", "lyon-seminar"), names("participantsCount[lte]=25"));
        assertEquals(List.of("poznan-workshop"), names("participantsCount[gt]=25"));
        assertEquals(List.of("lyon-seminar", "poznan-workshop"), names("participantsCount[gte]=25"));
        assertEquals(List.of("lyon-seminar"), names("startDate=2022-03-14"), "a bare date is the whole day");
        assertEquals(List.of("athens-call", "poznan-workshop"), names("startDate[gt]=2022-11-30"));
        assertEquals(List.of("brussels-meeting", "lyon-seminar"), names("startDate[lte]=2022-11-30"));
        assertEquals(List.of("lyon-seminar"), names("startDate[lt]=2022-11-30T14:00:00Z"));
        assertEquals(List.of("athens-call", "brussels-meeting"), names("city[lt]=Lyon"));
        assertEquals(List.of("lyon-seminar", "poznan-workshop"), names("city[gte]=Lyon"));
    }

    @Test
    void ranges_and_lists_with_in_and_not_in() {
        assertEquals(List.of("brussels-meeting", "lyon-seminar"), names("startDate[in]=2022-01-01~2022-12-31"));
        assertEquals(List.of("athens-call", "poznan-workshop"), names("startDate[not-in]=2022-01-01~2022-12-31"));
        assertEquals(List.of("athens-call", "lyon-seminar"), names("participantsCount[in]=~5|25"));
        assertEquals(List.of("brussels-meeting", "lyon-seminar"), names("city[in]=Lyon|Brussels"));
        assertEquals(List.of("athens-call", "poznan-workshop"), names("city[not-in]=Lyon|Brussels"));
        assertEquals(List.of("poznan-workshop"), names("participantsCount[in]=26~"));
    }

    @Test
    void like_uses_percent_only_and_ignores_case() {
        assertEquals(List.of("poznan-workshop"), names("city[like]=pozna%"));
        assertEquals(List.of("brussels-meeting"), names("city[like]=%L%S%"));
        assertEquals(List.of("lyon-seminar", "poznan-workshop"), names("city[like]=%O%"));
        assertEquals(List.of("athens-call"), names("city[like]=athens*"), "* is a literal character");
        assertEquals(List.of(), names("city[like]=ath?ns%"), "? is a literal character");
        assertEquals(List.of(), names("city[like]=*"));
    }

    @Test
    void ordering_with_directions_and_stable_ties() {
        assertEquals(List.of("poznan-workshop", "lyon-seminar", "brussels-meeting", "athens-call"), names("orderBy=participantsCount desc"));
        assertEquals(List.of("lyon-seminar", "brussels-meeting", "poznan-workshop", "athens-call"), names("orderBy=startDate asc"));
        assertEquals(List.of("athens-call", "brussels-meeting", "lyon-seminar", "poznan-workshop"), names("orderBy=city"));
        assertEquals(List.of("poznan-workshop", "lyon-seminar"), names("orderBy=demo desc,participantsCount desc&limit=2"));
    }

    @Test
    void full_text_is_analysed_for_the_locale() {
        assertEquals(List.of("poznan-workshop"), names("q=workshop"));
        assertEquals(List.of("lyon-seminar"), names("q=seminars cooperating"));
        assertEquals(List.of(), names("q=the"), "stop words alone match nothing");
        assertEquals(List.of("athens-call"), names("q=athens-call"));
    }

    @Test
    void injection_shaped_values_are_plain_values() {
        // read as syntax, each would match some of the four events: everything, an OR of two cities, a fuzzy Lyon
        for (String v : List.of("*", "*:*", "city:*", "Lyon OR Brussels", "') OR ('1'='1", "[* TO *]", "\\", "/.*/", "Lyon~2",
                "Lyon Brussels", "lyon-seminar OR poznan-workshop", "+Lyon -Brussels", "Ly*", "Lyo?")) {
            assertEquals(List.of(), names("city=" + v), v);
            assertEquals(List.of(), names("q=" + v), v);
        }
        assertEquals(List.of("lyon-seminar"), names("q=Lyon"), "a plain word is found");
        assertEquals(List.of("brussels-meeting", "lyon-seminar"), names("city[in]=Lyon|Brussels"), "| separates values in 'in' only");
    }

    @Test
    void every_malformed_parameter_is_named() {
        InncoException e = assertThrows(InncoException.class, () -> names("nope=1&city[wat]=x&participantsCount=ten&startDate=soon"
                + "&demo[like]=t&limit=101&offset=-2&orderBy=city up"));
        assertEquals(List.of("nope", "city[wat]", "participantsCount", "startDate", "demo[like]", "limit", "offset", "orderBy").stream().sorted().toList(),
                e.errors().stream().map(x -> x.path()).sorted().toList());
    }
}
