package eu.innco.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the hits of a list's filter are kept per reader. Kept hits are the hits a fresh search
 * finds, on an index of several segments with replaced items (deleted documents); a publication
 * between two requests shows in the second; a request still on the reader before a publication
 * does not throw away what the current reader keeps; and what is kept stays within its bytes.
 */
class KeptHitsTest {
    private static final String[] CITIES = {"Lyon", "Athens", "Poznań", "Brussels", "Turin", "Lisbon"};
    private static final List<String> QUERIES = List.of("limit=20", "city=Lyon&orderBy=startDate%20desc", "city=Athens&limit=5&offset=3",
            "participantsCount[gt]=10&orderBy=participantsCount", "city[like]=%25o%25&orderBy=title", "city=Nowhere", "q=cooperation",
            "city[in]=Lyon|Turin&orderBy=city%20asc,startDate%20desc&offset=40");
    private final ItemProjection projection = new ItemProjection(NodeRendererTest.R);
    private DeliveryIndex index;

    @BeforeEach
    void build() {
        index = filled();
    }

    /** Several segments, and replaced items whose old documents stay behind as deleted ones. */
    private DeliveryIndex filled() {
        DeliveryIndex in = DeliveryIndex.open(null, DeliveryQueryParserTest.ANALYZERS);
        Random random = new Random(19);
        for (int i = 0; i < 300; i++) {
            String start = "202" + random.nextInt(5) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(3) + "T09:00:00Z";
            in.add(documents(event(i, CITIES[random.nextInt(CITIES.length)], random.nextInt(30), start)));
            if (i % 75 == 74) in.commit("test"); // another segment
        }
        for (int i = 0; i < 300; i += 9) publish(in, event(i, CITIES[i % CITIES.length], i % 30, "2026-01-01T00:00:00Z"));
        return in;
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void kept_hits_are_the_hits_of_a_fresh_search_and_are_kept() throws Exception {
        SortedOrders orders = new SortedOrders();
        // replaced just now: background merges may have dropped earlier deletions, not one made by the reader's own refresh
        publish(index, event(1, "Turin", 4, "2026-02-01T00:00:00Z"));
        IndexSearcher s = index.acquire();
        try {
            assertTrue(s.getIndexReader().leaves().size() > 1, "several segments");
            assertTrue(s.getIndexReader().numDeletedDocs() > 0, "deleted documents");
            for (String query : QUERIES) {
                Query filter = parse(query).filter();
                KeptHits.Hits kept = orders.found(s, filter);
                KeptHits.Hits fresh = KeptHits.found(s, filter);
                assertEquals(fresh.bits(), kept.bits(), query);
                assertEquals(fresh.total(), kept.total(), query);
                assertSame(kept, orders.found(s, parse(query).filter()), "the same filter again, parsed anew, is not searched again: " + query);
            }
        } finally {
            index.release(s);
        }
    }

    @Test
    void pages_with_kept_hits_are_pages_without_them_across_publications() {
        DeliveryIndex plain = filled(); // the same documents, nothing kept
        try {
            index.keepOrders(true);
            plain.keepOrders(false);
            for (int round = 0; round < 4; round++) {
                Map<String, String> expected = pages(plain);
                assertEquals(expected, pages(index), "first asked, round " + round);
                assertEquals(expected, pages(index), "asked again, round " + round);
                for (DeliveryIndex in : List.of(index, plain)) { // a publication between requests: items move between cities, one leaves
                    for (int i = round; i < 300; i += 11) {
                        publish(in, event(i, CITIES[(i + round + 1) % CITIES.length], round, "2027-0" + (round + 1) + "-01T00:00:00Z"));
                    }
                    in.replace(DeliveryQueryParserTest.EVENTS.name(), event(50 + round, "Lyon", 0, "2026-01-01T00:00:00Z").id(), List.of());
                }
            }
        } finally {
            plain.close();
        }
    }

    @Test
    void a_request_on_the_reader_before_a_publication_leaves_the_current_hits_kept() throws Exception {
        SortedOrders orders = new SortedOrders();
        Query lyon = parse("city=Lyon").filter();
        IndexSearcher before = index.acquire();
        try {
            int totalBefore = orders.found(before, lyon).total();
            publish(index, event(1000, "Lyon", 3, "2026-05-01T00:00:00Z"));
            IndexSearcher after = index.acquire();
            try {
                KeptHits.Hits current = orders.found(after, lyon);
                assertEquals(totalBefore + 1, current.total(), "the new item is a hit on the new reader");
                KeptHits.Hits old = orders.found(before, lyon);
                assertEquals(totalBefore, old.total(), "the old reader still sees its own documents");
                assertNotSame(current, old);
                assertSame(current, orders.found(after, lyon), "still kept for the current reader");
            } finally {
                index.release(after);
            }
        } finally {
            index.release(before);
        }
    }

    @Test
    void what_is_kept_stays_within_its_bytes_and_answers_stay_right() throws Exception {
        IndexSearcher s = index.acquire();
        try {
            long one = KeptHits.found(s, parse("city=Lyon").filter()).bytes();
            SortedOrders orders = new SortedOrders(3 * one);
            for (int round = 0; round < 2; round++) {
                for (int p = 0; p < 30; p++) {
                    Query filter = parse("participantsCount=" + p).filter();
                    assertEquals(KeptHits.found(s, filter).bits(), orders.found(s, filter).bits(), "participantsCount=" + p);
                    assertTrue(orders.keptHits().size() <= 3, "kept: " + orders.keptHits().size());
                }
            }
            assertEquals(3, orders.keptHits().size());
            SortedOrders none = new SortedOrders(one - 1);
            none.found(s, parse("city=Lyon").filter());
            assertEquals(0, none.keptHits().size(), "a set larger than the budget is not kept");
        } finally {
            index.release(s);
        }
    }

    private static Map<String, String> pages(DeliveryIndex in) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String query : QUERIES) {
            Page p = IndexSearch.page(in, parse(query), false);
            out.put(query, p.total() + " " + SortedOrdersTest.text(p.results()) + " " + p.etags());
        }
        return out;
    }

    private void publish(DeliveryIndex in, RenderInput item) {
        in.replace(DeliveryQueryParserTest.EVENTS.name(), item.id(), documents(item));
    }

    private List<org.apache.lucene.document.Document> documents(RenderInput item) {
        return projection.documents(DeliveryQueryParserTest.EVENTS, item, Targets.NONE);
    }

    private static RenderInput event(int i, String city, long participants, String start) {
        return DeliveryQueryParserTest.event("event-" + i, city, participants, start, (i % 3 == 0 ? "Seminar on cooperation " : "Meeting ") + i);
    }

    private static DeliveryQuery parse(String query) {
        return RelevanceTopTest.parse(query);
    }
}
