package eu.innco.checkup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secrets of a check-up: its two links ({@code <id>.<secret>}, the id naming the check-up, the
 * secret proving the holder's role) and the participants' anonymous tokens. Only SHA-256 hashes of
 * secrets and tokens are stored, so reading the repository gives no usable link.
 */
public final class CheckupKeys {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** 96-bit ids and 256-bit secrets, base64url without padding. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{16}");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    private CheckupKeys() {}

    /** A link key split into the check-up's id and the secret. */
    public record Key(String id, String secret) {
        @Override
        public String toString() {
            return id + "." + secret;
        }
    }

    static String newId() {
        return random(12);
    }

    /** A fresh 256-bit secret or participant token. */
    public static String newSecret() {
        return random(32);
    }

    /** A link key as typed or pasted; empty when it cannot be one (mistyped, truncated). */
    public static Optional<Key> parse(String key) {
        if (key == null || key.length() != 60 || key.charAt(16) != '.') return Optional.empty();
        Key k = new Key(key.substring(0, 16), key.substring(17));
        return ID.matcher(k.id).matches() && SECRET.matcher(k.secret).matches() ? Optional.of(k) : Optional.empty();
    }

    /** Whether a participant token has the shape of one this server hands out. */
    public static boolean isToken(String token) {
        return token != null && SECRET.matcher(token).matches();
    }

    /**
     * The participants' key of a check-up, worked out from the organiser's: the organiser's page can
     * always show it again, while nothing leads from the participants' key back to the organiser's.
     */
    public static Key participantFor(Key organiser) {
        byte[] d = sha256(("participant:" + organiser.secret).getBytes(StandardCharsets.UTF_8));
        return new Key(organiser.id, Base64.getUrlEncoder().withoutPadding().encodeToString(d));
    }

    static String hash(String secret) {
        return HexFormat.of().formatHex(sha256(secret.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares a secret with a stored hash in time that does not depend on where they differ. */
    static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
