package eu.innco.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Security headers on every response: a Content-Security-Policy without inline scripts (the editor
 * allows inline styles, which its rich-text widget sets), no MIME sniffing, no referrer leaking
 * across sites, no framing by other sites.
 */
@Priority(5000)
public final class SecurityHeaders implements ContainerResponseFilter {
    private final String imageSources;

    /** {@code extraImageSources}: where map tiles come from (empty for none). */
    public SecurityHeaders(String extraImageSources) {
        this.imageSources = "'self' data:" + (extraImageSources.isBlank() ? "" : " " + extraImageSources);
    }

    /** The headers of data answers (the delivery API's, through Jersey or its fast path), never a page's. */
    public static void forData(java.util.function.BiConsumer<String, String> set) {
        set.accept("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        set.accept("X-Content-Type-Options", "nosniff");
        set.accept("Referrer-Policy", "strict-origin-when-cross-origin");
        set.accept("X-Frame-Options", "DENY");
    }

    @Override
    public void filter(ContainerRequestContext req, ContainerResponseContext res) {
        MultivaluedMap<String, Object> h = res.getHeaders();
        var segments = req.getUriInfo().getPathSegments();
        boolean editor = !segments.isEmpty() && segments.get(0).getPath().equals("editor");
        if (deliveryData(segments, res.getMediaType())) forData(h::putSingle);
        else headers(editor).forEach(h::putSingle);
    }

    /**
     * The delivery API's answers (JSON, GeoJSON, their 304s and errors) are data, whichever way they
     * are answered: the servlet fast path in front of Jersey sends {@link #forData} for them, so
     * Jersey must too, or the same address would carry two policies depending on a cache. An HTML
     * answer (an error page a browser asked for) keeps the page headers.
     */
    static boolean deliveryData(java.util.List<jakarta.ws.rs.core.PathSegment> segments, jakarta.ws.rs.core.MediaType type) {
        return segments.size() >= 2 && segments.get(0).getPath().equals(".rest") && segments.get(1).getPath().equals("delivery")
                && (type == null || !type.isCompatible(jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE));
    }

    /** The headers of a response, for this filter and for the servlet fast paths in front of Jersey. */
    public java.util.Map<String, String> headers(boolean editor) {
        java.util.Map<String, String> h = new java.util.LinkedHashMap<>();
        h.put("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'"
                + (editor ? " 'unsafe-inline'" : "") + "; img-src " + imageSources + "; font-src 'self'; connect-src 'self';"
                + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "strict-origin-when-cross-origin");
        h.put("X-Frame-Options", "DENY");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        if (editor) h.put("Cache-Control", "no-store");
        return h;
    }
}
