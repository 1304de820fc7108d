package eu.innco.web.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.delivery.StoredNode;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Magnolia's {@code <path>@nodes} on a content type's endpoint: the child nodes of the node at
 * the path, as a list, each as it is nested in its parent's answer.
 */
final class ChildNodes {
    static final String SUFFIX = "@nodes";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChildNodes() {}

    static Response answer(DeliveryDoors doors, String endpoint, String path, String locale, boolean any, HttpHeaders headers) {
        StoredNode n = doors.delivery.byPath(endpoint, locale, path, any).orElseThrow(() -> InncoException.notFound(ErrorCode.DELIVERY_001,
                "There is no published node /" + Requests.clip(path) + " on endpoint '" + Requests.clip(endpoint) + "' for locale " + locale + "."));
        try {
            JsonNode node = JSON.readTree(n.json());
            ArrayNode children = JSON.createArrayNode();
            for (JsonNode name : node.path("@nodes")) {
                JsonNode child = node.get(name.asText());
                if (child != null && child.isObject()) children.add(child);
            }
            byte[] body = JSON.writeValueAsBytes(children);
            String language = doors.language(n.locale());
            return doors.answers.answer(body, Answers.etag(language, body), Answers.JSON, language, Answers.NODE_VARY, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
