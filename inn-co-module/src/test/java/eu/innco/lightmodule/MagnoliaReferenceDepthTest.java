package eu.innco.lightmodule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.TestModule;
import eu.innco.content.ContentItem;
import eu.innco.content.Precondition;
import eu.innco.delivery.DeliveryService;
import eu.innco.delivery.EndpointLoader;
import eu.innco.publishing.PublicationEvent;
import eu.innco.publishing.PublicationListener;
import eu.innco.repository.RepositoryConfig;
import eu.innco.security.Actor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Magnolia's {@code referenceDepth}, {@code systemProperties}, {@code childNodeTypes} and
 * {@code assetRenditions} on endpoints over content types: an event whose host organisation
 * visited that same event (a cycle) and has a logo, read through endpoints of 0, 1 and 2 levels.
 */
class MagnoliaReferenceDepthTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path modules;

    @TempDir
    Path index;

    static String endpoint(int depth) {
        return "workspace: events\nreferenceDepth: " + depth + "\nsystemProperties: [mgnl:lastModified]\nchildNodeTypes: [mgnl:area]\n"
                + "references:\n  - propertyName: host\n  - propertyName: visitedDuring\n"
                + "  - propertyName: logo\n    referenceResolver:\n      class: info.magnolia.rest.reference.dam.AssetReferenceResolverDefinition\n"
                + "      assetRenditions: [card, thumbnail]\n";
    }

    @Test
    void references_expand_to_the_given_depth_and_stop_at_a_cycle() throws Exception {
        Files.createSymbolicLink(modules.resolve("inn-co"), TestModule.lightModules().resolve("inn-co").toAbsolutePath());
        Path own = Files.createDirectories(modules.resolve("site/restEndpoints/delivery"));
        for (int d = 0; d <= 2; d++) Files.writeString(own.resolve("deep" + d + ".yaml"), endpoint(d));
        try (TestModule m = new TestModule(RepositoryConfig.memory(), modules)) {
            var endpoints = EndpointLoader.load(modules, m.types);
            assertTrue(endpoints.warnings().stream().noneMatch(w -> w.contains("/deep")), endpoints.warnings().toString());
            DeliveryService delivery = DeliveryService.start(m.repository, m.types, m.locales, endpoints, m.reader, index);
            m.events.subscribe(new PublicationListener.Batched() {
                @Override public void published(PublicationEvent e) { delivery.published(e); }
                @Override public void publishedAll(List<PublicationEvent> es) { delivery.publishedAll(es); }
            });
            try (delivery) {
                ContentItem logo = create(m, "asset", "{\"title\":{\"en\":\"Logo\"},\"fileName\":\"logo.png\",\"mimeType\":\"image/png\"}");
                ContentItem org = create(m, "organisation", "{\"name\":\"Hosts\",\"country\":\"BE\",\"logo\":\"" + logo.id() + "\"}");
                ContentItem event = create(m, "event", "{\"title\":{\"en\":\"Forum\"},\"kind\":\"seminar\",\"startDate\":\"2026-11-26\","
                        + "\"host\":\"" + org.id() + "\"}");
                m.content.patch(Actor.SYSTEM, "organisation", org.id(), JSON.readTree("{\"properties\":{\"visitedDuring\":[\"" + event.id() + "\"]}}"),
                        Precondition.ANY);
                m.publication.publish(Actor.SYSTEM, "organisation", org.id(), List.of("en"), null, false);

                JsonNode none = read(delivery, "deep0", event);
                assertEquals(org.id(), none.path("host").asText(), "referenceDepth 0 expands nothing: " + none);

                JsonNode one = read(delivery, "deep1", event);
                assertEquals("Hosts", one.path("host").path("name").asText(), one.toString());
                assertEquals(logo.id(), one.path("host").path("logo").asText(), "the second level stays an id: " + one);

                JsonNode two = read(delivery, "deep2", event);
                JsonNode host = two.path("host");
                assertEquals("/dam/" + logo.id() + "/logo.png", host.path("logo").path("@link").asText(), two.toString());
                assertEquals(List.of("card", "thumbnail"), names(host.path("logo").path("renditions")), "only the named renditions: " + two);
                assertEquals("/dam/" + logo.id() + "/renditions/card", host.path("logo").path("renditions").path("card").path("link").asText());
                assertEquals(event.id(), host.path("visitedDuring").get(0).asText(), "the cycle back to the event stops: " + two);
                // systemProperties names the one system property answered
                assertTrue(two.has("mgnl:lastModified"), two.toString());
                assertFalse(two.has("mgnl:created") || two.has("mgnl:lastActivated") || host.has("mgnl:created"), two.toString());

                // a change two levels down reaches the event's stored answer
                m.content.patch(Actor.SYSTEM, "asset", logo.id(), JSON.readTree("{\"properties\":{\"title\":{\"en\":\"New logo\"}}}"), Precondition.ANY);
                m.publication.publish(Actor.SYSTEM, "asset", logo.id(), List.of("en"), null, false);
                assertEquals("New logo", read(delivery, "deep2", event).path("host").path("logo").path("title").asText());
            }
        }
    }

    static List<String> names(JsonNode o) {
        List<String> out = new java.util.ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static JsonNode read(DeliveryService d, String endpoint, ContentItem item) throws Exception {
        return JSON.readTree(d.byPath(endpoint, "en", item.name()).orElseThrow().json());
    }

    static ContentItem create(TestModule m, String type, String properties) throws Exception {
        ContentItem item = m.content.create(Actor.SYSTEM, type, JSON.readTree("{\"properties\":" + properties + "}"));
        m.publication.publish(Actor.SYSTEM, type, item.id(), List.of("en"), null, false);
        return item;
    }
}
