package eu.innco.web.delivery;

import eu.innco.delivery.DeliveryService;
import eu.innco.delivery.Page;
import eu.innco.publishing.PublicationEvent;
import eu.innco.publishing.PublicationListener;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole GeoJSON of an endpoint with a map point ({@code ?format=geojson}, at most with
 * {@code lang}), per locale, made once after each change of that endpoint's documents instead of per
 * request: 5,000 organisations are 1.5 MB assembled from 5,000 stored Features. A publication here or
 * on another server starts a rebuild of the snapshots readers asked for so far, in the background; a
 * request that comes before it is done builds the snapshot itself, once for all requests waiting for it.
 * Not part of the answer cache: its size and its invalidation are its own.
 */
public final class GeoJsonSnapshots implements PublicationListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GeoJsonSnapshots.class);
    private static final Set<String> PLAIN = Set.of("format", "lang");

    /** One snapshot: its bytes, strong ETag and Content-Language, and the endpoint's change number it was made at. */
    record Snapshot(long changes, byte[] body, String etag, String language) {}

    private final DeliveryService delivery;
    private final DeliveryDoors doors;
    private final Map<String, Snapshot> held = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final ExecutorService builder;

    GeoJsonSnapshots(DeliveryService delivery, DeliveryDoors doors) {
        this.delivery = delivery;
        this.doors = doors;
        // one pending rebuild at most: a burst of publications is followed by one rebuild
        this.builder = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1), r -> {
            Thread t = new Thread(r, "innco-geojson");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.DiscardPolicy());
    }

    /** True for the request a map makes: GeoJSON of everything, in one language (the query as the resource reads it). */
    static boolean plain(Map<String, List<String>> query) {
        return List.of("geojson").equals(query.get("format")) && PLAIN.containsAll(query.keySet());
    }

    /** The current snapshot of {@code endpoint} in {@code locale}, made now if the endpoint changed since the last one. */
    Snapshot get(String endpoint, String locale) {
        String key = endpoint + "|" + locale;
        Snapshot s = held.get(key);
        long now = delivery.changes(endpoint);
        if (s != null && s.changes() == now) return s;
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            s = held.get(key);
            now = delivery.changes(endpoint); // read before the query: a change during it makes the snapshot old at once
            if (s != null && s.changes() == now) return s;
            Page page = delivery.query(endpoint, locale, Map.of("format", List.of("geojson")));
            byte[] body = Answers.featureCollection(page.results());
            String language = doors.language(locale);
            Snapshot fresh = new Snapshot(now, body, Answers.etag(language, page, body), language);
            held.put(key, fresh);
            return fresh;
        }
    }

    /** A publication here or on another server: the snapshots that became old are made again, off the publishing thread. */
    @Override
    public void published(PublicationEvent event) {
        builder.execute(this::refresh);
    }

    private void refresh() {
        for (String key : held.keySet()) {
            String[] k = key.split("\\|", 2);
            try {
                get(k[0], k[1]);
            } catch (RuntimeException e) {
                LOG.warn("the GeoJSON of {} in {} was not made again: {}", k[0], k[1], e.toString());
            }
        }
    }

    @Override
    public void close() {
        builder.shutdownNow();
    }
}
