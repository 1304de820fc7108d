package eu.innco.web.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.innco.web.Http;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The tests' reading of the metrics endpoint: one scrape, and one series' value out of it. */
public final class Scrapes {
    private Scrapes() {}

    /** The Prometheus text, read with the metrics token; fails the test on anything but a 200. */
    public static String scrape(Http http, String token) {
        Http.Res r = http.get(MetricsFilter.PATH, "Authorization", "Bearer " + token);
        assertEquals(200, r.status(), r.body());
        return r.body();
    }

    /** The value of one series (its name with its labels as written), or {@code missing} when the scrape has none. */
    public static double value(String text, String series, double missing) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+|NaN)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : missing;
    }
}
