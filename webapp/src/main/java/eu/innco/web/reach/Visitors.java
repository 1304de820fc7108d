package eu.innco.web.reach;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Which reads count, and what of the request is kept: nothing about the person. Robots (by their
 * user agent, and requests with none) are not counted; a browser sending Global Privacy Control
 * ({@code Sec-GPC: 1}) is not counted at all. Of the referring page only its host is kept, and
 * only when it is another site.
 */
public final class Visitors {
    /** User agents of crawlers, link previewers, monitors and scripts (lower case). */
    private static final Pattern ROBOTS = Pattern.compile(
            "bot|crawl|spider|slurp|archiver|facebookexternalhit|facebookcatalog|embedly|preview|whatsapp|telegram|discord|"
            + "skypeuripreview|pinterest|vkshare|quora link|bitlybot|lighthouse|pingdom|uptime|monitor|headlesschrome|phantomjs|"
            + "curl|wget|python|java-http-client|java/|okhttp|go-http-client|libwww|httpclient|axios|node-fetch|scrapy|feedfetcher|"
            + "feedly|inoreader|newsblur|nutch|ahrefs|semrush|mj12|dotbot|petalbot|yandex|baidu|bingpreview|google-inspectiontool");

    /**
     * Answers already worked out per user agent: the pattern scans a person's browser string to its end
     * (about a sixth of a cached page's cost, measured), and a site sees few distinct agents. Kept in
     * memory only, for this classification, never written; emptied when it reaches its bound.
     */
    private static final ConcurrentHashMap<String, Boolean> KNOWN = new ConcurrentHashMap<>();
    private static final int KNOWN_MAX = 4096;

    private Visitors() {}

    /** Is this read counted? Not for robots, nor for browsers asking not to be followed (GPC). */
    public static boolean counted(String userAgent, String secGpc) {
        if ("1".equals(secGpc == null ? null : secGpc.trim())) return false;
        if (userAgent == null || userAgent.isBlank()) return false;
        Boolean robot = KNOWN.get(userAgent);
        if (robot == null) {
            robot = ROBOTS.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
            if (KNOWN.size() >= KNOWN_MAX) KNOWN.clear();
            KNOWN.put(userAgent, robot);
        }
        return !robot;
    }

    /** The referring site's host (without {@code www.}), or "" for none, our own site, or anything unreadable. */
    public static String referrer(String referer, String ownHost) {
        if (referer == null || referer.isBlank() || referer.length() > 2000) return "";
        try {
            String host = URI.create(referer.trim()).getHost();
            if (host == null) return "";
            host = host.toLowerCase(Locale.ROOT);
            String own = ownHost == null ? "" : ownHost.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
            if (host.equals(own)) return "";
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
