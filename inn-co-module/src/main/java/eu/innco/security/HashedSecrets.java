package eu.innco.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A secret kept in the repository only as its hash: API tokens, preview tokens and editor
 * sessions. The secrets are 256 random bits, so a plain SHA-256 is enough (a slow hash protects
 * guessable passwords, not these); reading the repository never gives a usable secret.
 */
public final class HashedSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private HashedSecrets() {}

    /** A new secret: 256 random bits, URL-safe, shown to its owner once. */
    public static String newSecret() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A short public id (12 hex digits) that names a stored secret without revealing it. */
    public static String newId() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** What is stored instead of the secret: its SHA-256 in hex. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a presented secret is the one whose hash was stored, in time that does not depend on where they differ. */
    public static boolean matches(String presented, String storedHash) {
        return MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
