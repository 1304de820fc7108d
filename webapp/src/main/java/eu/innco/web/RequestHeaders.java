package eu.innco.web;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The headers of a request seen as {@link HttpHeaders}, for error pages built outside a resource method. */
final class RequestHeaders implements HttpHeaders {
    private final MultivaluedMap<String, String> raw;

    RequestHeaders(MultivaluedMap<String, String> raw) {
        this.raw = raw;
    }

    @Override public List<String> getRequestHeader(String name) { return raw.get(name); }
    @Override public String getHeaderString(String name) {
        List<String> v = raw.get(name);
        return v == null ? null : String.join(",", v);
    }
    @Override public MultivaluedMap<String, String> getRequestHeaders() { return raw; }
    @Override public List<MediaType> getAcceptableMediaTypes() { return List.of(MediaType.WILDCARD_TYPE); }

    /** The Accept-Language tags in the order given (q-values are not weighed: the first match is good enough for an error page). */
    @Override
    public List<Locale> getAcceptableLanguages() {
        List<Locale> out = new ArrayList<>();
        String h = getHeaderString("Accept-Language");
        if (h == null) return out;
        for (String part : h.split(",")) {
            String tag = part.split(";")[0].trim();
            if (!tag.isEmpty() && !tag.equals("*")) out.add(Locale.forLanguageTag(tag));
        }
        return out;
    }

    @Override public MediaType getMediaType() { return null; }
    @Override public Locale getLanguage() { return null; }
    @Override public Map<String, Cookie> getCookies() { return Map.of(); }
    @Override public Date getDate() { return null; }
    @Override public int getLength() { return -1; }
}
