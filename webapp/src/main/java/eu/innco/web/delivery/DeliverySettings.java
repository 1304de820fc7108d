package eu.innco.web.delivery;

import eu.innco.config.Settings;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings of the public delivery API.
 *
 * @param maxAgeSeconds   {@code INNCO_DELIVERY_MAX_AGE}: {@code Cache-Control: public, max-age=N}, default 60
 * @param corsOrigins     {@code INNCO_CORS_ORIGINS}: origins allowed to call the delivery API from a browser,
 *                        comma-separated; default {@code *} (any origin, GET only)
 * @param ratePerMinute   {@code INNCO_RATE_LIMIT_PER_MINUTE}: public requests per client IP and minute, default 6000; 0 turns it off
 * @param rateBurst       {@code INNCO_RATE_LIMIT_BURST}: requests a client may send at once before the rate applies, default 600
 * @param cacheMegabytes  {@code INNCO_DELIVERY_CACHE_MB}: memory for finished answers, evicted by size, dropped when what they show is published; default 64, 0 turns it off
 * @param benchCeiling    {@code INNCO_BENCH_CEILING}: serve {@code /.bench/ceiling?bytes=N}, a fixed byte array, for benchmarks; default false
 * @param querySlots      {@code INNCO_DELIVERY_QUERY_SLOTS}: lists made from the index at once, the others wait their turn
 *                        ({@link QueryTurns}); default the number of processors, at least 2; 0 makes every list at once
 */
public record DeliverySettings(int maxAgeSeconds, List<String> corsOrigins, int ratePerMinute, int rateBurst, int cacheMegabytes, boolean benchCeiling,
                               int querySlots) {
    public DeliverySettings {
        corsOrigins = List.copyOf(corsOrigins);
    }

    public static DeliverySettings from(Settings s) {
        int maxAge = s.getInt("INNCO_DELIVERY_MAX_AGE", 60);
        int rate = s.getInt("INNCO_RATE_LIMIT_PER_MINUTE", 6000);
        int burst = s.getInt("INNCO_RATE_LIMIT_BURST", 600);
        int cache = s.getInt("INNCO_DELIVERY_CACHE_MB", 64);
        int slots = s.getInt("INNCO_DELIVERY_QUERY_SLOTS", Math.max(2, Runtime.getRuntime().availableProcessors()));
        if (maxAge < 0 || rate < 0 || burst < 0 || cache < 0 || slots < 0) {
            throw new IllegalArgumentException("INNCO_DELIVERY_MAX_AGE, INNCO_RATE_LIMIT_PER_MINUTE, INNCO_RATE_LIMIT_BURST, "
                    + "INNCO_DELIVERY_CACHE_MB and INNCO_DELIVERY_QUERY_SLOTS must not be negative");
        }
        List<String> origins = Arrays.stream(s.get("INNCO_CORS_ORIGINS", "*").split(",")).map(String::trim)
                .filter(o -> !o.isEmpty()).toList();
        return new DeliverySettings(maxAge, origins, rate, Math.max(burst, 1), cache, "true".equalsIgnoreCase(s.get("INNCO_BENCH_CEILING", "false")),
                slots);
    }

    public static DeliverySettings defaults() {
        return from(Settings.of(Map.of()));
    }

    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("INNCO_DELIVERY_MAX_AGE", Integer.toString(maxAgeSeconds));
        m.put("INNCO_CORS_ORIGINS", String.join(",", corsOrigins));
        m.put("INNCO_RATE_LIMIT_PER_MINUTE", ratePerMinute == 0 ? "0 (off)" : Integer.toString(ratePerMinute));
        m.put("INNCO_RATE_LIMIT_BURST", Integer.toString(rateBurst));
        m.put("INNCO_DELIVERY_CACHE_MB", Integer.toString(cacheMegabytes));
        m.put("INNCO_DELIVERY_QUERY_SLOTS", querySlots == 0 ? "0 (off)" : Integer.toString(querySlots));
        if (benchCeiling) m.put("INNCO_BENCH_CEILING", "true");
        return m;
    }
}
