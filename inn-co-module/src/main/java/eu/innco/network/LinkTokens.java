package eu.innco.network;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The secret part of mailed links (verification, changes, setting a password): 256 random bits,
 * stored only as their SHA-256, so that reading the repository gives no usable link. A link is
 * {@code <record id>.<secret>}; it is single-use because its hash is removed when it is used.
 */
public final class LinkTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkTokens() {}

    /** A fresh secret, URL-safe. */
    public static String secret() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the secret's hash is the stored one, compared in constant time. */
    public static boolean matches(String secret, String storedHash) {
        if (secret == null || storedHash == null || storedHash.isEmpty()) return false;
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.UTF_8), storedHash.getBytes(StandardCharsets.UTF_8));
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
