package eu.innco.web.metrics;

/** The route name of a request path for the metrics: a fixed set, so that labels stay few. */
public final class Routes {
    private Routes() {}

    public static String of(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) return "root";
        if (path.startsWith("/.rest/delivery/")) return path.indexOf('@') > 0 || path.indexOf('/', 16) > 0 ? "delivery-node" : "delivery-list";
        if (path.startsWith("/.rest/preview/")) return "preview";
        if (path.startsWith("/.rest/authoring/")) return "authoring";
        if (path.startsWith("/.rest/health")) return "health";
        if (path.startsWith("/.rest/")) return "rest-other";
        if (path.startsWith("/editor")) return "editor";
        if (path.startsWith("/dam/")) return "dam";
        if (path.startsWith("/.resources/") || path.startsWith("/.map/") || path.startsWith("/.webjars/")) return "static";
        if (path.startsWith("/s/")) return "share";
        if (path.matches("/[a-z]{2}(/.*)?")) {
            if (path.contains("/feeds/") || path.endsWith(".atom")) return "portal-feed";
            if (path.endsWith(".pdf")) return "portal-pdf";
            return "portal";
        }
        return "other";
    }
}
