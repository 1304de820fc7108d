package eu.innco.web.portal;

import eu.innco.reach.Reach;
import eu.innco.reach.ReachKey;
import eu.innco.reach.ShareLink;
import eu.innco.web.reach.Visitors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;

/**
 * Share links: {@code /s/<code>} answers 302 to the page the link was made for, in its locale, and
 * counts the click under the campaign's code; the page's address stays clean (no query string to
 * follow anyone with). Never cached, so every click reaches a server. A target no longer published
 * leads to the campaign's page, else to the home page of the locale.
 */
@Path("s/{code}")
public final class ShareRedirects {
    private final Portal portal;
    private final Reach reach;

    ShareRedirects(Portal portal, Reach reach) {
        this.portal = portal;
        this.reach = reach;
    }

    @GET
    public Response follow(@PathParam("code") String code, @Context UriInfo uri, @HeaderParam("User-Agent") String agent,
                           @HeaderParam("Sec-GPC") String gpc, @HeaderParam("Referer") String referer) {
        ShareLink link = reach.links.find(code).orElseThrow(NotFoundException::new);
        String target = page(link.type(), link.itemId(), link.locale())
                .or(() -> page("campaign", link.campaignId(), link.locale()))
                .orElse("/" + link.locale() + "/");
        if (Visitors.counted(agent, gpc)) {
            // counted under the link's own address, so that each link has its clicks; the campaign's code groups them
            reach.counter.count(new ReachKey(ReachKey.SHARE, "/s/" + link.code(), link.locale(), link.campaignCode(),
                    Visitors.referrer(referer, URI.create(portal.base()).getHost())));
        }
        return Response.status(302).location(URI.create(portal.base() + target))
                .header("Cache-Control", "no-store").build();
    }

    /** The address of a published item's page in a locale, if it has one there (or in a fallback). */
    private Optional<String> page(String type, String id, String locale) {
        Optional<Sections> s = Sections.byType(type);
        if (s.isEmpty() || !portal.site.contains(locale)) return Optional.empty();
        return portal.delivery.byId(s.get().endpoint(), locale, id, true)
                .map(n -> String.valueOf(Items.of(Items.parse(n.json()), locale).get("_url")))
                .filter(u -> !u.isEmpty() && !u.equals("null"));
    }
}
