package eu.innco.web.delivery;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.web.Problems;
import java.util.List;

/** A client sent more public requests than its share; the 429 says when to come back. */
final class RateLimited extends InncoException implements Problems.RetryAfter {
    private final long retryAfter;

    RateLimited(long retryAfterSeconds, int perMinute) {
        super(ErrorCode.RATE_001, "Too many requests",
                "This client sent more than " + perMinute + " requests a minute to the public API; retry in "
                        + retryAfterSeconds + " s.", List.of());
        this.retryAfter = retryAfterSeconds;
    }

    @Override
    public long retryAfterSeconds() { return retryAfter; }
}
