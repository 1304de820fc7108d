package eu.innco.web.editor;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-less client of the editor for HTTP tests: keeps cookies, reads CSRF tokens, posts forms. */
final class EditorClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<String> extraHeaders = new ArrayList<>();
    String lastCsrf;

    EditorClient(URI base) {
        this.base = base;
    }

    /** Sends the header with every later request (as a proxy in front of the server would add it). */
    EditorClient header(String name, String value) {
        extraHeaders.add(name);
        extraHeaders.add(value);
        return this;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html");
        for (int i = 0; i + 1 < extraHeaders.size(); i += 2) b.header(extraHeaders.get(i), extraHeaders.get(i + 1));
        return b;
    }

    HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> r = http.send(request(path).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) lastCsrf = m.group(1);
        return r;
    }

    /** A download (a PDF, a file) as bytes. */
    HttpResponse<byte[]> bytes(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        List<Map.Entry<String, String>> pairs = new ArrayList<>(fields.entrySet());
        return post(path, pairs);
    }

    /** A form whose fields may repeat ({@code locales=fr&locales=pl}), as checkboxes send them. */
    HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) throws Exception {
        StringJoiner body = new StringJoiner("&");
        for (Map.Entry<String, String> f : fields) {
            body.add(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
        }
        return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts with this session's CSRF token, as the editor's own forms do. */
    HttpResponse<String> submit(String path, Map<String, String> fields) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token());
        return post(path, all);
    }

    HttpResponse<String> submit(String path, List<Map.Entry<String, String>> fields) throws Exception {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.removeIf(e -> e.getKey().equals("_csrf"));
        all.add(Map.entry("_csrf", token()));
        return post(path, all);
    }

    /** A multipart upload with this session's token, as the asset library's form sends it. */
    HttpResponse<String> upload(String path, Map<String, String> fields, String fileName, byte[] content) throws Exception {
        String boundary = "----innco-test-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token());
        for (Map.Entry<String, String> f : all.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in and opens the dashboard, so that {@link #lastCsrf} is the session's token rather than the login form's. */
    HttpResponse<String> signIn(String user, String password) throws Exception {
        get("/editor/login");
        HttpResponse<String> r = submit("/editor/login", Map.of("username", user, "password", password, "next", "/editor"));
        if (r.statusCode() == 303 && location(r).equals("/editor")) get("/editor");
        return r;
    }

    /** The value of the editor's session cookie as this client holds it, or null. */
    String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(EditorSessions.COOKIE))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private String token() {
        return lastCsrf == null ? "" : lastCsrf;
    }

    /** The redirect target without scheme and host. */
    static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("").replaceAll("^https?://[^/]+", "");
    }

    /** Status, redirect and the page's message, for assertion messages: the whole page is too long to read. */
    static String summary(HttpResponse<String> r) {
        Matcher m = Pattern.compile("<(?:p|pre) class=\"(?:error-box|flash|error)\"[^>]*>(.*?)</(?:p|pre)>|<main[^>]*>\\s*<h1>(.*?)</h1>\\s*<p>(.*?)</p>",
                Pattern.DOTALL).matcher(r.body());
        String message = m.find() ? (m.group(1) != null ? m.group(1) : m.group(2) + ": " + m.group(3)) : "";
        return r.statusCode() + " " + location(r) + " " + message.strip();
    }

    static Map<String, String> form(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    /** Fields in order, names may repeat. */
    static List<Map.Entry<String, String>> fields(String... kv) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (int i = 0; i + 1 < kv.length; i += 2) out.add(Map.entry(kv[i], kv[i + 1]));
        return out;
    }
}
