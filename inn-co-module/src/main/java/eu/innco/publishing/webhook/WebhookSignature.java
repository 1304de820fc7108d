package eu.innco.publishing.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery: HMAC-SHA256 with the webhook's secret over {@code <timestamp>.<body>},
 * sent as {@code X-Innco-Signature: sha256=<hex>} beside {@code X-Innco-Timestamp}, so that a receiver
 * can check both the origin and the freshness (a replayed old delivery has an old timestamp).
 */
public final class WebhookSignature {
    private WebhookSignature() {}

    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
