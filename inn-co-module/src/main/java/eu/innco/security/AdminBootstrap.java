package eu.innco.security;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;

/**
 * Makes sure there is an {@code admin} user on first start: with {@code INNCO_ADMIN_PASSWORD} when
 * set, else with a generated password that is returned so that the caller prints it once.
 */
public final class AdminBootstrap {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private AdminBootstrap() {}

    /** The generated password when one was made; empty when admin existed or the password was given. */
    public static Optional<String> ensureAdmin(UserStore users, Optional<String> configuredPassword) {
        if (users.exists("admin")) return Optional.empty();
        String password = configuredPassword.orElseGet(AdminBootstrap::generatePassword);
        try {
            users.create("admin", password, Set.of(Role.ADMIN), "", Set.of(), true);
        } catch (InncoException e) {
            // servers starting together on one PostgreSQL store: another one made it after our look
            if (e.errorCode() == ErrorCode.USER_002) return Optional.empty();
            throw e;
        }
        return configuredPassword.isPresent() ? Optional.empty() : Optional.of(password);
    }

    public static String generatePassword() {
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        return sb.toString();
    }
}
