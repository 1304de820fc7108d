package eu.innco.web.delivery;

import eu.innco.delivery.DeliveryService;
import eu.innco.delivery.PreviewService;
import eu.innco.site.SiteLocales;
import eu.innco.security.AccessPolicy;
import eu.innco.security.PreviewTokens;
import eu.innco.security.UserStore;
import eu.innco.web.JsonBodies;
import eu.innco.web.api.Authentication;
import eu.innco.web.api.OpenApiDocument;
import org.glassfish.jersey.server.ResourceConfig;

/** Registers the delivery and preview doors (resources, filters, OpenAPI paths) in one call from the application. */
public final class DeliveryWeb {
    private DeliveryWeb() {}

    /** The servlet fast path for single nodes, in front of Jersey on {@code /.rest/delivery/*}. */
    public static jakarta.servlet.Filter fastPath(DeliveryDoors doors) {
        return new FastNodes(doors);
    }

    /** {@code authoring}: the editor's application, which answers everything below {@code .rest/authoring}. */
    public static void register(ResourceConfig rc, ResourceConfig authoring, DeliveryDoors doors, PreviewService preview,
                                PreviewTokens tokens, Authentication authentication, UserStore users, AccessPolicy policy,
                                JsonBodies bodies, SiteLocales site, OpenApiDocument openApi) {
        DeliveryService delivery = doors.delivery;
        if (doors.limiter != null) rc.register(doors.limiter);
        rc.register(new Cors(doors.settings.corsOrigins()));
        rc.register(new PreviewAuthentication(authentication, tokens, users));
        rc.register(new DeliveryResource(doors));
        rc.register(new PreviewResource(preview, delivery));
        authoring.register(new PreviewTokensResource(tokens, policy, bodies));
        openApi.contribute(new DeliveryOpenApi(delivery.endpoints(), site, openApi.types())::addTo);
    }
}
