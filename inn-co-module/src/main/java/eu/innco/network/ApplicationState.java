package eu.innco.network;

/** Where an application stands. Rejected and approved applications are removed at once (see {@link Moderation}). */
public enum ApplicationState {
    /** Sent; the contact person has not yet followed the link mailed to them. */
    UNVERIFIED,
    /** E-mail confirmed; waiting for a moderator. */
    PENDING,
    /** A moderator asked for changes; the applicant edits through a new link. */
    CHANGES;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
