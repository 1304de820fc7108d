package eu.innco.web.graphql;

import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.delivery.DeliveryService;
import eu.innco.delivery.PreviewService;
import eu.innco.web.JsonBodies;
import eu.innco.web.api.OpenApiDocument;
import eu.innco.web.delivery.PreviewAuthentication;
import org.glassfish.jersey.server.ResourceConfig;

/** Registers GraphQL (the endpoint, GraphiQL and its page's policy, their OpenAPI entries) in one call from the application. */
public final class GraphqlWeb {
    private GraphqlWeb() {}

    public static void register(ResourceConfig rc, DeliveryService delivery, ContentTypeRegistry types, PreviewService preview,
                                PreviewAuthentication viewers, JsonBodies bodies, OpenApiDocument openApi) {
        GraphqlEngine engine = new GraphqlEngine(delivery, types);
        rc.register(new GraphqlResource(engine, preview, viewers, bodies));
        rc.register(new GraphqlExplorer());
        rc.register(new GraphiqlHeaders());
        openApi.contribute(GraphqlOpenApi::addTo);
    }
}
