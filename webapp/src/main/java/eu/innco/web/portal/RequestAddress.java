package eu.innco.web.portal;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/**
 * The address of a page request that the fast path renders without Jersey: a plain ASCII path
 * without a query (the only requests it takes), which is all an item page reads of its address
 * ({@link PortalCall#path()}, no query parameters). Anything else a page might ask for fails
 * loudly rather than answer differently from Jersey.
 */
final class RequestAddress implements UriInfo {
    private static final MultivaluedMap<String, String> NONE = new MultivaluedHashMap<>();
    private final URI uri;

    RequestAddress(String rawPath) {
        this.uri = URI.create(rawPath);
    }

    @Override public URI getRequestUri() { return uri; }

    @Override public MultivaluedMap<String, String> getQueryParameters() { return NONE; }

    @Override public MultivaluedMap<String, String> getQueryParameters(boolean decode) { return NONE; }

    @Override public String getPath() { throw unsupported(); }

    @Override public String getPath(boolean decode) { throw unsupported(); }

    @Override public List<PathSegment> getPathSegments() { throw unsupported(); }

    @Override public List<PathSegment> getPathSegments(boolean decode) { throw unsupported(); }

    @Override public UriBuilder getRequestUriBuilder() { throw unsupported(); }

    @Override public URI getAbsolutePath() { throw unsupported(); }

    @Override public UriBuilder getAbsolutePathBuilder() { throw unsupported(); }

    @Override public URI getBaseUri() { throw unsupported(); }

    @Override public UriBuilder getBaseUriBuilder() { throw unsupported(); }

    @Override public MultivaluedMap<String, String> getPathParameters() { throw unsupported(); }

    @Override public MultivaluedMap<String, String> getPathParameters(boolean decode) { throw unsupported(); }

    @Override public List<String> getMatchedURIs() { throw unsupported(); }

    @Override public List<String> getMatchedURIs(boolean decode) { throw unsupported(); }

    @Override public List<Object> getMatchedResources() { throw unsupported(); }

    @Override public URI resolve(URI other) { throw unsupported(); }

    @Override public URI relativize(URI other) { throw unsupported(); }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("the page fast path knows only the request's path");
    }
}
