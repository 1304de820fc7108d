package eu.innco.web.editor;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A one-shot message that holds a secret (a generated password, a new API token). The session in
 * the repository keeps only its AES-GCM ciphertext; the key, fresh for every message, goes to the
 * browser alone, in a short-lived HttpOnly cookie. So the secret never rests in clear in the
 * repository, its files or its backups, and any server sharing the sessions can still show it.
 */
final class SecretFlash {
    static final String COOKIE = "INNCO_SECRET_KEY";
    /** Marks a stored message as sealed; nothing a person writes starts with it. */
    static final String PREFIX = "sealed:v1:";
    /** How long the key lives in the browser if the next page is never shown. */
    private static final int KEY_SECONDS = 300;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();

    private SecretFlash() {}

    /** The text to store and the key to hand to the browser. */
    record Sealed(String stored, String key) {}

    static Sealed seal(String message) {
        byte[] key = new byte[32];
        byte[] iv = new byte[12];
        RANDOM.nextBytes(key);
        RANDOM.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key, iv, message.getBytes(StandardCharsets.UTF_8));
        byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        return new Sealed(PREFIX + B64.encodeToString(stored), B64.encodeToString(key));
    }

    /** The message in clear when it was sealed and the browser sent its key; a plain message as it is. */
    static Optional<String> open(String stored, Cookie key) {
        if (stored == null) return Optional.empty();
        if (!stored.startsWith(PREFIX)) return Optional.of(stored);
        if (key == null) return Optional.empty();
        try {
            byte[] all = UNB64.decode(stored.substring(PREFIX.length()));
            byte[] iv = java.util.Arrays.copyOf(all, 12);
            byte[] sealed = java.util.Arrays.copyOfRange(all, 12, all.length);
            return Optional.of(new String(crypt(Cipher.DECRYPT_MODE, UNB64.decode(key.getValue()), iv, sealed), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Optional.empty(); // another browser's key, or a tampered one: the secret is not shown
        }
    }

    static NewCookie keyCookie(String key, boolean secure) {
        return new NewCookie.Builder(COOKIE).value(key).path("/editor").maxAge(KEY_SECONDS).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    /** Takes the key out of the browser once its message was shown. */
    static NewCookie expired() {
        return new NewCookie.Builder(COOKIE).value("").path("/editor").maxAge(0).httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
    }

    private static byte[] crypt(int mode, byte[] key, byte[] iv, byte[] input) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            return c.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the message cannot be opened: " + e.getClass().getSimpleName(), e);
        }
    }
}
