package eu.innco.web.delivery;

import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The benchmark ceiling ({@code INNCO_BENCH_CEILING=true} only): {@code GET /.bench/ceiling?bytes=N}
 * answers N fixed bytes straight from Jetty, so that delivery figures can be compared with what
 * the same server does with no work at all.
 */
public final class CeilingHandler extends Handler.Wrapper {
    private static final int MAX_BYTES = 16 * 1024 * 1024;
    private final ConcurrentHashMap<Integer, byte[]> bodies = new ConcurrentHashMap<>();

    public CeilingHandler(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!"/.bench/ceiling".equals(request.getHttpURI().getPath())) return super.handle(request, response, callback);
        Fields q = Request.extractQueryParameters(request);
        int n;
        try {
            n = Math.max(0, Math.min(MAX_BYTES, Integer.parseInt(q.getValue("bytes") == null ? "1024" : q.getValue("bytes"))));
        } catch (NumberFormatException e) {
            n = 1024;
        }
        byte[] body = bodies.computeIfAbsent(n, k -> {
            byte[] b = new byte[k];
            java.util.Arrays.fill(b, (byte) 'x');
            return b;
        });
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }
}
