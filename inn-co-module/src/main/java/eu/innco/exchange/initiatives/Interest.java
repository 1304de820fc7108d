package eu.innco.exchange.initiatives;

import java.time.Instant;

/** A member organisation's interest in an initiative: who, their short message, when, and whether the proposer accepted them. */
public record Interest(String organisation, String member, String message, Instant created, boolean accepted) {
    /** Never prints the message. */
    @Override
    public String toString() {
        return "Interest[" + organisation + ", accepted=" + accepted + "]";
    }
}
