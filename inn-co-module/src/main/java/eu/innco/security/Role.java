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
    TRANSLATOR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        for (Role r : values()) if (r.label().equalsIgnoreCase(text.trim())) return Optional.of(r);
        return Optional.empty();
    }
}
