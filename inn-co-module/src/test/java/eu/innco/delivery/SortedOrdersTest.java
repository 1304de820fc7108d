package eu.innco.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page walked along a kept order is the page Lucene's sort gives, hit for hit and total for
 * total: on an index of several segments with replaced items (deleted documents), many ties,
 * every kind of order but relevance, selective and broad filters, and pages up to past the end.
 */
class SortedOrdersTest {
    static DeliveryIndex index;
    static final String[] CITIES = {"Lyon", "Athens", "Poznań", "Brussels", "Turin", "Lisbon"};
    static final List<String> ORDERS = List.of("", "participantsCount%20desc", "startDate", "city%20asc,participantsCount%20desc",
            "title%20desc", "demo,startDate%20desc");
    static final List<String> FILTERS = List.of("", "city=Lyon", "participantsCount[gt]=10", "city[like]=%25o%25", "city[in]=Lyon|Athens",
            "participantsCount=7", "city=Nowhere", "q=cooperation");

    @BeforeAll
    static void build() {
        index = DeliveryIndex.open(null, DeliveryQueryParserTest.ANALYZERS);
        ItemProjection p = new ItemProjection(NodeRendererTest.R);
        EndpointDefinition events = DeliveryQueryParserTest.EVENTS;
        Random random = new Random(18);
        for (int i = 0; i < 240; i++) {
            String start = "202" + random.nextInt(5) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(3) + "T09:00:00Z";
            index.add(p.documents(events, DeliveryQueryParserTest.event("event-" + i, CITIES[random.nextInt(CITIES.length)],
                    random.nextInt(30), start, (i % 3 == 0 ? "Seminar on cooperation " : "Meeting ") + random.nextInt(20)), Targets.NONE));
            if (i % 60 == 59) index.commit("test"); // another segment
        }
        for (int i = 0; i < 240; i += 7) { // replaced: the old documents stay behind as deleted ones
            RenderInput again = DeliveryQueryParserTest.event("event-" + i, CITIES[i % CITIES.length], i % 30, "2026-01-01T00:00:00Z", "Again " + i);
            index.replace(events.name(), again.id(), p.documents(events, again, Targets.NONE));
        }
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void a_walked_page_is_lucenes_sorted_page() {
        int compared = 0;
        for (String order : ORDERS) {
            for (String filter : FILTERS) {
                for (int[] page : new int[][] {{0, 20}, {0, 1}, {3, 5}, {25, 10}, {100, 100}, {230, 20}, {2000, 5}}) {
                    String query = (filter.isEmpty() ? "" : filter + "&") + (order.isEmpty() ? "" : "orderBy=" + order + "&")
                            + "offset=" + page[0] + "&limit=" + page[1];
                    Page walked = page(query, true);
                    Page sorted = page(query, false);
                    assertEquals(sorted.total(), walked.total(), query);
                    assertEquals(text(sorted.results()), text(walked.results()), query);
                    assertEquals(sorted.etags(), walked.etags(), query);
                    compared += sorted.results().size();
                }
            }
        }
        assertTrue(compared > 1000, "answers compared: " + compared);
    }

    static Page page(String query, boolean walk) {
        index.keepOrders(walk);
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String kv : query.split("&")) {
            int eq = kv.indexOf('=');
            params.computeIfAbsent(kv.substring(0, eq), k -> new ArrayList<>())
                    .add(java.net.URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return IndexSearch.page(index, DeliveryQueryParserTest.PARSER.parse(DeliveryQueryParserTest.EVENTS, "en", params), false);
    }

    static List<String> text(List<byte[]> results) {
        return results.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }
}
