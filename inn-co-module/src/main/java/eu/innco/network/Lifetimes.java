package eu.innco.network;

import java.time.Duration;

/** How long links and applications live (documented in README, "Opening the network"). */
public final class Lifetimes {
    /** A verification link. */
    public static final Duration VERIFY_LINK = Duration.ofHours(48);
    /** An application whose e-mail address was never confirmed is removed after this. */
    public static final Duration UNVERIFIED = Duration.ofDays(7);
    /** A link to make the changes a moderator asked for, and the application waiting for them. */
    public static final Duration CHANGES = Duration.ofDays(30);
    /** A confirmed application no moderator decided on is removed after this. */
    public static final Duration PENDING = Duration.ofDays(90);
    /** A link to set a member's password (after approval or an invitation). */
    public static final Duration PASSWORD_LINK = Duration.ofDays(7);

    private Lifetimes() {}
}
