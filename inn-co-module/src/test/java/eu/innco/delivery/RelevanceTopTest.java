package eu.innco.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A full-text page ranked by {@link RelevanceTop} is the page of Lucene's plain scoring search, hit
 * for hit, total for total, ETag for ETag: on an index of several segments with replaced items
 * (deleted documents), titles of varied lengths and repeated words (scores that differ in the
 * norms and frequencies) and many equal scores (ties broken by the per-item number), with
 * filters, one to three words and pages from the first to past the end, more hits than a page.
 */
class RelevanceTopTest {
    static DeliveryIndex index;
    static final String[] WORDS = {"kitchen", "cooperative", "garden", "energy", "network", "solidarity", "care", "local"};
    static final String[] CITIES = {"Lyon", "Athens", "Turin"};
    static final List<String> SEARCHES = List.of("cooperative", "kitchen cooperative", "garden energy network", "care", "nothingatall",
            "cooperative&city=Lyon", "kitchen&participantsCount[gt]=10", "energy&city[in]=Lyon|Turin");

    @BeforeAll
    static void build() {
        index = DeliveryIndex.open(null, DeliveryQueryParserTest.ANALYZERS);
        ItemProjection p = new ItemProjection(NodeRendererTest.R);
        EndpointDefinition events = DeliveryQueryParserTest.EVENTS;
        Random random = new Random(1818);
        for (int i = 0; i < 400; i++) {
            index.add(p.documents(events, event(i, random), Targets.NONE));
            if (i % 90 == 89) index.commit("test"); // another segment
        }
        for (int i = 0; i < 400; i += 9) { // replaced: the old documents stay behind as deleted ones
            index.replace(events.name(), event(i, random).id(), p.documents(events, event(i, random), Targets.NONE));
        }
    }

    /** Every fourth title the same two words (equal scores); the others one to eight words drawn with repeats. */
    static RenderInput event(int i, Random random) {
        StringBuilder title = new StringBuilder(i % 4 == 0 ? "kitchen cooperative" : "");
        for (int n = i % 4 == 0 ? 0 : 1 + random.nextInt(8); n > 0; n--) title.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        return DeliveryQueryParserTest.event("event-" + i, CITIES[i % CITIES.length], random.nextInt(30), "2024-05-0" + (1 + i % 9) + "T09:00:00Z",
                title.toString().trim());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void a_ranked_page_is_lucenes_scored_page() {
        int compared = compare(index, "en", SEARCHES);
        assertTrue(compared > 500, "answers compared: " + compared);
        assertTrue(parse("q=kitchen&limit=5").words().size() == 1 && IndexSearch.page(index, parse("q=kitchen&limit=5"), false).total() > 100,
                "more hits than a page");
    }

    /** Every search at pages from the first to past the end, each compared with Lucene's page; the answers compared. */
    static int compare(DeliveryIndex index, String locale, List<String> searches) {
        int compared = 0;
        for (String search : searches) {
            for (int[] page : new int[][] {{0, 10}, {0, 1}, {7, 20}, {95, 100}, {150, 100}, {399, 5}, {5000, 5}}) {
                String query = "q=" + search + "&offset=" + page[0] + "&limit=" + page[1];
                DeliveryQuery ranked = parse(query, locale);
                assertTrue(RelevanceTop.applies(ranked), query);
                DeliveryQuery plain = new DeliveryQuery(ranked.filter(), ranked.sort(), ranked.offset(), ranked.limit(), ranked.geoJson(),
                        ranked.endpoint());
                assertFalse(RelevanceTop.applies(plain));
                Page mine = IndexSearch.page(index, ranked, false);
                Page lucene = IndexSearch.page(index, plain, false);
                assertEquals(lucene.total(), mine.total(), query);
                assertEquals(SortedOrdersTest.text(lucene.results()), SortedOrdersTest.text(mine.results()), query);
                assertEquals(lucene.etags(), mine.etags(), query);
                compared += mine.results().size();
            }
        }
        return compared;
    }

    @Test
    void other_orders_and_repeated_words_keep_lucenes_collector() {
        assertFalse(RelevanceTop.applies(parse("q=kitchen&orderBy=title")));
        assertFalse(RelevanceTop.applies(parse("q=kitchen%20kitchen")));
        assertFalse(RelevanceTop.applies(parse("q=kitchen&otherLanguages=ranked")));
        assertFalse(RelevanceTop.applies(parse("city=Lyon")));
    }

    @Test
    void ranked_hits_keep_the_best_best_first_with_ties_by_number_then_document() {
        RankedHits r = new RankedHits(3);
        r.offer(1f, 5, 10);
        r.offer(2f, 9, 11);
        r.offer(1f, 4, 12);
        r.offer(1f, 4, 3);
        assertTrue(r.beaten(0.5f));
        r.offer(0.5f, 0, 1);
        var top = r.inOrder();
        assertEquals(List.of(11, 3, 12), java.util.Arrays.stream(top).map(d -> d.doc).toList());
    }

    static DeliveryQuery parse(String query) {
        return parse(query, "en");
    }

    static DeliveryQuery parse(String query, String locale) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String kv : query.split("&")) {
            int eq = kv.indexOf('=');
            params.computeIfAbsent(kv.substring(0, eq), k -> new ArrayList<>())
                    .add(java.net.URLDecoder.decode(kv.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return DeliveryQueryParserTest.PARSER.parse(DeliveryQueryParserTest.EVENTS, locale, params);
    }
}
