package eu.innco.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * HTML error pages for people: the editor and the portal each render their own for their paths
 * when the browser asks for HTML; everything else gets problem+json.
 */
public final class ErrorPages {
    /** Renders an error page for the requests it knows, or nothing. */
    @FunctionalInterface
    public interface Renderer {
        Optional<Response> render(int status, String title, String detail, UriInfo uri, HttpHeaders headers);
    }

    private final List<Renderer> renderers = new CopyOnWriteArrayList<>();

    public void add(Renderer r) {
        renderers.add(r);
    }

    Optional<Response> render(int status, String title, String detail, UriInfo uri, HttpHeaders headers) {
        if (uri == null || headers == null) return Optional.empty();
        try {
            boolean html = headers.getAcceptableMediaTypes().stream().anyMatch(m -> m.isCompatible(jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE)
                    && !m.isWildcardType());
            if (!html) return Optional.empty();
            for (Renderer r : renderers) {
                Optional<Response> page = r.render(status, title, detail, uri, headers);
                if (page.isPresent()) return page;
            }
        } catch (RuntimeException e) {
            // an error page must never fail the error: fall back to problem+json
        }
        return Optional.empty();
    }
}
