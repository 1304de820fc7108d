package eu.innco.web.exchange;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.exchange.PostingQuota;
import eu.innco.web.Problems;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The per-member posting limit at the doors that post (offers, needs, initiatives): a client that
 * asked for JSON gets problem+json {@code INNCO-EXCHANGE-429}, a browser a page in its language;
 * both carry {@code Retry-After}. Only a post that passed its checks is counted.
 */
public final class PostingLimit {
    private PostingLimit() {}

    /**
     * Counts a post of {@code organisation}; when the limit is reached, the refusal. {@code page}
     * makes the browser's page from the limit and the hours to wait.
     */
    public static Optional<Response> take(PostingQuota quota, String organisation, HttpHeaders headers,
                                          BiFunction<Integer, Long, Response> page) {
        Optional<Duration> wait = quota.take(organisation);
        if (wait.isEmpty()) return Optional.empty();
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("json")) throw new Limited(quota.perDay(), seconds);
        long hours = Math.max(1, (seconds + 3599) / 3600);
        return Optional.of(Response.fromResponse(page.apply(quota.perDay(), hours)).header("Retry-After", Long.toString(seconds)).build());
    }

    /** 429 as problem+json, with the time to wait. */
    static final class Limited extends InncoException implements Problems.RetryAfter {
        private final long seconds;

        Limited(int perDay, long seconds) {
            super(ErrorCode.EXCHANGE_429, "Posting limit reached",
                    "A member organisation may post " + perDay + " offers, needs and initiatives in 24 hours; retry in " + seconds + " s.", List.of());
            this.seconds = seconds;
        }

        @Override
        public long retryAfterSeconds() {
            return seconds;
        }
    }
}
