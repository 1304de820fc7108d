package eu.innco.web;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * A connector whose stop lets a request under way finish, even one whose body is still arriving, while idle
 * connections are closed at once.
 *
 * <p>When stopping begins, Jetty gives every connection the same short idle timeout (1 s): that closes idle
 * keep-alive connections quickly, but also aborts a slow upload mid-body. This connector keeps the short timeout
 * for idle connections and gives the connections of requests in flight the whole drain period.
 */
final class DrainingConnector extends ServerConnector {
    private final long drainMillis;
    private final Set<EndPoint> busy = ConcurrentHashMap.newKeySet();

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

    /** Wraps the application so that this connector knows which connections carry a request in flight. */
    Handler tracking(Handler application) {
        return new Handler.Wrapper(application) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
                busy.add(endPoint);
                if (isShutdown()) endPoint.setIdleTimeout(drainMillis);
                boolean handled = super.handle(request, response, Callback.from(callback, () -> finished(endPoint)));
                if (!handled) finished(endPoint);
                return handled;
            }
        };
    }

    private void finished(EndPoint endPoint) {
        busy.remove(endPoint);
        if (isShutdown()) endPoint.setIdleTimeout(getShutdownIdleTimeout());
    }

    @Override
    public CompletableFuture<Void> shutdown() {
        CompletableFuture<Void> done = super.shutdown();
        for (EndPoint endPoint : busy) endPoint.setIdleTimeout(drainMillis);
        return done;
    }
}
