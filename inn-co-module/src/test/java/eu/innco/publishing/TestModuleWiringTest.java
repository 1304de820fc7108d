package eu.innco.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.InncoException;
import eu.innco.TestModule;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Module tests run on the graph the server builds: a refused action is audited there too. */
class TestModuleWiringTest {
    @Test
    void a_refused_publication_is_in_the_audit_log_of_a_module_test() throws Exception {
        try (TestModule m = TestModule.memory()) {
            String id = m.content.create(Actor.SYSTEM, "organisation", new ObjectMapper().readTree(
                    "{\"properties\":{\"name\":\"Refused\",\"country\":\"FR\"}}")).id();
            Actor translator = new Actor("tina", Set.of(Role.TRANSLATOR), "", Set.of("fr"), false);
            assertThrows(InncoException.class, () -> m.publication.publish(translator, "organisation", id, List.of("fr"), "", false));
            assertEquals(1, m.audit.query(AuditQuery.of(null, "tina", "permission-refused", null, null, 0, 10)).total());
        }
    }
}
