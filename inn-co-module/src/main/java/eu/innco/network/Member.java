package eu.innco.network;

import java.time.Instant;

/** A person with a member account: whom to write to, for which organisation, what they accepted. */
public record Member(String username, String name, String email, String organisation, String termsVersion,
                     Instant termsAcceptedAt, Instant created) {
    /** Never prints the person. */
    @Override
    public String toString() {
        return "Member[" + username + ", organisation=" + organisation + "]";
    }
}
