package eu.innco.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks credentials: a user name and password (bcrypt), or an API token. A successful password
 * check is remembered for a few minutes under a keyed hash, so that HTTP Basic clients do not pay
 * bcrypt on every request; changing the password or disabling the user ends it at once.
 */
public final class Authenticator {
    private static final long REMEMBER_MILLIS = 5 * 60_000;
    private static final int MAX_REMEMBERED = 10_000;

    private final UserStore users;
    private final ApiTokens tokens;
    private final byte[] key = new byte[32];
    private final ConcurrentHashMap<String, Remembered> verified = new ConcurrentHashMap<>();

    private record Remembered(String passwordHash, long until) {}

    public Authenticator(UserStore users, ApiTokens tokens) {
        this.users = users;
        this.tokens = tokens;
        new SecureRandom().nextBytes(key);
    }

    /** A staff sign-in (editor, authoring API): member accounts are refused here, whatever their password. */
    public Optional<Actor> password(String username, String password) {
        return anyPassword(username, password).filter(a -> !Role.memberOnly(a.roles()));
    }

    /** A member's sign-in on the portal: only member accounts. */
    public Optional<Actor> member(String username, String password) {
        return anyPassword(username, password).filter(a -> Role.memberOnly(a.roles()));
    }

    private Optional<Actor> anyPassword(String username, String password) {
        if (username == null || password == null) return Optional.empty();
        Optional<UserAccount> user = users.find(username);
        if (user.isEmpty()) {
            PasswordHasher.verify(password, null);
            return Optional.empty();
        }
        UserAccount u = user.get();
        String k = mac(username + "\u0000" + password);
        Remembered r = verified.get(k);
        long now = System.currentTimeMillis();
        boolean ok = r != null && r.until > now && r.passwordHash.equals(u.passwordHash());
        if (!ok) {
            ok = PasswordHasher.verify(password, u.passwordHash());
            if (ok) {
                if (verified.size() > MAX_REMEMBERED) verified.clear();
                verified.put(k, new Remembered(u.passwordHash(), now + REMEMBER_MILLIS));
            }
        }
        return ok && !u.disabled() ? Optional.of(u.actor()) : Optional.empty();
    }

    public Optional<Actor> token(String token) {
        return tokens.verify(token).flatMap(users::find).filter(u -> !u.disabled()).map(UserAccount::actor)
                .filter(a -> !Role.memberOnly(a.roles()));
    }

    private String mac(String text) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(m.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
