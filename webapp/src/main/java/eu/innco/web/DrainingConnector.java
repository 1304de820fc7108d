package eu.innco.web;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * A connector whose stop lets a request under way finish, even one whose body is still arriving, and
 * closes no idle connection under a client that may be sending on it.
 *
 * <p>When stopping begins, Jetty gives every connection a short idle timeout (1 s). That aborts a slow
 * upload mid-body, and it closes idle keep-alive connections at a moment the server cannot choose: a
 * proxy that sends a POST on such a connection as it closes gets no answer, and since it must not send a
 * POST twice it answers 502 (issue 21's flake). So every connection keeps the drain period; a request
 * that arrives on one during the stop is refused with a 503 that closes its connection (Jetty makes
 * every answer during a stop close it), which a proxy retries elsewhere and counts against this
 * server; and the stop waits until no request has come for {@link #QUIET_MILLIS} before closing the
 * idle connections that remain, so that a proxy that uses this server has seen a 503 first.
 */
final class DrainingConnector extends ServerConnector {
    /** Long beside a proxy's pause between two requests under load, short beside a stop. */
    static final long QUIET_MILLIS = 300;
    private static final long POLL_MILLIS = 50;
    private final long drainMillis;
    private final Set<EndPoint> busy = ConcurrentHashMap.newKeySet();
    private volatile long lastRequestNanos = System.nanoTime();

    DrainingConnector(Server server, long drainMillis) {
        super(server, new org.eclipse.jetty.server.HttpConnectionFactory(quiet()));
        this.drainMillis = drainMillis;
    }

    /** HTTP without a banner: no {@code Server: Jetty(version)} nor {@code X-Powered-By}, which only help an attacker pick exploits. */
    private static org.eclipse.jetty.server.HttpConfiguration quiet() {
        org.eclipse.jetty.server.HttpConfiguration c = new org.eclipse.jetty.server.HttpConfiguration();
        c.setSendServerVersion(false);
        c.setSendXPoweredBy(false);
        return c;
    }

    /**
     * Wraps the handlers, the graceful one included, so that this connector sees every request of its own,
     * refused ones too; the in-process warm-up's requests (another connector) do not hold its idle connections open.
     */
    Handler tracking(Handler application) {
        return new Handler.Wrapper(application) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                if (request.getConnectionMetaData().getConnector() != DrainingConnector.this) return super.handle(request, response, callback);
                lastRequestNanos = System.nanoTime();
                EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
                busy.add(endPoint);
                boolean handled = super.handle(request, response, Callback.from(callback, () -> busy.remove(endPoint)));
                if (!handled) busy.remove(endPoint);
                return handled;
            }
        };
    }

    /** Done once every connection has closed: those with a request after its answer, the idle ones once requests stop coming. */
    @Override
    public CompletableFuture<Void> shutdown() {
        CompletableFuture<Void> closed = super.shutdown();
        lastRequestNanos = System.nanoTime();
        for (EndPoint endPoint : getConnectedEndPoints()) endPoint.setIdleTimeout(drainMillis);
        closeIdleWhenQuiet(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(drainMillis));
        return closed;
    }

    /**
     * Bytes came or went on it within the quiet period: under load a request can be read some time before a
     * thread hands it to the handlers, and closing its connection then would cut it.
     */
    private static boolean readLately(EndPoint endPoint) {
        return endPoint instanceof org.eclipse.jetty.io.IdleTimeout t && t.getIdleFor() < QUIET_MILLIS;
    }

    private void closeIdleWhenQuiet(long deadline) {
        if (getConnectedEndPoints().isEmpty() || System.nanoTime() - deadline >= 0) return; // the stop's own timeout closes what is left
        if (System.nanoTime() - lastRequestNanos >= TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS)) {
            for (EndPoint endPoint : getConnectedEndPoints()) if (!busy.contains(endPoint) && !readLately(endPoint)) endPoint.close();
        }
        try {
            getScheduler().schedule(() -> closeIdleWhenQuiet(deadline), POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            // the scheduler has stopped: so has the connector, and its connections with it
        }
    }
}
