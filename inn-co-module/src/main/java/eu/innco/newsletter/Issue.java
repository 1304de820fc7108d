package eu.innco.newsletter;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A newsletter issue made from a campaign: its topic (who receives it), its text per language,
 * where its sending stands ({@code draft}, {@code queued}, {@code sending}, {@code done}) and the
 * recipients counted by outcome.
 */
public record Issue(String id, String campaignId, String campaignCode, String partner, String topic, String createdBy, Instant created,
                    String state, Map<String, IssueText> texts, Counts counts) {
    public Issue {
        texts = Map.copyOf(texts);
    }

    /** Recipients by outcome: sent, refused by the SMTP server, uncertain (a crash hid the outcome), skipped (gone before their turn). */
    public record Counts(long total, long sent, long refused, long uncertain, long skipped) {
        public long waiting() {
            return Math.max(0, total - sent - refused - uncertain - skipped);
        }
    }

    public boolean draft() {
        return "draft".equals(state);
    }

    /** The language whose text a subscriber gets: the first complete one along their locale's fallback chain. */
    public Optional<String> resolve(List<String> chain) {
        for (String l : chain) {
            IssueText t = texts.get(l);
            if (t != null && t.complete()) return Optional.of(l);
        }
        return Optional.empty();
    }
}
