package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without INNCO_ADMIN_PASSWORD, the first start makes the admin's password and prints it, once. */
class FirstStartPasswordTest {
    static final Pattern PRINTED = Pattern.compile("generated password \\(shown only now\\):\\s+(\\S+)");
    static final Map<String, String> NO_PASSWORD = Map.of("INNCO_ADMIN_PASSWORD", "", "INNCO_SCHEDULER", "false");

    @Test
    void the_generated_admin_password_is_printed_at_the_first_start_and_never_again(@TempDir Path home) throws Exception {
        String password;
        try (ChildServer first = ChildServer.start(home, NO_PASSWORD)) {
            Matcher m = PRINTED.matcher(first.log());
            assertTrue(m.find(), "the first start prints the password: " + first.log());
            password = m.group(1);
            assertTrue(password.length() >= 16, "a strong password: " + password);
            assertFalse(first.log().contains(TestServer.ADMIN_PASSWORD));
            assertEquals(200, new Http(first.uri()).as("admin", password).get("/.rest/authoring/v1/types").status());
            assertEquals(401, new Http(first.uri()).admin().get("/.rest/authoring/v1/types").status(), "not the tests' usual one");
        }
        try (ChildServer second = ChildServer.start(home, NO_PASSWORD)) {
            String log = second.log();
            assertFalse(PRINTED.matcher(log).find(), "no password at the second start: " + log);
            assertFalse(log.contains(password), "the password is not repeated anywhere: " + log);
            assertTrue(log.contains("INNCO_ADMIN_PASSWORD") && log.contains("(unset: generated on first start)"), log);
            assertEquals(200, new Http(second.uri()).as("admin", password).get("/.rest/authoring/v1/types").status(),
                    "the password of the first start still works");
        }
    }
}
