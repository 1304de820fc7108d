package eu.innco.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: at 100,000 items sixteen uncached lists asked at once each made the same full order of
 * 800,000 documents and the heap ran out. However many ask together, an order is made once per reader.
 */
class SortedOrdersOnceTest {
    private static final int ASKING = 8;

    @Test
    void eight_requests_asking_for_one_order_at_once_make_it_once() throws Exception {
        SortedOrders orders = new SortedOrders();
        Sort sort = Sort.INDEXORDER; // which order does not matter here, only how often it is made
        DeliveryIndex index = DeliveryIndex.open(null, DeliveryQueryParserTest.ANALYZERS);
        ItemProjection p = new ItemProjection(NodeRendererTest.R);
        for (int i = 0; i < 30; i++) {
            index.add(p.documents(DeliveryQueryParserTest.EVENTS, DeliveryQueryParserTest.event("event-" + i, "Lyon", i, "2026-01-01T09:00:00Z",
                    "Meeting " + i), Targets.NONE));
        }
        index.commit("test");
        IndexSearcher plain = index.acquire();
        try {
            AtomicInteger sorts = new AtomicInteger();
            CountDownLatch allAsked = new CountDownLatch(ASKING);
            // the real searcher of the real index, counting its full sorts; the first one waits (at most
            // a few seconds) for every request to have asked, so that they all meet a missing order
            IndexSearcher counting = new IndexSearcher(plain.getIndexReader()) {
                @Override
                public <C extends org.apache.lucene.search.Collector, T> T search(Query q, CollectorManager<C, T> m) throws IOException {
                    if (m instanceof TopFieldCollectorManager && sorts.incrementAndGet() == 1) {
                        try {
                            allAsked.await(3, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return super.search(q, m);
                }
            };
            ExecutorService pool = Executors.newFixedThreadPool(ASKING);
            List<Future<int[]>> got = new ArrayList<>();
            for (int i = 0; i < ASKING; i++) {
                got.add(pool.submit(() -> {
                    allAsked.countDown();
                    return orders.order(counting, DeliveryQueryParserTest.EVENTS.name(), sort);
                }));
            }
            int[] first = got.get(0).get(60, TimeUnit.SECONDS);
            for (Future<int[]> f : got) assertSame(first, f.get(60, TimeUnit.SECONDS), "one order shared by all");
            pool.shutdown();
            assertEquals(1, sorts.get(), "full sorts made");
        } finally {
            index.release(plain);
            index.close();
        }
    }
}
