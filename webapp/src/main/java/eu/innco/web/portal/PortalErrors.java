package eu.innco.web.portal;

import eu.innco.web.ErrorPages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The portal's error pages for people: in the language of the address ({@code /pl/...}), else the
 * browser's, with the site's navigation so a visitor can go on. APIs, the editor and files keep theirs.
 */
final class PortalErrors implements ErrorPages.Renderer {
    private static final Set<String> NOT_PORTAL = Set.of("editor", ".rest", "dam", "webjars", ".resources", ".bench");
    private final Portal portal;

    PortalErrors(Portal portal) {
        this.portal = portal;
    }

    @Override
    public Optional<Response> render(int status, String title, String detail, UriInfo uri, HttpHeaders headers) {
        List<jakarta.ws.rs.core.PathSegment> segments = uri.getPathSegments();
        String first = segments.isEmpty() ? "" : segments.get(0).getPath();
        if (NOT_PORTAL.contains(first)) return Optional.empty();
        String locale = portal.site.contains(first) ? first : fromBrowser(headers);
        PortalCall call = new PortalCall(portal, locale, uri, portal.delivery.generation(), false);
        Rendered r = portal.layout.error(call, status);
        return Optional.of(Response.status(status).type(r.type()).entity(r.body()).header("Cache-Control", "no-cache").build());
    }

    private String fromBrowser(HttpHeaders headers) {
        for (Locale l : headers.getAcceptableLanguages()) {
            Optional<String> m = portal.site.match(l.toLanguageTag());
            if (m.isPresent()) return m.get();
        }
        return portal.site.defaultLocale();
    }
}
