package eu.innco.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.FieldError;
import eu.innco.InncoException;
import eu.innco.TestModule;
import eu.innco.security.Actor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Typed write requests: read before the transaction, judged inside it, with messages in the language the request names. */
class ItemWriteTest {
    static TestModule module;

    @BeforeAll
    static void start() {
        module = TestModule.memory();
    }

    @AfterAll
    static void stop() {
        module.close();
    }

    static ItemWrite read(String json) throws Exception {
        return module.content.writes().read(module.content.types().require("organisation"),
                new ObjectMapper().readTree(json.replace('\'', '"')));
    }

    static Map<String, String> refusal(ItemWrite w) {
        InncoException e = assertThrows(InncoException.class, () -> module.content.create(Actor.SYSTEM, "organisation", w));
        Map<String, String> out = new java.util.TreeMap<>();
        for (FieldError f : e.errors()) out.put(f.path(), f.message());
        return out;
    }

    @Test
    void reading_never_throws_and_what_cannot_be_read_is_reported_with_the_broken_rules() throws Exception {
        ItemWrite w = read("{'properties': {'country': 'FR', 'colour': 'red'}, 'locales': {'pl': {'translation': 3}}}");
        assertTrue(w.unreadable().stream().anyMatch(v -> v.path().equals("properties.colour")), w.unreadable().toString());
        assertEquals(Locale.ENGLISH, w.messages());
        Map<String, String> errors = refusal(w);
        assertTrue(errors.containsKey("properties.colour"), errors.toString());
        assertTrue(errors.containsKey("properties.name"), errors.toString());
        assertTrue(errors.containsKey("locales.pl.translation"), errors.toString());
    }

    @Test
    void the_request_names_the_language_of_its_messages_on_any_thread() throws Exception {
        ItemWrite w = read("{'properties': {'country': 'FR'}}");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map<String, String>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Locale l = i % 2 == 0 ? Locale.FRENCH : Locale.forLanguageTag("pl");
                runs.add(pool.submit(() -> refusal(w.withMessages(l))));
            }
            for (int i = 0; i < runs.size(); i++) {
                String message = runs.get(i).get().get("properties.name");
                assertEquals(i % 2 == 0 ? "est obligatoire" : "jest wymagane", message);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals("is required", refusal(w).get("properties.name"));
    }
}
