package eu.innco.web.exchange;

import eu.innco.network.ApplicationFields;
import eu.innco.security.Actor;
import eu.innco.web.InncoServer;
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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A visitor's browser without the browser, for the exchange's pages: cookies kept, redirects not followed, forms sent with repeated names, members signed in. */
public final class ExchangeClient {
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([_a-z]+)\" value=\"([^\"]*)\"");
    public static final String PASSWORD = "Exchange-Partners-2026!";
    final URI base;
    final Map<String, String> cookies = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public ExchangeClient(URI base) {
        this.base = base;
    }

    /** An approved member of {@code country} whose application was written in {@code locale}, signed in; returns its organisation id. */
    public static ExchangeClient member(InncoServer server, String name, String country, String city, double lat, double lon, String locale,
                                 List<String> sectors, List<String> languages, String email) throws Exception {
        var net = server.services().network;
        ApplicationFields f = new ApplicationFields(name, "association", country, city, lat, lon, sectors, languages,
                "Une organisation de l’économie sociale et solidaire qui travaille avec ses voisins.", "", "Contact " + name, email);
        String id = net.joining.apply(f, Optional.empty(), locale, "2026-12-06", server.uri() + "/" + locale + "/join/confirm?t=");
        net.moderation.approve(Actor.SYSTEM, id, server.uri() + "/" + locale + "/account/password?t=");
        String username = net.accounts.memberByEmail(email).orElseThrow().username();
        server.services().users.setPassword(username, PASSWORD);
        ExchangeClient c = new ExchangeClient(server.uri());
        Map<String, String> h = hidden(c.get("/" + locale + "/account/login").body());
        HttpResponse<String> in = c.form("/" + locale + "/account/login", List.of(new String[] {"_csrf", h.get("_csrf")},
                new String[] {"_stamp", h.get("_stamp")}, new String[] {"email", email}, new String[] {"password", PASSWORD}));
        if (in.statusCode() != 303) throw new AssertionError("sign-in: " + in.statusCode());
        return c;
    }

    /** The session's form token, from the member's exchange page. */
    public String csrf(String locale) throws Exception {
        return hidden(get("/" + locale + "/account/exchange").body()).get("_csrf");
    }

    public HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (headers.length > 0) b.headers(headers);
        return send(b);
    }

    public HttpResponse<String> form(String path, List<String[]> fields, String... headers) throws Exception {
        StringBuilder s = new StringBuilder();
        for (String[] f : fields) {
            s.append(s.length() == 0 ? "" : "&").append(URLEncoder.encode(f[0], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(f[1], StandardCharsets.UTF_8));
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(s.toString()));
        if (headers.length > 0) b.headers(headers);
        return send(b);
    }

    /** Posts a form: names and values in pairs, names may repeat. */
    public HttpResponse<String> post(String path, String... namesAndValues) throws Exception {
        List<String[]> fields = new ArrayList<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) fields.add(new String[] {namesAndValues[i], namesAndValues[i + 1]});
        return form(path, fields);
    }

    /** The hidden fields of a page (the last value of each name). */
    public static Map<String, String> hidden(String html) {
        Map<String, String> out = new HashMap<>();
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) out.put(m.group(1), m.group(2).replace("&amp;", "&"));
        return out;
    }

    /** The fields of a posting: pairs of name and value, repeated names for the lists. */
    public static List<String[]> posting(String csrf, String kind, String title, String description, String category, List<String> sectors,
                                  List<String> countries, boolean remote, List<String> languages, String validUntil) {
        List<String[]> f = new ArrayList<>();
        f.add(new String[] {"_csrf", csrf});
        if (kind != null) f.add(new String[] {"kind", kind});
        f.add(new String[] {"title", title});
        f.add(new String[] {"description", description});
        f.add(new String[] {"category", category});
        sectors.forEach(s -> f.add(new String[] {"sectors", s}));
        countries.forEach(s -> f.add(new String[] {"countries", s}));
        if (remote) f.add(new String[] {"remote", "yes"});
        languages.forEach(s -> f.add(new String[] {"languages", s}));
        f.add(new String[] {"validUntil", validUntil});
        return f;
    }

    /** The id at the end of a redirect to an item's page. */
    public static String idOf(HttpResponse<String> posted) {
        String location = posted.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect: " + posted.statusCode() + " " + posted.body()));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
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
}
