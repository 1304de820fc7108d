package eu.innco.web.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every public answer it can reach, as an anonymous visitor: the portal of each locale (links
 * followed on the same site), the sitemap, feeds and calendars, every delivery endpoint in every
 * language and as GeoJSON, the OpenAPI document. Returns where any of the given strings appears.
 */
final class PublicScan {
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/[^\"#]*)\"|<loc>https?://[^/<]+(/[^<]*)</loc>");
    private static final List<String> LOCALES = List.of("en", "fr", "nl", "de", "it", "pl", "el");
    private static final List<String> ENDPOINTS = List.of("organisations", "caseStudies", "events", "guides", "successConditions",
            "techniques", "workshopMaterials", "campaigns", "initiatives");
    static int lastCount;

    private PublicScan() {}

    static List<String> find(URI base, List<String> needles) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>();
        queue.add("/sitemap.xml");
        queue.add("/robots.txt");
        queue.add("/.rest/openapi.json");
        for (String l : LOCALES) {
            queue.add("/" + l + "/");
            queue.add("/" + l + "/map");
            queue.add("/" + l + "/organisations");
            queue.add("/" + l + "/feeds/case-studies.atom");
            queue.add("/" + l + "/feeds/events.atom");
            queue.add("/" + l + "/events.ics");
        }
        for (String e : ENDPOINTS) {
            queue.add("/.rest/delivery/" + e + "?lang=all&limit=100");
            for (String l : LOCALES) queue.add("/.rest/delivery/" + e + "?lang=" + l + "&limit=100");
        }
        for (String l : LOCALES) queue.add("/.rest/delivery/organisations?format=geojson&limit=100&lang=" + l);
        List<String> found = new ArrayList<>();
        while (!queue.isEmpty() && seen.size() < 800) {
            String path = queue.poll();
            if (!seen.add(path)) continue;
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String n : needles) if (r.body().contains(n)) found.add(path + " contains " + n);
            if (r.headers().firstValue("Content-Type").orElse("").matches("(text/html|application/xml|text/xml).*")) {
                Matcher m = LINK.matcher(r.body());
                while (m.find()) {
                    String next = (m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&");
                    if (!next.startsWith("/webjars") && !next.startsWith("/.resources") && !next.startsWith("/editor") && !next.contains(".pdf")
                            && !next.startsWith("/dam/")) {
                        queue.add(next);
                    }
                }
            }
        }
        lastCount = seen.size();
        return found;
    }
}
