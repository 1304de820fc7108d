package eu.innco.exchange.abuse;

import java.time.Instant;
import java.util.List;

/**
 * A reported item held out of sight: what it is, whose it is, the country whose editors review it,
 * the reporters' reasons (no reporter is named), and what restoring it needs. {@code state} is
 * {@code pending} until a decision, {@code removed} after a removal (it then stays hidden for good).
 */
public record Hold(String id, String kind, String organisation, String country, String title, Instant reported, List<String> reasons,
                   List<String> restore, String state) {
    public Hold {
        reasons = List.copyOf(reasons);
        restore = List.copyOf(restore);
    }

    public boolean pending() {
        return "pending".equals(state);
    }
}
