package eu.innco.web.network;

import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs the portal's anonymous forms without a cookie: a form carries a random nonce ({@code _csrf})
 * and a stamp ({@code _stamp}), the time it was issued and an HMAC over the path it posts to, that
 * time and the nonce. A form sent back to another path, changed, sooner than a person can fill it in
 * or much later is refused. The signing key is kept in the repository, so that any server of a
 * cluster checks what another issued. The token proves the form was issued by this site; that the
 * post comes from a page of this site is {@link eu.innco.web.SameSite}'s part (see {@link FormDefences}).
 */
public final class FormGuard {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration MAX_AGE = Duration.ofHours(12);

    /** What a check found. */
    public enum Verdict { OK, FORGED, TOO_FAST }

    private final byte[] key;
    private final Clock clock;
    private final Duration minimumFill;

    public FormGuard(ContentRepository repository, Clock clock, Duration minimumFill) {
        this.key = loadKey(repository);
        this.clock = clock;
        this.minimumFill = minimumFill;
    }

    /** A fresh nonce for one form. */
    public static String token() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The signed stamp of a form issued now, posting to {@code action} (a path such as {@code /fr/join}), with this nonce. */
    public String stamp(String action, String nonce) {
        String at = Long.toString(clock.millis());
        return at + "." + mac(action + "\n" + at + "\n" + nonce);
    }

    public Verdict check(String action, String nonce, String stamp) {
        if (action == null || nonce == null || stamp == null || nonce.isEmpty()) return Verdict.FORGED;
        int dot = stamp.indexOf('.');
        if (dot < 1) return Verdict.FORGED;
        String at = stamp.substring(0, dot);
        byte[] expected = mac(action + "\n" + at + "\n" + nonce).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, stamp.substring(dot + 1).getBytes(StandardCharsets.UTF_8))) return Verdict.FORGED;
        long issued;
        try {
            issued = Long.parseLong(at);
        } catch (NumberFormatException e) {
            return Verdict.FORGED;
        }
        long age = clock.millis() - issued;
        if (age > MAX_AGE.toMillis() || age < 0) return Verdict.FORGED;
        return age < minimumFill.toMillis() ? Verdict.TOO_FAST : Verdict.OK;
    }

    private String mac(String text) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(m.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] loadKey(ContentRepository repository) {
        String stored = repository.write(s -> {
            javax.jcr.Node keys = NodeTypes.systemFolder(s, "keys");
            if (keys.hasProperty("forms")) return keys.getProperty("forms").getString();
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            String k = Base64.getEncoder().encodeToString(fresh);
            keys.setProperty("forms", k);
            return k;
        });
        return Base64.getDecoder().decode(stored);
    }
}
