package eu.innco.newsletter;

import eu.innco.config.Settings;

/**
 * How fast issues go out.
 *
 * @param ratePerSecond {@code INNCO_NEWSLETTER_RATE}: messages per second handed to the SMTP server, default 10; 0: no limit
 * @param batch         {@code INNCO_NEWSLETTER_BATCH}: recipients claimed (durably) and sent over one SMTP connection at a time,
 *                      default 50; it bounds the recipients a crash can leave uncertain
 */
public record NewsletterSettings(double ratePerSecond, int batch) {
    public NewsletterSettings {
        if (ratePerSecond < 0) throw new IllegalArgumentException("INNCO_NEWSLETTER_RATE must be 0 or more");
        if (batch < 1 || batch > 1000) throw new IllegalArgumentException("INNCO_NEWSLETTER_BATCH must be between 1 and 1000");
    }

    public static NewsletterSettings from(Settings s) {
        return new NewsletterSettings(Double.parseDouble(s.get("INNCO_NEWSLETTER_RATE", "10")), s.getInt("INNCO_NEWSLETTER_BATCH", 50));
    }
}
