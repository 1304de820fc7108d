package eu.innco.web;

import eu.innco.web.delivery.NodeAnswers;
import eu.innco.web.logging.RequestIds;
import eu.innco.web.metrics.MetricsFilter;
import eu.innco.web.reach.ReachFilter;
import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.slf4j.MDC;

/**
 * The plain single-node read ({@link NodeAnswers}) answered by Jetty's core handler, in front of the
 * servlet context. Over a working set larger than the answer cache, the servlet layer (its request
 * and response objects, the filter chain, and Jetty's cache of filter chains, which 35,000 distinct
 * paths overflow) took about a fifth of such a read's time. What the servlet filters do for the read
 * is done here in the same way, with their own code: the request id (answer header and log context),
 * the timer, the client's address behind a trusted proxy, the rate bucket and the reach count. Any
 * other request, and any read this door cannot answer (every error included), goes on unchanged.
 */
final class NodeHandler extends Handler.Wrapper {
    /** The fixed headers, encoded once instead of at every answer. */
    private static final HttpField VARY = new PreEncodedHttpField(HttpHeader.VARY, "Accept-Language");
    private static final HttpField[] DATA;

    static {
        java.util.List<HttpField> fields = new java.util.ArrayList<>();
        SecurityHeaders.forData((name, value) -> fields.add(new PreEncodedHttpField(name, value)));
        DATA = fields.toArray(HttpField[]::new);
    }

    private final NodeAnswers nodes;
    private final TrustedProxies proxies;
    private final MetricsFilter metrics;
    private final ReachFilter reach;
    /** Cache-Control, Content-Language and Content-Type fields by value: a handful of values (the site's locales), each encoded once. */
    private final ConcurrentHashMap<String, HttpField> cacheControls = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, HttpField> languages = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, HttpField> types = new ConcurrentHashMap<>();

    /**
     * The embedded server's door in front of {@code context}, with what the servlet filters do for a
     * single-node read; {@code context} itself with request lines on ({@code INNCO_LOG_REQUESTS}),
     * which the request-id filter alone writes. Built here, not in {@link WebSetup}: the WAR loads
     * that class, and its container hides Jetty's server classes from the application.
     */
    static Handler inFront(Handler context, Services services, eu.innco.web.metrics.Metrics metrics) {
        if (Boolean.parseBoolean(services.config.settings().get("INNCO_LOG_REQUESTS", "false").trim())) return context;
        return new NodeHandler(context, new NodeAnswers(services.deliveryDoors),
                TrustedProxies.parse(services.config.settings().get("INNCO_TRUSTED_PROXIES", "")), new MetricsFilter(metrics, ""),
                new ReachFilter(services.reach.counter));
    }

    NodeHandler(Handler next, NodeAnswers nodes, TrustedProxies proxies, MetricsFilter metrics, ReachFilter reach) {
        super(next);
        this.nodes = nodes;
        this.proxies = proxies;
        this.metrics = metrics;
        this.reach = reach;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpURI uri = request.getHttpURI();
        String path = uri.getPath();
        if (path == null || !path.startsWith(NodeAnswers.PREFIX) || !HttpMethod.GET.is(request.getMethod())) return super.handle(request, response, callback);
        HttpFields in = request.getHeaders();
        // a cross-origin read is Jersey's (CORS); a Content-Type is the servlet guard's to judge
        if (in.contains(HttpHeader.ORIGIN) || in.contains(HttpHeader.CONTENT_TYPE)) return super.handle(request, response, callback);
        NodeAnswers.Asked asked = nodes.asked(path, uri.getQuery());
        if (asked == null) return super.handle(request, response, callback);
        long start = System.nanoTime();
        String client = proxies.client(Request.getRemoteAddr(request), in.get(HttpHeader.X_FORWARDED_FOR));
        if (!nodes.take(client, request::setAttribute)) return super.handle(request, response, callback); // Jersey's 429
        String id = RequestIds.idFor(in.get(RequestIds.HEADER));
        MDC.put(RequestIds.MDC_KEY, id);
        try {
            NodeAnswers.Found a = nodes.answer(asked, in.get(HttpHeader.ACCEPT_LANGUAGE));
            if (a == null) return super.handle(request, response, callback); // taken already: the doors behind do not take it again
            boolean notModified = a.notModified(in.get(HttpHeader.IF_NONE_MATCH));
            int status = notModified ? 304 : 200;
            response.setStatus(status);
            HttpFields.Mutable out = response.getHeaders();
            out.add(RequestIds.HEADER, id);
            out.add(HttpHeader.ETAG, a.etag());
            out.add(cacheControls.computeIfAbsent(a.cacheControl(), v -> new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, v)));
            // a node's own @locale, not the one asked for
            out.add(languages.computeIfAbsent(a.language(), v -> new PreEncodedHttpField(HttpHeader.CONTENT_LANGUAGE, v)));
            out.add(VARY);
            for (HttpField f : DATA) out.add(f);
            if (!notModified) {
                out.add(types.computeIfAbsent(a.type(), v -> new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, v)));
                out.add(new HttpField.LongValueHttpField(HttpHeader.CONTENT_LENGTH, a.body().length));
            }
            // counted before the write, as the filters count before the servlet response completes: a client that has its
            // answer finds it in the metrics and the reach figures
            nodes.answeredInFront();
            metrics.record(path, "GET", status, System.nanoTime() - start);
            reach.countApi(path, a.language(), in.get(HttpHeader.USER_AGENT), in.get("Sec-GPC"), in.get(HttpHeader.REFERER),
                    Request.getServerName(request));
            response.write(true, notModified ? BufferUtil.EMPTY_BUFFER : ByteBuffer.wrap(a.body()), callback);
            return true;
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }
}
