package eu.innco.security;

import java.util.Locale;
import java.util.Optional;

/** What a user may do; see DESIGN.md "Roles". */
public enum Role {
    /** Everything, including users and imports. */
    ADMIN,
    /** Edits anything and publishes, unpublishes and schedules in any locale. */
    PUBLISHER,
    /** Creates items and edits those of the editor's own partner organisation (or all, when granted). */
    EDITOR,
    /** Edits localised values in the locales granted. */
    TRANSLATOR,
    /**
     * An editor of a partner organisation who also publishes, unpublishes and schedules that
     * partner's items, and only those (never another partner's, never a release of several).
     */
    PARTNER_PUBLISHER,
    /**
     * A representative of an organisation that joined the network: its own profile, through the
     * portal only. Never combined with another role; refused by the editor and the authoring API.
     */
    MEMBER;

    /** True when the roles are those of a member account (see {@link #MEMBER}). */
    public static boolean memberOnly(java.util.Set<Role> roles) {
        return roles.contains(MEMBER);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        for (Role r : values()) if (r.label().equalsIgnoreCase(text.trim())) return Optional.of(r);
        return Optional.empty();
    }
}
