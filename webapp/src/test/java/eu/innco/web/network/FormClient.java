package eu.innco.web.network;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like client for the network's forms: keeps cookies, reads hidden fields, sends multipart and urlencoded forms. */
public final class FormClient {
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"(_csrf|_stamp|t)\" value=\"([^\"]*)\"");
    public final URI base;
    public final Map<String, String> cookies = new HashMap<>();
    /** Headers sent with every request (a browser's Origin or Sec-Fetch-Site, say). */
    public final Map<String, String> headers = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public FormClient(URI base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** The hidden fields of the page's (last) form. */
    public static Map<String, String> hidden(String html) {
        Map<String, String> out = new HashMap<>();
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) out.put(m.group(1), m.group(2).replace("&amp;", "&"));
        return out;
    }

    /** Posts a multipart form: each entry a name and a value (repeated names allowed). */
    HttpResponse<String> multipart(String path, List<String[]> fields, byte[] logo) throws Exception {
        String boundary = "----innco" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] f : fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n" + f[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (logo != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"logo\"; filename=\"logo.png\"\r\n"
                    + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(logo);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public HttpResponse<String> form(String path, Map<String, String> fields) throws Exception {
        return form(path, fields.entrySet().stream().map(e -> new String[] {e.getKey(), e.getValue()}).toList());
    }

    /** Posts an urlencoded form whose names may repeat. */
    public HttpResponse<String> form(String path, List<String[]> fields) throws Exception {
        StringBuilder b = new StringBuilder();
        for (String[] f : fields) b.append(b.length() == 0 ? "" : "&").append(URLEncoder.encode(f[0], StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(f[1], StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(b.toString())));
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        headers.forEach(b::header);
        if (!cookies.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            cookies.forEach((k, v) -> pairs.add(k + "=" + v));
            b.header("Cookie", String.join("; ", pairs));
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String c : r.headers().allValues("Set-Cookie")) {
            String pair = c.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return r;
    }

    /** A valid application of a Polish association, with the given name, e-mail and website. */
    static List<String[]> application(Map<String, String> hidden, String name, String email, String website) {
        List<String[]> f = new ArrayList<>();
        f.add(new String[] {"_csrf", hidden.get("_csrf")});
        f.add(new String[] {"_stamp", hidden.get("_stamp")});
        f.add(new String[] {"name", name});
        f.add(new String[] {"kind", "association"});
        f.add(new String[] {"country", "PL"});
        f.add(new String[] {"city", "Kraków"});
        f.add(new String[] {"lat", "50.0647"});
        f.add(new String[] {"lon", "19.9450"});
        f.add(new String[] {"sectors", "Q"});
        f.add(new String[] {"sectors", "S"});
        f.add(new String[] {"languages", "pl"});
        f.add(new String[] {"languages", "en"});
        f.add(new String[] {"description", "Stowarzyszenie wspiera spółdzielnie socjalne w Małopolsce i prowadzi warsztaty."});
        f.add(new String[] {"website", website});
        f.add(new String[] {"contactName", "Zofia Wiśniewska"});
        f.add(new String[] {"contactEmail", email});
        f.add(new String[] {"terms", "yes"});
        return f;
    }

    static Map<String, String> query(String url) {
        Map<String, String> out = new HashMap<>();
        String q = URI.create(url).getRawQuery();
        if (q != null) for (String p : q.split("&")) {
            int eq = p.indexOf('=');
            out.put(p.substring(0, eq), java.net.URLDecoder.decode(p.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
