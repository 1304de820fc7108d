package eu.innco.web;

import eu.innco.InncoException;
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

        /** The same, knowing the product's own error when there is one, so that the page can say it in the reader's language. */
        default Optional<Response> render(int status, String title, String detail, UriInfo uri, HttpHeaders headers, InncoException cause) {
            return render(status, title, detail, uri, headers);
        }
    }

    /** The page for the request being handled on this thread, when a renderer knows it. */
    Optional<Response> render(int status, String title, String detail) {
        return render(status, title, detail, null);
    }

    /** The same for one of the product's own errors. */
    Optional<Response> render(int status, String title, String detail, InncoException cause) {
        return CurrentRequest.get().flatMap(r -> render(status, title, detail, cause, r.getUriInfo(), r.getHeaders()));
    }

    private final List<Renderer> renderers = new CopyOnWriteArrayList<>();

    public void add(Renderer r) {
        renderers.add(r);
    }

    private Optional<Response> render(int status, String title, String detail, InncoException cause, UriInfo uri,
                                      jakarta.ws.rs.core.MultivaluedMap<String, String> raw) {
        if (uri == null || raw == null) return Optional.empty();
        HttpHeaders headers = new RequestHeaders(raw);
        try {
            String accept = headers.getHeaderString("Accept");
            boolean html = accept != null && accept.contains("text/html");
            if (!html) return Optional.empty();
            for (Renderer r : renderers) {
                Optional<Response> page = r.render(status, title, detail, uri, headers, cause);
                if (page.isPresent()) return page;
            }
        } catch (RuntimeException e) {
            // an error page must never fail the error: fall back to problem+json
        }
        return Optional.empty();
    }
}
