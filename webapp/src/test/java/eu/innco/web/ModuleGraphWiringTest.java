package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.InncoException;
import eu.innco.TestModule;
import eu.innco.config.Settings;
import eu.innco.content.ContentService;
import eu.innco.publishing.AuditQuery;
import eu.innco.publishing.Publishing;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server, the command line and the module tests run on one graph of the module's objects:
 * each audits a content write once and a refused action once, whatever else its layer builds.
 */
class ModuleGraphWiringTest {
    @TempDir
    Path temp;

    @Test
    void the_server_audits_a_write_once_and_a_refusal_once() throws Exception {
        try (Services s = Services.start(ServerConfig.from(Settings.of(settings("server"))))) {
            auditedOnce(s.content, s.publishing);
        }
    }

    @Test
    void the_commands_audit_a_write_once_and_a_refusal_once_whichever_features_they_ask_for() throws Exception {
        try (CommandModule m = new CommandModule(Settings.of(settings("command")))) {
            m.importer();
            m.languages();
            m.exporter();
            ContentService content = m.content();
            auditedOnce(content, m.publishing(content));
        }
    }

    @Test
    void module_tests_audit_a_write_once_and_a_refusal_once() throws Exception {
        try (TestModule m = TestModule.memory()) {
            auditedOnce(m.content, m.publishing);
        }
    }

    private static void auditedOnce(ContentService content, Publishing publishing) throws Exception {
        String id = content.create(Actor.SYSTEM, "organisation", new ObjectMapper().readTree(
                "{\"properties\":{\"name\":\"Wired once\",\"country\":\"FR\"}}")).id();
        assertEquals(1, publishing.audit.query(AuditQuery.of(id, null, "create", null, null, 0, 10)).total(),
                "one audit entry for one creation");
        Actor translator = new Actor("tina", Set.of(Role.TRANSLATOR), "", Set.of("fr"), false);
        assertThrows(InncoException.class, () -> publishing.publication.publish(translator, "organisation", id, List.of("fr"), "", false));
        assertEquals(1, publishing.audit.query(AuditQuery.of(null, "tina", "permission-refused", null, null, 0, 10)).total(),
                "one audit entry for one refusal");
    }

    private Map<String, String> settings(String name) {
        Map<String, String> s = new HashMap<>();
        s.put("INNCO_STORE", "memory");
        s.put("INNCO_HOME", temp.resolve(name).toString());
        s.put("INNCO_LIGHT_MODULES", TestServer.checkout().resolve("light-modules").toString());
        s.put("INNCO_CONTENT_EXPORTS", TestServer.checkout().resolve("content-exports").toString());
        s.put("INNCO_IMPORT_ON_START", "false");
        s.put("INNCO_ADMIN_PASSWORD", TestServer.ADMIN_PASSWORD);
        return s;
    }
}
