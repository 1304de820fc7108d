package eu.innco.publishing;

import eu.innco.config.Settings;
import java.time.Duration;

/**
 * Settings of the publishing feature.
 *
 * @param schedulerInterval {@code INNCO_SCHEDULER_INTERVAL_SECONDS}: how often due schedules are looked for, default 10 s
 *                          (so a schedule runs within 30 s of its time even with a round or two lost)
 * @param schedulerEnabled  {@code INNCO_SCHEDULER}: {@code false} on servers that must not run schedules, default true
 * @param webhookRetryBase  {@code INNCO_WEBHOOK_RETRY_MILLIS}: first retry delay of a failed webhook delivery, doubled each time, default 2000
 */
public record PublishingConfig(Duration schedulerInterval, boolean schedulerEnabled, Duration webhookRetryBase) {
    public static PublishingConfig from(Settings s) {
        return new PublishingConfig(Duration.ofSeconds(Math.max(1, s.getInt("INNCO_SCHEDULER_INTERVAL_SECONDS", 10))),
                !"false".equalsIgnoreCase(s.get("INNCO_SCHEDULER", "true")),
                Duration.ofMillis(Math.max(10, s.getLong("INNCO_WEBHOOK_RETRY_MILLIS", 2000))));
    }

    public static PublishingConfig defaults() {
        return from(Settings.of(java.util.Map.of()));
    }
}
