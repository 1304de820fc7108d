package eu.innco.reach;

/**
 * What one counted read is about, and nothing about who made it: the kind of read ({@code page},
 * {@code download}, {@code feed}, {@code api}, {@code share}), the path without its query, the
 * locale, the campaign code of a share link, and the referring site's host name.
 */
public record ReachKey(String kind, String path, String locale, String campaign, String referrer) {
    public static final String PAGE = "page";
    public static final String DOWNLOAD = "download";
    public static final String FEED = "feed";
    public static final String API = "api";
    public static final String SHARE = "share";

    public ReachKey {
        kind = nz(kind);
        path = cut(nz(path), 300);
        locale = cut(nz(locale), 20);
        campaign = cut(nz(campaign), 100);
        referrer = cut(nz(referrer), 100);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
