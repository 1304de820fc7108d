package eu.innco.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** A small HTTP client for tests: requests read like sentences, responses parse as JSON. */
public final class Http {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final URI base;
    private String authorization;

    public Http(URI base) {
        this.base = base;
    }

    public Http as(String user, String password) {
        Http h = new Http(base);
        h.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return h;
    }

    public Http bearer(String token) {
        Http h = new Http(base);
        h.authorization = "Bearer " + token;
        return h;
    }

    public Http admin() {
        return as("admin", TestServer.ADMIN_PASSWORD);
    }

    public Res get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    public Res post(String path, String json, String... headers) {
        return send("POST", path, json, "application/json", headers);
    }

    public Res put(String path, String json, String... headers) {
        return send("PUT", path, json, "application/json", headers);
    }

    public Res patch(String path, String json, String... headers) {
        return send("PATCH", path, json, "application/merge-patch+json", headers);
    }

    public Res delete(String path, String... headers) {
        return send("DELETE", path, null, null, headers);
    }

    public Res send(String method, String path, String body, String contentType, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        if (authorization != null) b.header("Authorization", authorization);
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        try {
            return new Res(CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        }
    }

    /** A response: status, headers, body as text and as JSON. */
    public record Res(HttpResponse<String> raw) {
        public int status() { return raw.statusCode(); }
        public String body() { return raw.body(); }
        public String header(String name) { return raw.headers().firstValue(name).orElse(null); }
        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (Exception e) {
                throw new IllegalStateException("not JSON (" + status() + "): " + raw.body(), e);
            }
        }
        public String contentType() { return header("Content-Type"); }
        @Override public String toString() { return status() + " " + raw.body(); }
    }

    /** JSON written with single quotes in tests, for readability. */
    public static String j(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    public static Map<String, String> map(String... kv) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }
}
