package eu.innco.newsletter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One subscriber as stored: the address (needed to send, nothing else about the person), the
 * language, the topics, and the proof of consent: which version of the consent text was shown, in
 * which language, when it was accepted and when the address was confirmed.
 */
public record Subscriber(String id, String email, String locale, List<String> topics, boolean confirmed, String consentVersion,
                         Instant consentAt, Optional<Instant> confirmedAt) {
    public Subscriber {
        topics = List.copyOf(topics);
    }

    /** Never prints the address. */
    @Override
    public String toString() {
        return "Subscriber[" + id + ", " + locale + ", " + topics + (confirmed ? ", confirmed" : ", pending") + "]";
    }
}
