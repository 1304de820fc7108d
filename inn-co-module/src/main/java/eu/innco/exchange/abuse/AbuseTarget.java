package eu.innco.exchange.abuse;

import java.util.List;
import java.util.Optional;

/** One kind of reportable thing and how to hide, restore and remove it. */
public interface AbuseTarget {
    /** Whether reports of {@code kind} ({@code initiative}, {@code offer}, {@code message}...) come here. */
    boolean handles(String kind);

    /** The thing reported, while it exists; empty for an unknown id (the reporter gets a 404). */
    Optional<Subject> find(String kind, String id);

    /** Hides it for everyone at once; returns what restoring needs (the locales it was public in, say), empty when nothing was public. */
    List<String> hide(String kind, String id);

    /** Makes it visible again as it was when hidden. */
    void restore(String kind, String id, List<String> state);

    /** Who owns it (mailed about the decision), whose editors review it, and what the queue calls it. */
    record Subject(String organisation, String country, String title) {}
}
