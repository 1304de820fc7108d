package eu.innco.newsletter;

import eu.innco.network.LinkTokens;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes for subscribers. A subscriber's id is a keyed hash of the address, so that a second
 * sign-up finds the first without an index of addresses, and the id says nothing of the address to
 * whoever lacks the key. A subscriber's own link ({@code <id>.<mac>}: unsubscribe, export, erase)
 * is a MAC of the id: it never expires and needs nothing stored, so that the link in a mail sent
 * months ago still unsubscribes. The key is made once and kept in the repository, so that every
 * server of a cluster checks the links of another.
 */
final class SubscriberKeys {
    private final byte[] key;

    SubscriberKeys(ContentRepository repository) {
        String stored = repository.write(s -> {
            javax.jcr.Node keys = NodeTypes.systemFolder(s, "keys");
            if (keys.hasProperty("newsletter")) return keys.getProperty("newsletter").getString();
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            String k = Base64.getEncoder().encodeToString(fresh);
            keys.setProperty("newsletter", k);
            return k;
        });
        this.key = Base64.getDecoder().decode(stored);
    }

    /** The address as compared: trimmed, lower case. */
    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The subscriber id of an address: 32 hex digits. */
    String id(String email) {
        return HexFormat.of().formatHex(mac("id|" + normalise(email))).substring(0, 32);
    }

    /** The subscriber's own link token. */
    String token(String id) {
        return id + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac("own|" + id));
    }

    /** The subscriber id a link token stands for, when the token is genuine. */
    Optional<String> check(String token) {
        Optional<LinkTokens.Parts> p = LinkTokens.Parts.of(token);
        if (p.isEmpty() || !p.get().id().matches("[0-9a-f]{32}")) return Optional.empty();
        byte[] want = token(p.get().id()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(want, token.getBytes(StandardCharsets.UTF_8)) ? Optional.of(p.get().id()) : Optional.empty();
    }

    private byte[] mac(String text) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return m.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
