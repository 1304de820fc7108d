package eu.innco.web.delivery;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading delivery requests: decoded query parameters (a malformed one is a 400) and the GeoJSON Accept type. */
final class Requests {
    private Requests() {}

    static Map<String, List<String>> params(UriInfo uri) {
        try {
            return new LinkedHashMap<>(uri.getQueryParameters(true));
        } catch (IllegalArgumentException e) {
            throw InncoException.badRequest(ErrorCode.QUERY_001, "The query string is not correctly percent-encoded.");
        }
    }

    /** {@code Accept: application/geo+json} asks for GeoJSON as {@code format=geojson} does. */
    static Map<String, List<String>> withAcceptedFormat(Map<String, List<String>> params, HttpHeaders headers) {
        return withAcceptedFormat(params, headers.getHeaderString(HttpHeaders.ACCEPT));
    }

    /** The same from the Accept header's value (the servlet fast path has no JAX-RS headers). */
    static Map<String, List<String>> withAcceptedFormat(Map<String, List<String>> params, String accept) {
        if (params.containsKey("format") || accept == null || !accept.contains(Answers.GEO_JSON)) return params;
        Map<String, List<String>> copy = new LinkedHashMap<>(params);
        copy.put("format", List.of("geojson"));
        return copy;
    }

    static String clip(String s) {
        String t = s.length() > 80 ? s.substring(0, 80) + "..." : s;
        return t.replaceAll("[\\p{Cntrl}]", "?");
    }
}
