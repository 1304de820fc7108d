package eu.innco.web.portal;

import eu.innco.web.ServerConfig;
import java.net.URI;
import java.util.Optional;

/**
 * The site's public address, the only origin of absolute URLs in pages, feeds, sitemaps, calendars
 * and the guide's PDF. It is {@code INNCO_PUBLIC_URL} when set; otherwise the server's own address
 * ({@code http://localhost:<port>}, or the interface {@code INNCO_HOST} names), never the Host header
 * of a request: pages are cached for everyone, so one forged header would otherwise put an
 * attacker's host into the links every visitor gets.
 */
public final class PublicAddress {
    private final Optional<String> configured;
    private final String host;
    private volatile int port;

    PublicAddress(Optional<String> configured, String listenHost, int port) {
        this.configured = configured.map(PublicAddress::checked);
        this.host = ownHost(listenHost);
        this.port = port;
    }

    public static PublicAddress from(ServerConfig config) {
        return new PublicAddress(PortalSettings.from(config.settings()).publicUrl(), config.host(), config.port());
    }

    /** Called once the server listens: with {@code INNCO_PORT=0} the port is only known then. */
    public void listeningOn(int boundPort) {
        this.port = boundPort;
    }

    /** {@code https://inn-co.eu}, without a trailing slash. */
    public String base() {
        return configured.orElseGet(() -> "http://" + host + ":" + port);
    }

    public boolean isConfigured() {
        return configured.isPresent();
    }

    /** How start-up describes it. */
    public String describe() {
        return configured.orElse("(unset: " + base() + ", the server's own address; set it to the site's public address)");
    }

    private static String ownHost(String listenHost) {
        if (listenHost == null || listenHost.isBlank() || listenHost.equals("0.0.0.0") || listenHost.equals("::")) return "localhost";
        return listenHost.contains(":") && !listenHost.startsWith("[") ? "[" + listenHost + "]" : listenHost;
    }

    /** An absolute http(s) address without path, query or fragment is all that makes sense here; anything else stops the start. */
    private static String checked(String url) {
        URI u;
        try {
            u = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("INNCO_PUBLIC_URL is not an address: '" + url + "'");
        }
        boolean web = "http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme());
        if (!web || u.getHost() == null || u.getRawQuery() != null || u.getRawFragment() != null || u.getRawUserInfo() != null) {
            throw new IllegalArgumentException("INNCO_PUBLIC_URL must be the site's address such as https://inn-co.eu, got '" + url + "'");
        }
        return url;
    }
}
