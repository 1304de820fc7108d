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
    /** The request's cookies, read from its Cookie headers (name=value pairs separated by ';'); the first of a name wins. */
    @Override
    public Map<String, Cookie> getCookies() {
        Map<String, Cookie> cookies = new java.util.LinkedHashMap<>();
        List<String> headers = getRequestHeader("Cookie");
        if (headers == null) return Map.of();
        for (String header : headers) {
            for (String pair : header.split(";")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) continue;
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) value = value.substring(1, value.length() - 1);
                cookies.putIfAbsent(name, new Cookie.Builder(name).value(value).build());
            }
        }
        return cookies;
    }
    @Override public Date getDate() { return null; }
    @Override public int getLength() { return -1; }
}
