package eu.innco.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Locale;
import java.util.function.Function;

/**
 * Whether a browser says a request came from a page of this site: the one rule for the portal's
 * forms that hold no cookie (the check-up, the join form, the newsletter sign-up, sign-in, abuse
 * reports) and for changes sent to the authoring API with credentials a browser remembers. The browser's word is read in order of trust: {@code Sec-Fetch-Site}
 * (which a page cannot forge), else {@code Origin}, else the origin of {@code Referer}; each is
 * compared with the site's public address and the address the request came to. A request with
 * none of them comes from no browser that could be led by another site (or from one that predates
 * all three), and is let through: the forms' other defences still apply.
 */
public final class SameSite {
    private SameSite() {}

    /** True unless the browser says the post came from another site. */
    public static boolean sent(HttpHeaders headers, UriInfo uri, String publicBase) {
        return sent(headers::getHeaderString, uri.getBaseUri(), publicBase);
    }

    /** The same for a request filter, which reads headers from its request context. */
    public static boolean sent(ContainerRequestContext request, String publicBase) {
        return sent(request::getHeaderString, request.getUriInfo().getBaseUri(), publicBase);
    }

    private static boolean sent(Function<String, String> header, URI base, String publicBase) {
        return sent(header.apply("Sec-Fetch-Site"), header.apply("Origin"), header.apply("Referer"),
                base.getScheme() + "://" + base.getRawAuthority(), publicBase);
    }

    /** The same from the three headers and the address the request was sent to ({@code scheme://host[:port]}). */
    public static boolean sent(String site, String origin, String referer, String own, String publicBase) {
        if (site != null) return site.equals("same-origin") || site.equals("none");
        // "null": an origin the browser hides (a sandboxed frame, a redirect from elsewhere): not known to be ours
        if (origin != null) return ours(origin, own, publicBase);
        if (referer == null || referer.isBlank()) return true;
        return ours(originOf(referer), own, publicBase);
    }

    private static boolean ours(String origin, String own, String publicBase) {
        // the public address as configured may end in a slash; an origin never does
        String site = publicBase.endsWith("/") ? publicBase.substring(0, publicBase.length() - 1) : publicBase;
        String o = withoutDefaultPort(origin);
        return o.equalsIgnoreCase(withoutDefaultPort(own)) || o.equalsIgnoreCase(withoutDefaultPort(site));
    }

    /** {@code http://host:80} is {@code http://host}: a browser's Origin never names the scheme's own port. */
    private static String withoutDefaultPort(String origin) {
        String lower = origin.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") && lower.endsWith(":80")) return origin.substring(0, origin.length() - 3);
        if (lower.startsWith("https://") && lower.endsWith(":443")) return origin.substring(0, origin.length() - 4);
        return origin;
    }

    private static String originOf(String address) {
        try {
            URI u = URI.create(address.strip());
            if (u.getScheme() == null || u.getRawAuthority() == null) return "null";
            return u.getScheme() + "://" + u.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return "null";
        }
    }
}
