package eu.innco.mail;

import eu.innco.config.Settings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How mail leaves the server.
 *
 * @param host       {@code INNCO_SMTP_HOST}: the SMTP server; unset means no mail is sent (it waits in the outbox)
 * @param port       {@code INNCO_SMTP_PORT}: default 587
 * @param user       {@code INNCO_SMTP_USER}: sign-in name at the SMTP server; unset means no SMTP authentication
 * @param password   {@code INNCO_SMTP_PASSWORD}: its password, masked when printed
 * @param from       {@code INNCO_SMTP_FROM}: the sender address, default {@code no-reply@localhost}
 * @param startTls   {@code INNCO_SMTP_STARTTLS}: require STARTTLS before signing in and sending, default true
 * @param retryDelay {@code INNCO_MAIL_RETRY_MILLIS}: first delay after a failed send, doubled each time, default 30 s
 */
public record MailSettings(Optional<String> host, int port, Optional<String> user, Optional<String> password, String from,
                           boolean startTls, Duration retryDelay) {

    public static MailSettings from(Settings s) {
        return new MailSettings(s.get("INNCO_SMTP_HOST"), s.getInt("INNCO_SMTP_PORT", 587), s.get("INNCO_SMTP_USER"),
                s.get("INNCO_SMTP_PASSWORD"), s.get("INNCO_SMTP_FROM", "no-reply@localhost"),
                !"false".equalsIgnoreCase(s.get("INNCO_SMTP_STARTTLS", "true")),
                Duration.ofMillis(s.getLong("INNCO_MAIL_RETRY_MILLIS", 30_000)));
    }

    /** True when there is an SMTP server to send to. */
    public boolean configured() {
        return host.isPresent();
    }

    /** The settings as start-up prints them: the password masked. */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("INNCO_SMTP_HOST", host.orElse("(unset: mail waits in the outbox, applications stay unverified)"));
        m.put("INNCO_SMTP_PORT", Integer.toString(port));
        m.put("INNCO_SMTP_USER", user.orElse("(none)"));
        m.put("INNCO_SMTP_PASSWORD", password.isPresent() ? "******" : "(none)");
        m.put("INNCO_SMTP_FROM", from);
        m.put("INNCO_SMTP_STARTTLS", Boolean.toString(startTls));
        return m;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "MailSettings" + describe();
    }
}
