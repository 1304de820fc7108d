package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.ErrorKind;
import eu.innco.InncoException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {
    final JsonBodies bodies = new JsonBodies(1024);

    InncoException refused(String json) {
        return assertThrows(InncoException.class, () -> bodies.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void a_key_given_twice_is_refused_with_its_name_and_place() {
        InncoException e = refused("{\"properties\": {\"title\": {\"en\": \"One\",\n \"en\": \"Two\"}}}");
        assertEquals(ErrorKind.INVALID_INPUT, e.kind());
        assertTrue(e.detail().contains("line 2") && e.detail().contains("'en'"), e.detail());
    }

    @Test
    void trailing_content_empty_bodies_and_oversized_bodies_are_refused() {
        assertEquals("INNCO-REQUEST-001", refused("{} {}").code());
        assertEquals("INNCO-REQUEST-002", refused("").code());
        assertEquals(ErrorKind.PAYLOAD_TOO_LARGE, refused("{\"a\":\"" + "x".repeat(2000) + "\"}").kind());
    }

    @Test
    void a_well_formed_body_is_read() {
        assertEquals("One", bodies.read(new ByteArrayInputStream("{\"title\":\"One\"}".getBytes(StandardCharsets.UTF_8))).get("title").asText());
    }
}
