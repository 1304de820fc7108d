package eu.innco.exchange.contact;

import java.time.Instant;

/**
 * A message's record, without its text: the sender (account and organisation), the recipient
 * organisation and its contact person's account, when, until when its links work, whether it was
 * answered, and its state ({@code open}, {@code held} while reported, {@code closed}).
 */
public record Conversation(String id, String from, String fromOrganisation, String toOrganisation, String to, Instant created,
                           Instant expires, boolean replied, String state) {
    public boolean open() {
        return "open".equals(state);
    }
}
