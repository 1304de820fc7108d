package eu.innco.web;

import eu.innco.web.api.Authentication;
import eu.innco.web.api.ContentExportsResource;
import eu.innco.web.api.HealthResource;
import eu.innco.web.api.ItemsResource;
import eu.innco.web.api.OpenApiDocument;
import eu.innco.web.api.OpenApiResource;
import eu.innco.web.api.TokensResource;
import eu.innco.web.api.TypesResource;
import eu.innco.web.delivery.DeliveryWeb;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** The Jersey application: every resource and filter, constructed with its dependencies. */
final class RestApplication {
    private RestApplication() {}

    static ResourceConfig build(Services s) {
        ResourceConfig rc = new ResourceConfig();
        rc.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        rc.property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        rc.property(ServerProperties.BV_SEND_ERROR_IN_RESPONSE, false);
        rc.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        rc.register(JacksonFeature.withoutExceptionMappers());
        rc.register(new ErrorMappers.Innco());
        rc.register(new ErrorMappers.Web());
        rc.register(new ErrorMappers.Constraints());
        rc.register(new ErrorMappers.Unexpected());
        JsonBodies bodies = new JsonBodies(s.config.maxBodyBytes());
        Authentication authentication = new Authentication(s.authenticator);
        rc.register(authentication);
        OpenApiDocument openApi = new OpenApiDocument(s.types, s.locales);
        DeliveryWeb.register(rc, s.deliveryDoors, s.preview, s.previewTokens, authentication, s.users, s.policy, bodies, s.locales, openApi);
        rc.register(new HealthResource(s.repository));
        rc.register(new OpenApiResource(openApi));
        rc.register(new TypesResource(s.types));
        rc.register(new ItemsResource(s.content, bodies));
        rc.register(new TokensResource(s.tokens, bodies));
        rc.register(new ContentExportsResource(s.importer, s.exporter));
        return rc;
    }
}
