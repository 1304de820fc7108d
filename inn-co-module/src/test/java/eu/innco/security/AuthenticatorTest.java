package eu.innco.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.repository.ContentRepository;
import eu.innco.repository.RepositoryConfig;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {
    static ContentRepository repo;
    static UserStore users;
    static ApiTokens tokens;
    static Authenticator auth;

    @BeforeAll
    static void start() {
        repo = ContentRepository.start(RepositoryConfig.memory());
        users = new UserStore(repo);
        tokens = new ApiTokens(repo);
        auth = new Authenticator(users, tokens);
        users.create("marie", "correct horse battery", Set.of(Role.EDITOR), "org-1", Set.of("fr"), false);
    }

    @AfterAll
    static void stop() {
        repo.close();
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes_and_checked() {
        String hash = users.find("marie").orElseThrow().passwordHash();
        assertTrue(hash.startsWith("$2a$11$"), hash);
        assertEquals("marie", auth.password("marie", "correct horse battery").orElseThrow().username());
        assertTrue(auth.password("marie", "wrong password!").isEmpty());
        assertTrue(auth.password("nobody", "correct horse battery").isEmpty());
    }

    @Test
    void a_changed_password_or_a_disabled_user_stops_working_at_once() {
        users.create("tom", "first password 1", Set.of(Role.TRANSLATOR), "", Set.of("pl"), false);
        assertTrue(auth.password("tom", "first password 1").isPresent());
        users.setPassword("tom", "second password 2");
        assertTrue(auth.password("tom", "first password 1").isEmpty(), "the remembered check ends with the old hash");
        assertTrue(auth.password("tom", "second password 2").isPresent());
        users.update("tom", Set.of(Role.TRANSLATOR), "", Set.of("pl"), false, true);
        assertTrue(auth.password("tom", "second password 2").isEmpty());
    }

    @Test
    void api_tokens_are_shown_once_stored_hashed_and_revocable() {
        String token = tokens.create("marie", "import script");
        assertTrue(token.startsWith("innco_"));
        assertEquals("marie", auth.token(token).orElseThrow().username());
        assertTrue(auth.token(token.substring(0, token.length() - 2) + "xx").isEmpty());
        ApiToken listed = tokens.list("marie").get(0);
        assertFalse(token.contains(repo.read(s -> s.getNode("/innco:system/tokens/" + listed.id()).getProperty("hash").getString())),
                "the secret is not stored");
        tokens.revoke("marie", listed.id());
        assertTrue(auth.token(token).isEmpty());
    }

    @Test
    void weak_passwords_and_bad_names_are_refused() {
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(eu.innco.InncoException.class,
                () -> users.create("Bad Name", "short", Set.of(), "", Set.of(), false)).errors().size() == 3);
    }

    @Test
    void a_user_keeps_at_least_one_role() {
        users.create("rolf", "rolf's password", Set.of(Role.EDITOR), "", Set.of(), false);
        eu.innco.InncoException e = org.junit.jupiter.api.Assertions.assertThrows(eu.innco.InncoException.class,
                () -> users.update("rolf", Set.of(), "", Set.of(), false, false));
        assertEquals("roles", e.errors().get(0).path());
        assertEquals(Set.of(Role.EDITOR), users.find("rolf").orElseThrow().roles());
    }
}
