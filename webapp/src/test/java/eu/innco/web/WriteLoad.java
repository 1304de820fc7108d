package eu.innco.web;

import static eu.innco.web.Http.j;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Clients creating organisations on a server at the same time, some publishing one in four of those
 * they created, each remembering what the server acknowledged with a 2xx: what a crash test then looks
 * for. A request the server never answered (it died under it) is not acknowledged and not counted.
 */
final class WriteLoad implements AutoCloseable {
    static final String ITEMS = "/.rest/authoring/v1/items/organisation";

    private final Http api;
    private final ExecutorService clients;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Set<String> created = ConcurrentHashMap.newKeySet();
    private final Set<String> published = ConcurrentHashMap.newKeySet();
    /** Answers that were neither a 2xx nor a dead server: a write refused while the server was well. */
    private final Map<String, String> refused = new ConcurrentHashMap<>();

    private WriteLoad(Http api, int clients) {
        this.api = api;
        this.clients = Executors.newFixedThreadPool(clients);
    }

    /** Starts {@code clients} clients, of which {@code publishing} also publish some of what they create. */
    static WriteLoad start(Http api, int clients, int publishing) {
        WriteLoad load = new WriteLoad(api, clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            load.clients.submit(() -> load.run(client, client < publishing));
        }
        return load;
    }

    private void run(int client, boolean publishes) {
        for (int i = 0; !stopped.get(); i++) {
            String name = "Killed organisation " + client + "-" + i;
            Http.Res r = send(ITEMS, j("{'properties': {'name': '" + name + "', 'country': 'FR', 'location': {'lat': 45.7, 'lon': 4.8},"
                    + " 'description': {'en': '<p>Written under load</p>', 'fr': '<p>Écrit sous charge</p>'}}}"));
            if (r == null || !acknowledged(r, name)) continue;
            String id = r.json().path("id").asText();
            created.add(id);
            if (!publishes || i % 4 != 0) continue;
            Http.Res p = send(ITEMS + "/" + id + "/publish", j("{'locales': ['en', 'fr']}"));
            if (p != null && acknowledged(p, "publish " + name)) published.add(id);
        }
    }

    private Http.Res send(String path, String body) {
        try {
            return api.post(path, body);
        } catch (RuntimeException e) {
            return null; // the server died under the request: nothing was acknowledged
        }
    }

    private boolean acknowledged(Http.Res r, String what) {
        if (r.status() / 100 == 2) return true;
        refused.put(what, r.toString());
        return false;
    }

    int createdCount() { return created.size(); }

    /** Stops the clients and waits for them; what they saw acknowledged stays readable. */
    @Override
    public void close() throws InterruptedException {
        stopped.set(true);
        clients.shutdown();
        if (!clients.awaitTermination(30, TimeUnit.SECONDS)) throw new IllegalStateException("clients still running");
    }

    Set<String> created() { return Set.copyOf(created); }

    Set<String> published() { return Set.copyOf(published); }

    Map<String, String> refused() { return Map.copyOf(refused); }
}
