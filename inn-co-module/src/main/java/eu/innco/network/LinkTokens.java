package eu.innco.network;

import eu.innco.security.HashedSecrets;
import java.util.Optional;

/**
 * The secret part of mailed links (verification, changes, setting a password): a secret kept only
 * as its hash ({@link HashedSecrets}), so that reading the repository gives no usable link. A link is
 * {@code <record id>.<secret>}; it is single-use because its hash is removed when it is used.
 */
public final class LinkTokens {
    private LinkTokens() {}

    /** A fresh secret, URL-safe. */
    public static String secret() {
        return HashedSecrets.newSecret();
    }

    public static String hash(String secret) {
        return HashedSecrets.hash(secret);
    }

    /** True when the secret's hash is the stored one, compared in constant time. */
    public static boolean matches(String secret, String storedHash) {
        if (secret == null || storedHash == null || storedHash.isEmpty()) return false;
        return HashedSecrets.matches(secret, storedHash);
    }

    /** A link token split into record id and secret; empty when it is not of that shape. */
    public record Parts(String id, String secret) {
        public static Optional<Parts> of(String token) {
            if (token == null || token.length() > 200) return Optional.empty();
            int dot = token.indexOf('.');
            if (dot < 1 || dot == token.length() - 1) return Optional.empty();
            String id = token.substring(0, dot);
            String secret = token.substring(dot + 1);
            if (!id.matches("[A-Za-z0-9-]{1,64}") || !secret.matches("[A-Za-z0-9_-]{20,100}")) return Optional.empty();
            return Optional.of(new Parts(id, secret));
        }

        public String token() {
            return id + "." + secret;
        }
    }
}
