package eu.innco.web.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.content.ContentItem;
import eu.innco.content.Precondition;
import eu.innco.security.Actor;
import eu.innco.web.InncoServer;
import java.util.List;

/** Test content written and published through the server's own services, as an editor would. */
final class Published {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final InncoServer server;

    Published(InncoServer server) {
        this.server = server;
    }

    static JsonNode json(String singleQuoted) {
        try {
            return JSON.readTree(singleQuoted.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(singleQuoted, e);
        }
    }

    ContentItem create(String type, String properties) {
        return server.services().content.create(Actor.SYSTEM, type, json("{'properties': " + properties + "}"));
    }

    ContentItem patch(String type, String id, String properties) {
        return server.services().content.patch(Actor.SYSTEM, type, id, json("{'properties': " + properties + "}"), Precondition.ANY);
    }

    void publish(ContentItem item, String... locales) {
        server.services().publishing.publication.publish(Actor.SYSTEM, item.type(), item.id(), List.of(locales), null, false);
    }

    void unpublish(ContentItem item, String... locales) {
        server.services().publishing.publication.unpublish(Actor.SYSTEM, item.type(), item.id(), List.of(locales), true);
    }

    ContentItem organisation(String name, String country, double lat, double lon, String locales) {
        return create("organisation", "{'name': '" + name + "', 'country': '" + country + "', 'city': 'City of " + name + "',"
                + " 'kind': 'cooperative', 'location': {'lat': " + lat + ", 'lon': " + lon + "}, 'description': " + locales + "}");
    }
}
