package eu.innco.security;

import java.util.Set;

/**
 * Who is acting: an authenticated user with roles, the partner organisation they work for (an
 * organisation item id, or empty), the locales they may translate, and whether their editing
 * reaches beyond their partner's content.
 */
public record Actor(String username, Set<Role> roles, String partner, Set<String> locales, boolean allContent) {
    /** The server itself: first-start import, schedules. */
    public static final Actor SYSTEM = new Actor("system", Set.of(Role.ADMIN), "", Set.of(), true);

    public Actor {
        roles = Set.copyOf(roles);
        locales = Set.copyOf(locales);
        partner = partner == null ? "" : partner;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Editors and partner publishers: both create and edit their partner's content. */
    public boolean edits() {
        return has(Role.EDITOR) || has(Role.PARTNER_PUBLISHER);
    }

    /** Admins and publishers reach every item. */
    public boolean reachesAll() {
        return has(Role.ADMIN) || has(Role.PUBLISHER) || allContent;
    }
}
