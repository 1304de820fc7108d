package eu.innco.exchange;

import java.util.List;

/**
 * One reason why two items fit, as data that a page or a mail words in its reader's language:
 * {@code sector} (the shared NACE sections), {@code serves} (shared countries), {@code remote},
 * {@code speaks} (shared working languages).
 */
public record Reason(String kind, List<String> values) {
    public Reason {
        values = List.copyOf(values);
    }
}
