package eu.innco.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** bcrypt password hashes (cost 11). Passwords longer than bcrypt's 72 bytes are refused, not cut. */
public final class PasswordHasher {
    static final int COST = 11;
    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;
    /** Verified against when the user does not exist, so that timing does not reveal which accounts exist. */
    private static final class Dummy {
        static final String HASH = BCrypt.withDefaults().hashToString(COST, "innco-dummy-password".toCharArray());
    }

    private PasswordHasher() {}

    public static String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public static boolean verify(String password, String hash) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) return false;
        return BCrypt.verifyer().verify(password.toCharArray(), hash == null ? Dummy.HASH : hash).verified && hash != null;
    }

    /** The weakness as an error of the {@code password} field, in words a user interface can translate; null when there is none. */
    public static eu.innco.FieldError weaknessError(String password) {
        String weak = weakness(password);
        if (weak == null) return null;
        if (password == null || password.length() < MIN_LENGTH) return eu.innco.FieldError.keyed("password", "passwordShort", weak, MIN_LENGTH);
        if (password.isBlank()) return eu.innco.FieldError.keyed("password", "passwordBlank", weak);
        return eu.innco.FieldError.keyed("password", "passwordLong", weak, MAX_BYTES);
    }

    /** Why a new password is not acceptable, or null when it is. */
    public static String weakness(String password) {
        if (password == null || password.length() < MIN_LENGTH) return "must be at least " + MIN_LENGTH + " characters long";
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) return "must be at most " + MAX_BYTES + " bytes long";
        if (password.isBlank()) return "must not be blank";
        return null;
    }
}
