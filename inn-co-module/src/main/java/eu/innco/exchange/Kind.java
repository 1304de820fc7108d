package eu.innco.exchange;

import java.util.Optional;

/** The two sides of the exchange: an offer and a need, each its own content type and delivery endpoint. */
public enum Kind {
    OFFER("offer", "offers"),
    NEED("need", "needs");

    /** The content type's name ({@code offer}). */
    public final String type;
    /** The delivery endpoint and the address segment ({@code offers}). */
    public final String plural;

    Kind(String type, String plural) {
        this.type = type;
        this.plural = plural;
    }

    /** What matches this kind: offers for a need, needs for an offer. */
    public Kind other() {
        return this == OFFER ? NEED : OFFER;
    }

    /** The kind named by a content type or an address segment. */
    public static Optional<Kind> of(String name) {
        for (Kind k : values()) if (k.type.equals(name) || k.plural.equals(name)) return Optional.of(k);
        return Optional.empty();
    }
}
