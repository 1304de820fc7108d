package eu.innco.web.portal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.web.share.ShareCard;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The share image of a published item in a locale ({@code /fr/share-images/caseStudies/<name>.png}),
 * the {@code og:image} of its page: its title in that locale's text, painted once and kept while
 * the item is unchanged (the key holds its last modification), a few hundred at most.
 */
@Path(PortalPages.LOCALE + "/share-images/{endpoint: [A-Za-z]+}/{name: [A-Za-z0-9_-]+}.png")
public final class ShareImages {
    private static final int KEPT = 300;
    private final Portal portal;
    private final java.nio.file.Path fonts;
    /** Made at the first card: its fonts start Java2D's font system, a tenth of a second that a start need not wait for (issue 18). */
    private volatile ShareCard painter;
    private final Map<String, Rendered> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
            return size() > KEPT;
        }
    };

    ShareImages(Portal portal) {
        this.portal = portal;
        this.fonts = portal.lightModules.resolve("inn-co/webresources/fonts");
        ShareCard.requireFonts(fonts);
    }

    private ShareCard painter() {
        ShareCard p = painter;
        if (p == null) {
            synchronized (this) {
                if (painter == null) painter = new ShareCard(fonts);
                p = painter;
            }
        }
        return p;
    }

    /** Where the share image of an item's page in a locale is. */
    static String address(Sections s, String locale, String name) {
        return "/" + locale + "/share-images/" + s.endpoint() + "/" + name + ".png";
    }

    @GET
    public Response image(@PathParam("locale") String locale, @PathParam("endpoint") String endpoint, @PathParam("name") String name,
                          @Context UriInfo uri, @HeaderParam("If-None-Match") String inm) {
        Sections s = Sections.ALL.stream().filter(x -> x.endpoint().equals(endpoint)).findFirst().orElseThrow(NotFoundException::new);
        if (!portal.site.contains(locale)) throw new NotFoundException();
        JsonNode item = portal.delivery.byPath(s.endpoint(), locale, name, true).map(n -> Items.parse(n.json())).orElseThrow(NotFoundException::new);
        String key = endpoint + " " + locale + " " + name + " " + item.path("mgnl:lastModified").asText() + " " + item.path("@locale").asText();
        PortalCall call = new PortalCall(portal, locale, uri, portal.delivery.generation(), false);
        Rendered png;
        synchronized (cache) {
            png = cache.get(key);
        }
        if (png == null) {
            String title = text(item, "title", text(item, "name", name));
            png = Rendered.of(200, "image/png", painter().png(call.t("portal.type." + s.type()), title, call.t("site.description")));
            synchronized (cache) {
                cache.put(key, png);
            }
        }
        return portal.answer(png, inm, call.base);
    }

    private static String text(JsonNode item, String field, String otherwise) {
        JsonNode v = item.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : otherwise;
    }
}
