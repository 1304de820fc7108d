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
 * Guards the network's public forms without a third-party service: a CSRF token (an HttpOnly,
 * SameSite=Strict cookie that must equal a hidden field) and a signed time stamp, so that a form
 * sent back sooner than a person can fill it in, or much later, is refused. The signing key is
 * kept in the repository, so that any server of a cluster checks what another issued. The
 * newsletter's sign-up uses it too.
 */
public final class FormGuard {
    public static final String COOKIE = "INNCO_FORM";
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

    public static String token() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The signed time stamp of a form issued now for this CSRF token. */
    public String stamp(String csrf) {
        String at = Long.toString(clock.millis());
        return at + "." + mac(at + "." + csrf);
    }

    public Verdict check(String cookie, String csrf, String stamp) {
        if (cookie == null || csrf == null || stamp == null || cookie.isEmpty()
                || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), csrf.getBytes(StandardCharsets.UTF_8))) {
            return Verdict.FORGED;
        }
        int dot = stamp.indexOf('.');
        if (dot < 1) return Verdict.FORGED;
        String at = stamp.substring(0, dot);
        if (!MessageDigest.isEqual(mac(at + "." + csrf).getBytes(StandardCharsets.UTF_8), stamp.substring(dot + 1).getBytes(StandardCharsets.UTF_8))) {
            return Verdict.FORGED;
        }
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
