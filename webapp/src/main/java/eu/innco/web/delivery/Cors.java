package eu.innco.web.delivery;

import eu.innco.InncoException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * CORS for the delivery, preview and GraphQL APIs: browsers on the allowed origins (any by default) may GET (GraphQL: and POST);
 * preflights are answered here, before any resource. Other methods and origins get no CORS grant.
 */
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public final class Cors implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String ALLOWED_HEADERS = "Accept, Accept-Language, If-None-Match, Authorization, X-Request-Id";
    private static final String EXPOSED_HEADERS = "ETag, Content-Language, Retry-After, X-Request-Id";
    private final List<String> origins;
    private final boolean any;

    public Cors(List<String> origins) {
        this.origins = List.copyOf(origins);
        this.any = origins.contains("*");
    }

    static boolean applies(String path) {
        return path.startsWith(".rest/delivery") || path.startsWith(".rest/preview") || path.startsWith(".rest/graphql");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (!request.getMethod().equals("OPTIONS") || origin == null || !applies(request.getUriInfo().getPath())) return;
        String method = request.getHeaderString("Access-Control-Request-Method");
        if (method == null) return;
        if (!allowed(origin)) throw InncoException.forbidden("The origin " + Requests.clip(origin) + " may not call this API from a browser.");
        // GraphQL reads with POST too (it has no mutations), with a JSON body
        boolean graphql = request.getUriInfo().getPath().startsWith(".rest/graphql");
        if (!method.equals("GET") && !method.equals("HEAD") && !(graphql && method.equals("POST"))) {
            throw InncoException.forbidden("This API only answers GET from browsers.");
        }
        request.abortWith(Response.noContent().header("Access-Control-Allow-Origin", any ? "*" : origin)
                .header("Access-Control-Allow-Methods", graphql ? "GET, POST, HEAD, OPTIONS" : "GET, HEAD, OPTIONS")
                .header("Access-Control-Allow-Headers", graphql ? ALLOWED_HEADERS + ", Content-Type" : ALLOWED_HEADERS)
                .header("Access-Control-Max-Age", "600")
                .header("Vary", "Origin").build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (origin == null || !applies(request.getUriInfo().getPath()) || !allowed(origin)) return;
        if (response.getHeaders().containsKey("Access-Control-Allow-Origin")) return;
        response.getHeaders().putSingle("Access-Control-Allow-Origin", any ? "*" : origin);
        response.getHeaders().putSingle("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        if (!any) {
            Object vary = response.getHeaders().getFirst("Vary");
            response.getHeaders().putSingle("Vary", vary == null ? "Origin" : vary + ", Origin");
        }
    }

    private boolean allowed(String origin) {
        return any || origins.contains(origin);
    }
}
